#include "pipeline/sound_captions.hpp"

#include <memory>

#include "pipeline/text_band.hpp"

namespace ekonte::pipeline {

namespace {

// Smaller than a subtitle, pale yellow, at the top left where subtitles never are; the same
// translucent band, so it reads over any drawing.
constexpr TextBand kCaption{0.036, 0.7, 0.0, layout::Color{1, 0.93, 0.55, 1}, TextBand::Place::TopLeft, 0.04};

}  // namespace

std::vector<animatic::Overlay> sound_captions(const layout::FontLibrary& fonts, const Shot& shot, int width, int height,
                                              std::string* key_text) {
  if (shot.sfx.empty() || shot.duration_frames == 0) return {};
  std::string text = "SFX: ";
  for (size_t i = 0; i < shot.sfx.size(); ++i) text += (i ? "; " : "") + shot.sfx[i];
  animatic::Overlay o;
  o.first = 0;
  o.last = shot.duration_frames;
  o.picture = std::make_shared<const render::ImageRgba>(text_band_picture(fonts, text, width, height, kCaption));
  *key_text += "sfx:" + text + "\n";
  return {o};
}

}  // namespace ekonte::pipeline
