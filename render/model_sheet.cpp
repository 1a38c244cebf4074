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
  fs.width = 100, fs.height = 300;  // wide enough for a broad build's arms
  fs.paper = Rgb{255, 255, 255};
  p.full_figure = render_figure(model, fs).color;
  return p;
}

std::string model_facts(const CharacterModel& m) {
  char heads[16];
  std::snprintf(heads, sizeof heads, "%.1f", m.proportions.head_count);
  std::string out = "age " + std::to_string(m.age) + " · " + std::to_string(int(std::lround(m.proportions.height_cm))) +
                    " cm · " + heads + " heads · " + std::string(characters::name_of(m.build));
  if (m.body != characters::BodyType::Neutral) out += " " + std::string(characters::name_of(m.body));
  out += " · hair " + std::string(characters::name_of(m.hair));
  if (m.facial_hair != characters::FacialHair::None) out += ", " + std::string(characters::name_of(m.facial_hair));
  out += " · eyes " + std::string(characters::name_of(m.eyes));
  for (characters::EyeDetail d : m.eye_details) out += ", " + std::string(characters::name_of(d));
  // The wardrobe from the head down, as a costume list.
  std::string worn;
  auto add = [&](std::string_view w) { worn += (worn.empty() ? "" : ", ") + std::string(w); };
  if (m.headwear) add(characters::name_of(*m.headwear));
  for (const characters::Layer& l : m.outerwear) add(characters::name_of(l.kind));
  add(characters::name_of(m.outfit));
  if (m.bottom) add(characters::name_of(*m.bottom));
  if (m.footwear) add(characters::name_of(*m.footwear));
  out += " · " + worn;
  std::string acc;
  for (const characters::Worn& w : m.accessories) acc += (acc.empty() ? "" : ", ") + std::string(characters::name_of(w.kind));
  return out + " · " + (acc.empty() ? std::string("none") : acc);
}

std::vector<std::pair<std::string, Rgb>> model_swatches(const CharacterModel& m) {
  std::vector<std::pair<std::string, Rgb>> out = {{"hair", m.hair_color}, {"eyes", m.eye_color}, {"skin", m.skin},
                                                  {"outfit 1", m.outfit_primary}, {"outfit 2", m.outfit_secondary}};
  if (m.bottom) out.push_back({std::string(characters::name_of(*m.bottom)), m.bottom_primary});
  for (const characters::Layer& l : m.outerwear) {
    out.push_back({std::string(characters::name_of(l.kind)), l.primary});
    out.push_back({std::string(characters::name_of(l.kind)) + " 2", l.secondary});
  }
  if (m.headwear) out.push_back({std::string(characters::name_of(*m.headwear)), m.headwear_color});
  if (m.footwear) out.push_back({std::string(characters::name_of(*m.footwear)), m.footwear_color});
  for (const characters::Worn& w : m.accessories) out.push_back({std::string(characters::name_of(w.kind)), w.color});
  return out;
}

}  // namespace ekonte::render
