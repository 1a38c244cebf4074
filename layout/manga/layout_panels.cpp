#include "layout/manga/layout_panels.hpp"

#include <algorithm>

namespace ekonte::layout {

namespace {

constexpr double kPageUnits = 4.0;      // a page holds tiers summing to this many height units
constexpr double kSceneBreakFill = 2.5; // a scene change starts a new page past this much
constexpr double kTierGutter = 12;      // points between tiers
constexpr double kPanelGutter = 7;      // points between panels of a tier
constexpr int kMaxPanelsPerTier = 3;

double tier_units(const std::vector<size_t>& tier, const ShotGraph& g) {
  double units = 0.9;
  for (size_t i : tier) {
    const Framing f = g.shots[i].framing.value;
    if (f == Framing::ExtremeWide) units = std::max(units, 1.3);
    else if (f == Framing::Wide || f == Framing::Full || f == Framing::TwoShot) units = std::max(units, 1.05);
    else units = std::max(units, 1.0);
  }
  return units;
}

}  // namespace

double panel_width_share(const Shot& shot, uint32_t fps) {
  double w = 0.5;
  switch (shot.framing.value) {
    case Framing::ExtremeWide: w = 1.0; break;
    case Framing::Wide: w = 0.62; break;
    case Framing::Full: case Framing::TwoShot: case Framing::OverTheShoulder: case Framing::Pov: w = 0.55; break;
    case Framing::Medium: w = 0.5; break;
    case Framing::MediumCloseUp: w = 0.42; break;
    case Framing::CloseUp: w = 0.38; break;
    case Framing::ExtremeCloseUp: w = 0.32; break;
    case Framing::Insert: w = 0.3; break;
  }
  const double seconds = static_cast<double>(shot.duration_frames) / (fps ? fps : 24);
  return w * std::clamp(0.85 + 0.05 * seconds, 0.85, 1.15);
}

std::vector<PanelSlot> layout_panels(const ShotGraph& g, const Rect& live) {
  // 1. Shots into tiers.
  std::vector<std::vector<size_t>> tiers;
  std::vector<bool> tier_starts_scene;
  double share = 0;
  for (size_t i = 0; i < g.shots.size(); ++i) {
    const Shot& s = g.shots[i];
    const double w = panel_width_share(s, g.meta.fps);
    const bool scene_change = i == 0 || s.scene != g.shots[i - 1].scene;
    const bool alone = s.framing.value == Framing::ExtremeWide;
    const bool prev_alone = i > 0 && g.shots[i - 1].framing.value == Framing::ExtremeWide;
    if (tiers.empty() || scene_change || alone || prev_alone || share + w > 1.08 ||
        tiers.back().size() >= kMaxPanelsPerTier) {
      tiers.emplace_back();
      tier_starts_scene.push_back(scene_change);
      share = 0;
    }
    tiers.back().push_back(i);
    share += w;
  }
  // 2. Tiers into pages.
  std::vector<std::vector<size_t>> pages;  // tier indices
  double used = kPageUnits + 1;
  for (size_t t = 0; t < tiers.size(); ++t) {
    const double u = tier_units(tiers[t], g);
    if (used + u > kPageUnits + 0.15 || (tier_starts_scene[t] && used >= kSceneBreakFill)) {
      pages.emplace_back();
      used = 0;
    }
    pages.back().push_back(t);
    used += u;
  }
  // 3. Rectangles: tier heights in proportion to their units (a page that is not full keeps
  // the full page's unit height), panels in proportion to their shares, in reading order.
  const bool rtl = g.meta.reading == ReadingDirection::RightToLeft;
  std::vector<PanelSlot> out;
  for (size_t p = 0; p < pages.size(); ++p) {
    double units = 0;
    for (size_t t : pages[p]) units += tier_units(tiers[t], g);
    const double gutters = kTierGutter * (pages[p].size() - 1);
    const double unit_h = (live.h - gutters) / std::max(units, kPageUnits - 0.6);
    double y = live.y;
    int order = 0;
    for (size_t k = 0; k < pages[p].size(); ++k) {
      const auto& tier = tiers[pages[p][k]];
      const double h = tier_units(tier, g) * unit_h;
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
