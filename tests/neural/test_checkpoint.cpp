// Weights files: a round trip keeps outputs identical; foreign, truncated, missing and
// mismatched files are refused with a message naming the file. Also reference-image checks.
#include "tests/neural/torch_doctest.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/image/png.hpp"
#include "render/neural/checkpoint.hpp"
#include "render/neural/neural_generator.hpp"

using namespace ekonte::neural;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir() {
  auto dir = fs::path(EKONTE_BINARY_DIR) / "test-neural-checkpoint";
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void spit(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const NeuralError& e) {
    return e.what();
  }
  return "";
}

ModelConfig tiny() {
  ModelConfig c;
  c.base_channels = 8;
  c.heads = 2;
  c.reference_size = 32;
  return c;
}

}  // namespace

TEST_CASE("save and load give identical outputs") {
  torch::manual_seed(3);
  ReferenceGenerator model(tiny());
  CheckpointMeta meta;
  meta.config = tiny();
  meta.train_size = 32;
  meta.steps = 12;
  meta.command_line = "ekonte train --test";
  const auto path = (temp_dir() / "round_trip.ekw").string();
  save_checkpoint(path, model, meta);
  auto loaded = load_checkpoint(path, torch::kCPU);
  CHECK(loaded.meta.steps == 12);
  CHECK(loaded.meta.command_line == "ekonte train --test");
  CHECK(loaded.meta.config.base_channels == 8);
  CHECK(loaded.digest.size() == 16);
  model->eval();
  loaded.model->eval();
  torch::NoGradGuard g;
  auto control = torch::rand({2, kControlChannels, 24, 40});
  auto inst = torch::randint(0, 3, {2, 24, 40}, torch::kInt64);
  auto refs = torch::rand({2, 2, 3, 32, 16});
  auto a = model->forward(control, inst, refs);
  auto b = loaded.model->forward(control, inst, refs);
  CHECK(torch::equal(a.fill, b.fill));
  CHECK(torch::equal(a.ink, b.ink));
}

TEST_CASE("the header's architecture version picks the network: 3 loads the colour U-Net, 4 the labeller") {
  torch::manual_seed(5);
  ReferenceLabeller labeller(4);
  CheckpointMeta meta;
  meta.architecture_version = kLabellerArchitectureVersion;
  meta.config.base_channels = 4;
  meta.config.heads = 1;
  meta.config.reference_size = kSheetHeight;
  ToneModel tones;
  tones.fit[2][1][2].gain = {0.5, 0.6, 0.7};
  tones.fit[2][1][2].weight = 3;
  meta.tone_model = tones.to_json();
  const auto v4 = (temp_dir() / "labeller.ekw").string();
  save_checkpoint(v4, *labeller, meta);
  auto loaded = load_checkpoint(v4, torch::kCPU);
  CHECK(loaded.meta.architecture_version == 4);
  REQUIRE(loaded.labeller);
  CHECK_FALSE(loaded.model);
  CHECK(ToneModel::from_json(loaded.meta.tone_model).fit[2][1][2].gain[1] == doctest::Approx(0.6));
  labeller->eval();
  loaded.labeller->eval();
  torch::NoGradGuard g;
  auto x = torch::rand({1, kLabellerInputChannels, 32, 16});
  CHECK(torch::equal(labeller->forward(x), loaded.labeller->forward(x)));

  ReferenceGenerator generator(tiny());
  CheckpointMeta meta3;
  meta3.config = tiny();
  const auto v3 = (temp_dir() / "generator-v3.ekw").string();
  save_checkpoint(v3, generator, meta3);
  auto loaded3 = load_checkpoint(v3, torch::kCPU);
  CHECK(loaded3.meta.architecture_version == 3);
  CHECK(loaded3.model);
  CHECK_FALSE(loaded3.labeller);
}

