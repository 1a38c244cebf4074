#pragma once
// `--burn-subtitles`: every spoken line set with the layout's shaped text (HarfBuzz, the CJK
// font for Japanese) at the foot of the frame on a translucent band, and laid over the frames of
// each shot its speech covers. The lines' pictures are made once; a clip's key names the lines
// and frames laid over it, so a reworded line re-encodes only the shots it is heard in.
// Lines heard at once (one runs on past its shot while the next shot's line starts) never
// overlap: a line that starts while others are still shown is set above them, and stays there
// until it ends, so no line jumps while it is read.
#include <string>
#include <vector>

#include "animatic/shot_clip.hpp"
#include "audio/scratch_track.hpp"
#include "layout/text/font_library.hpp"
#include "pipeline/text_band.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::pipeline {

class SubtitleOverlays {
 public:
  SubtitleOverlays(const layout::FontLibrary& fonts, const std::vector<audio::SpokenLine>& lines, uint32_t fps,
                   int width, int height);
  // The overlays of `shot`'s frames (0 = its first frame) and the text its clip key adds.
  std::vector<animatic::Overlay> for_shot(const timeline::ShotSpan& shot, std::string* key_text) const;

 private:
  struct Cue {
    uint64_t first = 0, last = 0;  // timeline frames [first, last)
    std::string text;
    double lift = 0;     // pixels above the usual place
    BandRows rows;       // where its band lies
    std::shared_ptr<const render::ImageRgba> picture;
  };
  std::vector<Cue> cues_;
};

}  // namespace ekonte::pipeline
