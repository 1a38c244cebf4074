#pragma once
// Benchmark and unit-test input for the layout stage without the compiler or the renderer: a
// shot graph shaped like samples/fox-at-the-shrine.eko and simple pictures with known face
// boxes. (test_write_pdfs checks the real renders of the sample, through the pipeline.)
#include <cmath>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "layout/shot_pictures.hpp"

// The shot table below leaves trailing fields at their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace ekonte::layout::testing {

struct FixtureShot {
  const char* scene;  // scene number
  Framing framing;
  Angle angle;
  Movement movement;
  uint32_t frames;
  std::vector<std::string> in_frame;  // character ids, screen order left to right
  std::vector<std::string> action;
  // speaker, parenthetical, text, language, delivery
  struct Line { std::string speaker, paren, text, lang; Delivery delivery = Delivery::Normal; };
  std::vector<Line> dialogue;
  std::vector<std::string> sfx, notes;
  Transition in = Transition::None, out = Transition::None;
  std::string subject;
};

inline ShotGraph sample_like_graph() {
  ShotGraph g;
  g.meta = {"The Fox at the Shrine", "Ekonte samples", "1", 16, 9, 24, ReadingDirection::RightToLeft};
  for (const char* id : {"HARU", "HARU9", "KITSUNE", "GRANDMA"}) {
    Character c;
    c.id = id;
    g.characters.push_back(c);
  }
  struct SceneDef { const char* number; const char* heading; bool flashback; std::vector<std::string> action; };
  const SceneDef scenes[] = {{"1", "EXT. STONE PATH - DUSK", false, {"Cicadas. The last light drains from the sky."}},
                             {"2", "EXT. SHRINE GATE - NIGHT", false, {}},
                             {"3", "INT. KITCHEN - DAY - FLASHBACK", true, {}},
                             {"4", "EXT. SHRINE GATE - NIGHT", false, {}}};
  for (const auto& s : scenes) {
    Scene sc;
    sc.number = s.number;
    sc.heading = s.heading;
    sc.flashback = s.flashback;
    sc.action = s.action;
    g.scenes.push_back(sc);
  }
  using F = Framing;
  using A = Angle;
  using M = Movement;
  const std::vector<FixtureShot> shots = {
      {"1", F::ExtremeWide, A::HighAngle, M::Static, 96, {"HARU"}, {"HARU climbs the stone steps, small against the hill."}, {}, {}, {}, Transition::FadeIn},
      {"1", F::Full, A::LowAngle, M::TiltUp, 72, {"HARU"}, {"HARU stops halfway, looking up at the lanterns."}},
      {"1", F::CloseUp, A::EyeLevel, M::Static, 60, {"HARU"}, {"She grips her scarf, worried."}, {{"HARU", "to herself", "Just once more.", "en"}}, {}, {}, Transition::None, Transition::None, "HARU"},
      {"1", F::Wide, A::EyeLevel, M::Static, 72, {"HARU"}, {"HARU walks on, center, away from camera."}, {}, {}, {}, Transition::None, Transition::CutTo},
      {"2", F::Wide, A::LowAngle, M::Static, 72, {"HARU"}, {"HARU stands at the gate, left, looking up."}, {{"HARU", "whispering", "Is anyone there?", "en", Delivery::Whisper}}},
      {"2", F::Insert, A::EyeLevel, M::Static, 36, {}, {"A lantern flickers out."}, {}, {"fwoosh"}},
      {"2", F::CloseUp, A::EyeLevel, M::Static, 36, {"HARU"}, {"Her eyes widen. She is scared."}, {}, {}, {}, Transition::None, Transition::None, "HARU"},
      {"2", F::OverTheShoulder, A::EyeLevel, M::PanRight, 96, {"HARU", "KITSUNE"}, {"KITSUNE sits on the steps, right, smiling, facing HARU."}, {{"KITSUNE", "", "You came back, little one.", "en"}}, {"rustle"}},
      {"2", F::MediumCloseUp, A::EyeLevel, M::Static, 48, {"HARU"}, {"HARU takes a step back, angry."}, {{"HARU", "shouting", "Who are you?!", "en", Delivery::Shout}}},
      {"2", F::TwoShot, A::EyeLevel, M::DollyIn, 120, {"HARU", "KITSUNE"}, {"KITSUNE stands. Taller than HARU remembered anyone could be."}, {{"KITSUNE", "", "The one who kept your promise for you.", "en"}}, {}, {"KITSUNE's mask should hang at her hip, not on her face."}},
      {"2", F::ExtremeCloseUp, A::Dutch, M::Static, 24, {"KITSUNE"}, {"Her golden eyes catch the lantern light."}, {}, {}, {}, Transition::None, Transition::DissolveTo, "KITSUNE"},
      {"3", F::Wide, A::EyeLevel, M::Static, 72, {"HARU9", "GRANDMA"}, {"GRANDMA sits at the table, right. HARU9 kneels beside her, left, happy."}},
      {"3", F::Insert, A::EyeLevel, M::ZoomIn, 48, {}, {"A small fox charm on a red string, in GRANDMA's palm."}},
      {"3", F::Medium, A::HighAngle, M::Static, 84, {"HARU9", "GRANDMA"}, {"GRANDMA hands the charm to HARU9, smiling."}, {{"GRANDMA", "", "これはお守りだよ。なくさないでね。", "ja"}, {"HARU9", "cheerful", "うん、約束する！", "ja"}}},
      {"3", F::CloseUp, A::EyeLevel, M::Static, 48, {"HARU9"}, {"HARU9 laughs."}, {}, {}, {}, Transition::None, Transition::None, "HARU9"},
      {"3", F::CloseUp, A::EyeLevel, M::Static, 48, {"GRANDMA"}, {"GRANDMA smiles, sad."}, {}, {}, {}, Transition::None, Transition::MatchCutTo, "GRANDMA"},
      {"4", F::CloseUp, A::EyeLevel, M::Static, 48, {"KITSUNE"}, {"KITSUNE holds out her hand. The fox charm dangles from her fingers."}, {{"KITSUNE", "", "You dropped this. Eight years ago.", "en"}}, {}, {}, Transition::None, Transition::None, "KITSUNE"},
      {"4", F::CloseUp, A::EyeLevel, M::Static, 60, {"HARU"}, {"HARU is crying."}, {{"HARU", "", "Grandma...", "en"}}, {}, {}, Transition::None, Transition::None, "HARU"},
      {"4", F::TwoShot, A::LowAngle, M::Static, 96, {"HARU", "KITSUNE"}, {"HARU, left, takes the charm. KITSUNE, right, bows."}},
      {"4", F::ExtremeWide, A::HighAngle, M::CraneUp, 120, {"HARU", "KITSUNE"}, {"The shrine glows under the stars. HARU and KITSUNE are tiny figures at the gate."}, {}, {}, {}, Transition::None, Transition::FadeOut},
  };
  for (size_t i = 0; i < shots.size(); ++i) {
    const auto& f = shots[i];
    Shot s;
    s.id = std::to_string(i + 1);
    s.index = static_cast<uint32_t>(i);
    for (uint32_t k = 0; k < g.scenes.size(); ++k)
      if (g.scenes[k].number == f.scene) s.scene.value = k;
    g.scenes[s.scene.value].shots.push_back(ShotId{static_cast<uint32_t>(i)});
    s.framing.value = f.framing;
    s.angle.value = f.angle;
    s.movement.value = f.movement;
    s.duration_frames = f.frames;
    s.duration_text = std::to_string(f.frames / 24) + "+" + std::to_string(f.frames % 24);
    s.subject_text = f.subject;
    for (const auto& id : f.in_frame) {
      Staging st;
      for (uint32_t k = 0; k < g.characters.size(); ++k)
        if (g.characters[k].id == id) st.character.value = k;
      s.characters.push_back(st);
    }
    s.action = f.action;
    for (const auto& l : f.dialogue) {
      DialogueLine d;
      for (uint32_t k = 0; k < g.characters.size(); ++k)
        if (g.characters[k].id == l.speaker) d.speaker.value = k;
      d.parenthetical = l.paren;
      d.text = l.text;
      d.language = l.lang;
      d.delivery = l.delivery;
      s.dialogue.push_back(d);
    }
    s.sfx = f.sfx;
    s.notes = f.notes;
    s.transition_in = f.in;
    s.transition_out = f.out;
    g.shots.push_back(s);
  }
  return g;
}

