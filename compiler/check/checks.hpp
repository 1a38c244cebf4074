#pragma once
// The semantic passes that turn a front end's input::ScriptInput into a ShotGraph, in the order
// compile() runs them. They know no source syntax: a Fountain reader feeds them the same value.
#include "compiler/compile.hpp"
#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/input/script_input.hpp"
#include "compiler/shot_graph.hpp"

namespace ekonte::check {

struct PassContext {
  const std::string& file;
  const CompileOptions& options;
  DiagnosticSink& sink;
};

void read_front_matter(const input::ScriptInput& script, ShotGraph& graph, const PassContext& ctx);
// `prop` declarations: each writer's prop with its SVG file read and checked (before the
// settings, whose `props:` may name them).
void read_custom_props(const input::ScriptInput& script, ShotGraph& graph, const PassContext& ctx);
// Characters with `like` resolved, and settings.
void resolve_definitions(const input::ScriptInput& script, ShotGraph& graph, const PassContext& ctx);
// Scenes and shots, camera, durations, dialogue and staging.
// Takes the scenes from `script`, freeing each once its shots are built (the other passes read
// the definitions, which are kept).
void build_shots(input::ScriptInput&& script, ShotGraph& graph, const PassContext& ctx);
// Graph edges and the continuity warnings (180-degree rule, variant changes in a scene).
void link_and_check_continuity(ShotGraph& graph, const PassContext& ctx);

// "did you mean" hint for an unknown id among `candidates`, or `fallback`.
std::string suggest(const std::string& word, const std::vector<std::string>& candidates, const std::string& fallback);

}  // namespace ekonte::check
