#include "render/neural/oracle_palette.hpp"

#include "render/neural/reference_frame.hpp"
#include "render/neural/reference_labeller.hpp"

namespace ekonte::neural {
namespace {

ReferenceLabels labels_through(const LabelledSheet& s, const Frame& f, Rgb paper) {
  ReferenceLabels out;
  out.picture = resample_rgb(s.picture, f, paper);
  out.parts = resample_labels(s.parts, f);
  out.tones = resample_labels(s.tones, f);
  out.ink = resample_labels(s.ink, f);
  out.confidence.assign(out.parts.pixels.size(), 1.0f);
  return out;
}

}  // namespace

CharacterPalette palette_from_true_labels(const LabelledSheet& sheet, const ToneModel& tones,
                                          const LabelledSheet* script_view) {
  const Rgb paper = paper_colour(sheet.picture);
  const Frame frame = drawing_frame(sheet.picture, kSheetWidth, kSheetHeight);
  const auto labels = labels_through(sheet, frame, paper);
  const render::Box fb = face_box(labels);
  CharacterPalette pal;
  if (fb.w <= 0) {
    pal = palette_from_labels(labels, nullptr, tones, script_view);
  } else {
    const render::Box in_sheet{frame.x0 + fb.x * frame.scale, frame.y0 + fb.y * frame.scale, fb.w * frame.scale,
                               fb.h * frame.scale};
    const auto face = labels_through(sheet, square_frame(in_sheet, kFaceGrow, kFaceSide), paper);
    pal = palette_from_labels(labels, &face, tones, script_view);
  }
  if (script_view) add_colour_maps(pal, palette_from_true_labels(*script_view, tones));
  return pal;
}

}  // namespace ekonte::neural
