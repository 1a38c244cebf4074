#include "render/model_sheet.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/rig_renderer.hpp"

namespace ekonte::render {

using characters::CharacterModel;

namespace {
constexpr View kTurnaroundViews[] = {View::Front, View::ThreeQuarterLeft, View::ProfileLeft, View::Back};
}  // namespace

ImageRgba render_turnaround(const CharacterModel& model, int view_width, int height) {
  ImageRgba out;
  out.width = view_width * 4;
  out.height = height;
  out.pixels.assign(size_t(out.width) * height * 4, 255);
  for (int i = 0; i < 4; ++i) {
    FigureShot fs;
    fs.view = kTurnaroundViews[i];
    fs.width = view_width;
    fs.height = height;
    const ShotRender r = render_figure(model, fs);
    for (int y = 0; y < height; ++y)
      std::copy_n(r.color.pixels.data() + size_t(y) * view_width * 4, view_width * 4,
                  out.pixels.data() + (size_t(y) * out.width + size_t(i) * view_width) * 4);
  }
  return out;
}

std::vector<std::string> turnaround_view_names() { return {"front", "three-quarter", "profile", "back"}; }

ModelSheetPictures render_model_sheet_pictures(const CharacterModel& model) {
  ModelSheetPictures p;
  p.turnaround = render_turnaround(model, 200, 400);
  for (int e = 0; e <= int(Expression::Determined); ++e) {
    FigureShot fs;
    fs.framing = Framing::CloseUp;
    fs.expression = Expression(e);
    fs.width = 160, fs.height = 160;
    p.expressions.emplace_back(Expression(e), render_figure(model, fs).color);
  }
  FigureShot fs;
  fs.width = 80, fs.height = 300;
  fs.paper = Rgb{255, 255, 255};
  p.full_figure = render_figure(model, fs).color;
  return p;
}

std::string model_facts(const CharacterModel& m) {
  char heads[16];
  std::snprintf(heads, sizeof heads, "%.1f", m.proportions.head_count);
  return "age " + std::to_string(m.age) + " · " + std::to_string(int(std::lround(m.proportions.height_cm))) +
         " cm · " + heads + " heads · hair " + std::string(characters::name_of(m.hair)) + " · eyes " +
         std::string(characters::name_of(m.eyes)) + " · " + std::string(characters::name_of(m.outfit)) + " · " +
         std::string(characters::name_of(m.accessory));
}

std::vector<std::pair<std::string, Rgb>> model_swatches(const CharacterModel& m) {
  return {{"hair", m.hair_color},          {"eyes", m.eye_color},
          {"skin", m.skin},                {"outfit 1", m.outfit_primary},
          {"outfit 2", m.outfit_secondary}, {"accessory", m.accessory_color}};
}

}  // namespace ekonte::render