// A picture of the shot: a two-tone background and, per character in frame, a body and a
// round face whose head box, face centre and mouth are returned as landmarks.
struct SyntheticShot {
  std::string shot_id;
  render::ImageRgba image;
  render::ShotLandmarks landmarks;
};

inline SyntheticShot synthetic_shot(const ShotGraph& g, const Shot& shot, int width = 640, int height = 360) {
  SyntheticShot in;
  in.shot_id = shot.id;
  auto& img = in.image;
  img.width = width;
  img.height = height;
  img.pixels.assign(static_cast<size_t>(width) * height * 4, 255);
  const uint32_t seed = shot.index * 2654435761u;
  const uint8_t sky[3] = {static_cast<uint8_t>(60 + seed % 120), static_cast<uint8_t>(80 + (seed >> 8) % 100), static_cast<uint8_t>(140 + (seed >> 16) % 100)};
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      uint8_t* p = &img.pixels[(static_cast<size_t>(y) * width + x) * 4];
      const bool ground = y > height * 0.68;
      p[0] = ground ? 110 : static_cast<uint8_t>(sky[0] + y * 60 / height);
      p[1] = ground ? 95 : sky[1];
      p[2] = ground ? 80 : sky[2];
    }
  auto fill = [&](double cx, double cy, double rx, double ry, uint8_t r, uint8_t gg, uint8_t b, bool ellipse) {
    for (int y = std::max(0, int(cy - ry)); y < std::min(height, int(cy + ry) + 1); ++y)
      for (int x = std::max(0, int(cx - rx)); x < std::min(width, int(cx + rx) + 1); ++x) {
        const double dx = (x - cx) / rx, dy = (y - cy) / ry;
        if (ellipse && dx * dx + dy * dy > 1) continue;
        uint8_t* p = &img.pixels[(static_cast<size_t>(y) * width + x) * 4];
        p[0] = r; p[1] = gg; p[2] = b;
      }
  };
  in.landmarks.shot_id = shot.id;
  in.landmarks.width = width;
  in.landmarks.height = height;
  const size_t n = shot.characters.size();
  double head_r = height * 0.07;
  switch (shot.framing.value) {
    case Framing::ExtremeWide: head_r = height * 0.025; break;
    case Framing::Wide: case Framing::Full: head_r = height * 0.05; break;
    case Framing::Medium: case Framing::TwoShot: case Framing::OverTheShoulder: head_r = height * 0.1; break;
    case Framing::MediumCloseUp: head_r = height * 0.16; break;
    case Framing::CloseUp: head_r = height * 0.22; break;
    case Framing::ExtremeCloseUp: head_r = height * 0.3; break;
    default: break;
  }
  for (size_t i = 0; i < n; ++i) {
    const double cx = n == 1 ? width * 0.5 : width * (0.3 + 0.4 * i / (n - 1));
    const double cy = shot.framing.value == Framing::CloseUp || shot.framing.value == Framing::ExtremeCloseUp ? height * 0.5 : height * 0.45;
    fill(cx, cy + head_r * 3.2, head_r * 1.5, head_r * 2.2, 40, 50, 90, false);
    fill(cx, cy, head_r, head_r * 1.15, 243, 214, 193, true);
    fill(cx - head_r * 0.35, cy - head_r * 0.1, head_r * 0.12, head_r * 0.16, 30, 30, 60, true);
    fill(cx + head_r * 0.35, cy - head_r * 0.1, head_r * 0.12, head_r * 0.16, 30, 30, 60, true);
    fill(cx, cy + head_r * 0.5, head_r * 0.25, head_r * 0.08, 180, 60, 60, true);
    render::CharacterLandmarks cl;
    cl.character = shot.characters[i].character;
    cl.character_id = g.character(cl.character).id;
    cl.head = {cx - head_r, cy - head_r * 1.15, 2 * head_r, 2.3 * head_r};
    cl.face_center = {cx, cy};
    cl.mouth = {cx, cy + head_r * 0.5};
    cl.body = {cx - head_r * 1.5, cy - head_r * 1.15, head_r * 3, head_r * 6.5};
    in.landmarks.characters.push_back(cl);
  }
  if (n > 0) {
    const auto& a = in.landmarks.characters.front().head;
    const auto& b = in.landmarks.characters.back().head;
    in.landmarks.subject = {a.x, std::min(a.y, b.y), b.x + b.w - a.x, std::max(a.h, b.h)};
  } else {
    fill(width * 0.5, height * 0.5, width * 0.1, height * 0.15, 220, 60, 50, true);
    in.landmarks.subject = {width * 0.4, height * 0.35, width * 0.2, height * 0.3};
  }
  return in;
}

// Every shot's synthetic picture, prepared for pages.
inline ShotPictures synthetic_pictures(const ShotGraph& g, int width = 640, int height = 360) {
  ShotPictures out;
  for (const auto& s : g.shots) {
    const SyntheticShot in = synthetic_shot(g, s, width, height);
    out[in.shot_id] = make_shot_picture(in.shot_id, in.image, in.landmarks);
  }
  return out;
}

}  // namespace ekonte::layout::testing
