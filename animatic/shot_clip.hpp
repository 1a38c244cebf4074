#pragma once
// A shot's own frames: its drawings (the still, and where the motion needs them the earlier
// pose and the passing pose of a walk), its move and its length. draw_clip_frame makes any one
// of its frames from these alone, so a clip is a pure function of its inputs and can be cached
// under their key (animatic/clip_key.hpp).
#include <cstdint>
#include <memory>
#include <vector>

#include "animatic/camera_path.hpp"
#include "animatic/shot_layers.hpp"
#include "animatic/shot_motion.hpp"
#include "compiler/shot_graph.hpp"

namespace ekonte::animatic {

// A picture laid over frames [first, last) of a clip (burnt-in subtitles): straight RGBA, the
// clip's size, mostly transparent.
struct Overlay {
  uint32_t first = 0, last = 0;
  std::shared_ptr<const render::ImageRgba> picture;
};

struct ShotClip {
  uint32_t frames = 0;
  uint32_t fps = 24;
  ShotMotion motion;
  ShotLayers still;    // the shot as the storyboard draws it (the end pose of a change)
  ShotLayers before;   // motion.change_at_middle: the drawing shown until the middle
  ShotLayers passing;  // motion.walkers: the drawing with the walkers standing
  std::vector<Overlay> overlays;
};

// Draws frames of one clip; prepares the layer masks once.
class ClipPainter {
 public:
  explicit ClipPainter(const ShotClip& clip);
  ~ClipPainter();
  int width() const;
  int height() const;
  // Frame `frame` (0-based, below clip.frames) into `out`, resized to the clip's size.
  void draw(uint32_t frame, render::ImageRgba* out) const;
  // Frame `frame` shows exactly what the frame before it showed (a held picture, the same overlays).
  bool same_as_previous(uint32_t frame) const;

 private:
  struct Prepared;
  void draw_pictures(uint32_t frame, render::ImageRgba* out) const;
  void draw_drawing(const Prepared& drawing, uint32_t frame, render::ImageRgba* out) const;
  double still_share(uint32_t frame) const;  // of a change of pose: 0 the earlier drawing, 1 the still
  const ShotClip& clip_;
  std::vector<std::unique_ptr<Prepared>> prepared_;  // still, before, passing
};

// A transition frame `i` of `n`: the outgoing shot's last frame `from` dissolving or fading into
// the incoming shot's first frame `to`; a null side is black.
void draw_transition_frame(const render::ImageRgba* from, const render::ImageRgba* to, uint32_t i, uint32_t n,
                           int width, int height, render::ImageRgba* out);

}  // namespace ekonte::animatic
