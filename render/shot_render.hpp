#pragma once
// What a generator produces for one shot: the colour picture, its control maps and the
// landmarks later stages (layout, the neural generator) read. Both generators return this.
#include <cstdint>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "render/image/image.hpp"

namespace ekonte::render {

struct Box {
  double x = 0, y = 0, w = 0, h = 0;  // pixels in the shot image, origin top-left
};
struct Point {
  double x = 0, y = 0;
};

// Values of the part-label map.
enum class PartLabel : uint8_t {
  Background = 0,
  Skin = 1,
  Hair = 2,
  Eyes = 3,          // iris
  EyeWhite = 4,
  Mouth = 5,
  OutfitPrimary = 6,
  OutfitSecondary = 7,
  Accessory = 8,
  Prop = 9,
  Count = 10,
};
std::string_view name_of(PartLabel label);

// Values of the tone map: which of a part's painted tones a pixel shows, so a generator can
// paint base, shadow and highlight per pixel instead of guessing shading. Pixels outside
// characters and props (the set, the paper) are None.
enum class Tone : uint8_t {
  None = 0,
  Base = 1,       // the part's fill colour
  Shadow = 2,     // cel shading darker than the fill it lies in
  Highlight = 3,  // cel shading lighter than the fill it lies in
  Pupil = 4,      // the iris and pupil
  EyeHighlight = 5,  // the eyes' catch-lights
  Count = 6,
};
std::string_view name_of(Tone tone);

// A prop drawn in a character's hand.
struct HeldLandmark {
  std::string prop;  // props.def name
  std::string hand;  // "right", "left", "both"
  Box box;
};

struct CharacterLandmarks {
  CharacterId character;
  std::string character_id;  // script id, e.g. "HARU"
  bool in_frame = true;      // false when the figure is entirely outside the picture
  Box head;                  // may extend beyond the image when cropped by the framing
  Point face_center;
  Point mouth;
  Box body;
  Point hand_left, hand_right;  // the character's own left and right hands
  Point hips;                   // the pelvis
  Box seat;                     // a seat drawn from the prop library under the figure; empty: none
  std::vector<HeldLandmark> held;
};

// One background figure of the shot's extras.
struct ExtraLandmark {
  Box body;
  std::string prop;  // props.def names of what it carries or wears, comma-separated; empty: nothing
};

// A prop or set piece the set drew, for the corpus checks and smart crops: its prop table name
// (or the words of an unknown prop) and its box in picture pixels.
struct PropLandmark {
  std::string name;
  Box box;
};

struct ShotLandmarks {
  std::string shot_id;
  int width = 0, height = 0;
  std::vector<CharacterLandmarks> characters;  // instance map value i+1 is characters[i]
  std::vector<ExtraLandmark> extras;
  Box subject;  // what a smart crop must keep: the framed subject (faces, or the insert prop)
  std::vector<PropLandmark> props;  // every prop and set piece drawn, in drawing order
};

struct ShotRender {
  ShotLandmarks landmarks;
  ImageRgba color;       // final picture
  ImageRgba background;  // setting only, no characters (the neural generator composites onto it)
  ImageGray lineart;
  ImageGray parts;      // PartLabel values
  ImageGray instances;  // 0 = no character, i+1 = landmarks.characters[i]
  ImageGray tones;      // Tone values, same size as `parts`
};

}  // namespace ekonte::render
