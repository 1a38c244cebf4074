#include "render/neural/generator_model.hpp"

#include <cmath>

namespace ekonte::neural {
namespace F = torch::nn::functional;
using torch::indexing::None;
using torch::indexing::Slice;

namespace {

// Group count for GroupNorm: 8 groups when the channels allow, fewer otherwise.
int groups_for(int channels) {
  for (int g : {8, 4, 2})
    if (channels % g == 0) return g;
  return 1;
}

// Nearest-neighbour instance ids at the resolution of a feature map made by stride-2 convs.
torch::Tensor owners_at(const torch::Tensor& instances, int64_t h, int64_t w) {
  const int64_t step = instances.size(1) / h > 0 ? (instances.size(1) + h - 1) / h : 1;
  auto sub = instances.index({Slice(), Slice(None, None, step), Slice(None, None, step)});
  sub = sub.index({Slice(), Slice(0, h), Slice(0, w)});
  return sub.reshape({sub.size(0), h * w});
}

torch::Tensor upsample_to(const torch::Tensor& x, const torch::Tensor& like) {
  return F::interpolate(x, F::InterpolateFuncOptions()
                               .size(std::vector<int64_t>{like.size(2), like.size(3)})
                               .mode(torch::kNearest));
}

}  // namespace

ConvBlockImpl::ConvBlockImpl(int in, int out, int stride) {
  conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1)));
  norm1 = register_module("norm1", torch::nn::GroupNorm(groups_for(out), out));
  conv2 = register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(out, out, 3).padding(1)));
  norm2 = register_module("norm2", torch::nn::GroupNorm(groups_for(out), out));
}

torch::Tensor ConvBlockImpl::forward(const torch::Tensor& x) {
  auto y = F::silu(norm1(conv1(x)));
  return F::silu(norm2(conv2(y)));
}

ReferenceEncoderImpl::ReferenceEncoderImpl(const ModelConfig& config) {
  const int c = config.base_channels;
  // Input: RGB plus two coordinate channels, so tokens know roughly where on the sheet they are.
  stem = register_module("stem", ConvBlock(3 + 2, c));
  down1 = register_module("down1", ConvBlock(c, 2 * c, 2));
  down2 = register_module("down2", ConvBlock(2 * c, 4 * c, 2));
  down3 = register_module("down3", ConvBlock(4 * c, 4 * c, 2));
  part_head = register_module("part_head", torch::nn::Conv2d(torch::nn::Conv2dOptions(4 * c, kPartChannels, 1)));
}

ReferenceEncoding ReferenceEncoderImpl::forward(const torch::Tensor& references) {
  const int64_t n = references.size(0), rh = references.size(2), rw = references.size(3);
  auto yy = torch::linspace(-1, 1, rh, references.options()).view({1, 1, rh, 1}).expand({n, 1, rh, rw});
  auto xx = torch::linspace(-1, 1, rw, references.options()).view({1, 1, 1, rw}).expand({n, 1, rh, rw});
  auto x = stem(torch::cat({references, xx, yy}, 1));
  auto fine = down2(down1(x));
  auto coarse = down3(fine);
  auto tokens = [&](const torch::Tensor& f) {
    auto rgb = F::adaptive_avg_pool2d(references, F::AdaptiveAvgPool2dFuncOptions({f.size(2), f.size(3)}));
    auto t = torch::cat({f, rgb}, 1);  // [N, 4c+3, h, w]
    return t.flatten(2).transpose(1, 2);
  };
  ReferenceEncoding out;
  out.fine = tokens(fine);
  out.coarse = tokens(coarse);
  out.part_logits = part_head(fine);
  auto probs = torch::softmax(out.part_logits, 1);
  out.fine_parts = probs.flatten(2).transpose(1, 2);
  out.coarse_parts = F::adaptive_avg_pool2d(probs, F::AdaptiveAvgPool2dFuncOptions({coarse.size(2), coarse.size(3)}))
                         .flatten(2)
                         .transpose(1, 2);
  return out;
}

CrossAttentionImpl::CrossAttentionImpl(int channels, int token_dim, int heads_) : heads(heads_) {
  norm_q = register_module("norm_q", torch::nn::LayerNorm(torch::nn::LayerNormOptions({channels})));
  norm_kv = register_module("norm_kv", torch::nn::LayerNorm(torch::nn::LayerNormOptions({token_dim})));
  to_q = register_module("to_q", torch::nn::Linear(channels, channels));
  to_k = register_module("to_k", torch::nn::Linear(token_dim, channels));
  to_v = register_module("to_v", torch::nn::Linear(token_dim, channels));
  to_out = register_module("to_out", torch::nn::Linear(channels, channels));
  null_token = register_parameter("null_token", torch::zeros({1, 1, token_dim}));
  // Starts strong enough that a pixel mostly attends to tokens of its own part from step one.
  part_bias = register_parameter("part_bias", torch::full({heads}, 6.0));
  // Start as the identity: the residual branch is switched on by training (the retrieved colour
  // reaches the decoder directly from the first step).
  torch::NoGradGuard no_grad;
  to_out->weight.zero_();
  to_out->bias.zero_();
}

