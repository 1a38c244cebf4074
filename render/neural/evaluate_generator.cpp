#include "render/neural/evaluate_generator.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <sstream>

#include "render/image/png.hpp"
#include "render/neural/flat_fill.hpp"
#include "render/neural/neural_generator.hpp"
#include "render/neural/ood_suite.hpp"
#include "render/neural/sheet_palette.hpp"

namespace ekonte::neural {
namespace {

// A part needs this many pixels in a shot to count (a 1-pixel sliver says nothing about colour).
constexpr int kMinPartPixels = 3;
// Line-art darkness above which a pixel is ink: left out of pattern agreement (ink is no pattern).
constexpr uint8_t kInkThreshold = 128;

struct ShotPartStats {
  std::array<double, kEvalPartCount> delta_e_sum{};
  std::array<Lab, kEvalPartCount> lab_sum{}, target_lab_sum{};
  std::array<int, kEvalPartCount> pixels{};
};

// Character 1's part pixels of `out` against `target`, ink pixels included (the line map has no
// hidden lines, so ink is what the picture shows there).
ShotPartStats part_stats(const render::ShotRender& target, const render::ImageRgba& out) {
  ShotPartStats s;
  const size_t n = size_t(target.color.width) * target.color.height;
  for (size_t i = 0; i < n; ++i) {
    if (target.instances.pixels[i] != 1) continue;
    const auto part = eval_part_of(target.parts.pixels[i]);
    if (!part) continue;
    const int p = static_cast<int>(*part);
    const Lab o = srgb_to_lab(out.pixels[i * 4], out.pixels[i * 4 + 1], out.pixels[i * 4 + 2]);
    const Lab t = srgb_to_lab(target.color.pixels[i * 4], target.color.pixels[i * 4 + 1], target.color.pixels[i * 4 + 2]);
    s.delta_e_sum[p] += delta_e_2000(o, t);
    s.lab_sum[p].l += o.l, s.lab_sum[p].a += o.a, s.lab_sum[p].b += o.b;
    s.target_lab_sum[p].l += t.l, s.target_lab_sum[p].a += t.a, s.target_lab_sum[p].b += t.b;
    ++s.pixels[p];
  }
  return s;
}

// A shot's character `instance` as a labelled picture (palette_from_labels reads it like a sheet).
ReferenceLabels labels_of_shot(const render::ShotRender& shot, uint8_t instance) {
  ReferenceLabels l;
  l.picture = shot.color;
  l.parts = shot.parts;
  l.tones = shot.tones;
  l.ink = shot.lineart;
  for (size_t i = 0; i < l.parts.pixels.size(); ++i) {
    if (shot.instances.pixels[i] != instance) l.parts.pixels[i] = 0;
    l.ink.pixels[i] = shot.lineart.pixels[i] >= kInkThreshold ? 255 : 0;
  }
  l.confidence.assign(l.parts.pixels.size(), 1.0f);
  return l;
}

render::ImageGray character_mask(const render::ShotRender& shot) {
  render::ImageGray m = shot.instances;
  for (auto& v : m.pixels) v = v > 0 ? 255 : 0;
  return m;
}

struct Accumulator {
  std::array<double, kEvalPartCount> de_sum{}, cons_sum{};
  std::array<int, kEvalPartCount> de_n{}, cons_n{};
  double psnr_sum = 0, ssim_sum = 0;
  int psnr_n = 0, ssim_n = 0;
  // Per identity: the per-shot mean Lab error (output - target) of each part, or, for the
  // rig target's own spread, the per-shot mean Lab of the part.
  std::array<std::vector<Lab>, kEvalPartCount> identity_means;
  bool spread_of_means = false;

