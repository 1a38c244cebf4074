#pragma once
// Reads an Ekonte shot header's comma-separated items into an id, camera values, a subject, a
// duration and a take, reporting words outside the camera vocabulary.
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/input/script_input.hpp"

namespace ekonte {

// `items`: the header's comma-separated items, as words; `header`: the header's span (where a
// missing duration is reported).
input::Camera read_shot_header(const std::vector<std::vector<SpannedText>>& items, const SourceSpan& header,
                               uint32_t fps, const std::string& file, DiagnosticSink& sink);

// Every phrase of the camera vocabulary, for documentation and "did you mean".
std::vector<std::string> camera_vocabulary();

}  // namespace ekonte
