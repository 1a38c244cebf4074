// Shots per second of the rig renderer at 1280x720: the sample, and a generated 500-shot
// script (the sample's shots repeated with varied poses and expressions), on 1 and 2 threads,
// and the same script with 20 props in every setting (SVG and Cairo drawings, plurals, a table top).
// usage: bench_render [SCRIPT]
#include <chrono>
#include <cstdio>

#include "characters/character_model.hpp"
#include "compiler/compile.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "render/shot_generator.hpp"

using namespace ekonte;

static double run(const ShotGraph& g, int jobs) {
  auto gen = render::make_rig_generator();
  const auto models = characters::models_from_graph(g, nullptr);
  const auto inputs = pipeline::shot_render_inputs(
      pipeline::make_render_context(g, models, gen->input(), pipeline::frame_size(g.meta, 1280)));
  render::GenerateOptions o;
  o.jobs = jobs;
  const auto t0 = std::chrono::steady_clock::now();
  const auto out = gen->render_batch(inputs, o);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return double(out.size()) / s;
}

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko";
  CompileOptions co;
  co.check_sheet_files = false;
  const auto r = compile_file(path, co);
  if (!r.ok()) {
    std::fprintf(stderr, "bench_render: `%s` does not compile\n", path.c_str());
    return 1;
  }
  ShotGraph big = r.graph;
  big.shots.clear();
  for (uint32_t i = 0; i < 500; ++i) {
    Shot s = r.graph.shots[i % r.graph.shots.size()];
    s.id = "g" + std::to_string(i);
    for (auto& st : s.characters) {
      st.pose.value = Pose(i % 14);
      st.expression.value = Expression((i / 3) % 10);
      st.view.value = View((i / 7) % 6);
    }
    big.shots.push_back(s);
  }
  ShotGraph props20 = big;
  for (Setting& st : props20.settings)
    st.props = {"desk",    "chair",          "lamp",  "bookshelf", "clock",     "painting",       "fridge",
                "vending machine", "bin", "potted plant", "laptop", "radio", "vase", "filing cabinet",
                "chandelier", "curtains", "notice board", "sofa",  "bottles",   "crates"};
  run(r.graph, 1);  // warm-up (fonts, caches)
  std::printf("rig renderer, 1280x720, control maps on\n");
  for (int jobs : {1, 2}) {
    std::printf("sample (%zu shots), %d thread(s): %.1f shots/s\n", r.graph.shots.size(), jobs, run(r.graph, jobs));
    std::printf("generated (500 shots), %d thread(s): %.1f shots/s\n", jobs, run(big, jobs));
    std::printf("generated, 20 props per setting, %d thread(s): %.1f shots/s\n", jobs, run(props20, jobs));
  }
  return 0;
}
