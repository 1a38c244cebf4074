#pragma once
// One incremental build, shared by `ekonte build` and `ekonte watch`: parse the options into a
// BuildRequest, call the pipeline (pipeline/build.hpp), print what it returns (diagnostics,
// `--explain` reasons, the summary line).
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "pipeline/build.hpp"
#include "pipeline/make_generator.hpp"

namespace ekonte::cli {

struct BuildRequest {
  std::string script;
  pipeline::BuildOptions options;
  pipeline::GeneratorChoice generator;
  bool explain = false;
  bool quiet = false;
  std::vector<std::string> referenced_files;  // filled by run_build: the script and its sheet images
};

// Parses the options `build` and `watch` share; on a usage error prints it and returns false.
bool parse_build_request(const Args& args, BuildRequest* request);
inline const std::vector<std::string> kBuildOptionNames = {"o", "output", "size", "jobs", "j", "diagnostics", "pdf",
                                                           "grid", "cache", "force", "explain", "quiet", "q",
                                                           "generator", "model", "device", "from", "animatic",
                                                           "no-audio", "shots-dir", "maps"};
inline const std::vector<std::string> kBuildFlags = {"force", "explain", "quiet", "q", "animatic", "no-audio", "maps"};

// Returns the exit code.
int run_build(BuildRequest& request, const Args& args);

}  // namespace ekonte::cli