TEST_CASE("bad weights files are refused with a clear message") {
  torch::manual_seed(4);
  ReferenceGenerator model(tiny());
  CheckpointMeta meta;
  meta.config = tiny();
  const auto good = temp_dir() / "good.ekw";
  save_checkpoint(good.string(), model, meta);
  const std::string bytes = slurp(good);

  const auto missing = (temp_dir() / "missing.ekw").string();
  CHECK(error_of([&] { load_checkpoint(missing, torch::kCPU); }).find("missing.ekw` does not exist") != std::string::npos);

  const auto truncated = temp_dir() / "truncated.ekw";
  spit(truncated, bytes.substr(0, bytes.size() / 2));
  CHECK(error_of([&] { load_checkpoint(truncated.string(), torch::kCPU); }).find("is truncated") != std::string::npos);

  const auto foreign = temp_dir() / "foreign.pt";
  spit(foreign, "PK\x03\x04 this is some other model");
  CHECK(error_of([&] { load_checkpoint(foreign.string(), torch::kCPU); }).find("is not an Ekonte generator weights file") !=
        std::string::npos);

  std::string other_arch = bytes;
  const auto at = other_arch.find("\"architecture_version\":3");
  REQUIRE(at != std::string::npos);
  other_arch[at + std::string("\"architecture_version\":").size()] = '9';
  const auto mismatched = temp_dir() / "mismatched.ekw";
  spit(mismatched, other_arch);
  const auto msg = error_of([&] { load_checkpoint(mismatched.string(), torch::kCPU); });
  CHECK(msg.find("architecture version 9") != std::string::npos);
  CHECK(msg.find("mismatched.ekw") != std::string::npos);

  // A header that claims more channels than the stored weights have.
  std::string wrong_channels = bytes;
  const auto ch = wrong_channels.find("\"base_channels\":8");
  REQUIRE(ch != std::string::npos);
  wrong_channels[ch + std::string("\"base_channels\":").size()] = '4';
  const auto lying = temp_dir() / "lying.ekw";
  spit(lying, wrong_channels);
  CHECK(error_of([&] { load_checkpoint(lying.string(), torch::kCPU); }).find("do not fit the generator architecture") !=
        std::string::npos);

  // Header numbers are bounded before anything is allocated from them.
  auto with_header_value = [&](const std::string& key, const std::string& value) {
    std::string out = bytes;
    const size_t header_at = out.find("{\"");
    const size_t k = out.find("\"" + key + "\":", header_at);
    REQUIRE(k != std::string::npos);
    const size_t v = k + key.size() + 3;
    const size_t end = out.find_first_of(",}", v);
    const int64_t grow = int64_t(value.size()) - int64_t(end - v);
    out.replace(v, end - v, value);
    uint64_t len = 0;  // the header's length, stored little-endian just before it
    for (int i = 0; i < 8; ++i) len |= uint64_t(static_cast<unsigned char>(out[header_at - 8 + i])) << (8 * i);
    len = uint64_t(int64_t(len) + grow);
    for (int i = 0; i < 8; ++i) out[header_at - 8 + i] = static_cast<char>((len >> (8 * i)) & 0xff);
    return out;
  };
  const auto huge = temp_dir() / "huge.ekw";
  spit(huge, with_header_value("base_channels", "4096"));
  const std::string huge_msg = error_of([&] { load_checkpoint(huge.string(), torch::kCPU); });
  CHECK(huge_msg.find("`base_channels: 4096`") != std::string::npos);
  CHECK(huge_msg.find("from 1 to 256") != std::string::npos);
  spit(huge, with_header_value("heads", "100000000000000000000"));
  CHECK(error_of([&] { load_checkpoint(huge.string(), torch::kCPU); }).find("`heads: ") != std::string::npos);
  spit(huge, with_header_value("heads", "3"));
  CHECK(error_of([&] { load_checkpoint(huge.string(), torch::kCPU); }).find("do not divide") != std::string::npos);
}

TEST_CASE("the generator context reports a missing model and a missing GPU") {
  GeneratorParams params;
  params.model_path = (temp_dir() / "nowhere.ekw").string();
  params.device = "cpu";
  CHECK(error_of([&] { NeuralGenerator::load(params); }).find("nowhere.ekw") != std::string::npos);
  if (!torch::cuda::is_available()) {
    CHECK(error_of([&] { resolve_device_name("cuda"); }).find("device `cuda` requested, but libtorch sees no CUDA GPU") !=
          std::string::npos);
    CHECK(resolve_device_name("auto") == "cpu");
  }
  CHECK(error_of([&] { resolve_device_name("tpu"); }).find("unknown device `tpu`") != std::string::npos);
}

TEST_CASE("reference images: unreadable, not PNG, tiny, greyscale, truncated, too large") {
  const auto dir = temp_dir();
  CHECK(error_of([&] { load_reference_image((dir / "absent.png").string()); }).find("cannot be opened") !=
        std::string::npos);
  spit(dir / "text.png", "this is not a picture at all, just some words");
  CHECK(error_of([&] { load_reference_image((dir / "text.png").string()); }).find("is not a PNG or JPEG") != std::string::npos);

  ekonte::render::ImageRgba tiny_image{8, 8, std::vector<uint8_t>(8 * 8 * 4, 200)};
  REQUIRE(ekonte::render::write_png((dir / "tiny.png").string(), tiny_image));
  CHECK(error_of([&] { load_reference_image((dir / "tiny.png").string()); }).find("too small") != std::string::npos);

  ekonte::render::ImageRgba ok{40, 30, std::vector<uint8_t>(40 * 30 * 4, 255)};
  for (size_t i = 0; i < ok.pixels.size(); i += 4) ok.pixels[i] = 10;
  REQUIRE(ekonte::render::write_png((dir / "ok.png").string(), ok));
  const auto back = load_reference_image((dir / "ok.png").string());
  CHECK(back.width == 40);
  CHECK(back.height == 30);
  CHECK(back.pixels[0] == 10);
  CHECK(back.pixels[1] == 255);

  std::string grey = slurp(dir / "ok.png");
  grey[25] = 0;  // IHDR colour type 0: greyscale
  spit(dir / "grey.png", grey);
  CHECK(error_of([&] { load_reference_image((dir / "grey.png").string()); }).find("greyscale") != std::string::npos);

  const std::string full = slurp(dir / "ok.png");
  spit(dir / "cut.png", full.substr(0, 40));
  CHECK(error_of([&] { load_reference_image((dir / "cut.png").string()); }).find("cannot be decoded") != std::string::npos);

  // A header asking for 20000x20000 is refused before a pixel is decoded (it grew to 22 GB).
  std::string huge = slurp(dir / "ok.png");
  for (int at : {16, 20}) huge[at] = 0, huge[at + 1] = 0, huge[at + 2] = char(20000 >> 8), huge[at + 3] = char(20000 & 0xff);
  spit(dir / "huge.png", huge);
  CHECK(error_of([&] { load_reference_image((dir / "huge.png").string()); }).find("20000x20000 is larger than the 8192") !=
        std::string::npos);
}
