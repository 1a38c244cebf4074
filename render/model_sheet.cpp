#include "render/model_sheet.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>

#include "render/canvas.hpp"
#include "render/draw_figure.hpp"
#include "render/rig_renderer.hpp"

namespace ekonte::render {

using characters::CharacterModel;

ImageRgba render_turnaround(const CharacterModel& model, int view_width, int height) {
  const View views[] = {View::Front, View::ThreeQuarterLeft, View::ProfileLeft, View::Back};
  ImageRgba out;
  out.width = view_width * 4;
  out.height = height;
  out.pixels.assign(size_t(out.width) * height * 4, 255);
  for (int i = 0; i < 4; ++i) {
    FigureShot fs;
    fs.view = views[i];
    fs.width = view_width;
    fs.height = height;
    const ShotRender r = render_figure(model, fs);
    for (int y = 0; y < height; ++y)
      std::copy_n(r.color.pixels.data() + size_t(y) * view_width * 4, view_width * 4,
                  out.pixels.data() + (size_t(y) * out.width + size_t(i) * view_width) * 4);
  }
  return out;
}

std::string write_model_sheet_pdf(const ShotGraph& graph, const std::vector<CharacterModel>& models,
                                  const std::vector<std::string>& only, const std::string& path) {
  return "model sheet PDF not implemented yet";
}

}  // namespace ekonte::render
