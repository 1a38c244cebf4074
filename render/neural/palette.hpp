#pragma once
// A character's colours as the flat-fill renderer paints them: one colour per (part, tone), read
// off the reference sheet through the labeller's labels, plus the sheet's patterns (stripes,
// crests, hair streaks) per part. Computed once per character and reference, so every shot of a
// character gets the same colours by construction. No torch here.
#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "render/shot_render.hpp"

namespace ekonte::neural {

inline constexpr int kPaletteParts = static_cast<int>(render::PartLabel::Count);
inline constexpr int kPaletteTones = static_cast<int>(render::Tone::Count);

// The labeller's verdict on one reference picture (the frame it read, see reference_frame.hpp).
struct ReferenceLabels {
  render::ImageRgba picture;        // what the labeller read
  render::ImageGray parts, tones;   // most likely part and tone per pixel
  std::vector<float> confidence;    // P(part) * P(tone) of those labels, per pixel
  render::ImageGray ink;            // 255 where the pixel is outline ink, not a part's colour
};

// Tones a sheet does not show, from a tone it does: per part and (from, to) tone, an affine map
// per sRGB channel, to = gain * from + bias, fitted by least squares on the rig's shots.
struct ToneFit {
  std::array<double, 3> gain{1, 1, 1}, bias{0, 0, 0};
  double weight = 0;  // pairs fitted on; 0 = no fit
};
struct ToneModel {
  // fit[part][from][to]
  std::array<std::array<std::array<ToneFit, kPaletteTones>, kPaletteTones>, kPaletteParts> fit{};
  Rgb predict(int part, int from, int to, Rgb colour) const;
  nlohmann::json to_json() const;
  static ToneModel from_json(const nlohmann::json& j);
};

// Collects (from, to) tone colour pairs of every character part in rig shots, then fits.
class ToneModelFitter {
 public:
  void add_shot(const render::ShotRender& shot);
  ToneModel fit() const;

 private:
  struct Sums {
    std::array<double, 3> x{}, y{}, xx{}, xy{};
    double n = 0;
  };
  std::array<std::array<std::array<Sums, kPaletteTones>, kPaletteTones>, kPaletteParts> sums_{};
};

// A part's pattern on the reference: the base-tone colour of every pattern pixel (a pixel far
// from each of the part's palette colours: a stripe, a crest, a streak) over the part's box.
struct PartPattern {
  int x0 = 0, y0 = 0, width = 0, height = 0;  // the part's box in the reference labels' pixels
  std::vector<Rgb> colour;                    // width * height, the pattern's base-tone colour
  std::vector<uint8_t> present;               // width * height, 1 on pattern pixels
  bool empty() const { return width == 0; }
};

// How one part's colours on the script's rig map to the reference's, from the part's tones in
// both palettes (read alike, at the same scale, so a tone whose pixels are blends on the sheet
// pairs with the same blend on the script's view). Applied to a shot's rig colours it keeps the
// rig's blends where a part is a few pixels wide (an eye's catch-light half covering the iris),
// which one flat colour per tone cannot.
struct ColourMap {
  // For tones only one palette knows: reference = gain * script + bias per channel.
  std::array<double, 3> gain{1, 1, 1}, bias{0, 0, 0};
  // The tones both palettes know: a rig colour in such a tone is read as a blend of that tone's
  // script colour and another known tone's, and painted as the same blend of their reference
  // colours; a region that is no blend comes out exactly in the reference's colour.
  std::array<Rgb, kPaletteTones> from{}, to{};
  std::array<bool, kPaletteTones> anchored{};
  bool valid = false;
  Rgb apply(const double* rgb, int tone) const;
};

// One garment (or accessory, ...) of a part whose label covers several: a coat and trousers are
// both OutfitPrimary. `key` is how the script's rig draws it (its colour per tone, what a shot's
// rig pixel is matched against), `colour` how the reference draws it.
struct PaletteSegment {
  std::array<Rgb, kPaletteTones> key{}, colour{};
  std::array<bool, kPaletteTones> key_known{}, known{};
  ColourMap map;
};

struct CharacterPalette {
  std::array<std::array<Rgb, kPaletteTones>, kPaletteParts> colour{};
  std::array<std::array<bool, kPaletteTones>, kPaletteParts> known{};
  std::array<PartPattern, kPaletteParts> pattern;
  // Parts the script's rig draws in two or more colours: their segments (palette_segments.hpp);
  // empty for a part of one colour, which `colour` paints alone.
  std::array<std::vector<PaletteSegment>, kPaletteParts> segments;
  // Per part, with a script view: the script's colours to the reference's (ColourMap).
  std::array<ColourMap, kPaletteParts> map;
};

// Fits `palette`'s colour maps (the part's and each segment's) from `script`, the script's rig
// front view read as a palette the same way (palette_from_true_labels).
void add_colour_maps(CharacterPalette& palette, const CharacterPalette& script);

// The least-squares ColourMap taking `from[t]` to `to[t]` over the tones known in both; the gain
// is held towards 1 where the tones do not spread enough to fix it (one tone: a pure shift).
ColourMap fit_colour_map(const std::array<Rgb, kPaletteTones>& from, const std::array<bool, kPaletteTones>& from_known,
                         const std::array<Rgb, kPaletteTones>& to, const std::array<bool, kPaletteTones>& to_known);

// Parts whose patterns are carried over (hair streaks, outfit stripes and crests, accessory
// emblems); skin's box spans face and hands, so a mapping of it would put marks anywhere.
bool carries_pattern(render::PartLabel part);

struct LabelledSheet;

// The palette of a character from the labels of its whole sheet and, when found, of its face
// crop (which alone has enough pixels for the eyes). Tones the sheet does not show come from
// `tones`; a part the sheet does not show stays unknown (the renderer keeps the rig's colour).
// With `script_view` (the script's rig front view of the character), parts of several colours
// get segments (palette_segments.hpp).
CharacterPalette palette_from_labels(const ReferenceLabels& sheet, const ReferenceLabels* face, const ToneModel& tones,
                                     const LabelledSheet* script_view = nullptr);

// A colour vote: an RGB pixel and its weight (the labels' confidence).
struct ColourVote {
  double rgb[3];
  double weight;
};
// The weighted mean (in Lab) of the votes near their densest colour: stripes and stray labels do
// not move it.
Rgb robust_colour(const std::vector<ColourVote>& votes);

// The face on a labelled sheet: the box (in the labels' pixels) of hair, skin and eye pixels in
// the top of the drawing; empty (w = 0) when there is none.
render::Box face_box(const ReferenceLabels& sheet);

}  // namespace ekonte::neural
