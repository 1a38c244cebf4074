#pragma once
// The versioned JSON form of a shot graph ("ekonte_shotgraph": 1), documented in docs/shotgraph.md.
#include <nlohmann/json.hpp>

#include <functional>
#include <string_view>

#include "compiler/shot_graph.hpp"

namespace ekonte {

inline constexpr int kShotGraphSchemaVersion = 1;

// Keys are emitted in a stable, documented order. The text is written directly (fast for
// large scripts); the document form parses that text.
nlohmann::ordered_json shot_graph_to_json(const ShotGraph& graph);
std::string shot_graph_to_json_text(const ShotGraph& graph);
// The same text handed to `sink` in pieces as it is written, never held whole.
void write_shot_graph_json(const ShotGraph& graph, const std::function<void(std::string_view)>& sink);

}  // namespace ekonte
