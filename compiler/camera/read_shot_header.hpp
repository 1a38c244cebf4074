#pragma once
// Reads a shot header's comma-separated items into an id, camera values, a subject, a
// duration and a take, reporting words outside the camera vocabulary.
#include <optional>
#include <string>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"

namespace ekonte {

struct ShotHeaderReading {
  std::optional<ast::Text> id;
  Sourced<Framing> framing{Framing::Medium};
  Framing size = Framing::Medium;  // see Shot::size
  std::vector<ast::Text> subject_words;
  Sourced<Angle> angle{Angle::EyeLevel};
  Sourced<Movement> movement{Movement::Static};
  std::optional<uint32_t> duration_frames;
  std::string duration_text;
  uint32_t take = 1;
};

ShotHeaderReading read_shot_header(const ast::ShotDecl& shot, uint32_t fps, const std::string& file,
                                   DiagnosticSink& sink);

// Every phrase of the camera vocabulary, for documentation and "did you mean".
std::vector<std::string> camera_vocabulary();

}  // namespace ekonte
