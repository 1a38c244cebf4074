#include "render/draw_setting.hpp"

#include <algorithm>

#include "render/world/world_drawing.hpp"

namespace ekonte::render {
namespace world {

uint64_t hash_text(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ULL;
  return h;
}

Frame frame_of(const SetCamera& cam) {
  const double W = cam.width, H = cam.height;
  return Frame{-W * 0.3, -H * 0.3, W * 1.6, H * 1.6, cam.horizon_y * H};
}

}  // namespace world

void draw_setting(Canvas& cv, const SettingLook& look, const SetCamera& cam, std::vector<PropLandmark>* drawn) {
  const world::SetSpace ss{cam};
  const world::Frame f = world::frame_of(cam);
  if (look.interior) {
    world::draw_interior_backdrop(cv, ss, f, look);
  } else {
    const world::SkyColours sky = world::sky_colours(look);
    world::draw_sky(cv, ss, f, look, sky);
    world::draw_exterior_backdrop(cv, ss, f, look, sky);
  }
  if (!look.has_setting) return;
  world::draw_set_props(cv, ss, look, drawn);
  // Indoors the light of the time of day falls on the props too.
  if (look.interior) world::draw_room_light(cv, ss, f, look, {});
  // Weather falls outside: an interior shows it only through its windows.
  if (!look.interior) world::draw_weather(cv, ss, f, look);
}

}  // namespace ekonte::render
