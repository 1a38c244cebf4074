// Training examples from the rig renderer (characters/ + render/). Built only when the rig
// libraries exist; otherwise the source is empty and `ekonte train --data rig` says so.
#include "render/neural/training_data.hpp"
#include "render/neural/tone_labels.hpp"

#ifdef EKONTE_NEURAL_HAVE_RIG
#include <algorithm>
#include <array>
#include <random>

#include "characters/character_model.hpp"
#include "render/rig_renderer.hpp"
#endif

namespace ekonte::neural {

#ifdef EKONTE_NEURAL_HAVE_RIG
namespace {

// Share of colours redrawn uniformly instead of from the rig's palettes: the network must read
// any colour off the reference, not recognise a palette entry.
constexpr double kFreeColourChance = 0.6;
// Side of the rendered front view used as the reference (before augmentation).
constexpr int kReferenceRenderSide = 128;

// A random identity of `set` with colours drawn from wide distributions. Deterministic in
// `seed`; the classic set draws exactly as when the shipped weights were trained.
characters::CharacterModel wide_identity(uint64_t seed, IdentitySet set) {
  auto m = characters::random_identity(seed, /*full_wardrobe=*/set == IdentitySet::Wardrobe);
  std::mt19937_64 rng(mix_seed(seed ^ 0xc0101));
  std::uniform_real_distribution<double> u(0, 1);
  auto any = [&](Rgb& c) {
    if (u(rng) < kFreeColourChance) c = Rgb{uint8_t(rng() % 256), uint8_t(rng() % 256), uint8_t(rng() % 256)};
  };
  any(m.hair_color);
  any(m.eye_color);
  any(m.outfit_primary);
  any(m.outfit_secondary);
  for (characters::Worn& w : m.accessories) any(w.color);
  // Skin stays in skin tones: a lightness and warmth jitter around the drawn tone.
  const int d = static_cast<int>(rng() % 61) - 30;
  auto jitter = [&](uint8_t v, int k) { return uint8_t(std::clamp(int(v) + d * k / 2, 0, 255)); };
  m.skin = {jitter(m.skin.r, 2), jitter(m.skin.g, 2), jitter(m.skin.b, 2)};
  if (set == IdentitySet::Wardrobe) {  // the garments the classic tables did not have, drawn after
    any(m.bottom_primary);
    any(m.bottom_secondary);
    for (characters::Layer& l : m.outerwear) any(l.primary), any(l.secondary);
    any(m.headwear_color);
    any(m.footwear_color);
    any(m.facial_hair_color);
  }
  return m;
}

// Pastes `src` (one figure, instance 1) shifted by dx pixels over `dst` as instance `id`,
// in front of what is there. Ink drawn just outside the silhouette travels with it.
void composite_figure(render::ShotRender& dst, const render::ShotRender& src, int dx, uint8_t id) {
  const int w = dst.color.width, h = dst.color.height;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const int sx = x - dx;
      if (sx < 0 || sx >= w) continue;
      const size_t s = size_t(y) * w + sx, d = size_t(y) * w + x;
      if (src.instances.pixels[s] == 0 && src.lineart.pixels[s] < 128) continue;
      for (int c = 0; c < 4; ++c) dst.color.pixels[d * 4 + c] = src.color.pixels[s * 4 + c];
      dst.lineart.pixels[d] = src.lineart.pixels[s];
      dst.parts.pixels[d] = src.parts.pixels[s];
      dst.tones.pixels[d] = src.tones.pixels[s];
      dst.instances.pixels[d] = src.instances.pixels[s] ? id : 0;
    }
  auto lm = src.landmarks.characters.at(0);
  lm.head.x += dx, lm.body.x += dx, lm.face_center.x += dx, lm.mouth.x += dx;
  lm.character.value = id - 1u;
  dst.landmarks.characters.push_back(lm);
}

// Shifts a single-figure render horizontally (paper fills the uncovered side).
render::ShotRender shifted(const render::ShotRender& src, int dx) {
  render::ShotRender out = src;
  out.landmarks.characters.clear();
  for (auto& v : out.instances.pixels) v = 0;
  for (auto& v : out.lineart.pixels) v = 0;
  for (auto& v : out.parts.pixels) v = 0;
  for (auto& v : out.tones.pixels) v = 0;
  out.color = out.background;
  composite_figure(out, src, dx, 1);
  return out;
}

TrainingExample rig_example(const ExampleRequest& req) {
  std::mt19937_64 rng(mix_seed(req.shot_seed ^ 0x41a));
  std::uniform_real_distribution<double> u(0, 1);
  constexpr std::array kPoses{Pose::Stand, Pose::Walk,  Pose::Run,         Pose::Sit,         Pose::Kneel,
                              Pose::Bow,   Pose::Point, Pose::Wave,        Pose::HoldOutHand, Pose::ArmsCrossed,
                              Pose::HandsOnHips, Pose::StepBack, Pose::Climb};
  constexpr std::array kViews{View::Front, View::ThreeQuarterLeft, View::ThreeQuarterRight,
                              View::ProfileLeft, View::ProfileRight, View::Back};
  constexpr std::array kExpressions{Expression::Neutral, Expression::Happy, Expression::Laugh, Expression::Sad,
                                    Expression::Crying, Expression::Angry, Expression::Surprised,
                                    Expression::Scared, Expression::Worried, Expression::Determined};
  constexpr std::array kFramings{Framing::Wide, Framing::Full, Framing::Full, Framing::Medium, Framing::Medium,
                                 Framing::MediumCloseUp, Framing::CloseUp, Framing::ExtremeCloseUp};
  constexpr std::array kAngles{Angle::EyeLevel, Angle::EyeLevel, Angle::EyeLevel, Angle::LowAngle, Angle::HighAngle};
  const size_t n = std::max<size_t>(1, req.identities.size());
  const Rgb paper{uint8_t(150 + rng() % 106), uint8_t(150 + rng() % 106), uint8_t(150 + rng() % 106)};

  TrainingExample ex;
  for (size_t k = 0; k < n; ++k) {
    const auto model = wide_identity(req.identities.at(k), req.identity_set);
    render::FigureShot fs;
    fs.pose = kPoses[rng() % kPoses.size()];
    // Views other than the front and back are the hard part (parts move): draw them more often.
    fs.view = kViews[rng() % kViews.size()];
    fs.expression = kExpressions[rng() % kExpressions.size()];
    fs.framing = n > 1 ? (u(rng) < 0.5 ? Framing::Full : Framing::Medium) : kFramings[rng() % kFramings.size()];
    fs.angle = kAngles[rng() % kAngles.size()];
    fs.width = req.width, fs.height = req.height;
    fs.paper = paper;
    auto shot = render::render_figure(model, fs);
    if (n == 1) {
      ex.shot = std::move(shot);
    } else {
      // Several characters: figures side by side, later ones in front.
      const int dx = static_cast<int>(std::lround((k + 0.5 - n / 2.0) * req.width / double(n) * (0.8 + 0.3 * u(rng))));
      if (k == 0) ex.shot = shifted(shot, dx);
      else composite_figure(ex.shot, shot, dx, static_cast<uint8_t>(k + 1));
    }
    render::FigureShot front;
    front.width = front.height = kReferenceRenderSide;
    front.paper = Rgb{255, 255, 255};
    auto ref = render::render_figure(model, front);
    if (req.augment_reference)
      ref.color = augment_reference(ref.color, mix_seed(req.shot_seed + 31 * k), &ref.parts, &ref.tones);
    ex.references.push_back(std::move(ref.color));
    ex.reference_parts.push_back(std::move(ref.parts));
    ex.reference_tones.push_back(std::move(ref.tones));
  }
  // Rigs without a tone map: the tones read off the picture, so shots and sheets always have one.
  if (!has_tone_map(ex.shot.tones, ex.shot.parts))
    ex.shot.tones = derive_tones(ex.shot.color, ex.shot.parts, &ex.shot.instances, ex.shot.lineart);
  return ex;
}

LabelledSheet rig_sheet(uint64_t identity, IdentitySet set, int side, Rgb paper) {
  render::FigureShot front;
  front.width = front.height = side;
  front.paper = paper;
  return labelled_sheet_of(render::render_figure(wide_identity(identity, set), front));
}

}  // namespace

ExampleSource rig_example_source() { return rig_example; }
SheetSource rig_sheet_source() { return rig_sheet; }
#else
ExampleSource rig_example_source() { return {}; }
SheetSource rig_sheet_source() { return {}; }
#endif

}  // namespace ekonte::neural
