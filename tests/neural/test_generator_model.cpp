// The network's shapes and its per-character attention, on synthetic tensors.
#include "tests/neural/torch_doctest.hpp"

#include "render/neural/generator_model.hpp"

using namespace ekonte::neural;

namespace {

ModelConfig tiny() {
  ModelConfig c;
  c.base_channels = 8;
  c.heads = 2;
  c.reference_size = 32;
  return c;
}

// Vertical stripes: character k owns the k-th stripe; the right edge is background.
torch::Tensor stripes(int64_t b, int64_t h, int64_t w, int64_t k) {
  auto cols = torch::arange(w).div(w / (k + 1), "floor").clamp_max(k);
  auto ids = torch::where(cols < k, cols + 1, torch::zeros_like(cols));
  return ids.view({1, 1, w}).expand({b, h, w}).contiguous().to(torch::kInt64);
}

}  // namespace

TEST_CASE("forward shapes for 1, 2 and 3 characters, at sizes the network was not built for") {
  torch::manual_seed(0);
  ReferenceGenerator model(tiny());
  model->eval();
  torch::NoGradGuard no_grad;
  for (int64_t k : {1, 2, 3}) {
    for (auto [h, w] : {std::pair<int64_t, int64_t>{32, 32}, {37, 23}, {18, 32}}) {
      CAPTURE(k);
      CAPTURE(h);
      CAPTURE(w);
      const int64_t b = 2;
      auto control = torch::rand({b, kControlChannels, h, w});
      auto refs = torch::rand({b, k, 3, 32, 16});
      auto out = model->forward(control, stripes(b, h, w, k), refs);
      CHECK(out.fill.sizes() == torch::IntArrayRef({b, 3, h, w}));
      CHECK(out.ink.sizes() == torch::IntArrayRef({3}));
      CHECK(out.fill.min().item<float>() >= 0.0f);
      CHECK(out.fill.max().item<float>() <= 1.0f);
      CHECK(!out.fill.isnan().any().item<bool>());
    }
  }
}

TEST_CASE("a character's pixels attend only to its own reference") {
  torch::manual_seed(1);
  CrossAttention attn(16, 11, 2);
  // Give the output projection weights so the block is not the identity it starts as.
  {
    torch::NoGradGuard g;
    attn->to_out->weight.normal_();
  }
  const int64_t h = 4, w = 6, per = 5;
  auto x = torch::randn({1, 16, h, w});
  auto owner = torch::cat({torch::ones({1, 12}), torch::full({1, 12}, 2)}, 1).to(torch::kInt64);  // top: 1, bottom: 2
  auto tokens = torch::randn({1, 2 * per, 11});
  auto token_owner = torch::cat({torch::zeros({1}), torch::ones({per}), torch::full({per}, 2)}).to(torch::kInt64).unsqueeze(0);
  // Parts: every pixel and token is "skin", so the same-part bias is on for all of them.
  auto pixel_parts = torch::zeros({1, 24, 10});
  pixel_parts.select(2, 1).fill_(1);
  auto token_parts = torch::zeros({1, 2 * per, 10});
  token_parts.select(2, 1).fill_(1);
  auto y = attn(x, owner, tokens, token_owner, pixel_parts, token_parts).first;
  auto tokens2 = tokens.clone();
  tokens2.slice(1, per, 2 * per).normal_();  // a different reference for character 2
  auto y2 = attn(x, owner, tokens2, token_owner, pixel_parts, token_parts).first;
  auto top = [](const torch::Tensor& t) { return t.flatten(2).slice(2, 0, 12); };
  auto bottom = [](const torch::Tensor& t) { return t.flatten(2).slice(2, 12, 24); };
  CHECK(torch::equal(top(y), top(y2)));
  CHECK(!torch::allclose(bottom(y), bottom(y2)));
}

TEST_CASE("parameter count stays small") {
  ReferenceGenerator model(ModelConfig{});
  const auto n = parameter_count(*model);
  MESSAGE("default generator parameters: " << n);
  CHECK(n > 100'000);
  CHECK(n < 3'000'000);
}
