// The render-to-layout file contract: file names from shot ids, landmarks JSON both ways, and a
// shot's files written and read back.
#include "render/shot_files.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <unistd.h>

using namespace ekonte;
using namespace ekonte::render;
namespace fs = std::filesystem;

namespace {
ShotRender small_render() {
  ShotRender r;
  r.landmarks.shot_id = "12A";
  r.landmarks.width = 8;
  r.landmarks.height = 4;
  r.landmarks.subject = {1, 1, 3, 2};
  CharacterLandmarks c;
  c.character_id = "HARU";
  c.head = {2, 0, 2, 2};
  c.face_center = {3, 1};
  c.mouth = {3, 1.5};
  c.body = {1, 0, 4, 4};
  r.landmarks.characters.push_back(c);
  r.color = {8, 4, std::vector<uint8_t>(8 * 4 * 4, 200)};
  for (ImageGray* g : {&r.lineart, &r.parts, &r.instances}) *g = {8, 4, std::vector<uint8_t>(8 * 4, 1)};
  return r;
}
}  // namespace

TEST_CASE("shot file stems keep letters, digits, dot, dash and underscore") {
  CHECK(shot_file_stem("12A") == "12A");
  CHECK(shot_file_stem("3/b c") == "3_b_c");
  CHECK(shot_file_stem("") == "shot");
}

TEST_CASE("landmarks survive JSON and a shot's files read back as written") {
  const ShotRender r = small_render();
  const ShotLandmarks back = landmarks_from_json(nlohmann::json::parse(landmarks_to_json(r.landmarks).dump()));
  CHECK(back.shot_id == "12A");
  REQUIRE(back.characters.size() == 1);
  CHECK(back.characters[0].character_id == "HARU");
  CHECK(back.characters[0].mouth.y == 1.5);
  CHECK(back.subject.w == 3);

  const fs::path dir = fs::temp_directory_path() / ("ekonte-shot-files-" + std::to_string(::getpid()));
  std::string error;
  const auto names = write_shot_files(dir.string(), "12A", r, true, &error);
  CHECK(error.empty());
  CHECK(names.size() == 5);  // picture, three control maps, landmarks (no background plate)
  std::string problem;
  const auto files = read_shot_files(dir.string(), "12A", &problem);
  REQUIRE_MESSAGE(files, problem);
  CHECK(files->picture.pixels == r.color.pixels);
  CHECK(files->landmarks.characters[0].head.w == 2);
  CHECK_FALSE(read_shot_files(dir.string(), "13", &problem));
  CHECK(problem.find("does not exist") != std::string::npos);
  fs::remove_all(dir);
}
