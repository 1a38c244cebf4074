#pragma once
// The wardrobe sheet (`ekonte vocabulary wardrobe --sheet`): A4 landscape pages of cells, each a
// picture of the standard figure wearing one row with the word a writer writes under it, in
// sections (tops, bottoms, ..., hair, builds). The pictures come rendered from render/
// (render/wardrobe_catalogue.hpp); this only places them and sets the text.
#include <string>
#include <vector>

#include "layout/display_list.hpp"
#include "layout/text/font_library.hpp"
#include "render/shot_render.hpp"

namespace ekonte::layout {

struct WardrobeSheetCell {
  std::string word;  // set bold: "trench coat"
  std::string line;  // the script line: "outfit: trench coat"
  std::string also;  // other phrases of the row, may be empty
  render::ImageRgba picture;  // any size; shown at kWardrobePictureAspect (height / width)
};

struct WardrobeSheetSection {
  std::string title;
  std::vector<WardrobeSheetCell> cells;
};

inline constexpr int kWardrobeColumns = 9;
inline constexpr double kWardrobePictureAspect = 4.0 / 3.0;

// Sections follow one another, each starting on a new row under its title and continuing on
// the next page under its title again; `figure_note` says what the standard figure wears.
Document build_wardrobe_sheet(const std::vector<WardrobeSheetSection>& sections, const std::string& figure_note,
                              const FontLibrary& fonts);

}  // namespace ekonte::layout
