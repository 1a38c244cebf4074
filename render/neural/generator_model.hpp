#pragma once
// The reference-conditioned generator network (libtorch). Only render/neural/*.cpp include
// this header: everything outside the folder sees render/neural/neural_generator.hpp.
//
//   control maps [B,12,H,W] --enc0--> e0 (c, H) --enc1--> e1 (2c, H/2) --enc2--> e2 (4c, H/4)
//        --xattn(fine)--> --enc3--> e3 (4c, H/8) --xattn(coarse)-->
//        --up+e2--> dec2 (4c) --xattn(fine)--> --up+e1--> dec1 (2c) --up+e0--> dec0 (c) --> fill RGB
//   reference [B,K,3,R,R/2] --ReferenceEncoder--> fine tokens (R/4 x R/8), coarse tokens (R/8 x R/16) per character
//
// Queries come from shot features, keys and values from reference tokens; a pixel of
// character k attends only to character k's tokens (plus a learned null token).
#include <torch/torch.h>

#include <string>

namespace ekonte::neural {

// Bumped whenever the module tree or the meaning of an input channel changes.
// 2: the reference encoder predicts part labels; attention adds a same-part bias.
// 3: attention also returns the colour it retrieved, fed straight to the decoder.
inline constexpr int kArchitectureVersion = 3;
// Part-label one-hot channels: render::PartLabel::Count.
inline constexpr int kPartChannels = 10;
// Control input: line-art darkness, the part labels one-hot, the any-character mask.
inline constexpr int kControlChannels = 1 + kPartChannels + 1;
// Fine reference tokens are 1/4 of the reference's resolution, coarse ones 1/8.
inline constexpr int kFineTokenStride = 4;
// Rows processed at once by a cross-attention block; bounds memory at 1280x720.
inline constexpr int64_t kQueryChunk = 4096;

struct ModelConfig {
  int base_channels = 16;   // c: channels at full resolution (2c at 1/2, 4c at 1/4 and 1/8)
  int heads = 4;            // attention heads per cross-attention block
  int reference_size = 96;  // references are cropped to the drawing, letterboxed and resized to this height
};
// References are half as wide as they are tall: a standing figure fills the frame.
inline int reference_width(int reference_size) { return reference_size / 2; }

// conv3x3 -> GroupNorm -> SiLU, twice; the first conv may stride by 2.
struct ConvBlockImpl : torch::nn::Module {
  ConvBlockImpl(int in, int out, int stride = 1);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
  torch::nn::GroupNorm norm1{nullptr}, norm2{nullptr};
};
TORCH_MODULE(ConvBlock);

// Encodes each reference image into two token grids: fine (1/4 resolution) and coarse (1/8).
// Every token also carries the mean RGB of its patch, so colours reach the values unchanged,
// and the encoder predicts which part each fine token shows (trained with the rig's labels,
// inferred from appearance alone on a user's sheet).
struct ReferenceEncoding {
  torch::Tensor fine, coarse;              // tokens [N,T,D], D = 4c + 3
  torch::Tensor fine_parts, coarse_parts;  // part probabilities [N,T,10]
  torch::Tensor part_logits;               // [N,10,R/4,R/8], for the auxiliary loss
};
struct ReferenceEncoderImpl : torch::nn::Module {
  explicit ReferenceEncoderImpl(const ModelConfig& config);
  // references: [N,3,R,R/2] in [0,1].
  ReferenceEncoding forward(const torch::Tensor& references);
  ConvBlock stem{nullptr}, down1{nullptr}, down2{nullptr}, down3{nullptr};
  torch::nn::Conv2d part_head{nullptr};
};
TORCH_MODULE(ReferenceEncoder);

// Multi-head cross-attention, residual: x + out(softmax(q k^T / sqrt(d) + b * same_part + mask) v),
// where same_part = (the pixel's part shares) . (the token's predicted part probabilities).
struct CrossAttentionImpl : torch::nn::Module {
  CrossAttentionImpl(int channels, int token_dim, int heads);
  // x [B,C,h,w]; pixel_owner [B,h*w] (0 = no character, k = character k); tokens [B,T,D];
  // token_owner [B,T+1] for the tokens after the null token is prepended; pixel_parts [B,h*w,10];
  // token_parts [B,T,10].
  // Returns {x + attention output, the retrieved colour [B,3,h,w]}: the attention-weighted mean
  // of the tokens' patch RGB (averaged over heads), a direct path for a reference's colours.
  std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& x, const torch::Tensor& pixel_owner,
                                                  const torch::Tensor& tokens, const torch::Tensor& token_owner,
                                                  const torch::Tensor& pixel_parts, const torch::Tensor& token_parts);
  int heads;
  torch::nn::LayerNorm norm_q{nullptr}, norm_kv{nullptr};
  torch::nn::Linear to_q{nullptr}, to_k{nullptr}, to_v{nullptr}, to_out{nullptr};
  torch::Tensor null_token;  // [1,1,D]: what pixels attend to when their reference has nothing useful
  torch::Tensor part_bias;   // [heads]: weight of the same-part term in the logits
};
TORCH_MODULE(CrossAttention);

struct GeneratorOutput {
  torch::Tensor fill;  // [B,3,H,W] in [0,1]: colour and shading under the ink
  torch::Tensor ink;   // [3] in [0,1]: colour of the line art
  torch::Tensor reference_part_logits;  // [B*K,10,R/4,R/8]: the reference encoder's part guesses
};

struct ReferenceGeneratorImpl : torch::nn::Module {
  explicit ReferenceGeneratorImpl(const ModelConfig& config);
  // control [B,12,H,W]; instances [B,H,W] int64 (0 = none, k = references[:,k-1]);
  // references [B,K,3,R,R/2] in [0,1], K >= 1 (blank references are zeros).
  GeneratorOutput forward(const torch::Tensor& control, const torch::Tensor& instances,
                          const torch::Tensor& references);
  ModelConfig config;
  ConvBlock enc0{nullptr}, enc1{nullptr}, enc2{nullptr}, enc3{nullptr};
  ConvBlock dec2{nullptr}, dec1{nullptr}, dec0{nullptr};
  CrossAttention attn_enc2{nullptr}, attn_enc3{nullptr}, attn_dec2{nullptr};
  ReferenceEncoder reference_encoder{nullptr};
  torch::nn::Conv2d head{nullptr};
  torch::Tensor ink_logit;  // [3]
};
TORCH_MODULE(ReferenceGenerator);

// The picture a generator output stands for: fill under ink, ink from the line-art darkness.
// fill [B,3,H,W], lineart [B,1,H,W] in [0,1] -> [B,3,H,W].
torch::Tensor apply_ink(const torch::Tensor& fill, const torch::Tensor& ink, const torch::Tensor& lineart);

int64_t parameter_count(torch::nn::Module& module);

}  // namespace ekonte::neural
