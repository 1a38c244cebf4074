// The rig renderer behind the ShotGenerator interface, rendering shots on worker threads.
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "render/rig_renderer.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::render {
namespace {

class RigGenerator final : public ShotGenerator {
 public:
  std::string name() const override { return "rig"; }
  std::string version() const override { return kRigGeneratorVersion; }
  bool hands_over_each_shot() const override { return true; }
  std::vector<ShotRender> render_batch(const std::vector<ShotRenderInput>& inputs,
                                       const GenerateOptions& options) override {
    std::vector<ShotRender> out(inputs.size());
    RigRenderOptions ro;
    ro.control_maps = options.control_maps;
    std::atomic<size_t> next{0}, done{0};
    std::mutex progress_mutex;
    auto worker = [&] {
      for (size_t i; (i = next.fetch_add(1)) < inputs.size();) {
        out[i] = render_rig_shot(inputs[i], ro);
        if (options.on_shot) options.on_shot(i, out[i]);
        const size_t d = ++done;
        if (options.progress) {
          std::lock_guard<std::mutex> lock(progress_mutex);
          options.progress(d, inputs.size());
        }
      }
    };
    const int jobs = std::max(1, std::min<int>(options.jobs, int(inputs.size())));
    std::vector<std::thread> threads;
    for (int j = 1; j < jobs; ++j) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
    return out;
  }
};

}  // namespace

std::unique_ptr<ShotGenerator> make_rig_generator() { return std::make_unique<RigGenerator>(); }

}  // namespace ekonte::render
