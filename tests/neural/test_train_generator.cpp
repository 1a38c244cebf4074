// A few training steps on a tiny synthetic set reduce the loss; training is deterministic for a
// seed, a resumed run continues exactly where it stopped, and an optimizer state that does not
// fit the weights is an error, not an abort.
#include "tests/neural/torch_doctest.hpp"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "render/neural/checkpoint.hpp"
#include "render/neural/neural_generator.hpp"
#include "render/neural/train_generator.hpp"

using namespace ekonte::neural;
namespace fs = std::filesystem;

namespace {

TrainOptions tiny_run(const std::string& name, int64_t steps) {
  auto dir = fs::path(EKONTE_BINARY_DIR) / "test-neural-train";
  fs::create_directories(dir);
  TrainOptions o;
  o.steps = steps;
  o.size = 32;
  o.batch = 4;
  o.lr = 3e-3;
  o.device = "cpu";
  o.seed = 11;
  o.out = (dir / (name + ".ekw")).string();
  o.data = "synthetic";
  o.threads = 1;
  o.base_channels = 8;
  o.heads = 2;
  o.reference_size = 32;
  o.example_pool = 4;
  o.checkpoint_every = 1000;
  return o;
}

torch::Tensor first_weight(const std::string& path) {
  auto c = load_checkpoint(path, torch::kCPU);
  return c.model->parameters()[0].detach().clone();
}

}  // namespace

TEST_CASE("a few training steps on a tiny set reduce the loss") {
  auto o = tiny_run("reduce", 60);
  const auto r = train_generator(o, synthetic_example);
  MESSAGE("loss before " << r.first_batch_loss_before << ", after " << r.first_batch_loss_after);
  CHECK(r.steps == 60);
  CHECK(r.first_batch_loss_after < 0.7 * r.first_batch_loss_before);
  const auto meta = read_checkpoint_meta(o.out);
  CHECK(meta.steps == 60);
  CHECK(meta.data == "synthetic");
  CHECK(meta.identities == "wardrobe-1");  // new training draws from the whole wardrobe, and says so
  CHECK(fs::exists(o.out + ".log.jsonl"));
}

TEST_CASE("the rig's training identities come from the whole wardrobe; the classic set stays as it was") {
  const ExampleSource rig = rig_example_source();
  if (!rig) return;  // built without the rig
  CHECK(identity_set_named(name_of(IdentitySet::Classic)) == IdentitySet::Classic);
  CHECK(identity_set_named(name_of(IdentitySet::Wardrobe)) == IdentitySet::Wardrobe);
  CHECK_THROWS_AS(identity_set_named("wardrobe-0"), NeuralError);
  CHECK(ExampleRequest{}.identity_set == IdentitySet::Wardrobe);
  // The same seeds drawn from the two sets give other figures (the wardrobe has other rows).
  int differ = 0;
  for (uint64_t seed = 1; seed <= 6; ++seed) {
    ExampleRequest classic{{seed}, seed, 32, 32, false, IdentitySet::Classic};
    ExampleRequest wardrobe = classic;
    wardrobe.identity_set = IdentitySet::Wardrobe;
    const auto a = rig(classic), b = rig(wardrobe), again = rig(classic);
    CHECK(a.references.at(0).pixels == again.references.at(0).pixels);
    differ += a.references.at(0).pixels != b.references.at(0).pixels;
  }
  CHECK(differ >= 4);
}

TEST_CASE("deterministic for a seed, and resumable") {
  auto straight = tiny_run("straight", 6);
  train_generator(straight, synthetic_example);
  auto again = tiny_run("again", 6);
  train_generator(again, synthetic_example);
  CHECK(torch::equal(first_weight(straight.out), first_weight(again.out)));

  auto half = tiny_run("half", 3);
  train_generator(half, synthetic_example);
  auto resumed = tiny_run("resumed", 6);
  resumed.resume = half.out;
  const auto r = train_generator(resumed, synthetic_example);
  CHECK(r.steps == 6);
  CHECK(torch::allclose(first_weight(straight.out), first_weight(resumed.out), 1e-6, 1e-7));
}

namespace {

std::string read_all(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

// The weights file's sections after the magic: header, model, optimizer (each a u64 size, then bytes).
std::vector<std::string> sections_of(const std::string& bytes) {
  std::vector<std::string> out;
  size_t pos = std::strlen(kWeightsMagic);
  while (pos + 8 <= bytes.size()) {
    uint64_t n = 0;
    for (int i = 0; i < 8; ++i) n |= uint64_t(uint8_t(bytes[pos + i])) << (8 * i);
    pos += 8;
    out.push_back(bytes.substr(pos, n));
    pos += n;
  }
  return out;
}

}  // namespace

TEST_CASE("resuming with an optimizer state that does not fit the weights is an error naming the file, not an abort") {
  auto narrow = tiny_run("narrow", 2);
  narrow.base_channels = 4;
  train_generator(narrow, synthetic_example);
  auto wide = tiny_run("wide", 2);
  train_generator(wide, synthetic_example);
  // The narrow model's header and weights with the wide model's Adam state, as a file written by
  // another libtorch can hold a state this one maps onto the wrong tensors.
  const auto a = sections_of(read_all(narrow.out)), b = sections_of(read_all(wide.out));
  REQUIRE(a.size() == 3);
  REQUIRE(b.size() == 3);
  std::string spliced = kWeightsMagic;
  for (const std::string* s : {&a[0], &a[1], &b[2]}) {
    for (int i = 0; i < 8; ++i) spliced.push_back(char((uint64_t(s->size()) >> (8 * i)) & 0xff));
    spliced += *s;
  }
  const std::string mixed = (fs::path(narrow.out).parent_path() / "mixed.ekw").string();
  std::ofstream(mixed, std::ios::binary) << spliced;
  auto resumed = tiny_run("mixed-resumed", 4);
  resumed.base_channels = 4;
  resumed.resume = mixed;
  try {
    train_generator(resumed, synthetic_example);
    FAIL("training went on with a mismatched optimizer state");
  } catch (const NeuralError& e) {
    const std::string what = e.what();
    CHECK(what.find("mixed.ekw") != std::string::npos);
    CHECK(what.find("optimizer state") != std::string::npos);
  }
}
