#include "render/neural/ood_suite.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <utility>

#include "render/neural/color_metrics.hpp"
#include "render/neural/flat_fill.hpp"
#include "render/neural/neural_generator.hpp"
#include "render/neural/pattern_edits.hpp"
#include "render/neural/reference_frame.hpp"
#include "render/neural/sheet_palette.hpp"

namespace ekonte::neural {
namespace {

// A part needs this many pixels in a shot to count (a 1-pixel sliver says nothing about colour).
constexpr int kMinPartPixels = 3;
// Line-art darkness above which a pixel is ink: left out of pattern agreement (ink is no pattern).
constexpr uint8_t kInkThreshold = 128;
// The side of the rig front views the OOD edits' shading law is fitted on: eyes large enough to
// have pixels inside each of their tones.
constexpr int kLawSheetSide = 768;
// The OOD edits are painted on pictures drawn this many times larger, then shrunk.
constexpr int kEditSupersample = 4;

// A picture shrunk by a whole factor: each pixel the mean of the factor x factor it covers.
render::ImageRgba shrink(const render::ImageRgba& big, int factor) {
  Frame f;
  f.scale = factor, f.width = big.width / factor, f.height = big.height / factor;
  return resample_rgb(big, f, Rgb{255, 255, 255});
}

// A mask shrunk: 1 where at least half of the pixel's area was 1.
render::ImageGray shrink_mask(const render::ImageGray& big, int factor) {
  const int w = big.width / factor, h = big.height / factor;
  render::ImageGray out{w, h, std::vector<uint8_t>(size_t(w) * h, 0)};
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      int n = 0;
      for (int dy = 0; dy < factor; ++dy)
        for (int dx = 0; dx < factor; ++dx) n += big.pixels[size_t(y * factor + dy) * big.width + x * factor + dx] != 0;
      out.pixels[size_t(y) * w + x] = 2 * n >= factor * factor ? 1 : 0;
    }
  return out;
}

// The edits of the out-of-distribution suite, in a fixed order; the colour is drawn per identity.
struct OodEdit {
  EditKind kind;
  render::PartLabel part;
};
constexpr OodEdit kOodEdits[] = {
    {EditKind::Recolour, render::PartLabel::Hair},          {EditKind::Recolour, render::PartLabel::OutfitPrimary},
    {EditKind::Recolour, render::PartLabel::Eyes},          {EditKind::Stripes, render::PartLabel::OutfitPrimary},
    {EditKind::Crest, render::PartLabel::OutfitPrimary},    {EditKind::HairStreaks, render::PartLabel::Hair},
};

std::string ood_name(const OodEdit& e) {
  std::string part(render::name_of(e.part));
  return std::string(name_of(e.kind)) + " " + part;
}

Lab lab_at(const render::ImageRgba& image, size_t i) {
  return srgb_to_lab(image.pixels[i * 4], image.pixels[i * 4 + 1], image.pixels[i * 4 + 2]);
}

// One shot of one edit: `t0`/`te` the target before and after the edit, `o0`/`oe` the outputs
// with the unedited and the edited sheet, `painted` the pixels the edit changed.
template <typename Totals>
void add_shot(Totals& acc, const OodEdit& edit, const render::ShotRender& shot, const render::ImageRgba& t0,
              const render::ImageRgba& te, const render::ImageRgba& o0, const render::ImageRgba& oe,
              const render::ImageRgba& part_recoloured, const render::ImageGray& painted) {
  const size_t n = painted.pixels.size();
  const int edited = static_cast<int>(edit.part);
  const auto edited_eval = eval_part_of(uint8_t(edited));
  // Transfer: the mean Lab change over the painted pixels, output against target, where the
  // target shows the edit's own colour: a painted pixel whose four neighbours are painted too,
  // free of ink. The edit paints each pixel of the part whole, while a renderer keeps the rig's
  // anti-aliased edges (an edge pixel half iris, half eye white); at 128 px an eye is mostly such
  // edges, and counting them measured the edit's hard edges, not the colour that arrived.
  Lab dt, dout;
  int count = 0;
  const int w = shot.parts.width;
  auto interior = [&](size_t i) {
    const int x = int(i % size_t(w)), y = int(i / size_t(w));
    if (x == 0 || y == 0 || x == w - 1 || size_t(y + 1) * w >= n) return false;
    for (const size_t j : {i, i - 1, i + 1, i - size_t(w), i + size_t(w)})
      if (!painted.pixels[j] || shot.lineart.pixels[j] >= kInkThreshold) return false;
    return true;
  };
  for (size_t i = 0; i < n; ++i) {
    if (!painted.pixels[i] || !interior(i)) continue;
    const Lab a = lab_at(t0, i), b = lab_at(te, i), c = lab_at(o0, i), d = lab_at(oe, i);
    dt.l += b.l - a.l, dt.a += b.a - a.a, dt.b += b.b - a.b;
    dout.l += d.l - c.l, dout.a += d.a - c.a, dout.b += d.b - c.b;
    ++count;
  }
  const double norm = dt.l * dt.l + dt.a * dt.a + dt.b * dt.b;
  if (count >= kMinPartPixels && norm > 1e-6 * count * count) {
    const double t = (dout.l * dt.l + dout.a * dt.a + dout.b * dt.b) / norm;
    acc.transfer += std::clamp(t, 0.0, 1.0), ++acc.transfer_n;
  }
  // Leakage: how far the other evaluated parts' mean colours move.
  std::array<Lab, kEvalPartCount> m0{}, me{};
  std::array<int, kEvalPartCount> pn{};
  for (size_t i = 0; i < n; ++i) {
    if (shot.instances.pixels[i] != 1) continue;
    const auto part = eval_part_of(shot.parts.pixels[i]);
    if (!part || part == edited_eval) continue;
    const int p = static_cast<int>(*part);
    const Lab c = lab_at(o0, i), d = lab_at(oe, i);
    m0[p].l += c.l, m0[p].a += c.a, m0[p].b += c.b, me[p].l += d.l, me[p].a += d.a, me[p].b += d.b, ++pn[p];
  }
  double leak = 0;
  int parts = 0;
  for (int p = 0; p < kEvalPartCount; ++p)
    if (pn[p] >= kMinPartPixels) {
      const double k = 1.0 / pn[p];
      leak += delta_e_2000({m0[p].l * k, m0[p].a * k, m0[p].b * k}, {me[p].l * k, me[p].a * k, me[p].b * k});
      ++parts;
    }
  if (parts) acc.leakage += leak / parts, ++acc.leakage_n;
  // Pattern agreement: over the edited part's clean pixels, does the output show the pattern's
  // colour (nearer to it than to the unedited target) exactly where the target does?
  if (edit.kind == EditKind::Recolour) return;
  int inter = 0, uni = 0;
  for (size_t i = 0; i < n; ++i) {
    if (shot.instances.pixels[i] != 1 || shot.parts.pixels[i] != edited || shot.lineart.pixels[i] >= kInkThreshold) continue;
    const Lab d = lab_at(oe, i);
    const bool out_pattern = delta_e_76(d, lab_at(part_recoloured, i)) < delta_e_76(d, lab_at(t0, i));
    const bool target_pattern = painted.pixels[i] != 0;
    inter += out_pattern && target_pattern;
    uni += out_pattern || target_pattern;
  }
  if (uni >= kMinPartPixels) acc.agreement += double(inter) / uni, ++acc.agreement_n;
}

double mean_of(double sum, int n) { return n ? sum / n : std::nan(""); }

}  // namespace

