#pragma once
// The artist's own background picture (`background:` on a setting), drawn instead of the kind's
// backdrop: it fills the frame, its horizon on the camera's horizon, magnified with the set by
// close framings; and the figures of wide framings stand on its floor at the scale its
// perspective gives (a standing person's eyes are on the horizon wherever they stand).
#include "render/canvas.hpp"
#include "render/draw_setting.hpp"
#include "render/shot_render_input.hpp"

namespace ekonte::render {

// Draws `background` through `camera` (whose horizon_y should be the picture's horizon).
void draw_user_background(Canvas& canvas, const BackgroundInput& background, const SetCamera& camera);

// For framings that show the feet (full, wide, extreme wide): where the feet stand (`ground`,
// pixels) and the figure scale (`k`, pixels per centimetre) so that a figure whose eyes are
// `eye_height_cm` above its feet stands on the picture's floor line with its eyes on the
// horizon. False (nothing changed) for other framings.
bool stand_on_background(const BackgroundInput& background, Framing framing, double eye_height_cm, int height,
                         double* k, double* ground);

}  // namespace ekonte::render
