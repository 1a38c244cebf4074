// Consistency by measurement: the rig renderer's pictures against the character sheets.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <vector>
#include <cstdlib>

#include "characters/character_model.hpp"
#include "compiler/compile.hpp"
#include "render/canvas.hpp"
#include "render/draw_figure.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "render/rig_renderer.hpp"
#include "vocabulary/character_words.hpp"

using namespace ekonte;
using namespace ekonte::render;
using characters::CharacterModel;

namespace {

const CompileResult& sample() {
  static const CompileResult r = [] {
    CompileOptions o;
    o.check_sheet_files = false;
    return static_cast<CompileResult>(compile_file(std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko", o));
  }();
  return r;
}

int distance(const uint8_t* px, Rgb c) {
  return std::abs(px[0] - c.r) + std::abs(px[1] - c.g) + std::abs(px[2] - c.b);
}

// Shading rules of the rig renderer (documented in docs/rig-renderer.md): a part is painted in
// its sheet colour, its cel-shadow tone (characters::shadow_tone) or, for hair, the sheen
// (characters::highlight_tone); outlines and small marks cover the rest. So at least
// kMinShare of a part's labelled pixels lie within kTolerance of one of those tones.
constexpr int kTolerance = 24;  // sum of absolute channel differences (antialiased edges)
constexpr double kMinShare = 0.6;

double share_matching(const ShotRender& r, int instance, PartLabel label, std::vector<Rgb> tones, size_t* count) {
  size_t n = 0, ok = 0;
  for (size_t i = 0; i < r.parts.pixels.size(); ++i) {
    if (r.instances.pixels[i] != instance || r.parts.pixels[i] != uint8_t(label)) continue;
    ++n;
    const uint8_t* px = &r.color.pixels[i * 4];
    for (Rgb t : tones)
      if (distance(px, t) <= kTolerance) {
        ++ok;
        break;
      }
  }
  *count = n;
  return n ? double(ok) / n : 1.0;
}

}  // namespace

// Figures whose head is at least this tall in a 640-pixel-wide picture show enough hair, skin and
// eye pixels to measure; smaller ones (wide shots) are skipped by this stated rule, never by
// how many pixels a part happened to get.
constexpr double kMeasuredHeadPx = 40;
constexpr double kMeasuredEyesHeadPx = 100;
constexpr size_t kMinPartPixels = 150;

TEST_CASE("every shot of the sample keeps each character's sheet colours") {
  const auto& res = sample();
  REQUIRE(res.ok());
  const auto models = characters::models_from_graph(res.graph, nullptr);
  size_t measured = 0, measured_eyes = 0;
  for (const Shot& shot : res.graph.shots) {
    const ShotRender r = pipeline::render_with_rig(res.graph, shot, models, 640);
    REQUIRE(r.color.width == 640);
    REQUIRE(r.color.height == 360);
    for (size_t i = 0; i < r.landmarks.characters.size(); ++i) {
      const auto& cl = r.landmarks.characters[i];
      // The over-the-shoulder foreground figure is darkened on purpose.
      if (shot.framing.value == Framing::OverTheShoulder && cl.character == shot.subject) continue;
      if (!cl.in_frame || cl.head.h < kMeasuredHeadPx) continue;
      // Only heads wholly inside the picture: a cropped head may show no eyes or hair.
      if (cl.head.y < 0 || cl.head.x < 0 || cl.head.x + cl.head.w > r.color.width ||
          cl.head.y + cl.head.h > r.color.height)
        continue;
      const CharacterModel& m = models[cl.character.value];
      CAPTURE(shot.id);
      CAPTURE(m.id);
      ++measured;
      size_t n = 0;
      const double hair = share_matching(r, int(i + 1), PartLabel::Hair,
                                         {m.hair_color, characters::shadow_tone(m.hair_color),
                                          characters::highlight_tone(m.hair_color)}, &n);
      REQUIRE(n > kMinPartPixels);
      CHECK(hair >= kMinShare);
      const double skin = share_matching(r, int(i + 1), PartLabel::Skin, {m.skin, characters::shadow_tone(m.skin)}, &n);
      REQUIRE(n > kMinPartPixels);
      // Blush, glasses and feature lines sit on the skin: a lower share.
      CHECK(skin >= 0.5);
      const double outfit = share_matching(r, int(i + 1), PartLabel::OutfitPrimary,
                                           {m.outfit_primary, characters::shadow_tone(m.outfit_primary)}, &n);
      if (n > 0) CHECK(outfit >= kMinShare);  // a close-up may frame no garment at all
      // Iris, its shadow, the pupil (the shadow tone at 45 %) and the white highlights. Glasses
      // tint the eyes (their row says so), and a figure seen from behind shows none.
      const double eyes = share_matching(r, int(i + 1), PartLabel::Eyes,
                                         {m.eye_color, characters::shadow_tone(m.eye_color),
                                          scale_rgb(characters::shadow_tone(m.eye_color), 0.45), {255, 255, 255}}, &n);
      // Eyes are a fifth of the head wide: below kMeasuredEyesHeadPx their outlines outweigh them.
      // A figure showing no iris (seen from behind, eyes shut in a laugh) has none to measure.
      const bool eyes_covered = std::any_of(m.accessories.begin(), m.accessories.end(),
                                            [](const characters::Worn& w) { return vocabulary::row(w.kind).covers_eyes; });
      if (eyes_covered || cl.head.h < kMeasuredEyesHeadPx || n == 0) continue;
      ++measured_eyes;
      REQUIRE(n > kMinPartPixels);
      CHECK(eyes >= 0.5);
    }
  }
  // The rule above must leave most of the sample measured.
  CHECK(measured >= 10);
  CHECK(measured_eyes >= 5);
}

TEST_CASE("every shot has landmarks inside sensible bounds") {
  const auto& res = sample();
  const auto models = characters::models_from_graph(res.graph, nullptr);
  for (const Shot& shot : res.graph.shots) {
    const ShotRender r = pipeline::render_with_rig(res.graph, shot, models, 320);
    CAPTURE(shot.id);
    CHECK(r.landmarks.shot_id == shot.id);
    CHECK(r.landmarks.subject.w > 0);
    for (const auto& cl : r.landmarks.characters) {
      CHECK(cl.head.h > 0);
      CHECK(cl.body.h >= cl.head.h);
      // The mouth is inside the head box.
      CHECK(cl.mouth.y >= cl.head.y);
      CHECK(cl.mouth.y <= cl.head.y + cl.head.h + 1);
    }
    if (shot.framing.value != Framing::Insert && shot.framing.value != Framing::Pov) CHECK(!r.landmarks.characters.empty());
  }
}

TEST_CASE("the head-to-body ratio in the picture follows the proportions") {
  const auto models = characters::models_from_graph(sample().graph, nullptr);
  for (const CharacterModel& m : models) {
    FigureShot fs;
    fs.width = 300, fs.height = 600;
    const ShotRender r = render_figure(m, fs);
    const FigureGeometry g = figure_geometry(m, FigureParams{});
    // Standing height over drawn head height (chin to crown) in figure space...
    const double heads = -g.skeleton.head_top.y / g.skeleton.head_cm;
    CAPTURE(m.id);
    CHECK(heads == doctest::Approx(m.proportions.head_count).epsilon(0.08));
    // ...and in pixels: the labelled figure spans the landmarks' body box.
    int top = -1, bottom = -1;
    for (int y = 0; y < r.instances.height; ++y)
      for (int x = 0; x < r.instances.width; ++x)
        if (r.instances.pixels[size_t(y) * r.instances.width + x] == 1) {
          if (top < 0) top = y;
          bottom = y;
        }
    REQUIRE(top >= 0);
    const auto& cl = r.landmarks.characters.at(0);
    CHECK(std::abs(top - cl.body.y) < cl.body.h * 0.08);
    const double head_px = cl.head.h;
    CHECK((bottom - top) / head_px == doctest::Approx(m.proportions.head_count / 1.11).epsilon(0.15));
  }
}

TEST_CASE("a 22-year-old's face is drawn older than a 15-year-old's, a 44-year-old's older still") {
  // Close-ups frame the head alike, so the eye pixels compare directly: the eyes shrink and
  // rise in the face from 15 to 22 to 44.
  struct Eyes {
    size_t pixels = 0;
    double centre_y = 0;  // mean row of the eye pixels, in head heights below the head box's top
  };
  auto measure = [](int age, double height) {
    Character c;
    c.id = "A" + std::to_string(age);
    c.age = age;
    c.height_cm = height;
    const CharacterModel m = characters::model_from_character(c, nullptr);
    FigureShot fs;
    fs.framing = Framing::CloseUp;
    fs.width = fs.height = 400;
    const ShotRender r = render_figure(m, fs);
    const auto& head = r.landmarks.characters.at(0).head;
    Eyes e;
    double sum_y = 0;
    for (int y = 0; y < r.parts.height; ++y)
      for (int x = 0; x < r.parts.width; ++x) {
        const uint8_t p = r.parts.pixels[size_t(y) * r.parts.width + x];
        if (p != uint8_t(PartLabel::EyeWhite) && p != uint8_t(PartLabel::Eyes)) continue;
        ++e.pixels;
        sum_y += y;
      }
    REQUIRE(e.pixels > 0);
    e.centre_y = (sum_y / e.pixels - head.y) / head.h;
    return e;
  };
  const Eyes teen = measure(15, 160), young = measure(22, 172), middle = measure(44, 172);
  CHECK(double(young.pixels) <= 0.95 * teen.pixels);
  CHECK(middle.pixels < young.pixels);
  CHECK(young.centre_y < teen.centre_y);
  CHECK(middle.centre_y <= young.centre_y + 0.005);
}

TEST_CASE("the same input renders byte-identical images") {
  const auto& res = sample();
  const auto models = characters::models_from_graph(res.graph, nullptr);
  for (size_t i : {size_t(2), size_t(9), size_t(13)}) {
    const ShotRender a = pipeline::render_with_rig(res.graph, res.graph.shots.at(i), models, 480);
    const ShotRender b = pipeline::render_with_rig(res.graph, res.graph.shots.at(i), models, 480);
    CHECK(a.color.pixels == b.color.pixels);
    CHECK(a.parts.pixels == b.parts.pixels);
    CHECK(a.instances.pixels == b.instances.pixels);
    CHECK(a.lineart.pixels == b.lineart.pixels);
    CHECK(a.tones.pixels == b.tones.pixels);
  }
}

// A line pixel wholly covered by a line (this value or more; antialiased edge pixels mix ink
// with what is beside them) shows ink unless a later paint hid it. The rig's ink
// (Canvas::kInk, hazed a little with distance) lies within kFarFromInk (sum of channel
// differences) of kInk.
constexpr uint8_t kWholeLine = 250;
constexpr int kFarFromInk = 150;
// Line art the rig strokes in colours other than ink (a kimono collar, a tie's stripes, a mask's
// markings, a nose tick in the skin's shadow tone) is visible but far from ink; these shares
// bound it. Before the line art cleared under later paints, 45 % of the character line pixels
// of the sample at 1280x720 were hidden lines.
constexpr double kMaxFarShare = 0.10;
constexpr double kMaxFarCharacterShare = 0.12;

TEST_CASE("the line art of every shot shows only the ink its colour picture shows") {
  const auto& res = sample();
  const auto models = characters::models_from_graph(res.graph, nullptr);
  size_t lines = 0, hidden = 0, character_lines = 0, character_hidden = 0;
  for (const Shot& shot : res.graph.shots) {
    const ShotRender r = pipeline::render_with_rig(res.graph, shot, models, 640);
    REQUIRE(r.lineart.pixels.size() * 4 == r.color.pixels.size());
    for (size_t i = 0; i < r.lineart.pixels.size(); ++i) {
      if (r.lineart.pixels[i] < kWholeLine) continue;
      const bool far = distance(&r.color.pixels[i * 4], Canvas::kInk) > kFarFromInk;
      ++lines;
      hidden += far;
      if (r.instances.pixels[i] == 0) continue;
      ++character_lines;
      character_hidden += far;
    }
  }
  const double share = double(hidden) / std::max<size_t>(lines, 1);
  const double character_share = double(character_hidden) / std::max<size_t>(character_lines, 1);
  MESSAGE("line pixels far from ink: " << share * 100 << " % of " << lines << ", on characters "
                                       << character_share * 100 << " % of " << character_lines);
  CHECK(lines > 10000);
  CHECK(character_lines > 5000);
  CHECK(share <= kMaxFarShare);
  CHECK(character_share <= kMaxFarCharacterShare);
}

TEST_CASE("the tone map marks the cel shadows, sheens, pupils and catch-lights of lit figures") {
  const auto& res = sample();
  const auto models = characters::models_from_graph(res.graph, nullptr);
  size_t measured = 0, with_highlight = 0;
  for (const Shot& shot : res.graph.shots) {
    const ShotRender r = pipeline::render_with_rig(res.graph, shot, models, 640);
    REQUIRE(r.tones.width == r.parts.width);
    REQUIRE(r.tones.height == r.parts.height);
    for (size_t i = 0; i < r.landmarks.characters.size(); ++i) {
      const auto& cl = r.landmarks.characters[i];
      if (shot.framing.value == Framing::OverTheShoulder && cl.character == shot.subject) continue;
      if (!cl.in_frame || cl.head.h < kMeasuredEyesHeadPx) continue;
      const CharacterModel& m = models[cl.character.value];
      const bool eyes_covered = std::any_of(m.accessories.begin(), m.accessories.end(),
                                            [](const characters::Worn& w) { return vocabulary::row(w.kind).covers_eyes; });
      size_t count[size_t(Tone::Count)] = {}, eye_pixels = 0, pupil_in_eyes = 0, none_on_figure = 0;
      for (size_t p = 0; p < r.tones.pixels.size(); ++p) {
        if (r.instances.pixels[p] != i + 1) continue;
        const uint8_t t = r.tones.pixels[p];
        REQUIRE(t < uint8_t(Tone::Count));
        ++count[t];
        none_on_figure += t == uint8_t(Tone::None) && r.parts.pixels[p] != uint8_t(PartLabel::Background);
        if (r.parts.pixels[p] == uint8_t(PartLabel::Eyes)) {
          ++eye_pixels;
          pupil_in_eyes += t == uint8_t(Tone::Pupil) || t == uint8_t(Tone::EyeHighlight);
        }
        // Pupils and catch-lights are eye pixels and nothing else.
        if (t == uint8_t(Tone::Pupil) || t == uint8_t(Tone::EyeHighlight))
          CHECK(r.parts.pixels[p] == uint8_t(PartLabel::Eyes));
      }
      CAPTURE(shot.id);
      CAPTURE(m.id);
      ++measured;
      CHECK(none_on_figure == 0);
      CHECK(count[size_t(Tone::Base)] > count[size_t(Tone::Shadow)]);
      CHECK(count[size_t(Tone::Shadow)] > 0);
      with_highlight += count[size_t(Tone::Highlight)] > 0;
      if (eyes_covered || eye_pixels == 0) continue;
      CHECK(count[size_t(Tone::Pupil)] > 0);
      CHECK(count[size_t(Tone::EyeHighlight)] > 0);
      CHECK(pupil_in_eyes < eye_pixels);  // the iris around the pupil is the eyes' base tone
    }
  }
  CHECK(measured >= 5);
  CHECK(with_highlight >= 1);
}

TEST_CASE("every pose, view, expression and framing renders") {
  const CharacterModel m = characters::random_identity(7);
  auto figure_pixels = [](const ShotRender& r) {
    size_t n = 0;
    for (uint8_t v : r.instances.pixels) n += v != 0;
    return n;
  };
  FigureShot fs;
  fs.width = 160, fs.height = 120;
  for (int p = 0; p <= int(Pose::StepBack); ++p)
    for (int v = 0; v <= int(View::Back); ++v) {
      fs.pose = Pose(p), fs.view = View(v);
      CAPTURE(p);
      CAPTURE(v);
      CHECK(figure_pixels(render_figure(m, fs)) > 200);
    }
  fs.pose = Pose::Stand, fs.view = View::Front, fs.framing = Framing::CloseUp;
  for (int e = 0; e <= int(Expression::Determined); ++e) {
    fs.expression = Expression(e);
    CHECK(figure_pixels(render_figure(m, fs)) > 2000);
  }
  for (int f = 0; f <= int(Framing::Pov); ++f)
    for (int a = 0; a <= int(Angle::Dutch); ++a) {
      fs.framing = Framing(f), fs.angle = Angle(a);
      const ShotRender r = render_figure(m, fs);
      CHECK(r.color.width == 160);
      if (fs.framing != Framing::Insert && fs.framing != Framing::Pov) CHECK(figure_pixels(r) > 20);
    }
  // Every combination of hair and outfit templates draws a figure.
  for (size_t h = 0; h < std::size(vocabulary::kHairRows); ++h)
    for (size_t o = 0; o < std::size(vocabulary::kOutfitRows); ++o) {
      CharacterModel x = m;
      x.hair = characters::HairStyle(h);
      x.outfit = characters::OutfitKind(o);
      x.accessories = {{characters::AccessoryKind((h + o) % std::size(vocabulary::kAccessoryRows)), Rgb{200, 60, 60}}};
      x.eyes = characters::EyeShape(h % std::size(vocabulary::kEyeRows));
      fs.framing = Framing::Full, fs.angle = Angle::EyeLevel;
      CHECK(figure_pixels(render_figure(x, fs)) > 200);
    }
}

namespace {

// A plain figure to vary one template of: short hair, round eyes, a dress, nothing worn.
CharacterModel plain_model() {
  CharacterModel m = characters::random_identity(11);
  m.age = 16;
  m.proportions = characters::make_proportions(160, 16, characters::Build::Average);
  m.hair = characters::HairStyle::Short;
  m.eyes = characters::EyeShape::Round;
  m.outfit = characters::OutfitKind::Dress;
  m.bottom.reset();
  m.outerwear.clear();
  m.headwear.reset();
  m.footwear.reset();
  m.accessories.clear();
  m.facial_hair = characters::FacialHair::None;
  m.eye_details.clear();
  return m;
}

std::vector<bool> mask_of(const ShotRender& r, PartLabel label) {
  std::vector<bool> out(r.parts.pixels.size());
  for (size_t i = 0; i < out.size(); ++i) out[i] = r.parts.pixels[i] == uint8_t(label);
  return out;
}

size_t count(const std::vector<bool>& mask) { return size_t(std::count(mask.begin(), mask.end(), true)); }

// Renders one figure per row: each row's picture differs from every other row's (no two rows
// draw alike, none draws nothing), and, given a label, the row paints enough pixels of it. The
// back view renders too.
template <typename Enum, size_t N, typename Row>
void check_every_row_draws(const Row (&rows)[N], std::optional<PartLabel> label, Framing framing,
                           void (*set)(CharacterModel&, Enum)) {
  std::vector<std::vector<uint8_t>> pictures;
  for (size_t i = 0; i < N; ++i) {
    CAPTURE(rows[i].name);
    CharacterModel m = plain_model();
    set(m, Enum(i));
    FigureShot fs;
    fs.width = 240, fs.height = 240;
    fs.framing = framing;
    const ShotRender front = render_figure(m, fs);
    // A bald head shows no hair: its row's category says so.
    bool bare = false;
    if constexpr (requires { rows[i].category == vocabulary::HairCategory::None; })
      bare = rows[i].category == vocabulary::HairCategory::None;
    if (label && !bare) CHECK(count(mask_of(front, *label)) > 100);
    for (size_t j = 0; j < pictures.size(); ++j) {
      CAPTURE(rows[j].name);
      CHECK(pictures[j] != front.color.pixels);
    }
    pictures.push_back(front.color.pixels);
    fs.view = View::Back;
    CHECK(count(mask_of(render_figure(m, fs), PartLabel::Background)) < front.parts.pixels.size());
  }
}

}  // namespace

TEST_CASE("every row of the hair, eye, outfit and accessory tables draws its own template") {
  using namespace characters;
  SUBCASE("hair styles") {
    check_every_row_draws<HairStyle>(vocabulary::kHairRows, PartLabel::Hair, Framing::Full,
                                     [](CharacterModel& m, HairStyle v) { m.hair = v; });
  }
  SUBCASE("eye shapes") {
    check_every_row_draws<EyeShape>(vocabulary::kEyeRows, PartLabel::EyeWhite, Framing::CloseUp,
                                    [](CharacterModel& m, EyeShape v) { m.eyes = v; });
  }
  SUBCASE("outfits") {
    check_every_row_draws<OutfitKind>(vocabulary::kOutfitRows, PartLabel::OutfitPrimary, Framing::Full,
                                      [](CharacterModel& m, OutfitKind v) {
                                        m.outfit = v;
                                        m.outfit_primary = characters::rgb_of(vocabulary::row(v).default_primary);
                                        m.outfit_secondary = characters::rgb_of(vocabulary::row(v).default_secondary);
                                      });
  }
  SUBCASE("outerwear") {
    check_every_row_draws<OuterwearKind>(vocabulary::kOuterwearRows, PartLabel::OutfitPrimary, Framing::Full,
                                         [](CharacterModel& m, OuterwearKind v) {
                                           m.outerwear = {{v, characters::rgb_of(vocabulary::row(v).default_primary),
                                                           characters::rgb_of(vocabulary::row(v).default_secondary)}};
                                         });
  }
  SUBCASE("headwear") {
    check_every_row_draws<HeadwearKind>(vocabulary::kHeadwearRows, PartLabel::Accessory, Framing::Full,
                                        [](CharacterModel& m, HeadwearKind v) {
                                          m.headwear = v;
                                          m.headwear_color = characters::rgb_of(vocabulary::row(v).default_color);
                                        });
  }
  SUBCASE("footwear") {
    check_every_row_draws<FootwearKind>(vocabulary::kFootwearRows, PartLabel::OutfitSecondary, Framing::Full,
                                        [](CharacterModel& m, FootwearKind v) {
                                          m.footwear = v;
                                          m.footwear_color = characters::rgb_of(vocabulary::row(v).default_color);
                                        });
  }
  SUBCASE("facial hair") {
    check_every_row_draws<FacialHair>(vocabulary::kFacialHairRows, std::nullopt, Framing::CloseUp,
                                      [](CharacterModel& m, FacialHair v) { m.facial_hair = v; });
  }
  SUBCASE("eye details") {
    check_every_row_draws<EyeDetail>(vocabulary::kEyeDetailRows, std::nullopt, Framing::CloseUp,
                                     [](CharacterModel& m, EyeDetail v) { m.eye_details = {v}; });
  }
  SUBCASE("accessories") {
    // Glasses are strokes, which carry no part label: the pictures are compared, `none` included.
    check_every_row_draws<AccessoryKind>(vocabulary::kAccessoryRows, std::nullopt, Framing::Full,
                                         [](CharacterModel& m, AccessoryKind v) {
                                           m.accessories.clear();
                                           if (v != AccessoryKind::None)
                                             m.accessories = {{v, characters::rgb_of(vocabulary::row(v).default_color)}};
                                         });
    CharacterModel m = plain_model();
    FigureShot fs;
    fs.width = 240, fs.height = 240;
    CHECK(count(mask_of(render_figure(m, fs), PartLabel::Accessory)) == 0);
    m.accessories = {{AccessoryKind::Scarf, Rgb{214, 69, 65}}};
    CHECK(count(mask_of(render_figure(m, fs), PartLabel::Accessory)) > 100);
  }
  SUBCASE("builds") {
    // A wider build covers more of the picture.
    size_t previous = 0;
    for (size_t i : {size_t(Build::Slim), size_t(Build::Average), size_t(Build::Stocky)}) {
      CAPTURE(vocabulary::kBuildRows[i].name);
      CharacterModel m = plain_model();
      m.build = Build(i);
      m.proportions = make_proportions(160, 16, m.build);
      FigureShot fs;
      fs.width = 240, fs.height = 240;
      const ShotRender r = render_figure(m, fs);
      size_t n = 0;
      for (uint8_t v : r.instances.pixels) n += v != 0;
      CHECK(n > previous);
      previous = n;
    }
  }
}

TEST_CASE("every garment's labelled pixels are the sheet's garment colours within the shading") {
  // The garment label covers each garment worn: the top or one-piece, the bottom and every layer;
  // their colours and cel shadows are the sheet's swatches.
  auto check = [](const CharacterModel& m) {
    std::vector<Rgb> tones;
    for (Rgb c : {m.outfit_primary, m.bottom_primary}) tones.insert(tones.end(), {c, characters::shadow_tone(c)});
    for (const characters::Layer& l : m.outerwear)
      tones.insert(tones.end(), {l.primary, characters::shadow_tone(l.primary)});
    for (View v : {View::Front, View::Back}) {
      FigureShot fs;
      fs.width = 240, fs.height = 240, fs.view = v;
      size_t n = 0;
      const double share = share_matching(render_figure(m, fs), 1, PartLabel::OutfitPrimary, tones, &n);
      CHECK(n > kMinPartPixels);
      CHECK(share >= kMinShare);
    }
  };
  for (size_t i = 0; i < std::size(vocabulary::kOutfitRows); ++i) {
    CAPTURE(vocabulary::kOutfitRows[i].name);
    CharacterModel m = plain_model();
    m.outfit = characters::OutfitKind(i);
    m.outfit_primary = Rgb{40, 90, 160};
    m.outfit_secondary = Rgb{230, 220, 200};
    check(m);
  }
  for (size_t i = 0; i < std::size(vocabulary::kOuterwearRows); ++i) {
    CAPTURE(vocabulary::kOuterwearRows[i].name);
    CharacterModel m = plain_model();
    m.outfit = characters::OutfitKind::Shirt;
    m.bottom = characters::OutfitKind::Trousers;
    m.outerwear = {{characters::OuterwearKind(i), Rgb{150, 60, 50}, Rgb{230, 220, 200}}};
    check(m);
  }
}

// The share of pixels whose colour differs by more than a small tolerance between two pictures.
static double share_different(const ShotRender& a, const ShotRender& b) {
  REQUIRE(a.color.pixels.size() == b.color.pixels.size());
  size_t n = 0, differ = 0;
  for (size_t i = 0; i + 3 < a.color.pixels.size(); i += 4, ++n)
    if (std::abs(a.color.pixels[i] - b.color.pixels[i]) + std::abs(a.color.pixels[i + 1] - b.color.pixels[i + 1]) +
            std::abs(a.color.pixels[i + 2] - b.color.pixels[i + 2]) > 48)
      ++differ;
  return n ? double(differ) / n : 0;
}

TEST_CASE("takes 2 to 7 are six different compositions of a shot; a take redrawn is the same picture") {
  const auto& res = sample();
  const auto models = characters::models_from_graph(res.graph, nullptr);
  // A full shot of one figure, a two-shot and a close-up of the sample.
  for (size_t i : {size_t(1), size_t(9), size_t(2)}) {
    const Shot& shot = res.graph.shots.at(i);
    CAPTURE(shot.id);
    std::vector<ShotRender> takes;
    for (uint32_t t = 1; t <= 7; ++t) {
      Shot retaken = shot;
      retaken.take = t;
      retaken.seed = shot_seed(shot.id, t);
      takes.push_back(pipeline::render_with_rig(res.graph, retaken, models, 320));
    }
    // Each recomposed take differs from the staged one and from every other take in a good part
    // of the frame (the figures moved to a third, a tighter or wider lens, the horizon moved).
    for (size_t a = 0; a < takes.size(); ++a)
      for (size_t b = a + 1; b < takes.size(); ++b) {
        CAPTURE(a + 1);
        CAPTURE(b + 1);
        CHECK(share_different(takes[a], takes[b]) > 0.05);
      }
    Shot again = shot;
    again.take = 3;
    again.seed = shot_seed(shot.id, 3);
    CHECK(pipeline::render_with_rig(res.graph, again, models, 320).color.pixels == takes[2].color.pixels);
  }
}
