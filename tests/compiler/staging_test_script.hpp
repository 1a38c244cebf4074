#pragma once
// A small cast and room for the staging rule tests (test_staging_*.cpp): shots are appended to it
// and compiled; every value is read back from the shot graph.
#include <doctest/doctest.h>

#include <string>

#include "compiler/compile.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"

namespace ekonte::test {

inline const char* kStagingCast = R"(title: t
character NELL "Nell Brandt":
    pronouns: she/her
    hair: bob, #000000
character OTTO "Otto Brandt":
    pronouns: he/him
    hair: short, #111111
character PIA "Captain Pia":
    pronouns: she/her
    hair: long, #222222
setting ROOM "Room":
    time: day
    props: chair, table
scene 1 INT. ROOM - DAY (ROOM)
)";

inline CompileResult compile_staging(const std::string& shots) {
  CompileResult r = compile_source("t.eko", std::string(kStagingCast) + shots);
  CHECK_MESSAGE(!r.diagnostics.has_errors(), render_human(r.diagnostics.diagnostics(), &r.source, {}));
  return r;
}

inline const Staging* staged(const ShotGraph& g, size_t shot, const char* id) {
  for (const auto& s : g.shots.at(shot).characters)
    if (g.character(s.character).id == id) return &s;
  return nullptr;
}

inline int count_code(const CompileResult& r, const char* code) {
  int n = 0;
  for (const auto& d : r.diagnostics.diagnostics()) n += info(d.kind).code == code;
  return n;
}

inline const Relation* relation(const Staging& s, RelationKind kind) {
  for (const auto& r : s.relations)
    if (r.value.kind == kind) return &r.value;
  return nullptr;
}

}  // namespace ekonte::test
