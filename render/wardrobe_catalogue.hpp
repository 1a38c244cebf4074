#pragma once
// `ekonte vocabulary wardrobe --sheet`: every row of the wardrobe tables (tops, bottoms,
// one-pieces, outerwear, headwear, footwear, accessories), every hair style, facial hair, eye
// shape and eye detail, every build and body, drawn by the rig's figure painter on one standard
// figure, with the script line that draws it. The entries are made from the vocabulary rows, so
// a new row is on the sheet with no other change. The pages are laid out by
// layout/pages/build_wardrobe_sheet.cpp.
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "render/shot_render.hpp"
#include "vocabulary/camera.hpp"
#include "vocabulary/staging.hpp"

namespace ekonte::render {

// The standard figure, as a script would write it; each entry changes only its own line.
inline constexpr int kStandardFigureAge = 25;
inline constexpr double kStandardFigureHeightCm = 170;
// "age 25, 170 cm, average build, hair: short, outfit: shirt, trousers"
std::string standard_figure_description();
// The ages the sheet shows, whole figure and face, so the years can be seen to read.
inline constexpr int kSheetAges[] = {6, 12, 15, 19, 22, 30, 44, 58, 78};

struct WardrobeEntry {
  std::string word;        // the row's name: what a writer writes
  std::string line;        // the script line that draws it: "outfit: trench coat"
  std::string also;        // the row's other phrases, for the caption ("mac, raincoat")
  Character character;     // the standard figure wearing it
  Framing framing = Framing::Full;
  View view = View::Front;
  bool feet_only = false;  // footwear: the lower part of the full figure
};

struct WardrobeSection {
  std::string title;  // "Tops", "Hair"
  std::vector<WardrobeEntry> entries;
};

// Every section in sheet order, from the vocabulary rows. `none` rows draw nothing and are left out.
std::vector<WardrobeSection> wardrobe_sections();

// The entry drawn on white, `width` x `height` pixels. The words are the rows' own names, so
// nothing is reported to `sink` unless a row's name stopped reading back to its row.
ImageRgba render_wardrobe_entry(const WardrobeEntry& entry, int width, int height, DiagnosticSink* sink = nullptr);

}  // namespace ekonte::render