std::pair<torch::Tensor, torch::Tensor> CrossAttentionImpl::forward(const torch::Tensor& x,
                                                                    const torch::Tensor& pixel_owner,
                                                                    const torch::Tensor& tokens,
                                                                    const torch::Tensor& token_owner,
                                                                    const torch::Tensor& pixel_parts,
                                                                    const torch::Tensor& token_parts) {
  const int64_t b = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3), n = h * w;
  const int64_t dh = c / heads;
  auto kv_in = norm_kv(torch::cat({null_token.expand({b, 1, tokens.size(2)}).to(tokens.dtype()), tokens}, 1));
  const int64_t t = kv_in.size(1);
  auto k = to_k(kv_in).view({b, t, heads, dh}).transpose(1, 2);  // [B,H,T,dh]
  auto v = to_v(kv_in).view({b, t, heads, dh}).transpose(1, 2);
  auto q_all = x.flatten(2).transpose(1, 2);  // [B,N,C]
  // The null token belongs to no part.
  auto kv_parts = torch::cat({torch::zeros({b, 1, token_parts.size(2)}, token_parts.options()), token_parts}, 1);
  auto bias = part_bias.view({1, heads, 1, 1}).to(x.dtype());
  // The null token's colour is mid grey: a pixel that finds nothing retrieves no hue.
  auto token_rgb = torch::cat({torch::full({b, 1, 3}, 0.5, tokens.options()), tokens.slice(2, tokens.size(2) - 3)}, 1);
  std::vector<torch::Tensor> rgbs;
  const double scale = 1.0 / std::sqrt(static_cast<double>(dh));
  std::vector<torch::Tensor> outs;
  for (int64_t start = 0; start < n; start += kQueryChunk) {
    const int64_t end = std::min(n, start + kQueryChunk);
    auto q = to_q(norm_q(q_all.index({Slice(), Slice(start, end)})));
    q = q.view({b, end - start, heads, dh}).transpose(1, 2);  // [B,H,n,dh]
    auto logits = torch::matmul(q, k.transpose(2, 3)) * scale;  // [B,H,n,T]
    auto same_part = torch::matmul(pixel_parts.index({Slice(), Slice(start, end)}), kv_parts.transpose(1, 2));  // [B,n,T]
    logits = logits + bias * same_part.unsqueeze(1).to(logits.dtype());
    auto owner = pixel_owner.index({Slice(), Slice(start, end)}).unsqueeze(2);  // [B,n,1]
    auto allowed = (token_owner.unsqueeze(1) == 0) | (token_owner.unsqueeze(1) == owner);  // [B,n,T]
    // A large finite negative rather than -inf keeps bf16 softmax free of NaNs.
    logits = logits.masked_fill(allowed.logical_not().unsqueeze(1), -1e4);
    auto attn = torch::softmax(logits, -1);
    rgbs.push_back(torch::matmul(attn.mean(1), token_rgb));  // [B,n,3]
    auto o = torch::matmul(attn, v).transpose(1, 2).reshape({b, end - start, c});
    outs.push_back(to_out(o));
  }
  auto out = outs.size() == 1 ? outs[0] : torch::cat(outs, 1);
  auto rgb = rgbs.size() == 1 ? rgbs[0] : torch::cat(rgbs, 1);
  return {x + out.transpose(1, 2).reshape({b, c, h, w}), rgb.transpose(1, 2).reshape({b, 3, h, w})};
}

ReferenceGeneratorImpl::ReferenceGeneratorImpl(const ModelConfig& config_) : config(config_) {
  const int c = config.base_channels;
  const int token_dim = 4 * c + 3;
  enc0 = register_module("enc0", ConvBlock(kControlChannels, c));
  enc1 = register_module("enc1", ConvBlock(c, 2 * c, 2));
  enc2 = register_module("enc2", ConvBlock(2 * c, 4 * c, 2));
  enc3 = register_module("enc3", ConvBlock(4 * c, 4 * c, 2));
  dec2 = register_module("dec2", ConvBlock(8 * c, 4 * c));
  // dec1 and dec0 also see the colours retrieved by attn_enc3 and attn_dec2 (2 x RGB).
  dec1 = register_module("dec1", ConvBlock(6 * c + 6, 2 * c));
  // The decoder's last block also sees the control maps again, so part edges stay sharp.
  dec0 = register_module("dec0", ConvBlock(3 * c + kControlChannels + 6, c));
  attn_enc2 = register_module("attn_enc2", CrossAttention(4 * c, token_dim, config.heads));
  attn_enc3 = register_module("attn_enc3", CrossAttention(4 * c, token_dim, config.heads));
  attn_dec2 = register_module("attn_dec2", CrossAttention(4 * c, token_dim, config.heads));
  reference_encoder = register_module("reference_encoder", ReferenceEncoder(config));
  head = register_module("head", torch::nn::Conv2d(torch::nn::Conv2dOptions(c, 3, 1)));
  // Ink starts near black: sigmoid(-3) ~ 0.05.
  ink_logit = register_parameter("ink_logit", torch::full({3}, -3.0));
}

