#pragma once
// `ekonte render`: one shot, or its takes 1..N (each with the seed that take has when pinned
// with `take N`), through the render cache of a build folder.
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "pipeline/compile_script.hpp"
#include "pipeline/render_shots.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::pipeline {

struct TakesReport {
  DiagnosticSink diagnostics;
  std::vector<render::ImageRgba> pictures;  // one per take asked for
  size_t rendered = 0;                      // the rest came from the cache
  bool interrupted = false;
  bool ok() const { return !interrupted && !diagnostics.has_errors(); }
};

// `takes` 0: the shot as written; N > 0: takes 1..N. `width` x `height` as for a build.
TakesReport render_takes(const CompiledScript& script, const Shot& shot, int takes, render::ShotGenerator& generator,
                         const RenderOptions& options, int width, int height);

}  // namespace ekonte::pipeline