  void add_shot(const ShotPartStats& s, double psnr, double ssim) {
    for (int p = 0; p < kEvalPartCount; ++p) {
      if (s.pixels[p] < kMinPartPixels) continue;
      de_sum[p] += s.delta_e_sum[p] / s.pixels[p];
      ++de_n[p];
      const double k = 1.0 / s.pixels[p];
      const Lab& o = s.lab_sum[p];
      const Lab t = spread_of_means ? Lab{} : s.target_lab_sum[p];
      identity_means[p].push_back({(o.l - t.l) * k, (o.a - t.a) * k, (o.b - t.b) * k});
    }
    // Identical pictures give infinite PSNR; cap at 60 dB so one perfect shot cannot swamp the mean.
    if (!std::isnan(psnr)) psnr_sum += std::min(psnr, 60.0), ++psnr_n;
    if (std::isfinite(ssim)) ssim_sum += ssim, ++ssim_n;
  }
  void end_identity() {
    for (int p = 0; p < kEvalPartCount; ++p) {
      auto& v = identity_means[p];
      if (v.size() >= 2) {
        Lab mean;
        for (const auto& x : v) mean.l += x.l / v.size(), mean.a += x.a / v.size(), mean.b += x.b / v.size();
        double ss = 0;
        for (const auto& x : v) ss += delta_e_76(x, mean) * delta_e_76(x, mean);
        cons_sum[p] += std::sqrt(ss / v.size());
        ++cons_n[p];
      }
      v.clear();
    }
  }
  ConditionMetrics result() const {
    ConditionMetrics m;
    double de_total = 0, cons_total = 0;
    int de_parts = 0, cons_parts = 0;
    for (int p = 0; p < kEvalPartCount; ++p) {
      m.delta_e[p] = de_n[p] ? de_sum[p] / de_n[p] : std::nan("");
      m.consistency[p] = cons_n[p] ? cons_sum[p] / cons_n[p] : std::nan("");
      if (de_n[p]) de_total += m.delta_e[p], ++de_parts;
      if (cons_n[p]) cons_total += m.consistency[p], ++cons_parts;
    }
    m.delta_e_mean = de_parts ? de_total / de_parts : std::nan("");
    m.consistency_mean = cons_parts ? cons_total / cons_parts : std::nan("");
    m.psnr = psnr_n ? psnr_sum / psnr_n : std::nan("");
    m.ssim = ssim_n ? ssim_sum / ssim_n : std::nan("");
    return m;
  }
};

// Nearest-neighbour copy of `src` into the tile at (x0, y0) of `sheet`, scaled to tile x tile.
void blit(render::ImageRgba& sheet, const render::ImageRgba& src, int x0, int y0, int tile) {
  for (int y = 0; y < tile; ++y)
    for (int x = 0; x < tile; ++x) {
      const int sx = std::min(src.width - 1, x * src.width / tile), sy = std::min(src.height - 1, y * src.height / tile);
      const uint8_t* s = &src.pixels[(size_t(sy) * src.width + sx) * 4];
      uint8_t* d = &sheet.pixels[(size_t(y0 + y) * sheet.width + x0 + x) * 4];
      for (int c = 0; c < 3; ++c) d[c] = s[3] == 255 ? s[c] : static_cast<uint8_t>((s[c] * s[3] + 255 * (255 - s[3])) / 255);
      d[3] = 255;
    }
}

nlohmann::json to_json(const ConditionMetrics& m) {
  auto num = [](double v) { return std::isfinite(v) ? nlohmann::json(std::round(v * 1000) / 1000) : nlohmann::json(); };
  nlohmann::json de, cons;
  for (int p = 0; p < kEvalPartCount; ++p) {
    de[std::string(name_of(static_cast<EvalPart>(p)))] = num(m.delta_e[p]);
    cons[std::string(name_of(static_cast<EvalPart>(p)))] = num(m.consistency[p]);
  }
  return {{"delta_e2000", de}, {"delta_e2000_mean", num(m.delta_e_mean)}, {"consistency", cons},
          {"consistency_mean", num(m.consistency_mean)}, {"psnr", num(m.psnr)}, {"ssim", num(m.ssim)}};
}


}  // namespace

EvalReport evaluate_generator(const EvalOptions& o, const ExampleSource& source, const std::function<void(int, int)>& progress) {
  if (o.identities < 2) throw NeuralError("`ekonte eval` needs at least 2 identities (the ablation swaps references)");
  if (o.shots < 1 || o.size < 16 || o.sheet_size < 64)
    throw NeuralError("`ekonte eval` needs --shots >= 1, --size >= 16 and --sheet-size >= 64");
  GeneratorParams params;
  params.model_path = o.model_path;
  params.device = o.device;
  params.threads = o.threads;
  // Evaluate at the size asked for: the network runs at the frame's own resolution.
  params.work_short_side = o.size;
  auto generator = NeuralGenerator::load(params);

  EvalReport report;
  report.identities = o.identities, report.shots = o.shots, report.size = o.size, report.sheet_size = o.sheet_size;
  report.device = generator->device_description();
  report.model_path = o.model_path.empty() ? default_model_path() : o.model_path;
  report.model_digest = generator->info().digest;
  report.model_steps = generator->info().steps;
  const IdentitySet set = o.identity_set ? *o.identity_set : identity_set_named(generator->info().identities);
  report.identity_set = name_of(set);

  std::vector<uint64_t> identity_seeds;
  for (int i = 0; i < o.identities; ++i) identity_seeds.push_back(kEvalIdentityBase + mix_seed(o.seed * 7919 + i) % kEvalIdentityBase);
  // The unaugmented front view of each identity: what a user's sheet would be. The rig's sheets
  // (with their labels, which the edits of the OOD suite paint through) when the rig is built in.
  const SheetSource sheets = o.data == "rig" ? rig_sheet_source() : SheetSource{};
  std::vector<render::ImageRgba> front_views;
  std::vector<LabelledSheet> labelled;
  for (int i = 0; i < o.identities; ++i) {
    if (sheets) {
      labelled.push_back(sheets(identity_seeds[i], set, o.sheet_size, Rgb{255, 255, 255}));
      front_views.push_back(labelled.back().picture);
    } else {
      ExampleRequest req{{identity_seeds[i]}, mix_seed(o.seed + i), o.size, o.size, false, set};
      front_views.push_back(source(req).references.at(0));
    }
  }
  const bool run_ood = o.ood && sheets;
  std::optional<OodSuite> ood;
  if (run_ood) ood.emplace(sheets, source, set, o.sheet_size, identity_seeds);
  const int ood_kinds = OodSuite::edit_count();
  const int tile = std::max(o.size, 128);
  const int rows = std::min(o.contact_rows, o.identities);
  // The OOD rows follow the main rows: one per edit, of the first identity.
  const int sheet_rows = rows + (run_ood ? ood_kinds : 0);
  render::ImageRgba sheet{4 * tile, sheet_rows * tile, std::vector<uint8_t>(size_t(4) * tile * sheet_rows * tile * 4, 255)};

  Accumulator acc_ref, acc_swap, acc_blank, acc_target, acc_true, acc_floor;
  const ToneModel* flat_tones = sheets ? generator->tone_model() : nullptr;
  acc_target.spread_of_means = true;
  int done = 0;
  for (int i = 0; i < o.identities; ++i) {
    std::vector<ExampleRequest> requests;
    std::vector<TrainingExample> examples;
    for (int j = 0; j < o.shots; ++j) {
      requests.push_back(
          {{identity_seeds[i]}, mix_seed(mix_seed(o.seed) ^ (uint64_t(i) * 1000 + j)), o.size, o.size, false, set});
      examples.push_back(source(requests.back()));
    }
    std::vector<GeneratorShot> own, swapped, blank;
    // The script's view of the shot's character (its rig front view, unedited) whatever the sheet.
    const std::vector<const LabelledSheet*> view{sheets ? &labelled[i] : nullptr};
    for (const auto& e : examples) {
      own.push_back({&e.shot, {front_views[i]}, view});
      swapped.push_back({&e.shot, {front_views[(i + 1) % o.identities]}, view});
      blank.push_back({&e.shot, {render::ImageRgba{}}, view});
    }
    const auto out_own = generator->render_batch(own);
    const auto out_swap = generator->render_batch(swapped);
    const auto out_blank = generator->render_batch(blank);
    for (int j = 0; j < o.shots; ++j) {
      const auto& target = examples[j].shot;
      const auto mask = character_mask(target);
      acc_ref.add_shot(part_stats(target, out_own[j].color), psnr_masked(out_own[j].color, target.color, mask),
                       ssim_masked(out_own[j].color, target.color, mask));
      acc_swap.add_shot(part_stats(target, out_swap[j].color), psnr_masked(out_swap[j].color, target.color, mask),
                        ssim_masked(out_swap[j].color, target.color, mask));
      acc_blank.add_shot(part_stats(target, out_blank[j].color), psnr_masked(out_blank[j].color, target.color, mask),
                         ssim_masked(out_blank[j].color, target.color, mask));
      acc_target.add_shot(part_stats(target, target.color), 0, 0);
    }
    if (flat_tones) {
      const CharacterPalette truth = palette_from_true_labels(labelled[i], *flat_tones, &labelled[i]);
      for (int j = 0; j < o.shots; ++j) {
        const auto& target = examples[j].shot;
        const auto picture = paint_flat(target, {&truth}, *flat_tones);
        const auto mask = character_mask(target);
        acc_true.add_shot(part_stats(target, picture), psnr_masked(picture, target.color, mask),
                          ssim_masked(picture, target.color, mask));
      }
      acc_true.end_identity();
      for (int j = 0; j < o.shots; ++j) {
        const auto& target = examples[j].shot;
        const CharacterPalette own = palette_from_labels(labels_of_shot(target, 1), nullptr, *flat_tones);
        const auto picture = paint_flat(target, {&own}, *flat_tones);
        const auto mask = character_mask(target);
        acc_floor.add_shot(part_stats(target, picture), psnr_masked(picture, target.color, mask),
                           ssim_masked(picture, target.color, mask));
      }
      acc_floor.end_identity();
    }
    acc_ref.end_identity(), acc_swap.end_identity(), acc_blank.end_identity(), acc_target.end_identity();
    if (i < rows) {
      blit(sheet, front_views[i], 0, i * tile, tile);
      blit(sheet, examples[0].shot.color, tile, i * tile, tile);
      blit(sheet, out_own[0].color, 2 * tile, i * tile, tile);
      blit(sheet, out_swap[0].color, 3 * tile, i * tile, tile);
    }
    if (ood) {
      std::vector<OodRow> ood_rows;
      ood->run({identity_seeds[i], &labelled[i], &requests, &examples}, *generator, flat_tones,
               mix_seed(o.seed ^ (0x00d + uint64_t(i))), i == 0 ? &ood_rows : nullptr);
      // The first identity's edits: one contact-sheet row each, after the main rows.
      for (size_t k = 0; k < ood_rows.size(); ++k)
        for (int c = 0; c < 4; ++c) blit(sheet, ood_rows[k][c], c * tile, (rows + int(k)) * tile, tile);
    }
    done += o.shots;
    if (progress) progress(done, o.identities * o.shots);
  }
  if (ood) report.ood = ood->metrics();
  report.reference = acc_ref.result();
  report.swapped = acc_swap.result();
  report.blank = acc_blank.result();
  if (flat_tones) report.true_labels = acc_true.result(), report.shot_palette = acc_floor.result();
  const auto t = acc_target.result();
  report.target_consistency = t.consistency;
  report.target_consistency_mean = t.consistency_mean;
  if (!o.contact_sheet.empty() && !render::write_png(o.contact_sheet, sheet))
    throw NeuralError("cannot write `" + o.contact_sheet + "`");
  return report;
}

namespace {
nlohmann::json eyes_ratio(const EvalReport& r) {
  const int eyes = static_cast<int>(EvalPart::Eyes);
  const double v = r.reference.delta_e[eyes] / r.swapped.delta_e[eyes];
  return std::isfinite(v) ? nlohmann::json(std::round(v * 1000) / 1000) : nlohmann::json();
}
}  // namespace

nlohmann::json to_json(const EvalReport& r) {
  nlohmann::json target;
  for (int p = 0; p < kEvalPartCount; ++p)
    target[std::string(name_of(static_cast<EvalPart>(p)))] =
        std::isfinite(r.target_consistency[p]) ? nlohmann::json(std::round(r.target_consistency[p] * 1000) / 1000)
                                               : nlohmann::json();
  const double ratio = r.swapped.delta_e_mean > 0 ? r.reference.delta_e_mean / r.swapped.delta_e_mean : std::nan("");
  auto num = [](double v) { return std::isfinite(v) ? nlohmann::json(std::round(v * 1000) / 1000) : nlohmann::json(); };
  nlohmann::json ood = nlohmann::json::array();
  for (const auto& m : r.ood)
    ood.push_back({{"edit", m.edit}, {"held_out", m.held_out}, {"transfer", num(m.transfer)},
                   {"transfer_true_labels", num(m.transfer_true_labels)}, {"leakage", num(m.leakage)},
                   {"pattern_agreement", num(m.pattern_agreement)}, {"samples", m.samples}});
  return {{"identities", r.identities},
          {"shots", r.shots},
          {"size", r.size},
          {"sheet_size", r.sheet_size},
          {"device", r.device},
          {"model", r.model_path},
          {"model_digest", r.model_digest},
          {"model_steps", r.model_steps},
          {"identity_set", r.identity_set},
          {"reference", to_json(r.reference)},
          {"swapped_reference", to_json(r.swapped)},
          {"blank_reference", to_json(r.blank)},
          {"target_consistency", target},
          {"target_consistency_mean", std::isfinite(r.target_consistency_mean) ? nlohmann::json(r.target_consistency_mean) : nlohmann::json()},
          {"delta_e_ratio_to_swapped", std::isfinite(ratio) ? nlohmann::json(std::round(ratio * 1000) / 1000) : nlohmann::json()},
          {"eyes_ratio_to_swapped", eyes_ratio(r)},
          {"true_labels", r.true_labels ? to_json(*r.true_labels) : nlohmann::json()},
          {"shot_palette", r.shot_palette ? to_json(*r.shot_palette) : nlohmann::json()},
          {"ood", ood}};
}

std::string format_table(const EvalReport& r) {
  std::ostringstream out;
  char buf[256];
  auto cell = [](double v) {
    char b[32];
    if (std::isfinite(v)) std::snprintf(b, sizeof b, "%9.2f", v);
    else std::snprintf(b, sizeof b, "%9s", "-");
    return std::string(b);
  };
  std::snprintf(buf, sizeof buf, "held-out identities (%s): %d x %d shots at %d px, sheets at %d px, %s\n",
                r.identity_set.c_str(), r.identities, r.shots, r.size, r.sheet_size, r.device.c_str());
  out << buf;
  out << "condition           | metric       |      hair |      skin |      eyes |    outfit | accessory |      mean\n";
  out << "--------------------+--------------+-----------+-----------+-----------+-----------+-----------+----------\n";
  auto row = [&](const char* condition, const char* metric, const std::array<double, kEvalPartCount>& v, double mean) {
    std::snprintf(buf, sizeof buf, "%-19s | %-12s |", condition, metric);
    out << buf;
    for (double x : v) out << " " << cell(x) << " |";
    out << " " << cell(mean) << "\n";
  };
  row("own reference", "dE2000", r.reference.delta_e, r.reference.delta_e_mean);
  row("own reference", "consistency", r.reference.consistency, r.reference.consistency_mean);
  row("swapped reference", "dE2000", r.swapped.delta_e, r.swapped.delta_e_mean);
  row("swapped reference", "consistency", r.swapped.consistency, r.swapped.consistency_mean);
  row("blank reference", "dE2000", r.blank.delta_e, r.blank.delta_e_mean);
  row("blank reference", "consistency", r.blank.consistency, r.blank.consistency_mean);
  if (r.true_labels) {
    row("true sheet labels", "dE2000", r.true_labels->delta_e, r.true_labels->delta_e_mean);
    row("true sheet labels", "consistency", r.true_labels->consistency, r.true_labels->consistency_mean);
  }
  if (r.shot_palette) row("shot's own palette", "dE2000", r.shot_palette->delta_e, r.shot_palette->delta_e_mean);
  row("rig target", "spread", r.target_consistency, r.target_consistency_mean);
  out << "\ncondition           |  PSNR dB |   SSIM\n";
  for (auto [name, m] : {std::pair{"own reference", &r.reference}, {"swapped reference", &r.swapped}, {"blank reference", &r.blank}}) {
    std::snprintf(buf, sizeof buf, "%-19s | %8.2f | %6.3f\n", name, m->psnr, m->ssim);
    out << buf;
  }
  const int eyes = static_cast<int>(EvalPart::Eyes);
  std::snprintf(buf, sizeof buf, "\nmean dE2000 own / swapped = %.3f; eyes own / swapped = %.3f\n",
                r.reference.delta_e_mean / r.swapped.delta_e_mean, r.reference.delta_e[eyes] / r.swapped.delta_e[eyes]);
  out << buf;
  out << "(consistency: RMS spread across shots of a part's mean error, output - target, Lab)\n";
  if (!r.ood.empty()) {
    out << "\nout-of-distribution edit (sheet and target) | held out | transfer | true labels | leakage dE | pattern IoU | "
           "samples\n";
    for (const auto& m : r.ood) {
      std::snprintf(buf, sizeof buf, "%-43s | %-8s | %8.3f | %11s | %10.2f | %11s | %7d\n", m.edit.c_str(),
                    m.held_out ? "yes" : "no", m.transfer,
                    std::isfinite(m.transfer_true_labels) ? cell(m.transfer_true_labels).c_str() : "-", m.leakage,
                    std::isfinite(m.pattern_agreement) ? cell(m.pattern_agreement).c_str() : "-", m.samples);
      out << buf;
    }
  }
  return out.str();
}

BuildComparison compare_builds(const std::string& reference_dir, const std::string& candidate_dir) {
  namespace fs = std::filesystem;
  const fs::path ref_shots = fs::path(reference_dir) / "shots", cand_shots = fs::path(candidate_dir) / "shots";
  std::vector<std::string> stems;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(ref_shots, ec)) {
    const std::string name = entry.path().filename().string();
    const std::string suffix = ".parts.png";
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      stems.push_back(name.substr(0, name.size() - suffix.size()));
  }
  if (ec || stems.empty())
    throw NeuralError("`" + ref_shots.string() + "` holds no shots with control maps (build with `ekonte build` first)");
  std::sort(stems.begin(), stems.end());
  Accumulator acc;
  BuildComparison c;
  for (const auto& stem : stems) {
    render::ShotRender target;
    render::ImageRgba candidate;
    if (!render::read_png((ref_shots / (stem + ".png")).string(), &target.color) ||
        !render::read_png_gray((ref_shots / (stem + ".parts.png")).string(), &target.parts) ||
        !render::read_png_gray((ref_shots / (stem + ".instances.png")).string(), &target.instances) ||
        !render::read_png((cand_shots / (stem + ".png")).string(), &candidate))
      throw NeuralError("cannot read shot `" + stem + "` of both builds (`" + reference_dir + "`, `" + candidate_dir + "`)");
    if (candidate.width != target.color.width || candidate.height != target.color.height)
      throw NeuralError("shot `" + stem + "` differs in size between the two builds");
    // Every character of the shot counts: instance ids are folded to 1 for part_stats.
    for (auto& v : target.instances.pixels) v = v ? 1 : 0;
    acc.add_shot(part_stats(target, candidate), std::nan(""), std::nan(""));
    c.width = candidate.width, c.height = candidate.height;
    ++c.shots;
  }
  const auto m = acc.result();
  c.delta_e = m.delta_e;
  c.delta_e_mean = m.delta_e_mean;
  return c;
}

std::string format_table(const BuildComparison& c) {
  std::ostringstream out;
  char buf[160];
  std::snprintf(buf, sizeof buf, "%d shots at %dx%d, mean CIEDE2000 over character pixels (ink included)\n", c.shots,
                c.width, c.height);
  out << buf << "hair | skin | eyes | outfit | accessory | mean\n";
  for (double v : c.delta_e) {
    std::snprintf(buf, sizeof buf, "%.2f | ", v);
    out << buf;
  }
  std::snprintf(buf, sizeof buf, "%.2f\n", c.delta_e_mean);
  out << buf;
  return out.str();
}

}  // namespace ekonte::neural
