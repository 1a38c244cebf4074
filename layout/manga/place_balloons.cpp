#include "layout/manga/place_balloons.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "layout/text/break_lines.hpp"
#include "layout/text/typeset.hpp"
#include "layout/text/utf8.hpp"

namespace ekonte::layout {

namespace {

constexpr double kInset = 6;            // balloons keep this far inside the panel border
constexpr double kClearance = 3;        // and this far from faces and other balloons
constexpr double kStep = 4;             // placement search grid, points
constexpr double kEllipseFit = 1.36;    // ellipse semi-axis per half text extent
constexpr double kEllipsePad = 4.5;
constexpr double kSpikeReach = 1.2;     // shout spikes reach this far beyond the ellipse
// A thought cloud: bumps between points on the ellipse, their control points kCloudBulge beyond
// it, so no bump reaches past 1 + 0.75 * kCloudBulge (kCloudReach bounds it); about one bump
// every kCloudBumpLength points of the outline.
constexpr double kCloudBulge = 0.26, kCloudReach = 1.2, kCloudBumpLength = 15;
constexpr int kCloudBumpsMin = 9, kCloudBumpsMax = 26;
// The trail of a thought: three circles shrinking toward the thinker, the first this share of
// the cloud's smaller semi-axis (within bounds, points), each next one kTrailShrink of the last.
constexpr double kTrailShare = 0.16, kTrailMin = 2.6, kTrailMax = 5.5, kTrailShrink = 0.66, kTrailGap = 2;
constexpr int kTrailCircles = 3;
// The way from a cloud to the thinker's head that holds its trail without crowding, points; with
// less room the circles shrink, to kTrailLeast of their size at most.
constexpr double kTrailRoom = 24, kTrailLeast = 0.45;
// When a piece fits no balloon at the usual sizes (a word wider than the panel allows): set it
// down to this size, in a balloon that may fill the panel, before an overflow caption.
constexpr double kLastResortMin = 5, kLastResortShare = 1.0, kOverflowSize = 5.5;
// Words quoted in a W0607 message, at most.
constexpr size_t kQuotedBytes = 60;
constexpr double kMaxPanelShare = 0.5;  // a balloon covers at most half its panel
constexpr double kLatinSize = 8.5, kLatinMin = 6.5, kJapaneseSize = 9, kJapaneseMin = 7;
// Balloon shapes a letterer would set: Latin a wide oval, Japanese a tall one (columns of up to
// about ten characters); points of score per unit of log aspect away from that.
constexpr double kLatinAspect = 1.6, kJapaneseAspect = 2.0, kShapeWeight = 60;
// A Latin word broken inside, a Japanese column ending mid-phrase, a last column of one or two
// characters left dangling: points each.
constexpr double kWordBreakCost = 60, kPhraseBreakCost = 20, kWidowCost = 10;
// Points per point of tail: balloons sit close to the speaker, tails stay short.
constexpr double kTailWeight = 0.6;
constexpr double kTailOverFaceWeight = 0.8;
constexpr double kTailCrossWeight = 4;
constexpr double kCrossingCost = 120;
constexpr double kSameLevelWeight = 3;  // points per point a dual-dialogue balloon sits off its partner's height  // points for a balloon wholly outside its panel, pro rata       // points per point of tail across another balloon or a face  // points per point of tail across the speaker's eyes
constexpr double kEyesShare = 0.6;           // the upper part of a head box that holds hair and eyes
constexpr double kBelowMouthWeight = 1.5;  // points per point the balloon's centre is below the mouth
// Caption boxes: text inset, the shape a letterer draws (three times longer than deep, across
// or down), and the type a little smaller for sound captions.
constexpr double kCaptionPad = 4, kCaptionAspect = 3.0, kSoundCaptionScale = 0.85;
constexpr Color kNarrationFill = kWhite, kSoundCaptionFill{0.93, 0.93, 0.9, 1};

bool boxed(const BalloonRequest& req) { return req.kind != BalloonKind::Speech && req.kind != BalloonKind::Thought; }
// A joined piece of a split speech: no tail of its own, a connector to the piece before. The
// pieces of a thought keep a trail each (a connector between clouds reads as speech).
bool joined(const BalloonRequest& req) { return req.joins_previous && req.kind == BalloonKind::Speech; }
// How far the outline reaches beyond the balloon's ellipse.
double outline_reach(BalloonKind kind, Delivery delivery) {
  if (kind == BalloonKind::Thought) return kCloudReach;
  if (kind == BalloonKind::Speech && delivery == Delivery::Shout) return kSpikeReach;
  return 1.0;
}
double outline_reach(const BalloonRequest& req) { return outline_reach(req.kind, req.delivery); }
constexpr double kJoinWeight = 6;  // points per point of gap between the pieces of a split line
constexpr double kConnectorShare = 0.3;
constexpr double kJoinGapMax = 30;  // pieces further apart than this are not joined: a connector that long reads as a tail  // connector width, as a share of the smaller semi-axis

// The gap between two rectangles (0 when they touch or overlap).
double gap_between(const Rect& a, const Rect& b) {
  const double dx = std::max({0.0, a.x - b.right(), b.x - a.right()});
  const double dy = std::max({0.0, a.y - b.bottom(), b.y - a.bottom()});
  return std::hypot(dx, dy);
}

Rect grow(const Rect& r, double d) { return {r.x - d, r.y - d, r.w + 2 * d, r.h + 2 * d}; }

// The point where the way from `a` to `b` enters `r` (b itself when a is inside r or the way
// never enters it).
Point stop_at(Point a, Point b, const Rect& r) {
  if (r.contains(a)) return b;
  double t0 = 0, t1 = 1;
  const double d[2] = {b.x - a.x, b.y - a.y};
  const double lo[2] = {r.x - a.x, r.y - a.y}, hi[2] = {r.right() - a.x, r.bottom() - a.y};
  for (int k = 0; k < 2; ++k) {
    if (std::abs(d[k]) < 1e-9) {
      if (lo[k] > 0 || hi[k] < 0) return b;
      continue;
    }
    double e = lo[k] / d[k], f = hi[k] / d[k];
    if (e > f) std::swap(e, f);
    t0 = std::max(t0, e);
    t1 = std::min(t1, f);
  }
  if (t0 > t1) return b;
  return {a.x + d[0] * t0, a.y + d[1] * t0};
}

struct Candidate {
  SetParagraph text;
  double size = 0;
  double rx = 0, ry = 0;  // ellipse semi-axes
  double reach = 1;       // outline extent / ellipse
  Point center;
  double score = std::numeric_limits<double>::max();
  Rect bounds() const { return {center.x - rx * reach, center.y - ry * reach, 2 * rx * reach, 2 * ry * reach}; }
};

bool ends_phrase(char32_t c) {
  return c == U'。' || c == U'、' || c == U'！' || c == U'？' || c == U'…' || c == U'」' || c == '!' || c == '?' ||
         c == ',' || c == '.';
}

// What the line (or column) breaks of a set balloon text cost: Latin words are never broken
// inside, Japanese columns end at punctuation where they can and leave no short widow.
double break_cost(const SetParagraph& set, const std::string& text, bool vertical) {
  if (set.lines.size() < 2) return 0;
  double cost = 0;
  if (!vertical) {
    std::string joined, collapsed;
    for (const auto& l : set.lines) joined += (joined.empty() ? "" : " ") + l;
    for (char c : text)
      if (c != ' ' || (!collapsed.empty() && collapsed.back() != ' ')) collapsed += c;
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    if (joined != collapsed) cost += kWordBreakCost;
    return cost;
  }
  for (size_t k = 0; k + 1 < set.lines.size(); ++k) {
    const auto cps = decode_utf8(set.lines[k]);
    if (!cps.empty() && !ends_phrase(cps.back())) cost += kPhraseBreakCost;
  }
  if (decode_utf8(set.lines.back()).size() <= 2) cost += kWidowCost;
  return cost;
}

TextStyle balloon_style(const BalloonRequest& req, double size) {
  if (boxed(req))
    return {TextFace::Lettering, req.kind == BalloonKind::SoundCaption ? size * kSoundCaptionScale : size, kBlack,
            req.vertical ? 1.25 : 1.15};
  return {req.vertical ? (req.delivery == Delivery::Shout ? TextFace::LetteringBold : TextFace::Lettering)
                       : TextFace::LetteringBold,
          size, kBlack, req.vertical ? 1.25 : 1.15};
}

// Whether the text of `req`, `ink` long at size 1 (ink_length), may fit a balloon of the panel
// at `size`: its lines (or columns) together are at least `ink * size` long, one pitch apart,
// so the balloon is at least kEllipseFit^2 * reach^2 times that area, and no balloon covers more
// than kMaxPanelShare of the panel. A text that fails this is split without being set, which
// keeps a long line linear: setting it at every measure costs far more than measuring it once.
bool may_fit_panel(const BalloonRequest& req, double ink, double size, const Rect& panel, double share) {
  const double reach = outline_reach(req);
  const double fit = boxed(req) ? 1.0 : kEllipseFit;
  const double least_area = reach * reach * fit * fit * ink * size * size * balloon_style(req, size).leading;
  // The margin keeps rounding (advances scale with the size only up to it) on the side of trying.
  return least_area <= share * panel.w * panel.h * (1 + 1e-6);
}

std::vector<SetParagraph> text_shapes(const FontLibrary& fonts, const BalloonRequest& req, double size,
                                      const Rect& panel) {
  std::vector<SetParagraph> shapes;
  const TextStyle style = balloon_style(req, size);
  const double limit = req.vertical ? panel.h * 0.8 : panel.w * 0.8;
  size_t last_lines = 0;
  // Japanese columns are tried one character longer at a time, Latin lines 1.5 ems.
  for (double l = size * 3; l <= limit; l += size * (req.vertical ? 1.0 : 1.5)) {
    SetParagraph set = req.vertical ? set_vertical(fonts, style, req.text, l)
                                    : set_horizontal(fonts, style, req.text, l, 0.5);
    if (set.lines.empty() || set.lines.size() == last_lines) continue;
    last_lines = set.lines.size();
    shapes.push_back(std::move(set));
    if (last_lines == 1) break;
  }
  // A Latin word broken inside ("Grand / ma...") is only a last resort: drop such shapes when
  // another one keeps every word whole (a smaller size is tried before breaking words).
  if (!req.vertical) {
    const auto whole = [&](const SetParagraph& set) { return break_cost(set, req.text, false) == 0; };
    if (std::any_of(shapes.begin(), shapes.end(), whole) && size > (kLatinMin + 1e-9))
      shapes.erase(std::remove_if(shapes.begin(), shapes.end(), [&](const SetParagraph& set) { return !whole(set); }),
                   shapes.end());
  }
  return shapes;
}

// A cloud: bumps bulging out between points on the ellipse, meeting in cusps on it.
Path cloud_path(Point c, double rx, double ry) {
  const double perimeter = M_PI * (rx + ry);
  const int n = std::clamp(static_cast<int>(std::lround(perimeter / kCloudBumpLength)), kCloudBumpsMin, kCloudBumpsMax);
  auto on_ellipse = [&](int i, double scale) {
    // A quarter bump's turn keeps a cusp off the very top, where the eye reads the outline first.
    const double a = 2 * M_PI * (i + 0.25) / n;
    return Point{c.x + std::cos(a) * rx * scale, c.y + std::sin(a) * ry * scale};
  };
  Path p;
  p.move_to(on_ellipse(0, 1));
  for (int i = 0; i < n; ++i) {
    const Point out_a = on_ellipse(i, 1 + kCloudBulge), out_b = on_ellipse(i + 1, 1 + kCloudBulge);
    p.curve_to(out_a, out_b, on_ellipse(i + 1, 1));
  }
  p.close();
  return p;
}

void add_circle(Page& page, const Rect& r) {
  Shape s;
  s.path = Path::ellipse(r.center(), r.w / 2, r.h / 2);
  s.fill = kWhite;
  s.stroke = kBlack;
  s.line_width = 0.9;
  page.items.push_back(std::move(s));
}

// The circles of a thought's trail, from just outside the cloud (centre c, outline semi-axes
// rx, ry) toward `tip`, spread over the way there; none when the tip is under the cloud.
std::vector<Rect> thought_trail(Point c, double rx, double ry, Point tip) {
  const double dx = tip.x - c.x, dy = tip.y - c.y, len = std::hypot(dx, dy);
  if (len < 1) return {};
  const double ux = dx / len, uy = dy / len;
  const double edge = 1 / std::sqrt(ux * ux / (rx * rx) + uy * uy / (ry * ry));
  double radii[kTrailCircles];
  radii[0] = std::clamp(std::min(rx, ry) / kCloudReach * kTrailShare, kTrailMin, kTrailMax);
  for (int k = 1; k < kTrailCircles; ++k) radii[k] = radii[k - 1] * kTrailShrink;
  // With little room (a cloud against the head in a close-up) the circles shrink to fit it,
  // down to kTrailLeast of their size.
  double chain = kTrailCircles * kTrailGap;
  for (double r : radii) chain += 2 * r;
  const double shrink = std::clamp((len - edge) / chain, kTrailLeast, 1.0);
  for (double& r : radii) r *= shrink;
  // Packed, the circles start at the outline; with room to spare, the last one ends at the tip.
  double packed[kTrailCircles];
  double at = edge + kTrailGap * shrink / 2;
  for (int k = 0; k < kTrailCircles; ++k) {
    packed[k] = at + radii[k];
    at = packed[k] + radii[k] + kTrailGap * shrink;
  }
  // Too little room (the cloud against the head): the circles stay packed at the outline.
  const double last = std::max(len - radii[kTrailCircles - 1], packed[kTrailCircles - 1]);
  const double stretch = last > packed[kTrailCircles - 1]
                             ? (last - packed[0]) / std::max(1e-6, packed[kTrailCircles - 1] - packed[0])
                             : 1.0;
  std::vector<Rect> out;
  for (int k = 0; k < kTrailCircles; ++k) {
    const double d = packed[0] + (packed[k] - packed[0]) * stretch;
    const Point p{c.x + ux * d, c.y + uy * d};
    out.push_back({p.x - radii[k], p.y - radii[k], 2 * radii[k], 2 * radii[k]});
  }
  return out;
}

void add_outline(Page& page, Point c, double rx, double ry, BalloonKind kind, Delivery delivery) {
  Shape s;
  s.fill = kWhite;
  s.stroke = kBlack;
  s.line_width = 1.0;
  if (kind == BalloonKind::Thought) {
    s.path = cloud_path(c, rx, ry);
  } else if (delivery == Delivery::Shout) {
    // Spikes alternate between the ellipse and `kSpikeReach` beyond it.
    const int n = std::clamp(static_cast<int>((rx + ry) / 5), 14, 30) * 2;
    for (int i = 0; i < n; ++i) {
      const double a = 2 * M_PI * i / n;
      const double r = i % 2 ? kSpikeReach : 0.92;
      const Point p{c.x + std::cos(a) * rx * r, c.y + std::sin(a) * ry * r};
      if (i == 0) s.path.move_to(p);
      else s.path.line_to(p);
    }
    s.path.close();
    s.line_width = 1.2;
  } else {
    s.path = Path::ellipse(c, rx, ry);
    if (delivery == Delivery::Whisper) s.dash = {3, 2.2};
  }
  page.items.push_back(std::move(s));
}

// Tail from inside the balloon to `tip`: stroked first, then the balloon, then filled again
// so the outline opens where the tail joins.
void add_tail(Page& page, Point c, double rx, double ry, Point tip, bool before_outline) {
  const double dx = tip.x - c.x, dy = tip.y - c.y, len = std::hypot(dx, dy);
  if (len < 1) return;
  const double half = std::min(rx, ry) * 0.28;
  const Point n{-dy / len * half, dx / len * half};
  // Base points sit well inside the ellipse along the tail's direction.
  const double k = 0.55;
  const Point base{c.x + dx / len * std::min(rx, ry) * k, c.y + dy / len * std::min(rx, ry) * k};
  Shape s;
  s.path.move_to({base.x + n.x, base.y + n.y}).line_to(tip).line_to({base.x - n.x, base.y - n.y}).close();
  s.fill = kWhite;
  if (before_outline) {
    s.stroke = kBlack;
    s.line_width = 2.0;  // half of it is covered by the second fill
  }
  page.items.push_back(std::move(s));
}

Point tail_tip_for(const BalloonRequest& req, Point c, const Rect& panel) {
  if (req.mouth) {
    const double head_h = req.head ? req.head->h : 40;
    const double gap = std::clamp(head_h * kTailGapShare, kTailGapMin, kTailGapMax);
    const double dx = c.x - req.mouth->x, dy = c.y - req.mouth->y, len = std::hypot(dx, dy);
    if (len < 1) return *req.mouth;
    return {req.mouth->x + dx / len * gap, req.mouth->y + dy / len * gap};
  }
  // Off-panel speaker: the tail reaches the panel edge on the speaker's side; unknown, the
  // side nearer the balloon.
  Point toward = req.toward.value_or(Point{c.x < panel.center().x ? panel.x - 1000 : panel.right() + 1000, c.y + 200});
  const double dx = toward.x - c.x, dy = toward.y - c.y;
  double t = std::numeric_limits<double>::max();
  if (dx > 0) t = std::min(t, (panel.right() - c.x) / dx);
  if (dx < 0) t = std::min(t, (panel.x - c.x) / dx);
  if (dy > 0) t = std::min(t, (panel.bottom() - c.y) / dy);
  if (dy < 0) t = std::min(t, (panel.y - c.y) / dy);
  if (t == std::numeric_limits<double>::max()) t = 0;
  return {c.x + dx * t, c.y + dy * t};
}

// Length of the segment a-b inside `r` (sampled: tails are short).
double length_inside(Point a, Point b, const Rect& r) {
  constexpr int kSamples = 24;
  int inside = 0;
  for (int i = 0; i < kSamples; ++i) {
    const double t = (i + 0.5) / kSamples;
    inside += r.contains(Point{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
  }
  return std::hypot(b.x - a.x, b.y - a.y) * inside / kSamples;
}

// Length of the tail outside the balloon's ellipse (semi-axes rx, ry) on its way to `tip`.
double tail_length(Point c, double rx, double ry, Point tip) {
  const double dx = tip.x - c.x, dy = tip.y - c.y, len = std::hypot(dx, dy);
  if (len < 1) return 0;
  const double ux = dx / len, uy = dy / len;
  const double edge = 1 / std::sqrt(ux * ux / (rx * rx) + uy * uy / (ry * ry));
  return std::max(0.0, len - edge);
}

// The share of `b` outside `panel`.
double share_outside(const Rect& b, const Rect& panel) {
  const double w = std::max(0.0, std::min(b.right(), panel.right()) - std::max(b.x, panel.x));
  const double h = std::max(0.0, std::min(b.bottom(), panel.bottom()) - std::max(b.y, panel.y));
  return b.w * b.h > 0 ? 1 - w * h / (b.w * b.h) : 0;
}

std::optional<Candidate> find_place(const FontLibrary& fonts, const BalloonRequest& req, const Rect& panel,
                                    const std::vector<Rect>& obstacles, const std::optional<Rect>& previous,
                                    ReadingDirection reading, const std::optional<Rect>& reach,
                                    bool last_resort = false) {
  // The last resort starts where the usual sizes end and may fill the panel.
  const double usual_min = req.vertical ? kJapaneseMin : kLatinMin;
  const double start = last_resort ? usual_min - 0.75 : req.vertical ? kJapaneseSize : kLatinSize;
  const double min = last_resort ? kLastResortMin : usual_min;
  const double share = last_resort ? kLastResortShare : kMaxPanelShare;
  const bool rtl = reading == ReadingDirection::RightToLeft;
  const Rect area = panel.inset(kInset);
  // Where a balloon may lie: the panel, or with `reach` the margin beside it too.
  const Rect outer = reach ? reach->inset(kInset) : area;
  const double ink = ink_length(fonts, balloon_style(req, 1), req.text, req.vertical);
  for (double size = start; size >= min - 1e-9; size -= 0.75) {
    if (!may_fit_panel(req, ink, size, panel, share)) continue;
    Candidate best;
    for (auto& set : text_shapes(fonts, req, size, panel)) {
      Candidate c;
      if (boxed(req)) {
        c.rx = set.width / 2 + kCaptionPad;
        c.ry = set.height / 2 + kCaptionPad;
      } else {
        c.rx = set.width / 2 * kEllipseFit + kEllipsePad;
        c.ry = set.height / 2 * kEllipseFit + kEllipsePad;
        c.reach = outline_reach(req);
      }
      const double bw = 2 * c.rx * c.reach, bh = 2 * c.ry * c.reach;
      if (bw > outer.w || bh > outer.h || bw * bh > share * panel.w * panel.h) continue;
      const double aspect = req.vertical ? bh / bw : bw / bh;
      const double want = boxed(req) ? kCaptionAspect : req.vertical ? kJapaneseAspect : kLatinAspect;
      const double shape_cost = std::abs(std::log(aspect / want)) * kShapeWeight + (bw * bh) * 0.002 +
                                break_cost(set, req.text, req.vertical);
      // The preferred spot: just above the speaker's head, else the top corner where reading
      // starts. Narration sits in that corner too; a sound caption in the bottom corner where
      // reading ends.
      Point anchor{rtl ? area.right() - bw / 2 : area.x + bw / 2, area.y + bh / 2};
      if (req.kind == BalloonKind::SoundCaption) anchor = {rtl ? area.x + bw / 2 : area.right() - bw / 2, area.bottom() - bh / 2};
      else if (req.head && !boxed(req)) anchor = {req.head->center().x, req.head->y - bh / 2 - kClearance};
      for (double y = outer.y + bh / 2; y <= outer.bottom() - bh / 2 + 1e-6; y += kStep) {
        for (double x = outer.x + bw / 2; x <= outer.right() - bw / 2 + 1e-6; x += kStep) {
          c.center = {x, y};
          if (reach && !area.contains(c.center)) continue;
          const Rect b = c.bounds();
          bool clear = true;
          for (const auto& o : obstacles)
            if (grow(o, kClearance).intersects(b)) { clear = false; break; }
          if (!clear) continue;
          double score = 0.5 * std::hypot(x - anchor.x, (y - anchor.y) * 1.3) + shape_cost +
                         (req.kind == BalloonKind::SoundCaption ? 0 : (y - area.y) * 0.15);
          if (reach) score += kCrossingCost * share_outside(b, panel);
          if (joined(req) && previous) {
            score += kJoinWeight * gap_between(b, *previous);
            for (const auto& o : obstacles)
              if (!o.intersects(*previous)) score += kTailCrossWeight * length_inside(c.center, previous->center(), o);
          } else if (req.mouth && !boxed(req)) {
            Point tip = tail_tip_for(req, c.center, panel);
            if (req.kind == BalloonKind::Thought) {
              // A cloud keeps room for its trail between it and the head, and no more.
              if (req.head) tip = stop_at(c.center, tip, grow(*req.head, kTrailGap));
              score += kTailWeight * std::abs(tail_length(c.center, c.rx * c.reach, c.ry * c.reach, tip) - kTrailRoom);
            } else {
              score += kTailWeight * tail_length(c.center, c.rx * c.reach, c.ry * c.reach, tip);
            }
            // A tail drawn across the speaker's eyes hides the face: come in from the side or
            // from below the eyes.
            if (req.head) {
              const Rect eyes{req.head->x, req.head->y, req.head->w, req.head->h * kEyesShare};
              score += kTailOverFaceWeight * length_inside(c.center, tip, eyes);
            }
            // Balloons sit at or above the speaker's mouth, not over the body below it.
            score += kBelowMouthWeight * std::max(0.0, y - req.mouth->y);
          } else if (!boxed(req)) {
            // A voice from outside the panel: a short tail to the border that crosses no other
            // balloon and no face.
            const Point tip = tail_tip_for(req, c.center, panel);
            score += kTailWeight * tail_length(c.center, c.rx * c.reach, c.ry * c.reach, tip);
            for (const auto& o : obstacles) score += kTailCrossWeight * length_inside(c.center, tip, o);
          }
          if (previous && req.with_previous) {
            score += kSameLevelWeight * std::abs(y - previous->center().y);
          } else if (previous) {
            const bool after = (rtl ? b.right() <= previous->center().x : b.x >= previous->center().x) ||
                               b.y >= previous->bottom() - 2;
            if (!after) score += 400;
            const bool before = (rtl ? x > previous->right() : x < previous->x) && y < previous->y;
            if (before) score += 400;
          }
          if (score < best.score) {
            best = c;
            best.score = score;
            best.text = set;
            best.size = size;
          }
        }
      }
    }
    if (best.score < std::numeric_limits<double>::max()) return best;
  }
  return std::nullopt;
}

// A band between two balloons (centres a and b, semi-axes ra and rb), from just inside one
// outline to just inside the other; `stroke` draws its sides, else it is only filled (which
// opens both outlines where the band meets them).
void add_connector(Page& page, Point a, Point ra, Point b, Point rb, bool stroke) {
  const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
  if (len < 1) return;
  const double ux = dx / len, uy = dy / len;
  auto edge = [&](Point r) { return 1 / std::sqrt(ux * ux / (r.x * r.x) + uy * uy / (r.y * r.y)); };
  const double inside = 3;
  const double t0 = edge(ra) - inside, t1 = len - edge(rb) + inside;
  if (t1 <= t0) return;
  const double half = std::min({ra.x, ra.y, rb.x, rb.y}) * kConnectorShare - (stroke ? 0 : 0.7);
  const Point n{-uy * half, ux * half};
  const Point p0{a.x + ux * t0, a.y + uy * t0}, p1{a.x + ux * t1, a.y + uy * t1};
  Shape s;
  s.path.move_to({p0.x + n.x, p0.y + n.y}).line_to({p1.x + n.x, p1.y + n.y}).line_to({p1.x - n.x, p1.y - n.y})
      .line_to({p0.x - n.x, p0.y - n.y}).close();
  s.fill = kWhite;
  if (stroke) {
    s.stroke = kBlack;
    s.line_width = 1.0;
  }
  page.items.push_back(std::move(s));
}

void draw_balloon(Page& page, const Candidate& c, const BalloonRequest& req, Point tip,
                  const PlacedBalloon* joined_to, const std::vector<Rect>& trail) {
  const Point r{c.rx, c.ry};
  Point pa, ra;
  if (joined_to) {
    const double reach = outline_reach(joined_to->kind, joined_to->delivery);
    pa = joined_to->bounds.center();
    ra = {joined_to->bounds.w / 2 / reach, joined_to->bounds.h / 2 / reach};
    add_connector(page, pa, ra, c.center, r, true);
  }
  if (boxed(req)) {
    Shape box;
    box.path = Path::rect(c.bounds());
    box.fill = req.kind == BalloonKind::SoundCaption ? kSoundCaptionFill : kNarrationFill;
    box.stroke = kBlack;
    box.line_width = 0.8;
    page.items.push_back(std::move(box));
  } else if (joined_to) {
    add_outline(page, c.center, c.rx, c.ry, req.kind, req.delivery);
    add_connector(page, pa, ra, c.center, r, false);
  } else if (req.kind == BalloonKind::Thought) {
    add_outline(page, c.center, c.rx, c.ry, req.kind, req.delivery);
    for (const Rect& circle : trail) add_circle(page, circle);
  } else {
    add_tail(page, c.center, c.rx, c.ry, tip, true);
    add_outline(page, c.center, c.rx, c.ry, req.kind, req.delivery);
    add_tail(page, c.center, c.rx, c.ry, tip, false);
  }
  for (auto run : c.text.runs) {
    run.origin.x += c.center.x - c.text.width / 2;
    run.origin.y += c.center.y - c.text.height / 2;
    page.items.push_back(std::move(run));
  }
}

// W0607: a piece of lettering that fits no balloon of its panel, naming the shot and the words.
void report_unplaced(DiagnosticSink& sink, const BalloonRequest& req, const std::string& how) {
  std::string words = req.text;
  if (words.size() > kQuotedBytes) {
    size_t cut = kQuotedBytes;
    while (cut > 0 && (static_cast<unsigned char>(words[cut]) & 0xC0) == 0x80) --cut;  // whole code points
    words = words.substr(0, cut) + "…";
  }
  const std::string whose = req.kind == BalloonKind::SoundCaption ? "the sound caption" : "the line of `" + req.speaker + "`";
  sink.report(DiagnosticKind::LetteringDoesNotFit, req.file, req.span,
              "`" + words + "` (" + whose + (req.shot.empty() ? "" : " in shot `" + req.shot + "`") +
                  ") fits no balloon in its panel; " + how,
              "shorten the words, break a long word, or give the shot a larger panel (a longer duration or wider framing)");
}

// The last resort for words that fit no balloon: a caption box across the foot of the panel, in
// small type broken to the panel's width; taller than the panel, it runs on below its foot rather
// than losing words.
void place_overflow(Page& page, const FontLibrary& fonts, const Rect& panel, std::vector<Rect>& obstacles,
                    const BalloonRequest& req, std::vector<PlacedBalloon>& out) {
  const Rect area = panel.inset(kInset);
  BalloonRequest boxed_req = req;
  boxed_req.kind = BalloonKind::Overflow;
  Candidate c;
  c.text = set_horizontal(fonts, balloon_style(boxed_req, kOverflowSize), req.text, std::max(1.0, area.w - 2 * kCaptionPad));
  c.size = kOverflowSize;
  c.rx = c.text.width / 2 + kCaptionPad;
  c.ry = c.text.height / 2 + kCaptionPad;
  c.center = {area.center().x, std::max(area.y + c.ry, area.bottom() - c.ry)};
  draw_balloon(page, c, boxed_req, c.center, nullptr, {});
  obstacles.push_back(c.bounds());
  PlacedBalloon placed;
  placed.kind = BalloonKind::Overflow;
  placed.text = req.text;
  placed.lines = c.text.lines;
  placed.vertical = false;
  placed.delivery = req.delivery;
  placed.bounds = c.bounds();
  placed.tail_tip = c.center;
  out.push_back(std::move(placed));
}

void place_one(Page& page, const FontLibrary& fonts, const Rect& panel, const std::optional<Rect>& reach,
               const std::vector<Rect>& faces, std::vector<Rect>& obstacles, const BalloonRequest& req,
               ReadingDirection reading, DiagnosticSink& sink, std::vector<PlacedBalloon>& out, bool& warned,
               bool& crowded) {
  const std::optional<Rect> previous = out.empty() ? std::nullopt : std::optional<Rect>(out.back().bounds);
  std::optional<Candidate> c;
  if (!crowded) {
    std::vector<Rect> blocked = faces;
    blocked.insert(blocked.end(), obstacles.begin(), obstacles.end());
    c = find_place(fonts, req, panel, blocked, previous, reading, reach);
  } else {
    // The panel had no clear room even for a piece that cannot be split: the rest of the line
    // goes over other balloons in pieces as large as a balloon may be, not word by word (which
    // would make a long line quadratic: every word a balloon, every balloon an obstacle).
    c = find_place(fonts, req, panel, faces, std::nullopt, reading, reach);
  }
  if (!c) {
    auto [first, second] = split_dialogue(req.text);
    if (!second.empty()) {
      if (!warned) {
        sink.report(DiagnosticKind::DialogueSplitAcrossBalloons, req.file, req.span,
                    "the line of `" + req.speaker + "`" + (req.shot.empty() ? "" : " in shot `" + req.shot + "`") +
                        " is too long for one balloon; it is split across balloons",
                    "shorten the line or give the shot a wider framing");
        warned = true;
      }
      BalloonRequest a = req, b = req;
      a.text = first;
      b.text = second;
      b.joins_previous = true;
      place_one(page, fonts, panel, reach, faces, obstacles, a, reading, sink, out, warned, crowded);
      place_one(page, fonts, panel, reach, faces, obstacles, b, reading, sink, out, warned, crowded);
      return;
    }
    // Unsplittable and nowhere free: keep clear of faces only, then of nothing.
    if (!crowded) c = find_place(fonts, req, panel, faces, std::nullopt, reading, reach);
    if (!c) c = find_place(fonts, req, panel, {}, std::nullopt, reading, reach);
    crowded = true;
    if (!c) {
      // Too large for any balloon at the usual sizes (a word wider than the panel allows): a
      // smaller size in a balloon that may fill the panel, else an overflow caption. Never dropped.
      c = find_place(fonts, req, panel, faces, std::nullopt, reading, reach, true);
      if (!c) c = find_place(fonts, req, panel, {}, std::nullopt, reading, reach, true);
      if (c) {
        char size[16];
        std::snprintf(size, sizeof size, "%.2g", c->size);
        report_unplaced(sink, req, std::string("it is set at ") + size + " pt, below the smallest balloon lettering");
      } else {
        place_overflow(page, fonts, panel, obstacles, req, out);
        report_unplaced(sink, req, "it is set small in an overflow caption at the foot of the panel");
        return;
      }
    }
  }
  // A piece is joined to the one before when a short connector reaches it across nothing else
  // (no face, no other balloon); otherwise it keeps a tail of its own.
  const PlacedBalloon* joined_to = joined(req) && !crowded && !out.empty() ? &out.back() : nullptr;
  if (joined_to && gap_between(joined_to->bounds, c->bounds()) > kJoinGapMax) joined_to = nullptr;
  if (joined_to) {
    const Rect& before = joined_to->bounds;
    auto crosses = [&](const Rect& o) { return length_inside(before.center(), c->center, o) > 0; };
    auto is_before = [&](const Rect& o) { return o.x == before.x && o.y == before.y && o.w == before.w && o.h == before.h; };
    if (std::any_of(faces.begin(), faces.end(), crosses) ||
        std::any_of(obstacles.begin(), obstacles.end(), [&](const Rect& o) { return !is_before(o) && crosses(o); }))
      joined_to = nullptr;
  }
  Point tip = boxed(req) || joined_to ? c->center : tail_tip_for(req, c->center, panel);
  // A thought's trail leads to the thinker's head and stops at it, off the face.
  if (req.kind == BalloonKind::Thought && req.head) tip = stop_at(c->center, tip, grow(*req.head, kTrailGap));
  const std::vector<Rect> trail = req.kind == BalloonKind::Thought
                                      ? thought_trail(c->center, c->rx * c->reach, c->ry * c->reach, tip)
                                      : std::vector<Rect>{};
  draw_balloon(page, *c, req, tip, joined_to, trail);
  obstacles.push_back(c->bounds());
  PlacedBalloon placed;
  placed.kind = req.kind;
  placed.text = req.text;
  placed.lines = c->text.lines;
  placed.vertical = req.vertical;
  placed.delivery = req.delivery;
  placed.bounds = c->bounds();
  placed.tail_tip = tip;
  placed.joined_to_previous = joined_to != nullptr;
  placed.trail = trail;
  if (!boxed(req) && !joined_to) placed.mouth = req.mouth;
  out.push_back(std::move(placed));
}

}  // namespace

std::pair<std::string, std::string> split_dialogue(const std::string& text) {
  const DecodedText d = decode_utf8_with_offsets(text);
  const size_t n = d.cps.size();
  if (n < 2) return {text, ""};
  // Candidate split points (code point index where the second part starts), best first.
  auto best_split = [&](auto&& allowed) -> size_t {
    size_t best = 0;
    double best_dist = 1e18;
    for (size_t i = 1; i < n; ++i) {
      if (!allowed(i)) continue;
      const double dist = std::abs(static_cast<double>(i) - n / 2.0);
      if (dist < best_dist) { best_dist = dist; best = i; }
    }
    return best;
  };
  auto is_space = [](char32_t c) { return c == ' '; };
  size_t at = best_split([&](size_t i) {
    const char32_t p = d.cps[i - 1];
    return (p == U'。' || p == U'！' || p == U'？' ||
            ((p == '.' || p == '!' || p == '?') && is_space(d.cps[i]))) && kinsoku_may_start_line(d.cps[i]);
  });
  if (!at) at = best_split([&](size_t i) { return (d.cps[i - 1] == U'、' || d.cps[i - 1] == ',') && kinsoku_may_start_line(d.cps[i]); });
  if (!at) at = best_split([&](size_t i) { return is_space(d.cps[i]); });
  if (!at) at = best_split([&](size_t i) {
    return is_cjk(d.cps[i]) && kinsoku_may_start_line(d.cps[i]) && kinsoku_may_end_line(d.cps[i - 1]);
  });
  if (!at) return {text, ""};
  std::string a = text.substr(0, d.offsets[at]), b = text.substr(d.offsets[at]);
  while (!a.empty() && a.back() == ' ') a.pop_back();
  while (!b.empty() && b.front() == ' ') b.erase(b.begin());
  if (a.empty() || b.empty()) return {text, ""};
  return {a, b};
}

std::vector<PlacedBalloon> place_balloons(Page& page, const FontLibrary& fonts, const Rect& panel,
                                          const std::vector<Rect>& faces, std::vector<Rect>& obstacles,
                                          const std::vector<BalloonRequest>& requests, ReadingDirection reading,
                                          DiagnosticSink& sink, const std::optional<Rect>& reach) {
  std::vector<PlacedBalloon> out;
  for (const auto& req : requests) {
    bool warned = false, crowded = false;
    place_one(page, fonts, panel, reach, faces, obstacles, req, reading, sink, out, warned, crowded);
  }
  return out;
}

}  // namespace ekonte::layout
