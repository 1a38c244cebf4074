#pragma once
// Pieces every page format shares: time formatting, text flows that shrink and continue,
// shot pictures in frames, and the camera-move marks storyboard artists draw on a frame.
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "layout/display_list.hpp"
#include "layout/pages/cue.hpp"
#include "layout/shot_pictures.hpp"
#include "layout/text/typeset.hpp"

namespace ekonte::layout {

inline constexpr double kMm = 72.0 / 25.4;  // points per millimetre

// "2+12": whole seconds plus remaining frames, the way ekonte sheets write time.
std::string seconds_plus_frames(uint32_t frames, uint32_t fps);
// "1:05" (minutes:seconds) for running times.
std::string running_time(double seconds);
// "HARU (V.O.) (whispering)": the cue with its extension and parenthetical, each once.
std::string cue_with_parentheticals(const ShotGraph& graph, const DialogueLine& line, std::string_view open = " (",
                                    std::string_view close = ")");

// One paragraph of a text flow, in its own style; `indent` shifts it right. A paragraph with
// `beside` sets the two texts side by side in two halves of the width (dual dialogue).
struct FlowParagraph {
  std::string text;
  TextStyle style;
  double indent = 0;
  double space_before = 0;
  std::string beside;
};

// Dual dialogue (two people speaking at once, `^` in Fountain): the second speaker's lines carry
// the cue extension TOGETHER (`MAUD (TOGETHER): ...` in an Ekonte script).
bool has_dual_dialogue(const Shot& shot);
// The dialogue of a shot with dual dialogue in two groups: the lines of the first speaker, and
// the lines spoken at the same time (the rest). Empty second group when the shot has none.
std::pair<std::vector<const DialogueLine*>, std::vector<const DialogueLine*>> dual_groups(const Shot& shot);

// A set line of a flow: its runs are relative to the line's top-left.
struct FlowLine {
  std::vector<TextRun> runs;
  double height = 0;
};

// Sets the paragraphs at `scale` times their sizes into lines of at most `width`.
std::vector<FlowLine> set_flow(const FontLibrary& fonts, const std::vector<FlowParagraph>& paragraphs, double width,
                               double scale);
double flow_height(const std::vector<FlowLine>& lines);

// Sets the flow into `box`, shrinking down to `min_scale`; the lines that still do not fit
// are returned (for a continuation) rather than cut.
std::vector<FlowLine> fill_box(Page& page, const FontLibrary& fonts, const std::vector<FlowParagraph>& paragraphs,
                               const Rect& box, double min_scale);
// Places already set lines into `box` from the top; returns the ones that do not fit.
std::vector<FlowLine> place_lines(Page& page, std::vector<FlowLine> lines, const Rect& box);

void add_text(Page& page, const SetParagraph& text, double x, double y);
// Sets a single line (or a paragraph wrapped to `width`) and adds it; returns its height.
double add_label(Page& page, const FontLibrary& fonts, const TextStyle& style, std::string_view text, double x,
                 double y, double width, double align = 0);

void add_rect(Page& page, const Rect& r, std::optional<Color> fill, std::optional<Color> stroke, double line_width = 0.5);
void add_line(Page& page, Point a, Point b, Color color, double width, std::vector<double> dash = {});

// Draws the shot's picture cropped to fill `frame` (or a labelled placeholder) and a border.
void add_picture(Page& page, const FontLibrary& fonts, const ShotPictures& pictures, const Shot& shot, const Rect& frame);
// Pan, truck, tilt and crane arrows, zoom and dolly end-frames, drawn over the picture.
void add_camera_marks(Page& page, const FontLibrary& fonts, const Shot& shot, const Rect& frame);

}  // namespace ekonte::layout