OodSuite::OodSuite(SheetSource sheets, ExampleSource source, IdentitySet set, int sheet_side,
                   const std::vector<uint64_t>& seeds)
    : sheets_(std::move(sheets)), source_(std::move(source)), set_(set), sheet_side_(sheet_side),
      network_(edit_count()), true_labels_(edit_count()) {
  // The rig's shading law (each tone's colour from its part's base), fitted on large rig front
  // views of the held-out identities: the edits paint through it, so an edited part is shaded as
  // the rig would shade that colour (a catch-light stays white, a shadow darkens by the rig's
  // factor). One identity alone cannot show it (its colours do not vary), nor can 128 px shots (an
  // eye there is all edge pixels, blends of its tones).
  ToneModelFitter fitter;
  for (const uint64_t seed : seeds) fitter.add_shot(shot_of_sheet(sheets_(seed, set_, kLawSheetSide, Rgb{255, 255, 255})));
  law_ = fitter.fit();
}

int OodSuite::edit_count() { return static_cast<int>(std::size(kOodEdits)); }

void OodSuite::run(const OodIdentity& id, NeuralGenerator& generator, const ToneModel* flat_tones, uint64_t colour_seed,
                   std::vector<OodRow>* rows) {
  const std::vector<TrainingExample>& examples = *id.examples;
  const std::vector<const LabelledSheet*> view{id.sheet};
  // The unedited pictures the edits are measured against, drawn and shrunk like the edited ones.
  const LabelledSheet big_sheet = sheets_(id.seed, set_, sheet_side_ * kEditSupersample, Rgb{255, 255, 255});
  LabelledSheet plain = *id.sheet;
  plain.picture = shrink(big_sheet.picture, kEditSupersample);
  std::vector<TrainingExample> big;
  std::vector<render::ImageRgba> plain_targets;
  std::vector<GeneratorShot> plain_batch;
  for (size_t j = 0; j < examples.size(); ++j) {
    ExampleRequest req = (*id.requests)[j];
    req.width *= kEditSupersample, req.height *= kEditSupersample;
    big.push_back(source_(req));
    plain_targets.push_back(shrink(big.back().shot.color, kEditSupersample));
    plain_batch.push_back({&examples[j].shot, {plain.picture}, view});
  }
  const auto out_plain = generator.render_batch(plain_batch);
  std::optional<CharacterPalette> plain_truth;
  if (flat_tones) plain_truth = palette_from_true_labels(plain, *flat_tones, id.sheet);
  std::mt19937_64 rng(colour_seed);
  for (int k = 0; k < edit_count(); ++k) {
    const OodEdit& kind = kOodEdits[k];
    PatternEdit edit{kind.kind, kind.part, Rgb{uint8_t(rng() % 256), uint8_t(rng() % 256), uint8_t(rng() % 256)}};
    edit.period = kind.kind == EditKind::HairStreaks ? 0.25 : 0.2;
    LabelledSheet ref = *id.sheet;
    {
      render::ImageRgba p = big_sheet.picture;
      apply_edit(p, big_sheet.parts, big_sheet.tones, big_sheet.ink, nullptr, 0, edit, law_);
      ref.picture = shrink(p, kEditSupersample);
    }
    std::vector<render::ImageRgba> edited_targets, recoloured;
    std::vector<render::ImageGray> painted;
    for (const auto& e : big) {
      render::ImageRgba te = e.shot.color;
      painted.push_back(
          shrink_mask(apply_edit(te, e.shot.parts, e.shot.tones, e.shot.lineart, &e.shot.instances, 1, edit, law_), kEditSupersample));
      edited_targets.push_back(shrink(te, kEditSupersample));
      render::ImageRgba whole = e.shot.color;
      PatternEdit all = edit;
      all.kind = EditKind::Recolour;
      apply_edit(whole, e.shot.parts, e.shot.tones, e.shot.lineart, &e.shot.instances, 1, all, law_);
      recoloured.push_back(shrink(whole, kEditSupersample));
    }
    // The generator sees the rig's maps and picture of the unedited identity (the script's
    // colours), and only the sheet is edited.
    std::vector<GeneratorShot> batch;
    for (const auto& e : examples) batch.push_back({&e.shot, {ref.picture}, view});
    const auto out = generator.render_batch(batch);
    if (flat_tones) {
      // The same edit read through the sheet's true labels (a perfect labeller): what the palette
      // and the flat fill carry on their own.
      const CharacterPalette truth = palette_from_true_labels(ref, *flat_tones, id.sheet);
      for (size_t j = 0; j < examples.size(); ++j)
        add_shot(true_labels_[k], kind, examples[j].shot, plain_targets[j], edited_targets[j],
                 paint_flat(examples[j].shot, {&*plain_truth}, *flat_tones), paint_flat(examples[j].shot, {&truth}, *flat_tones),
                 recoloured[j], painted[j]);
    }
    for (size_t j = 0; j < examples.size(); ++j)
      add_shot(network_[k], kind, examples[j].shot, plain_targets[j], edited_targets[j], out_plain[j].color, out[j].color,
               recoloured[j], painted[j]);
    if (rows) {
      // The shot that shows the edit best (a crest on a back view shows nothing).
      size_t shown = 0;
      for (size_t j = 1; j < examples.size(); ++j)
        if (std::count(painted[j].pixels.begin(), painted[j].pixels.end(), 1) >
            std::count(painted[shown].pixels.begin(), painted[shown].pixels.end(), 1))
          shown = j;
      rows->push_back({ref.picture, edited_targets[shown], out[shown].color, out_plain[shown].color});
    }
  }
}

std::vector<OodMetrics> OodSuite::metrics() const {
  std::vector<OodMetrics> all;
  for (int k = 0; k < edit_count(); ++k) {
    const Totals& a = network_[k];
    OodMetrics m;
    m.edit = ood_name(kOodEdits[k]);
    m.held_out = !trained_on(kOodEdits[k].kind);
    m.transfer = mean_of(a.transfer, a.transfer_n);
    m.transfer_true_labels = mean_of(true_labels_[k].transfer, true_labels_[k].transfer_n);
    m.leakage = mean_of(a.leakage, a.leakage_n);
    m.pattern_agreement = mean_of(a.agreement, a.agreement_n);
    m.samples = a.transfer_n;
    all.push_back(m);
  }
  return all;
}

}  // namespace ekonte::neural
