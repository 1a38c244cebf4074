// The `ekonte` executable: exit codes, JSON diagnostics, explain, compile output.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/compiler/golden.hpp"

namespace {

struct Run {
  int code;
  std::string out;
};

Run run(const std::string& args) {
  const std::string cmd = "cd " + std::string(EKONTE_SOURCE_DIR) + " && " + std::getenv("EKONTE_BIN") + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  while (size_t n = fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
  const int status = pclose(p);
  return {WEXITSTATUS(status), out};
}

}  // namespace

TEST_CASE("check: exit 0 on the sample, 1 on errors, 2 on usage and missing files") {
  CHECK(run("check samples/fox-at-the-shrine.eko").code == 0);
  const Run bad = run("check tests/diagnostics/five_mistakes.eko");
  CHECK(bad.code == 1);
  CHECK(bad.out.find("tests/diagnostics/five_mistakes.eko:") != std::string::npos);
  CHECK(bad.out.find("^") != std::string::npos);
  CHECK(bad.out.find("hint: ") != std::string::npos);
  CHECK(run("check").code == 2);
  const Run missing = run("check no/such/file.eko");
  CHECK(missing.code == 2);
  CHECK(missing.out.find("no/such/file.eko") != std::string::npos);
  CHECK(run("frobnicate").code == 2);
  CHECK(run("--version").out.find("ekonte ") == 0);
}

TEST_CASE("check --diagnostics=json reports every mistake with line, column and code") {
  const Run r = run("check tests/diagnostics/five_mistakes.eko --diagnostics=json");
  CHECK(r.code == 1);
  const auto j = nlohmann::json::parse(r.out.substr(r.out.find('{')));
  CHECK(j["errors"].get<int>() >= 5);
  std::set<std::string> codes;
  for (const auto& d : j["diagnostics"]) {
    CHECK(d["line"].get<int>() > 0);
    CHECK(d["column"].get<int>() > 0);
    codes.insert(d["code"].get<std::string>());
  }
  CHECK(codes.size() >= 5);
}

TEST_CASE("compile writes the versioned shot graph") {
  const std::string out = std::filesystem::temp_directory_path() / "ekonte-test-graph.json";
  REQUIRE(run("compile samples/fox-at-the-shrine.eko -o " + out).code == 0);
  const auto j = nlohmann::json::parse(ekonte::test::read_file(out));
  CHECK(j["ekonte_shotgraph"] == 1);
  CHECK(j["shots"].size() == 20);
  std::filesystem::remove(out);
}

TEST_CASE("explain names where each staging value came from") {
  const Run r = run("explain samples/fox-at-the-shrine.eko 12");
  CHECK(r.code == 0);
  CHECK(r.out.find("GRANDMA") != std::string::npos);
  CHECK(r.out.find("from action \"right\"") != std::string::npos);
  CHECK(r.out.find("from action \"kneels beside\"") != std::string::npos);
  // Shot 14 says nothing of HARU9's pose: she still kneels, continued from shot 12.
  const Run later = run("explain samples/fox-at-the-shrine.eko 14");
  CHECK(later.out.find("kneel                from continuity \"continued from shot 12\"") != std::string::npos);
  // HARU9 and GRANDMA face each other because nothing says where they look.
  CHECK(r.out.find("character            from inferred") != std::string::npos);
  CHECK(r.out.find("character            from default") == std::string::npos);
  CHECK(run("explain samples/fox-at-the-shrine.eko 99").code == 2);
}

TEST_CASE("explain says which sound rule read each sound line and what each line is lettered in") {
  const Run r = run("explain samples/fox-at-the-shrine.eko 6");
  CHECK(r.code == 0);
  CHECK(r.out.find("sound       \"fwoosh\"") != std::string::npos);
  CHECK(r.out.find("lettered    `fwoosh`: row `whoosh` of vocabulary/sound_words.def (spelling `fwoosh`)") !=
        std::string::npos);
  const Run festival = run("explain ../shared/corpus/summer-festival.eko 5");
  CHECK(festival.code == 0);
  CHECK(festival.out.find("caption     `taiko drums`: several words: a description of the sound") != std::string::npos);
  // HARU says her line to herself aloud: a speech balloon, not a thought.
  const Run line = run("explain samples/fox-at-the-shrine.eko 3");
  CHECK(line.out.find("HARU (line ") != std::string::npos);
  CHECK(line.out.find("speech balloon") != std::string::npos);
  const Run whisper = run("explain samples/fox-at-the-shrine.eko 5");
  CHECK(whisper.out.find("whisper from vocabulary/deliveries.def \"whisper\"") != std::string::npos);
}
