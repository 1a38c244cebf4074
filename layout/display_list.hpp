#pragma once
// The layout stage's output: pages of positioned items (text runs of shaped glyphs with their
// clusters, vector shapes, images) plus document metadata and an outline. Layout builds these
// values and never draws; layout/backend/cairo_backend.cpp draws them to PDF or PNG.
// Units are PDF points (1/72 inch), origin at the page's top-left, y pointing down.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ekonte::layout {

struct Point {
  double x = 0, y = 0;
};
struct Rect {
  double x = 0, y = 0, w = 0, h = 0;
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  Point center() const { return {x + w / 2, y + h / 2}; }
  bool intersects(const Rect& o) const {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }
  bool contains(const Rect& o, double eps = 1e-6) const {
    return o.x >= x - eps && o.y >= y - eps && o.right() <= right() + eps && o.bottom() <= bottom() + eps;
  }
  bool contains(Point p) const { return p.x >= x && p.x <= right() && p.y >= y && p.y <= bottom(); }
  Rect inset(double d) const { return {x + d, y + d, w - 2 * d, h - 2 * d}; }
};
struct Color {
  double r = 0, g = 0, b = 0, a = 1;
};
inline constexpr Color kBlack{0, 0, 0, 1};
inline constexpr Color kWhite{1, 1, 1, 1};

class Font;  // a loaded font face (layout/text/font_library.hpp); opaque to the display list

struct Glyph {
  uint32_t index = 0;  // glyph id in the font
  double x = 0, y = 0;  // relative to the run's origin
};
// A cluster maps `num_bytes` bytes of the run's UTF-8 text to `num_glyphs` glyphs, in order;
// the backend passes them to cairo_show_text_glyphs so extracted text equals the source text.
struct Cluster {
  int num_bytes = 0;
  int num_glyphs = 0;
};

// How a run's glyphs stand. Vertical Japanese is set in several runs: the upright characters
// (advancing down their columns), Latin rotated 90° clockwise (`angle`), and numbers set
// across the column (tate-chū-yoko). Drawing reads only `angle`; this says why, for checks.
enum class GlyphOrientation { Horizontal, Upright, Sideways, TateChuYoko };

struct TextRun {
  std::shared_ptr<const Font> font;
  double size = 10;  // em size in points
  Point origin;      // baseline start (horizontal) or column top centre (vertical)
  double angle = 0;  // rotation in radians around `origin`, clockwise on the page
  Color color = kBlack;
  std::optional<Color> outline;  // stroked behind the fill (sound-effect lettering)
  double outline_width = 0;
  GlyphOrientation orientation = GlyphOrientation::Horizontal;
  // The text the glyphs show, mapped by `clusters`. The runs of one vertical paragraph extract
  // as one text, in logical order: the first carries the whole paragraph in a single cluster,
  // the others an empty text with a zero-byte cluster (PDF ActualText, see typeset.cpp).
  std::string utf8;
  std::vector<Glyph> glyphs;
  std::vector<Cluster> clusters;
};

// A path of move/line/curve/close commands.
struct PathCommand {
  enum class Op { Move, Line, Curve, Close } op = Op::Move;
  Point p[3];
};
struct Path {
  std::vector<PathCommand> commands;
  Path& move_to(Point a) { commands.push_back({PathCommand::Op::Move, {a, {}, {}}}); return *this; }
  Path& line_to(Point a) { commands.push_back({PathCommand::Op::Line, {a, {}, {}}}); return *this; }
  Path& curve_to(Point a, Point b, Point c) { commands.push_back({PathCommand::Op::Curve, {a, b, c}}); return *this; }
  Path& close() { commands.push_back({PathCommand::Op::Close, {}}); return *this; }
  static Path rect(const Rect& r);
  static Path ellipse(Point center, double rx, double ry);
};

struct Shape {
  Path path;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  double line_width = 1;
  std::vector<double> dash;  // empty for a solid line
};

// An encoded picture shared by every page (and document) that shows it. `rgba` is what the
// PNG backend draws; `jpeg` is embedded in PDFs through Cairo's mime data so pages stay small.
// An opaque picture meant only for PDFs may come with `jpeg` and no `rgba` (a picture read back
// from the layout's picture cache; see layout/shot_pictures.hpp).
struct ImageData {
  std::string key;  // unique per picture; lets the PDF embed it once
  int width = 0, height = 0;
  std::vector<uint8_t> rgba;  // straight alpha, row-major; may be empty, see above
  std::vector<uint8_t> jpeg;  // may be empty (then the pixels are embedded losslessly)
  // Every pixel of `rgba` is opaque: a PDF embeds `jpeg` alone and needs no pixels (see
  // layout/backend/cairo_backend.cpp). False when unknown.
  bool opaque = false;
  // A picture whose bytes stay where they are kept (the render cache, a spool file) until a
  // page shows it: `rgba` and `jpeg` are empty, and the backend calls `load` when it draws a
  // page that shows the picture and drops the bytes once that page is written, so a document
  // of any length holds one page's pictures at a time. `load` returns the picture with its
  // bytes, or null when they cannot be read (the panel is left blank). Empty: the bytes are above.
  std::function<std::shared_ptr<const ImageData>()> load;
};

struct Image {
  std::shared_ptr<const ImageData> image;
  Rect source;  // the crop window, in image pixels
  Rect dest;    // where the crop window lands on the page
};

// Items inside [ClipBegin, ClipEnd) are clipped to the rectangle.
struct ClipBegin {
  Rect rect;
};
struct ClipEnd {};

using Item = std::variant<TextRun, Shape, Image, ClipBegin, ClipEnd>;

struct Page {
  double width = 595.28, height = 841.89;  // A4 portrait
  std::vector<Item> items;
};

struct OutlineEntry {
  std::string title;
  int page = 0;  // 0-based
  double y = 0;  // target position on that page
};

struct Document {
  std::string title, author, subject;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
};

}  // namespace ekonte::layout
