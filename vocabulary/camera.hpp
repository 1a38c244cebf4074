#pragma once
// The camera vocabulary (framings, angles, movements) from camera_*.def: the enums the shot
// graph uses and, per word, the parameters the renderer and the page layout draw it with.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ekonte {

enum class Framing : uint8_t {
#define EKONTE_FRAMING(id, ...) id,
#include "vocabulary/camera_framings.def"
#undef EKONTE_FRAMING
};

enum class Angle : uint8_t {
#define EKONTE_ANGLE(id, ...) id,
#include "vocabulary/camera_angles.def"
#undef EKONTE_ANGLE
};

enum class Movement : uint8_t {
#define EKONTE_MOVE(id, ...) id,
#include "vocabulary/camera_moves.def"
#undef EKONTE_MOVE
};

}  // namespace ekonte

namespace ekonte::vocabulary {

enum class FramingCategory { Size, Relation, Insert };
// Marks on the framed figure that bound what a framing shows.
enum class BodyMark { HeadTop, Eyes, Chin, Hip, Feet };
struct WindowEdge {
  BodyMark mark;
  double heads;    // offset in head lengths (positive: down)
  double heights;  // offset in figure heights (positive: down)
};

struct FramingRow {
  std::string_view name, phrases;
  FramingCategory category;
  Framing usual_size;
  double set_zoom;
  WindowEdge top, bottom;
  double manga_width_share, manga_stretch_weight, manga_tier_units;
  std::string_view description;
};

inline constexpr FramingRow kFramingRows[] = {
#define EKONTE_FRAMING(id, name, phrases, category, usual, zoom, tm, th, tf, bm, bh, bf, share, weight, units, desc) \
  {name, phrases, FramingCategory::category, Framing::usual, zoom, {BodyMark::tm, th, tf}, {BodyMark::bm, bh, bf},      \
   share, weight, units, desc},
#include "vocabulary/camera_framings.def"
#undef EKONTE_FRAMING
};

struct AngleRow {
  std::string_view name, phrases;
  double foreshorten_x, foreshorten_y;
  double horizon;  // NaN: the framing's usual horizon
  double dutch_degrees;
  double pitch_degrees;  // 0: figures and props seen from the side
  std::string_view description;
};

inline constexpr AngleRow kAngleRows[] = {
#define EKONTE_ANGLE(id, name, phrases, fx, fy, horizon, dutch, pitch, desc) {name, phrases, fx, fy, horizon, dutch, pitch, desc},
#include "vocabulary/camera_angles.def"
#undef EKONTE_ANGLE
};

enum class MoveMark { None, Pan, Tilt, Truck, Crane, Push, Follow };
// How the animatic plays a move (see camera_moves.def).
enum class MoveTravel { Hold, Pan, Tilt, Lens, Dolly, Truck, Crane, Follow };
struct MoveRow {
  std::string_view name, phrases;
  MoveMark mark;
  int direction;
  std::string_view label;
  MoveTravel travel;
  double amount;
  std::string_view description;
};

inline constexpr MoveRow kMoveRows[] = {
#define EKONTE_MOVE(id, name, phrases, mark, dir, label, travel, amount, desc) \
  {name, phrases, MoveMark::mark, dir, label, MoveTravel::travel, amount, desc},
#include "vocabulary/camera_moves.def"
#undef EKONTE_MOVE
};

inline const FramingRow& row(Framing f) { return kFramingRows[static_cast<size_t>(f)]; }
inline const AngleRow& row(Angle a) { return kAngleRows[static_cast<size_t>(a)]; }
inline const MoveRow& row(Movement m) { return kMoveRows[static_cast<size_t>(m)]; }

}  // namespace ekonte::vocabulary
