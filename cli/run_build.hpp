#pragma once
// One incremental build, shared by `ekonte build` and `ekonte watch`: compile, look every shot
// up in the render cache, render the rest, write the changed outputs and the PDFs, print the
// summary line. The CLI commands only parse options into a BuildRequest.
#ifdef HAVE_EKONTE_RENDER
#include <string>

#include "cli/args.hpp"
#include "render/cache/cached_build.hpp"
#ifdef HAVE_EKONTE_LAYOUT
#include "layout/write_pdfs.hpp"
#endif

namespace ekonte::cli {

struct BuildRequest {
  std::string script;
  render::cache::CachedBuildOptions cached;
#ifdef HAVE_EKONTE_LAYOUT
  layout::PdfOptions pdf;
#endif
  bool explain = false;
  bool quiet = false;
  std::vector<std::string> referenced_files;  // filled by run_build: the script and its sheet images
};

// Parses the options `build` and `watch` share; on a usage error prints it and returns false.
bool parse_build_request(const Args& args, BuildRequest* request);
inline const std::vector<std::string> kBuildOptionNames = {"o", "output", "size", "jobs", "j", "diagnostics", "pdf",
                                                           "grid", "cache", "force", "explain", "quiet", "q",
                                                           "generator", "model", "device"};
inline const std::vector<std::string> kBuildFlags = {"force", "explain", "quiet", "q"};

// Returns the exit code.
int run_build(BuildRequest& request, const Args& args);

}  // namespace ekonte::cli
#endif
