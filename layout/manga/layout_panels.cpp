#include "layout/manga/layout_panels.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "layout/text/font_library.hpp"
#include "layout/text/utf8.hpp"

namespace ekonte::layout {

namespace {

constexpr double kPageUnits = 4.0;       // a full page holds tiers summing to this many height units
constexpr double kPageUnitsMax = 4.7;    // a page never holds more than this
constexpr double kTierGutter = 12;       // points between tiers
constexpr double kPanelGutter = 7;       // points between panels of a tier
constexpr int kMaxPanelsPerTier = 3;
constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Tier breaking costs: a tier costs a little so that the breaker does not scatter shots into
// lone panels, a page breaking mid-scene costs more than one breaking at a scene change.
constexpr double kTierCost = 0.05;
constexpr double kSqueezeWeight = 1.5;   // per panel, for log(width given / width asked)^2 < 0
constexpr double kMidScenePageBreak = 0.6;
// A panel with dialogue asks for room for its balloons: this much more width share per
// character (a Japanese character, set large in vertical columns, counts double), up to a cap.
constexpr double kSharePerCharacter = 0.004, kDialogueShareMax = 0.3;

double tier_units(const std::vector<size_t>& tier, const ShotGraph& g) {
  double units = 0.9;
  for (size_t i : tier) units = std::max(units, vocabulary::row(g.shots[i].framing.value).manga_tier_units);
  return units;
}

// How badly a panel of this framing suffers from being stretched wider than it asked: a wide
// shot can fill a tier, a close-up alone across a tier turns into a letterbox of a chin.
double stretch_weight(Framing f) { return vocabulary::row(f).manga_stretch_weight; }

// Cost of shots [a, b) as one tier: each panel's width against the width it asks for.
double tier_cost(const ShotGraph& g, size_t a, size_t b) {
  const size_t n = b - a;
  if (n > kMaxPanelsPerTier) return kInfinity;
  double total = 0;
  for (size_t i = a; i < b; ++i) {
    if (n > 1 && g.shots[i].framing.value == Framing::ExtremeWide) return kInfinity;  // an extreme wide stands alone
    total += panel_width_share(g.shots[i], g.meta.fps);
  }
  const double ratio = 1.0 / total;  // every panel is scaled by this to fill the tier
  const double l = std::log(ratio);
  double cost = kTierCost;
  for (size_t i = a; i < b; ++i) {
    const Framing f = g.shots[i].framing.value;
    if (f == Framing::ExtremeWide) continue;  // it is meant to take the whole tier
    cost += l * l * (l > 0 ? stretch_weight(f) : kSqueezeWeight);
  }
  return cost;
}

// Shots [first, last) of one scene broken into tiers with the least total cost.
void break_scene_into_tiers(const ShotGraph& g, size_t first, size_t last, std::vector<std::vector<size_t>>& tiers) {
  const size_t n = last - first;
  std::vector<double> best(n + 1, kInfinity);
  std::vector<size_t> from(n + 1, 0);
  best[0] = 0;
  for (size_t e = 1; e <= n; ++e)
    for (size_t s = e > kMaxPanelsPerTier ? e - kMaxPanelsPerTier : 0; s < e; ++s) {
      const double c = best[s] + tier_cost(g, first + s, first + e);
      if (c < best[e]) { best[e] = c; from[e] = s; }
    }
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t e = n; e > 0; e = from[e]) spans.emplace_back(from[e], e);
  std::reverse(spans.begin(), spans.end());
  for (auto [s, e] : spans) {
    tiers.emplace_back();
    for (size_t i = s; i < e; ++i) tiers.back().push_back(first + i);
  }
}

}  // namespace

double panel_width_share(const Shot& shot, uint32_t fps) {
  double w = vocabulary::row(shot.framing.value).manga_width_share;
  const double seconds = static_cast<double>(shot.duration_frames) / (fps ? fps : 24);
  w *= std::clamp(0.85 + 0.05 * seconds, 0.85, 1.15);
  if (shot.framing.value == Framing::ExtremeWide) return w;
  double characters = 0;
  for (const auto& d : shot.dialogue)
    for (char32_t c : decode_utf8(d.text)) characters += is_cjk(c) ? 2 : 1;
  return w + std::min(kDialogueShareMax, characters * kSharePerCharacter);
}

