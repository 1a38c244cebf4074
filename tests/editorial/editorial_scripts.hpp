#pragma once
// Scripts the editorial tests export: a small one with every kind of transition the timeline
// lays out (fade in, dissolve, cut, fade out then fade in, match cut, fade out) and text that
// CSV must quote, and the sample.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "compiler/compile.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::test {

inline const char* kTransitionsScript = R"(title: Editorial, "test"
fps: FPS

character A "A":
    age: 30

character B "B":
    age: 12

setting S "S":
    time: day

scene 1 S:
    FADE IN:

    shot 1 wide, 2s:
        A stands, waiting.
        A (whispering): Hello, "you".
        sfx: wind, far away

    DISSOLVE TO:

    shot 2A close-up A, 1+12:
        A smiles.
        [[ hold, then cut ]]

    CUT TO:

    shot 3 medium, pan right, 3s:
        A and B wait.
        B: これはお守りだよ。なくさないでね。

    FADE OUT.

scene 2 S:
    FADE IN:

    shot 4 wide, 2s:
        B walks.

    MATCH CUT TO:

    shot 5 close-up B, 1s:
        B looks up.

    FADE OUT.
)";

inline std::string transitions_script(const std::string& fps = "24") {
  std::string s = kTransitionsScript;
  s.replace(s.find("FPS"), 3, fps);
  return s;
}

inline ShotGraph compile_text(const std::string& text) {
  CompileOptions options;
  options.check_sheet_files = false;
  auto result = compile_source("t.eko", text, options);
  REQUIRE_MESSAGE(result.ok(), "the test script compiles");
  return result.graph;
}

inline std::string sample_path() { return std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko"; }

inline ShotGraph compile_sample() {
  std::ifstream in(sample_path());
  std::stringstream text;
  text << in.rdbuf();
  CompileOptions options;
  options.check_sheet_files = false;
  auto result = compile_source(sample_path(), text.str(), options);
  REQUIRE_MESSAGE(result.ok(), "the sample compiles");
  return result.graph;
}

}  // namespace ekonte::test
