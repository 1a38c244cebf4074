#pragma once
// Training and evaluation examples, made on the fly: a shot rendered by a figure renderer (its
// colour picture is the target, its control maps the input) and, per character, a reference.
// No torch here.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "render/shot_render.hpp"

namespace ekonte::neural {

struct TrainingExample {
  render::ShotRender shot;                     // target = shot.color
  std::vector<render::ImageRgba> references;  // one per shot.landmarks.characters entry
  // The references' part labels (same geometry as `references`), when the renderer knows them:
  // training teaches the reference encoder to find parts from appearance alone.
  std::vector<render::ImageGray> reference_parts;
  // The references' tone labels (render::Tone values, same geometry as `references`), filled
  // wherever `reference_parts` is: which tone of its part each reference pixel shows.
  std::vector<render::ImageGray> reference_tones;
};

// The identities the rig's examples draw from, versioned. A weights file records the set it was
// trained on (CheckpointMeta::identities) and `ekonte eval` measures it on held-out identities of
// that set, so growing the wardrobe never moves the figures of weights trained before.
enum class IdentitySet {
  // "classic-1": the character tables as they were when the shipped weights were trained (five
  // outfits, six accessories and a hat, three builds, seven hair styles, four eye shapes), drawn
  // exactly as then (characters::random_identity(seed, false)). Weights files without the field.
  Classic,
  // "wardrobe-1": the whole wardrobe: every garment slot, outer layer, headwear, footwear,
  // accessory, hair style, facial hair, eye shape and detail, build and body, at every age.
  Wardrobe,
};
// What new training draws from.
inline constexpr IdentitySet kTrainingIdentitySet = IdentitySet::Wardrobe;
std::string name_of(IdentitySet set);
// "classic-1" or "wardrobe-1"; throws NeuralError for another name.
IdentitySet identity_set_named(const std::string& name);

struct ExampleRequest {
  std::vector<uint64_t> identities;  // one per character in the shot (1..3)
  uint64_t shot_seed = 0;            // pose, view, expression, framing, placement
  int width = 64, height = 64;
  bool augment_reference = true;     // style augmentation of the front view (training)
  IdentitySet identity_set = kTrainingIdentitySet;  // the rig's identities (the toy source has its own)
};

// Makes an example; must be deterministic in the request.
using ExampleSource = std::function<TrainingExample(const ExampleRequest&)>;

// Identity seeds: training draws from [0, kEvalIdentityBase), evaluation from
// [kEvalIdentityBase, ...): held-out identities by construction.
inline constexpr uint64_t kEvalIdentityBase = uint64_t{1} << 40;

// A toy figure renderer with the rig's outputs (head, hair, eyes, body, outfit band,
// accessory), for fast tests and for pre-training before the rig exists.
TrainingExample synthetic_example(const ExampleRequest& request);

// The rig's figures: random identities of the request's identity set, poses, views, expressions
// and framings, with the identity's front view as reference. Empty when ekonte was built without
// the rig.
ExampleSource rig_example_source();

// A labelled front view, what the reference labeller learns from: the picture and, pixel for
// pixel, its part, tone (render::Tone) and outline-ink (255 = ink) maps.
struct LabelledSheet {
  render::ImageRgba picture;
  render::ImageGray parts, tones, ink;
};
// The rig's front view of `identity` of `set` (colours widened exactly as for the training
// shots, so it is that identity's reference), `side` pixels square on `paper`.
using SheetSource = std::function<LabelledSheet(uint64_t identity, IdentitySet set, int side, Rgb paper)>;
// Empty when ekonte was built without the rig.
SheetSource rig_sheet_source();
// A figure renderer's front view with its maps as a labelled sheet (ink: dark outline pixels the
// picture shows).
LabelledSheet labelled_sheet_of(render::ShotRender front_view);
// A labelled sheet as a shot of its one figure (instance 1 wherever a part is labelled), for what
// reads shots: the tone model's fitter.
render::ShotRender shot_of_sheet(LabelledSheet sheet);

// "rig" or "synthetic" -> the source; throws NeuralError for other names or a missing rig.
ExampleSource example_source_named(const std::string& name);

// Style augmentation of a reference: line weight, small rotation, scale, crop, flip, and a
// colour jitter of brightness and saturation that keeps hue. Deterministic in `seed`. When
// `parts` (and `tones`) are given, the labels get the same geometric transform (nearest neighbour).
render::ImageRgba augment_reference(const render::ImageRgba& image, uint64_t seed, render::ImageGray* parts = nullptr,
                                    render::ImageGray* tones = nullptr);

// splitmix64: the seed mixer used throughout (identity seeds, shot seeds, batch seeds).
uint64_t mix_seed(uint64_t x);

}  // namespace ekonte::neural
