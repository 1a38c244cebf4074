#include "pipeline/render_takes.hpp"

#include "pipeline/shot_render_inputs.hpp"

namespace ekonte::pipeline {

TakesReport render_takes(const CompiledScript& script, const Shot& shot, int takes, render::ShotGenerator& generator,
                         const RenderOptions& options, int width, int height) {
  TakesReport report;
  const ShotGraph& graph = script.graph();
  const RenderContext context =
      make_render_context(graph, script.models, generator.input(), frame_size(graph.meta, width, height));
  std::vector<render::ShotRenderInput> inputs = shot_render_inputs(context);
  const size_t index = shot.index;
  for (int take = takes == 0 ? 0 : 1; take <= takes; ++take) {
    if (take > 0) {
      Shot retaken = shot;
      retaken.take = uint32_t(take);
      retaken.seed = shot_seed(shot.id, retaken.take);
      inputs[index] = shot_render_input(context, retaken);
    }
    ShotRenderer renderer(graph, script.source().path, [&inputs](size_t i) { return inputs[i]; }, generator, options);
    std::vector<render::ShotRender> renders(graph.shots.size());
    size_t rendered = 0;
    if (!renderer.read_or_render({index}, render::cache::EntryParts::Picture, renders, report.diagnostics,
                                 &report.interrupted, &rendered))
      return report;
    report.rendered += rendered;
    report.pictures.push_back(std::move(renders[index].color));
  }
  return report;
}

}  // namespace ekonte::pipeline