GeneratorOutput ReferenceGeneratorImpl::forward(const torch::Tensor& control, const torch::Tensor& instances,
                                                const torch::Tensor& references) {
  const int64_t b = control.size(0), k = references.size(1);
  auto enc = reference_encoder(references.flatten(0, 1));  // tokens [B*K,T,D]
  const auto& fine = enc.fine;
  const auto& coarse = enc.coarse;
  auto per_shot = [&](const torch::Tensor& tokens) {
    return tokens.reshape({b, k * tokens.size(1), tokens.size(2)});
  };
  auto owners_for = [&](const torch::Tensor& tokens) {
    const int64_t per = tokens.size(1);
    // Token i of character j (0-based) belongs to instance j+1; the prepended null token to 0.
    auto ids = torch::arange(1, k + 1, instances.options()).repeat_interleave(per);
    ids = torch::cat({torch::zeros({1}, ids.options()), ids});
    return ids.unsqueeze(0).expand({b, ids.size(0)});
  };
  auto fine_tokens = per_shot(fine), coarse_tokens = per_shot(coarse);
  auto fine_owner = owners_for(fine), coarse_owner = owners_for(coarse);
  auto fine_parts = per_shot(enc.fine_parts), coarse_parts = per_shot(enc.coarse_parts);
  // Each pixel's part shares at an attention block's resolution (the one-hot channels, pooled).
  auto parts_at = [&](int64_t h, int64_t w) {
    auto one_hot = control.slice(1, 1, 1 + kPartChannels);
    return F::adaptive_avg_pool2d(one_hot, F::AdaptiveAvgPool2dFuncOptions({h, w})).flatten(2).transpose(1, 2);
  };

  auto e0 = enc0(control);
  auto e1 = enc1(e0);
  auto e2 = enc2(e1);
  e2 = attn_enc2(e2, owners_at(instances, e2.size(2), e2.size(3)), fine_tokens, fine_owner,
                 parts_at(e2.size(2), e2.size(3)), fine_parts)
           .first;
  auto e3 = enc3(e2);
  auto [e3a, rgb_coarse] = attn_enc3(e3, owners_at(instances, e3.size(2), e3.size(3)), coarse_tokens, coarse_owner,
                                     parts_at(e3.size(2), e3.size(3)), coarse_parts);
  auto d2 = dec2(torch::cat({upsample_to(e3a, e2), e2}, 1));
  auto [d2a, rgb_fine] = attn_dec2(d2, owners_at(instances, d2.size(2), d2.size(3)), fine_tokens, fine_owner,
                                   parts_at(d2.size(2), d2.size(3)), fine_parts);
  auto smooth_to = [](const torch::Tensor& x, const torch::Tensor& like) {
    return F::interpolate(x, F::InterpolateFuncOptions()
                                 .size(std::vector<int64_t>{like.size(2), like.size(3)})
                                 .mode(torch::kBilinear)
                                 .align_corners(false));
  };
  auto colours = torch::cat({upsample_to(rgb_coarse, d2a), rgb_fine}, 1);  // [B,6,H/4,W/4]
  auto d1 = dec1(torch::cat({upsample_to(d2a, e1), e1, smooth_to(colours, e1)}, 1));
  auto d0 = dec0(torch::cat({upsample_to(d1, e0), e0, control, upsample_to(colours, e0)}, 1));
  return {torch::sigmoid(head(d0)), torch::sigmoid(ink_logit), enc.part_logits};
}

torch::Tensor apply_ink(const torch::Tensor& fill, const torch::Tensor& ink, const torch::Tensor& lineart) {
  return fill * (1 - lineart) + ink.view({1, 3, 1, 1}).to(fill.dtype()) * lineart;
}

int64_t parameter_count(torch::nn::Module& module) {
  int64_t n = 0;
  for (const auto& p : module.parameters()) n += p.numel();
  return n;
}

}  // namespace ekonte::neural
