#pragma once
// Backgrounds: sky or wall from the time of day and palette, a horizon set by the camera
// angle, and simple set pieces for the setting's props, laid out the same in every shot.
#include <string_view>

#include "characters/skeleton.hpp"
#include "compiler/shot_graph.hpp"
#include "render/canvas.hpp"

namespace ekonte::render {

struct SetCamera {
  int width = 1280, height = 720;
  double horizon_y = 0.45;  // fraction of the frame height
  double zoom = 1.0;        // 1 = wide shot; close framings magnify the set around focus_x
  double focus_x = 0.5;     // fraction of the frame width
};

// `setting` may be null (a scene without a setting): a neutral studio backdrop.
// Draws everything behind the characters.
void draw_setting(Canvas& canvas, const Setting* setting, bool interior, const SetCamera& camera);
// Props that stand in front of the characters (a table); drawn after them.
void draw_setting_foreground(Canvas& canvas, const Setting* setting, const SetCamera& camera, double ground_y,
                             double center_x, double scale_px_per_cm);
// What a sitting or kneeling figure rests on, chosen from the set: the edge of a stone step
// where the setting has steps, a zabuton cushion indoors (people sit and kneel on the floor at
// a low table), otherwise a rock outdoors (sitting) or a flat stone (kneeling).
enum class SeatKind { None, StoneStep, Cushion, Rock, FlatStone };
SeatKind seat_for(const Setting* setting, bool interior, Pose pose);
// The pose a figure takes on `seat`: on a floor cushion a sitting figure kneels (seiza).
Pose seated_pose(SeatKind seat, Pose pose);
// Draws the seat under a posed figure, as part of the set (Prop label, no instance). The
// figure origin (feet, figure centimetres) is at `ox`, `oy` pixels, `k` pixels per centimetre,
// the same transform the figure is drawn with, so the seat follows the figure's depth scale.
void draw_seat(Canvas& canvas, SeatKind seat, const characters::PosedSkeleton& skeleton, double ox, double oy,
               double k, const Setting* setting);

// A close view of a prop for insert shots ("lantern", "charm", anything else: a labelled box),
// centred in `area`. The pipeline resolves the word (pipeline/shot_render_inputs.hpp).
void draw_insert_prop(Canvas& canvas, std::string_view words, Box area, bool night);

}  // namespace ekonte::render
