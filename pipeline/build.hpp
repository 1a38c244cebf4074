#pragma once
// `ekonte build` as a chain of values: CompiledScript (graph + character models) -> one
// ShotRenderInput per shot -> rendered shots (from the render cache or the generator; damaged
// entries rendered again) -> prepared page pictures -> pages -> files (shot PNGs and
// landmarks when asked for, shotgraph.json, PDFs). Output files are written only once every shot is rendered:
// a failed or interrupted build leaves the previous outputs as they were, and whatever it
// rendered stays in the cache.
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "layout/write_pdfs.hpp"
#include "pipeline/compile_script.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::pipeline {

enum class BuildStage { Rendering, LayingOut, Encoding };

struct BuildOptions {
  std::string out_dir = "out";
  int width = 1280;
  int height = 0;         // 0: from the script's aspect
  int jobs = 1;
  std::string cache_dir;  // empty: render::cache::default_cache_dir(out_dir, "")
  bool force = false;     // render every shot again
  // Per-shot files, for those who ask (docs/pipeline.md): none by default, the PDFs being what
  // a build is for. `shots_dir` set: each shot's picture and landmarks there (`--shots-dir`);
  // `write_control_maps` too: its control maps beside them (`--maps`).
  std::string shots_dir;
  bool write_control_maps = false;
  bool write_pdfs = true;
  layout::PdfOptions pdf;
  const std::atomic<bool>* cancel = nullptr;  // set (e.g. by SIGINT) to stop between shots
  int fail_after = -1;    // test hook: fail once this many shots have been rendered
  // `--animatic`: OUTDIR/animatic.mp4 too (pipeline/make_animatic.hpp), moved into place with
  // the other outputs; `animatic_audio` false leaves its audio stream out.
  bool animatic = false;
  bool animatic_audio = true;
  // Progress: (stage, done, total); may be empty.
  std::function<void(BuildStage, size_t, size_t)> progress;
};

struct ShotOutcome {
  std::string shot_id;
  std::string key;      // render key
  bool rendered = false;
  std::string reason;   // for rendered shots: "staging changed", "new shot", "--force", ...
};

struct BuildReport {
  DiagnosticSink diagnostics;       // cache, generator, layout and output diagnostics
  std::vector<ShotOutcome> shots;   // in shot order
  size_t rendered = 0, cached = 0;  // rendered also counts damaged entries rendered again
  std::vector<std::string> written; // relative to the output folder (shots/..., shotgraph.json); shot
                                    // files outside it as `shots_dir`/name
  std::vector<std::string> pdfs;    // paths of the PDFs written
  std::vector<int> pages;           // page count per PDF
  bool interrupted = false;
  bool ok() const { return !interrupted && !diagnostics.has_errors(); }
};

// `script` must have compiled without errors.
BuildReport build(const CompiledScript& script, render::ShotGenerator& generator, const BuildOptions& options);

}  // namespace ekonte::pipeline
