#include "animatic/clip_key.hpp"

#include "render/cache/field_writer.hpp"

namespace ekonte::animatic {

std::string clip_key(const ClipKeyInputs& in) {
  render::cache::FieldWriter w;
  const auto& [still, before, passing, frames, fps, width, height, motion, encoder, overlay] = in;
  w("version", kClipKeyVersion)("still", still)("before", before)("passing", passing)("frames", frames)("fps", fps);
  w("width", width)("height", height)("motion", motion_text(motion))("encoder", encoder)("overlay", overlay);
  return w.digest();
}

std::string transition_key(Transition kind, uint32_t frames, const std::string& from_clip, const std::string& to_clip,
                           const std::string& encoder) {
  render::cache::FieldWriter w;
  w("version", kClipKeyVersion)("transition", kind)("frames", frames)("from", from_clip)("to", to_clip);
  w("encoder", encoder);
  return w.digest();
}

}  // namespace ekonte::animatic
