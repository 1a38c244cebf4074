#pragma once
// Draws one posed character (the rig) onto a Canvas, in figure space: centimetres, y down,
// feet on y = 0 at x = 0. The caller sets the canvas transform (pixels per centimetre).
#include "characters/character_model.hpp"
#include "characters/skeleton.hpp"
#include "render/canvas.hpp"

namespace ekonte::render {

struct FigureParams {
  Pose pose = Pose::Stand;
  View view = View::Front;
  Expression expression = Expression::Neutral;
  characters::Foreshortening foreshortening;
  double look_up = 0;   // 0..1
  double darken = 0;    // 0..1, for out-of-focus foreground figures (over the shoulder)
  // Screen-space outline width in pixels for a figure drawn at its natural size.
  double outline_px = 2.4;
};

// Where the parts of a drawn figure are, in figure space (centimetres, y down).
struct FigureGeometry {
  characters::PosedSkeleton skeleton;
  Box head;          // hair included
  Point face_center;
  Point mouth;
  Point eyes;        // midpoint between the eyes
  Box body;          // everything drawn
  double chin_y = 0;
};

// The geometry without drawing (used by cameras to frame a figure before drawing it).
FigureGeometry figure_geometry(const characters::CharacterModel& model, const FigureParams& params);
FigureGeometry draw_figure(Canvas& canvas, const characters::CharacterModel& model, const FigureParams& params);

}  // namespace ekonte::render
