#include "layout/manga/build_manga.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "layout/manga/layout_panels.hpp"
#include "layout/manga/place_balloons.hpp"
#include "layout/manga/sound_lines.hpp"
#include "layout/pages/page_common.hpp"
#include "layout/text/orient_vertical.hpp"
#include "layout/text/typeset.hpp"
#include "vocabulary/staging.hpp"

namespace ekonte::layout {

namespace {

// Live area inside the trim, in millimetres.
constexpr double kTopMm = 13, kBottomMm = 15, kSideMm = 11;
constexpr double kBorderWidth = 1.4;
// A close-up's balloon may break the panel border this far into the page margin, keeping this
// far inside the trim (clear of the cut).
constexpr double kBreakoutMm = 9, kTrimSafeMm = 5;
constexpr double kSfxSize = 24, kSfxMin = 12, kSfxMax = 40;
// A sound with no room at kSfxMin even over the art's faces is set over the balloons, and smaller
// down to this size (W0607); one still wider than its panel is centred on it all the same.
constexpr double kSfxLastResort = 6;
constexpr double kSfxAngle = -0.14;  // radians: sound effects lean a little
constexpr Color kSfxColor{0.12, 0.1, 0.1, 1};

struct PanelMap {
  Rect src, dest;
  Point map(double x, double y) const {
    return {dest.x + (x - src.x) * dest.w / src.w, dest.y + (y - src.y) * dest.h / src.h};
  }
  Rect map(const render::Box& b) const {
    const Point a = map(b.x, b.y), c = map(b.x + b.w, b.y + b.h);
    return {a.x, a.y, c.x - a.x, c.y - a.y};
  }
};

// The crop of the shot's picture for a panel of the given aspect. An extreme close-up is
// meant to cut the face: it keeps only its subject (the eyes) in the window, never widening
// past the picture, so the panel shows no paper at its sides.
Rect panel_crop(const ShotPicture& picture, Framing framing, double aspect) {
  if (framing != Framing::ExtremeCloseUp || picture.landmarks.subject.w <= 0) return crop_window(picture, aspect);
  ShotPicture eyes_only = picture;
  for (auto& c : eyes_only.landmarks.characters) c.in_frame = false;
  return crop_window(eyes_only, aspect);
}

// The area a close-up's balloons may cross into: the panel grown on each side that faces the
// page margin (no other panel of the page beside it there), by at most kBreakoutMm and never
// closer than kTrimSafeMm to the trim.
Rect breakout_area(const PanelSlot& slot, const std::vector<PanelSlot>& slots, const Rect& trim) {
  const Rect& r = slot.rect;
  bool left = true, right = true, up = true, down = true;
  for (const auto& o : slots) {
    if (o.page != slot.page || &o == &slot) continue;
    const bool beside = o.rect.y < r.bottom() && r.y < o.rect.bottom();
    const bool over = o.rect.x < r.right() && r.x < o.rect.right();
    if (beside && o.rect.right() <= r.x + 1) left = false;
    if (beside && o.rect.x >= r.right() - 1) right = false;
    if (over && o.rect.bottom() <= r.y + 1) up = false;
    if (over && o.rect.y >= r.bottom() - 1) down = false;
  }
  const Rect safe = trim.inset(kTrimSafeMm * kMm);
  const double g = kBreakoutMm * kMm;
  const double x0 = left ? std::max(safe.x, r.x - g) : r.x, x1 = right ? std::min(safe.right(), r.right() + g) : r.right();
  const double y0 = up ? std::max(safe.y, r.y - g) : r.y, y1 = down ? std::min(safe.bottom(), r.bottom() + g) : r.bottom();
  return {std::min(x0, r.x), std::min(y0, r.y), std::max(x1, r.right()) - std::min(x0, r.x),
          std::max(y1, r.bottom()) - std::min(y0, r.y)};
}

Rect intersect(const Rect& a, const Rect& b) {
  const double x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
  const double x1 = std::min(a.right(), b.right()), y1 = std::min(a.bottom(), b.bottom());
  return {x0, y0, std::max(0.0, x1 - x0), std::max(0.0, y1 - y0)};
}

// `obstacles` starts with the `faces` face boxes, which a sound may cover only as a last resort.
void place_sfx(Page& page, const FontLibrary& fonts, const Rect& panel, std::vector<Rect>& obstacles, size_t faces,
               const Onomatopoeia& sound, bool vertical_page, PlacedPanel& placed, DiagnosticSink& sink,
               const std::string& file, const SourceSpan& span) {
  const Rect area = panel.inset(5);
  const std::string& text = sound.text;
  // Japanese onomatopoeia stands in a column on a vertical page, as letterers draw it.
  const bool vertical = sound.japanese && vertical_page;
  const double largest = std::clamp(kSfxSize * sound.size, kSfxMin, kSfxMax);
  // A letterer never leaves a sound out: when the art has no free room (a face filling a
  // close-up) it goes over the picture, still clear of the balloons; with no room even there,
  // over the balloons and smaller (W0607), and at last centred on the panel whatever its size.
  // Pass 0 keeps clear of faces and balloons, 1 and 2 (smaller) of balloons, 3 of nothing; 4
  // centres it.
  constexpr int kCentred = 4;
  for (int pass = 0; pass <= kCentred; ++pass) {
    const double smallest = pass < 2 ? kSfxMin : kSfxLastResort;
    const double top = pass == 2 ? std::min(largest, kSfxMin) - 2 : pass == kCentred ? kSfxLastResort : largest;
    for (double size = top; size >= smallest - 1e-9; size -= 2) {
      TextStyle style{TextFace::LetteringBold, size, kSfxColor, 1.0};
      SetParagraph set = vertical ? set_vertical(fonts, style, text, area.h) : set_horizontal(fonts, style, text, area.w);
      const double c = std::abs(std::cos(kSfxAngle)), s = std::abs(std::sin(kSfxAngle));
      const double bw = set.width * c + set.height * s + 6, bh = set.width * s + set.height * c + 6;
      double best = 1e18;
      Point best_c;
      if (pass == kCentred) {
        best_c = area.center();
        best = 0;
      } else if (bw > area.w || bh > area.h) {
        continue;
      }
      const size_t first_obstacle = pass == 0 ? 0 : pass < 3 ? faces : obstacles.size();
      for (double y = area.y + bh / 2; pass < kCentred && y <= area.bottom() - bh / 2; y += 4)
        for (double x = area.x + bw / 2; x <= area.right() - bw / 2; x += 4) {
          const Rect b{x - bw / 2, y - bh / 2, bw, bh};
          bool clear = true;
          for (size_t k = first_obstacle; k < obstacles.size(); ++k)
            if (obstacles[k].intersects(b)) { clear = false; break; }
          if (!clear) continue;
          // Sound effects sit low in the panel, away from the balloons at the top.
          const double score = (area.bottom() - y) + std::abs(x - area.center().x) * 0.3;
          if (score < best) { best = score; best_c = {x, y}; }
        }
      if (best == 1e18) continue;
      const Point centre{set.width / 2, set.height / 2};
      for (auto run : set.runs) {
        const double dx = run.origin.x - centre.x, dy = run.origin.y - centre.y;
        run.origin = {best_c.x + dx * std::cos(kSfxAngle) - dy * std::sin(kSfxAngle),
                      best_c.y + dx * std::sin(kSfxAngle) + dy * std::cos(kSfxAngle)};
        run.angle += kSfxAngle;
        run.outline = kWhite;
        run.outline_width = std::max(2.5, size * 0.16);
        page.items.push_back(std::move(run));
      }
      const Rect b{best_c.x - bw / 2, best_c.y - bh / 2, bw, bh};
      obstacles.push_back(b);
      placed.sfx.push_back(b);
      if (pass >= 2) {
        char pt[16];
        std::snprintf(pt, sizeof pt, "%.2g", size);
        sink.report(DiagnosticKind::LetteringDoesNotFit, file, span,
                    "`" + text + "` (a sound in shot `" + placed.shot_id + "`) has no free room in its panel; it is lettered at " +
                        pt + " pt" + (pass == kCentred ? ", wider than the panel" : pass == 3 ? " over the balloons" : ", below the usual size"),
                    "give the shot a larger panel (a longer duration or wider framing), or move the sound to a shot with room");
      }
      return;
    }
  }
}

}  // namespace

Document build_manga(const ShotGraph& graph, const ShotPictures& pictures, const FontLibrary& fonts,
                     DiagnosticSink& sink, MangaLayout* placed_out) {
  Document doc;
  doc.title = graph.meta.title;
  doc.author = graph.meta.author;
  doc.subject = "manga";
  const double page_w = kB5Width + 2 * kBleed, page_h = kB5Height + 2 * kBleed;
  const Rect trim{kBleed, kBleed, kB5Width, kB5Height};
  const Rect live{trim.x + kSideMm * kMm, trim.y + kTopMm * kMm, trim.w - 2 * kSideMm * kMm,
                  trim.h - (kTopMm + kBottomMm) * kMm};
  const auto slots = layout_panels(graph, live);
  MangaLayout layout;
  SceneId last_scene;
  for (const auto& slot : slots) {
    while (static_cast<int>(doc.pages.size()) <= slot.page) doc.pages.push_back(Page{page_w, page_h, {}});
    Page& page = doc.pages[slot.page];
    const Shot& shot = graph.shots[slot.shot];
    if (shot.scene != last_scene && shot.scene.valid()) {
      const Scene& sc = graph.scene(shot.scene);
      doc.outline.push_back({"Scene " + sc.number + " · " + sc.heading, slot.page, slot.rect.y});
    }
    last_scene = shot.scene;
    PlacedPanel placed;
    placed.shot_id = shot.id;
    placed.page = slot.page;
    placed.tier = slot.tier;
    placed.order = slot.order;
    placed.rect = slot.rect;
    const auto tight = [](Framing f) { return f == Framing::CloseUp || f == Framing::ExtremeCloseUp; };
    const bool close_up = tight(shot.framing.value) || tight(shot.size);
    placed.reach = close_up ? breakout_area(slot, slots, trim) : slot.rect;

    // Picture, cropped around the subject.
    PanelMap map{{0, 0, 1, 1}, slot.rect};
    const ShotPicture* picture = nullptr;
    if (auto it = pictures.find(shot.id); it != pictures.end() && it->second.image) {
      picture = &it->second;
      map.src = panel_crop(*picture, shot.framing.value, slot.rect.w / slot.rect.h);
      page.items.push_back(ClipBegin{slot.rect});
      page.items.push_back(Image{picture->image, map.src, slot.rect});
      page.items.push_back(ClipEnd{});
    } else {
      add_rect(page, slot.rect, Color{0.95, 0.95, 0.95}, std::nullopt);
    }
    add_rect(page, slot.rect, std::nullopt, kBlack, kBorderWidth);

    std::vector<Rect> faces;
    std::vector<BalloonRequest> requests;
    if (picture) {
      for (const auto& c : picture->landmarks.characters) {
        if (!c.in_frame) continue;
        const Rect f = intersect(map.map(c.head), slot.rect);
        if (f.w > 1 && f.h > 1) faces.push_back(f);
      }
    }
    const bool dual = has_dual_dialogue(shot);
    const DialogueLine* first_of_second_group = dual ? dual_groups(shot).second.front() : nullptr;
    for (const auto& d : shot.dialogue) {
      BalloonRequest req;
      req.with_previous = &d == first_of_second_group;
      req.kind = balloon_kind_of(d);
      req.text = d.text;
      req.vertical = sets_vertically(d.text);
      req.delivery = delivery_of(d);
      req.speaker = speaker_name(graph, d);
      req.shot = shot.id;
      req.file = graph.source_path;
      req.span = d.span;
      if (picture && (req.kind == BalloonKind::Speech || req.kind == BalloonKind::Thought)) {
        for (const auto& c : picture->landmarks.characters) {
          const bool same = (c.character.valid() && c.character == d.speaker) ||
                            (!c.character_id.empty() && upper(c.character_id) == req.speaker);
          if (!same) continue;
          const Point m = map.map(c.mouth.x, c.mouth.y);
          if (c.in_frame && slot.rect.inset(2).contains(m)) {
            req.mouth = m;
            req.head = intersect(map.map(c.head), slot.rect);
          } else {
            req.toward = m;
          }
          break;
        }
      }
      requests.push_back(std::move(req));
    }
    // Sounds: onomatopoeia is lettered over the art; a description goes in a sound caption.
    std::vector<std::pair<Onomatopoeia, size_t>> lettered;  // with the index of its sound line
    for (size_t i = 0; i < shot.sfx.size(); ++i) {
      SoundLine sound = read_sound_line(shot.sfx[i]);
      for (auto& o : sound.lettered) lettered.emplace_back(std::move(o), i);
      if (sound.caption.empty()) continue;
      BalloonRequest req;
      req.kind = BalloonKind::SoundCaption;
      req.text = sound.caption;
      req.vertical = sets_vertically(sound.caption);
      req.speaker = "sfx";
      req.shot = shot.id;
      req.file = graph.source_path;
      if (i < shot.sfx_spans.size()) req.span = shot.sfx_spans[i];
      requests.push_back(std::move(req));
    }
    std::vector<Rect> obstacles;
    placed.faces = faces;
    placed.balloons = place_balloons(page, fonts, slot.rect, faces, obstacles, requests, graph.meta.reading, sink,
                                     close_up ? std::optional<Rect>(placed.reach) : std::nullopt);
    std::vector<Rect> sfx_obstacles = faces;
    sfx_obstacles.insert(sfx_obstacles.end(), obstacles.begin(), obstacles.end());
    for (const auto& [o, line] : lettered)
      place_sfx(page, fonts, slot.rect, sfx_obstacles, faces.size(), o,
                graph.meta.reading == ReadingDirection::RightToLeft, placed, sink, graph.source_path,
                line < shot.sfx_spans.size() ? shot.sfx_spans[line] : SourceSpan{});
    layout.panels.push_back(std::move(placed));
  }
  const int n = static_cast<int>(doc.pages.size());
  for (int i = 0; i < n; ++i)
    add_label(doc.pages[i], fonts, {TextFace::Body, 8}, std::to_string(i + 1), trim.x, trim.bottom() - kBottomMm * kMm / 2 - 4,
              trim.w, 0.5);
  if (placed_out) *placed_out = std::move(layout);
  return doc;
}

}  // namespace ekonte::layout
