#include "render/neural/sheet_palette.hpp"

namespace ekonte::neural {

CharacterPalette palette_of_sheet(const render::ImageRgba& sheet, const SheetLabeller& label, const ToneModel& tones,
                                  const LabelledSheet* script_view, const SheetLabeller* script_label) {
  const Frame frame = drawing_frame(sheet, kSheetWidth, kSheetHeight);
  const Rgb paper = paper_colour(sheet);
  // The labeller reads the smoothed picture; the palette takes its colours from the sheet's own
  // pixel under each label, so an iris a few pixels wide is not read as a blend with its lids.
  ReferenceLabels labels = label(frame, false);
  labels.picture = sample_nearest_rgb(sheet, frame, paper);
  const render::Box fb = face_box(labels);
  CharacterPalette pal;
  if (fb.w <= 0) {
    pal = palette_from_labels(labels, nullptr, tones, script_view);
  } else {
    // The face box in sheet pixels: the crop reads the sheet at its own resolution.
    const render::Box in_sheet{frame.x0 + fb.x * frame.scale, frame.y0 + fb.y * frame.scale, fb.w * frame.scale,
                               fb.h * frame.scale};
    const Frame face_frame = square_frame(in_sheet, kFaceGrow, kFaceSide);
    ReferenceLabels face = label(face_frame, true);
    face.picture = sample_nearest_rgb(sheet, face_frame, paper);
    pal = palette_from_labels(labels, &face, tones, script_view);
  }
  // The script's view read the same way (through the same labeller, or its own true labels): the
  // colours the maps start from. Read alike, a labeller's bias on a small part (an eye's pupil
  // read as a blend with its iris) is the same on both sides and cancels in the map.
  if (script_view) {
    const CharacterPalette script = script_label ? palette_of_sheet(script_view->picture, *script_label, tones, nullptr)
                                      : palette_from_true_labels(*script_view, tones);
    add_colour_maps(pal, script);
  }
  return pal;
}

CharacterPalette palette_from_true_labels(const LabelledSheet& sheet, const ToneModel& tones,
                                          const LabelledSheet* script_view) {
  const Rgb paper = paper_colour(sheet.picture);
  const SheetLabeller label = [&](const Frame& f, bool) {
    ReferenceLabels out;
    out.picture = resample_rgb(sheet.picture, f, paper);
    out.parts = resample_labels(sheet.parts, f);
    out.tones = resample_labels(sheet.tones, f);
    out.ink = resample_labels(sheet.ink, f);
    out.confidence.assign(out.parts.pixels.size(), 1.0f);
    return out;
  };
  return palette_of_sheet(sheet.picture, label, tones, script_view);
}

}  // namespace ekonte::neural
