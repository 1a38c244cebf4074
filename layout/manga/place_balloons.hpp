#pragma once
// Speech balloons: sized to the shaped text, placed in a panel's free space (never on a face
// or another balloon), tails at the speaker's mouth, stacked in reading order.
#include <optional>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "layout/display_list.hpp"
#include "layout/manga/build_manga.hpp"
#include "layout/text/font_library.hpp"

namespace ekonte::layout {

struct BalloonRequest {
  BalloonKind kind = BalloonKind::Speech;
  std::string text;
  bool vertical = false;  // Japanese is set in vertical columns
  Delivery delivery = Delivery::Normal;
  std::optional<Point> mouth;  // page position of the speaker's mouth when inside the panel
  std::optional<Rect> head;    // the speaker's head box (page points) when in the panel
  // Where an off-panel speaker is, for the tail's direction; without it (and without a mouth)
  // the tail points out of the nearer side of the panel.
  std::optional<Point> toward;
  // Spoken at the same time as the previous request (dual dialogue): the balloon sits beside
  // that one, at the same height.
  bool with_previous = false;
  // The rest of a line split across balloons: joined to the previous balloon by a connector,
  // without a tail of its own (set by the split itself).
  bool joins_previous = false;
  std::string speaker;
  std::string shot;            // the shot's id, for diagnostics
  std::string file;            // for diagnostics
  SourceSpan span;
};

// Distance the tail tip stops short of the mouth, as a share of the head height, and bounds.
inline constexpr double kTailGapShare = 0.18, kTailGapMin = 4, kTailGapMax = 12;

// Places the balloons in order clear of `faces` and `obstacles`, appends their drawing to
// `page` and their bounds to `obstacles`. A line too long for any balloon in the panel is
// split (W0601). Only a piece that cannot be split may, as a last resort, cover other
// balloons; it never covers a face while any free space remains. Once that happens the panel is
// full, and the rest of that line covers other balloons in pieces as large as a balloon may be.
// Time is linear in the length of the line.
// `reach`, when given, is the area around the panel a balloon may cross into (the page margin
// beside a close-up the face fills, where manga balloons break the border): a balloon keeps its
// centre in the panel and crosses only where no spot inside is as good.
std::vector<PlacedBalloon> place_balloons(Page& page, const FontLibrary& fonts, const Rect& panel,
                                          const std::vector<Rect>& faces, std::vector<Rect>& obstacles,
                                          const std::vector<BalloonRequest>& requests, ReadingDirection reading,
                                          DiagnosticSink& sink, const std::optional<Rect>& reach = std::nullopt);

// Splits a line in two near its middle at a sentence end, then a comma, then a space (or, in
// Japanese, any place kinsoku allows); empty second part when it cannot be split.
std::pair<std::string, std::string> split_dialogue(const std::string& text);

}  // namespace ekonte::layout
