// The rig renderer behind the ShotGenerator interface, rendering shots on worker threads.
#include <atomic>
#include <mutex>
#include <thread>

#include "characters/character_model.hpp"
#include "render/rig_renderer.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::render {
namespace {

class RigGenerator final : public ShotGenerator {
 public:
  std::string name() const override { return "rig"; }
  std::string version() const override { return kRigGeneratorVersion; }
  std::vector<ShotRender> render_batch(const ShotGraph& graph, const std::vector<ShotId>& ids,
                                       const GenerateOptions& options) override {
    const std::vector<characters::CharacterModel> models = characters::models_from_graph(graph, nullptr);
    std::vector<ShotId> todo = ids;
    if (todo.empty())
      for (uint32_t i = 0; i < graph.shots.size(); ++i) todo.push_back(ShotId{i});
    std::vector<ShotRender> out(todo.size());
    RigRenderOptions ro;
    ro.width = options.width;
    ro.height = options.height;
    ro.control_maps = options.control_maps;
    std::atomic<size_t> next{0}, done{0};
    std::mutex progress_mutex;
    auto worker = [&] {
      for (size_t i; (i = next.fetch_add(1)) < todo.size();) {
        out[i] = render_rig_shot(graph, graph.shot(todo[i]), models, ro);
        const size_t d = ++done;
        if (options.progress) {
          std::lock_guard<std::mutex> lock(progress_mutex);
          options.progress(d, todo.size());
        }
      }
    };
    const int jobs = std::max(1, std::min<int>(options.jobs, int(todo.size())));
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
