#pragma once
// Backgrounds: sky or wall from the time of day and palette, a horizon set by the camera
// angle, the backdrop of the setting's kind of place, weather, and set pieces for the setting's
// props, laid out the same in every shot. Everything is drawn from a SettingLook (the setting
// resolved to vocabulary rows by resolve_setting), never from the setting's free text.
#include <optional>

#include "characters/skeleton.hpp"
#include "compiler/shot_graph.hpp"
#include "render/canvas.hpp"
#include "render/world/setting_look.hpp"

namespace ekonte::render {

struct SetCamera {
  int width = 1280, height = 720;
  double horizon_y = 0.45;  // fraction of the frame height
  double zoom = 1.0;        // 1 = wide shot; close framings magnify the set around focus_x
  double focus_x = 0.5;     // fraction of the frame width
  // Looking down from high above (the horizon over the frame): how steeply (degrees), and where
  // the figures' feet stand (fraction of the frame height), which the floor plan's props surround.
  double pitch_deg = 0;
  double plan_ground_y = 0.72;
};

// Draws everything behind the characters; a look without a setting is a neutral studio backdrop.
// Each prop and set piece drawn is added to `drawn` (picture pixels) when it is given.
void draw_setting(Canvas& canvas, const SettingLook& look, const SetCamera& camera,
                  std::vector<PropLandmark>* drawn = nullptr);
// The weather between the camera and the characters (near rain streaks, big flakes, fog that
// thickens towards the horizon, blown leaves and sand); drawn after the figures.
void draw_weather_front(Canvas& canvas, const SettingLook& look, const SetCamera& camera);
// Props that stand in front of the characters (a table); drawn after them.
void draw_setting_foreground(Canvas& canvas, const SettingLook& look, const SetCamera& camera, double ground_y,
                             double center_x, double scale_px_per_cm);
// Whether the look has a prop drawn in front of the characters.
bool has_foreground_props(const SettingLook& look);
// What a sitting or kneeling figure rests on, chosen from the set: the edge of a stone step
// where the setting has steps, a zabuton cushion where it has cushions, indoors or at a low
// table (people sit and kneel on the floor there), a rock outdoors (sitting) or a flat stone
// (kneeling).
// A seat the staging names (`sits on a stool`) is that prop: a chair, stool, bench, sofa, throne,
// train seat, bed, horse, or the floor or grass.
enum class SeatKind { None, StoneStep, Cushion, Rock, FlatStone, Chair, Stool, Bench, Sofa, Throne, TrainSeat, Bed, Horse,
                      Grass, Floor };
SeatKind seat_for(const SettingLook& look, Pose pose);
// The seat for a pose that rests on something, from the seat the staging names (a props.def row,
// or `named` without a row: the floor), else from the set as above.
SeatKind seat_for(const SettingLook& look, Pose pose, bool named, std::optional<PropKind> prop);
// Height of the seat's top above the ground (cm) for the seats drawn from props.def; 0 for the
// others (set seats sit under wherever the figure's hips are).
double seat_height_cm(SeatKind seat);
// Draws a props.def seat under a figure whose feet rest at `ground_y` (pixels), centred under
// the pelvis at `pelvis_x`, facing `face_dir`; returns the seat's box (pixels).
Box draw_prop_seat(Canvas& canvas, SeatKind seat, double pelvis_x, double ground_y, double k, double face_dir,
                   const SettingLook& look);
// The pose a figure takes on `seat`: on a floor cushion a sitting figure kneels (seiza).
Pose seated_pose(SeatKind seat, Pose pose);
// Draws the seat under a posed figure, as part of the set (Prop label, no instance). The
// figure origin (feet, figure centimetres) is at `ox`, `oy` pixels, `k` pixels per centimetre,
// the same transform the figure is drawn with, so the seat follows the figure's depth scale.
void draw_seat(Canvas& canvas, SeatKind seat, const characters::PosedSkeleton& skeleton, double ox, double oy,
               double k, const SettingLook& look);

// A close view of the prop of an insert shot (resolve_insert_prop), centred in `area`: the
// prop's insert drawing, or a labelled box.
void draw_insert_prop(Canvas& canvas, const InsertProp& prop, Box area, bool night,
                      std::vector<PropLandmark>* drawn = nullptr);
// The box draw_insert_prop draws a library prop in (pixels).
Box insert_prop_box(const InsertProp& prop, Box area);
// What an insert shows behind its prop instead of the set: the wall (indoors) or the far
// ground and sky (outdoors) in the place's colours, and the surface the prop stands on up to
// a little above its base; the light of the time of day indoors, the weather outdoors.
void draw_insert_surface(Canvas& canvas, const SettingLook& look, const SetCamera& camera, const InsertProp& prop,
                         Box area);

}  // namespace ekonte::render
