#pragma once
// Manga pages: B5 with 3 mm bleed. Shots become panels in tiers (size from framing and
// duration, reading order from the script), pictures are cropped around the subject, and
// every dialogue line becomes a typeset balloon placed off the faces with its tail at the
// speaker's mouth.
#include <optional>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "layout/display_list.hpp"
#include "layout/manga/balloon_kind.hpp"
#include "layout/shot_pictures.hpp"
#include "layout/text/font_library.hpp"

namespace ekonte::layout {

inline constexpr double kB5Width = 182 * 72.0 / 25.4, kB5Height = 257 * 72.0 / 25.4;
inline constexpr double kBleed = 3 * 72.0 / 25.4;

// What was placed, in page points, for tests and tools to check.
struct PlacedBalloon {
  BalloonKind kind = BalloonKind::Speech;
  std::string text;                // the part of the dialogue line in this balloon
  std::vector<std::string> lines;  // lines (or vertical columns) as set
  bool vertical = false;
  Delivery delivery = Delivery::Normal;
  Rect bounds;                       // the outline's bounding box (spikes included)
  bool joined_to_previous = false;   // the rest of a split line, joined to the balloon before
  Point tail_tip;                    // the centre for captions and joined balloons, which have no tail
  std::vector<Rect> trail;           // a thought's circles, from the cloud toward the thinker
  std::optional<Point> mouth;        // the speaker's mouth when it is inside the panel
};

struct PlacedPanel {
  std::string shot_id;
  int page = 0;
  int tier = 0;
  int order = 0;  // reading order on the page
  Rect rect;
  Rect reach;               // where its balloons may lie: the panel, or for a close-up also the margin beside it
  std::vector<Rect> faces;  // visible face boxes
  std::vector<PlacedBalloon> balloons;
  std::vector<Rect> sfx;            // onomatopoeia lettered over the art
};

struct MangaLayout {
  std::vector<PlacedPanel> panels;  // in reading order
};

Document build_manga(const ShotGraph& graph, const ShotPictures& pictures, const FontLibrary& fonts,
                     DiagnosticSink& sink, MangaLayout* placed = nullptr);

}  // namespace ekonte::layout
