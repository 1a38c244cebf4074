#include "render/neural/evaluate_generator.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "render/image/png.hpp"
#include "render/neural/neural_generator.hpp"

namespace ekonte::neural {
namespace {

// Part pixels this dark in the line art are ink, not the part's colour.
constexpr uint8_t kInkThreshold = 128;
// A part needs this many pixels in a shot to count (a 1-pixel sliver says nothing about colour).
constexpr int kMinPartPixels = 3;

struct ShotPartStats {
  std::array<double, kEvalPartCount> delta_e_sum{};
  std::array<Lab, kEvalPartCount> lab_sum{};
  std::array<int, kEvalPartCount> pixels{};
};

// Character 1's part pixels of `out` against `target`.
ShotPartStats part_stats(const render::ShotRender& target, const render::ImageRgba& out) {
  ShotPartStats s;
  const size_t n = size_t(target.color.width) * target.color.height;
  for (size_t i = 0; i < n; ++i) {
    if (target.instances.pixels[i] != 1 || target.lineart.pixels[i] >= kInkThreshold) continue;
    const auto part = eval_part_of(target.parts.pixels[i]);
    if (!part) continue;
    const int p = static_cast<int>(*part);
    const Lab o = srgb_to_lab(out.pixels[i * 4], out.pixels[i * 4 + 1], out.pixels[i * 4 + 2]);
    const Lab t = srgb_to_lab(target.color.pixels[i * 4], target.color.pixels[i * 4 + 1], target.color.pixels[i * 4 + 2]);
    s.delta_e_sum[p] += delta_e_2000(o, t);
    s.lab_sum[p].l += o.l, s.lab_sum[p].a += o.a, s.lab_sum[p].b += o.b;
    ++s.pixels[p];
  }
  return s;
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
  // Per identity: the per-shot mean Lab of each part.
  std::array<std::vector<Lab>, kEvalPartCount> identity_means;

  void add_shot(const ShotPartStats& s, double psnr, double ssim) {
    for (int p = 0; p < kEvalPartCount; ++p) {
      if (s.pixels[p] < kMinPartPixels) continue;
      de_sum[p] += s.delta_e_sum[p] / s.pixels[p];
      ++de_n[p];
      identity_means[p].push_back({s.lab_sum[p].l / s.pixels[p], s.lab_sum[p].a / s.pixels[p], s.lab_sum[p].b / s.pixels[p]});
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
  if (o.shots < 1 || o.size < 16) throw NeuralError("`ekonte eval` needs --shots >= 1 and --size >= 16");
  GeneratorParams params;
  params.model_path = o.model_path;
  params.device = o.device;
  params.threads = o.threads;
  // Evaluate at the size asked for: the network runs at the frame's own resolution.
  params.work_short_side = o.size;
  auto generator = NeuralGenerator::load(params);

  EvalReport report;
  report.identities = o.identities, report.shots = o.shots, report.size = o.size;
  report.device = generator->device_description();
  report.model_path = o.model_path.empty() ? default_model_path() : o.model_path;
  report.model_digest = generator->info().digest;
  report.model_steps = generator->info().steps;
  const IdentitySet set = o.identity_set ? *o.identity_set : identity_set_named(generator->info().identities);
  report.identity_set = name_of(set);

  std::vector<uint64_t> identity_seeds;
  for (int i = 0; i < o.identities; ++i) identity_seeds.push_back(kEvalIdentityBase + mix_seed(o.seed * 7919 + i) % kEvalIdentityBase);
  // The unaugmented front view of each identity: what a user's sheet would be.
  std::vector<render::ImageRgba> front_views;
  for (int i = 0; i < o.identities; ++i) {
    ExampleRequest req{{identity_seeds[i]}, mix_seed(o.seed + i), o.size, o.size, false, set};
    front_views.push_back(source(req).references.at(0));
  }
  const int tile = std::max(o.size, 128);
  const int rows = std::min(o.contact_rows, o.identities);
  render::ImageRgba sheet{4 * tile, rows * tile, std::vector<uint8_t>(size_t(4) * tile * rows * tile * 4, 255)};

  Accumulator acc_ref, acc_swap, acc_blank, acc_target;
  int done = 0;
  for (int i = 0; i < o.identities; ++i) {
    std::vector<TrainingExample> examples;
    for (int j = 0; j < o.shots; ++j) {
      ExampleRequest req{{identity_seeds[i]}, mix_seed(mix_seed(o.seed) ^ (uint64_t(i) * 1000 + j)), o.size, o.size, false,
                         set};
      examples.push_back(source(req));
    }
    std::vector<GeneratorShot> own, swapped, blank;
    for (const auto& e : examples) {
      own.push_back({&e.shot, {front_views[i]}});
      swapped.push_back({&e.shot, {front_views[(i + 1) % o.identities]}});
      blank.push_back({&e.shot, {render::ImageRgba{}}});
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
    acc_ref.end_identity(), acc_swap.end_identity(), acc_blank.end_identity(), acc_target.end_identity();
    if (i < rows) {
      blit(sheet, front_views[i], 0, i * tile, tile);
      blit(sheet, examples[0].shot.color, tile, i * tile, tile);
      blit(sheet, out_own[0].color, 2 * tile, i * tile, tile);
      blit(sheet, out_swap[0].color, 3 * tile, i * tile, tile);
    }
    done += o.shots;
    if (progress) progress(done, o.identities * o.shots);
  }
  report.reference = acc_ref.result();
  report.swapped = acc_swap.result();
  report.blank = acc_blank.result();
  const auto t = acc_target.result();
  report.target_consistency = t.consistency;
  report.target_consistency_mean = t.consistency_mean;
  if (!o.contact_sheet.empty() && !render::write_png(o.contact_sheet, sheet))
    throw NeuralError("cannot write `" + o.contact_sheet + "`");
  return report;
}

nlohmann::json to_json(const EvalReport& r) {
  nlohmann::json target;
  for (int p = 0; p < kEvalPartCount; ++p)
    target[std::string(name_of(static_cast<EvalPart>(p)))] =
        std::isfinite(r.target_consistency[p]) ? nlohmann::json(std::round(r.target_consistency[p] * 1000) / 1000)
                                               : nlohmann::json();
  const double ratio = r.swapped.delta_e_mean > 0 ? r.reference.delta_e_mean / r.swapped.delta_e_mean : std::nan("");
  return {{"identities", r.identities},
          {"shots", r.shots},
          {"size", r.size},
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
          {"delta_e_ratio_to_swapped", std::isfinite(ratio) ? nlohmann::json(std::round(ratio * 1000) / 1000) : nlohmann::json()}};
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
  std::snprintf(buf, sizeof buf, "held-out identities (%s): %d x %d shots at %d px, %s\n", r.identity_set.c_str(),
                r.identities, r.shots, r.size, r.device.c_str());
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
  row("rig target", "consistency", r.target_consistency, r.target_consistency_mean);
  out << "\ncondition           |  PSNR dB |   SSIM\n";
  for (auto [name, m] : {std::pair{"own reference", &r.reference}, {"swapped reference", &r.swapped}, {"blank reference", &r.blank}}) {
    std::snprintf(buf, sizeof buf, "%-19s | %8.2f | %6.3f\n", name, m->psnr, m->ssim);
    out << buf;
  }
  std::snprintf(buf, sizeof buf, "\nmean dE2000 own / swapped = %.3f\n",
                r.reference.delta_e_mean / r.swapped.delta_e_mean);
  out << buf;
  return out.str();
}

}  // namespace ekonte::neural