std::vector<PanelSlot> layout_panels(const ShotGraph& g, const Rect& live) {
  // 1. Shots into tiers, scene by scene (a scene change always starts a new tier).
  std::vector<std::vector<size_t>> tiers;
  std::vector<bool> tier_starts_scene;
  for (size_t first = 0; first < g.shots.size();) {
    size_t last = first + 1;
    while (last < g.shots.size() && g.shots[last].scene == g.shots[first].scene) ++last;
    const size_t before = tiers.size();
    break_scene_into_tiers(g, first, last, tiers);
    tier_starts_scene.resize(tiers.size(), false);
    tier_starts_scene[before] = true;
    first = last;
  }
  // 2. Tiers into pages: every page is filled to its foot (tier heights stretch), so pages
  // should hold close to a full page of units; breaks fall at scene changes where they can.
  const size_t nt = tiers.size();
  std::vector<double> units(nt);
  for (size_t t = 0; t < nt; ++t) units[t] = tier_units(tiers[t], g);
  std::vector<double> best(nt + 1, kInfinity);
  std::vector<size_t> from(nt + 1, 0);
  best[0] = 0;
  for (size_t e = 1; e <= nt; ++e) {
    double u = 0;
    for (size_t s = e; s-- > 0;) {
      u += units[s];
      if (u > kPageUnitsMax && s + 1 < e) break;
      // Short pages cost as much as full ones overflow; the last page may be a little short.
      const double short_weight = e == nt ? 0.5 : 1.0;
      const double d = u - kPageUnits;
      double c = best[s] + d * d * (d < 0 ? short_weight : 2.0);
      if (s > 0 && !tier_starts_scene[s]) c += kMidScenePageBreak;
      if (c < best[e]) { best[e] = c; from[e] = s; }
    }
  }
  std::vector<std::vector<size_t>> pages;  // tier indices
  for (size_t e = nt; e > 0; e = from[e]) {
    pages.emplace_back();
    for (size_t t = from[e]; t < e; ++t) pages.back().push_back(t);
  }
  std::reverse(pages.begin(), pages.end());
  // 3. Rectangles: tier heights in proportion to their units, filling the page (a page of
  // one or two tiers stops growing at a tier height of a third of the page), panels in
  // proportion to their shares, in reading order.
  const bool rtl = g.meta.reading == ReadingDirection::RightToLeft;
  std::vector<PanelSlot> out;
  for (size_t p = 0; p < pages.size(); ++p) {
    double page_units = 0;
    for (size_t t : pages[p]) page_units += units[t];
    const double gutters = kTierGutter * (pages[p].size() - 1);
    const double unit_h = (live.h - gutters) / std::max(page_units, 3.0);
    double y = live.y;
    int order = 0;
    for (size_t k = 0; k < pages[p].size(); ++k) {
      const auto& tier = tiers[pages[p][k]];
      const double h = units[pages[p][k]] * unit_h;
      double total = 0;
      for (size_t i : tier) total += panel_width_share(g.shots[i], g.meta.fps);
      const double avail = live.w - kPanelGutter * (tier.size() - 1);
      double x = rtl ? live.right() : live.x;
      for (size_t i : tier) {
        const double w = avail * panel_width_share(g.shots[i], g.meta.fps) / total;
        PanelSlot slot;
        slot.shot = i;
        slot.page = static_cast<int>(p);
        slot.tier = static_cast<int>(k);
        slot.order = order++;
        slot.rect = {rtl ? x - w : x, y, w, h};
        x += rtl ? -(w + kPanelGutter) : w + kPanelGutter;
        out.push_back(slot);
      }
      y += h + kTierGutter;
    }
  }
  return out;
}

}  // namespace ekonte::layout
