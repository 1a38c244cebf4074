#include "bench/compile/generate_script.hpp"

namespace ekonte::bench {

std::string generate_script(uint32_t shots, uint32_t seed) {
  static const char* kFramings[] = {"extreme wide", "wide", "full", "medium", "medium close-up HARU", "close-up KITSUNE",
                                    "two-shot", "medium, over the shoulder HARU", "insert", "extreme close-up GRANDMA"};
  static const char* kAngles[] = {"eye level", "low angle", "high angle", "dutch angle"};
  static const char* kMoves[] = {"static", "pan right", "tilt up", "dolly in", "zoom out", "crane up"};
  static const char* kDurations[] = {"3s", "2+12", "1.5s", "36f", "4s"};
  static const char* kActions[] = {
      "HARU walks on, left, looking up at the lanterns.",
      "KITSUNE sits on the steps, right, smiling, facing HARU.",
      "GRANDMA kneels beside the table, right, sad.",
      "HARU9 runs, center, laughing.",
      "HARU takes a step back, angry. KITSUNE stands, right.",
  };
  std::string s =
      "title: Generated\nauthor: bench\nepisode: 1\naspect: 16:9\nfps: 24\nreading: right-to-left\n\n"
      "character HARU \"Haru\":\n    age: 16\n    height: 158cm\n    hair: bob, #2a2d4f\n    eyes: round, #3f7fd9\n"
      "    skin: #f3d6c1\n    outfit: sailor uniform, #1d2b4c, #f4f4f4\n    accessory: scarf, #d64541\n"
      "character HARU9 \"Haru, nine\" like HARU:\n    age: 9\n    hair: twin tails, #2a2d4f\n    outfit: dress, #f2c94c\n"
      "character KITSUNE \"The Fox\":\n    age: 300\n    height: 172cm\n    hair: long, #e08a3c\n    eyes: narrow, #f5d142\n"
      "    outfit: kimono, #f4f1ea, #b0302a\n    accessory: fox mask, #ffffff\n"
      "character GRANDMA \"Grandmother\":\n    age: 78\n    height: 148cm\n    hair: bun, #b8b8b8\n    outfit: kimono, #6b4f8a, #d9c7a3\n"
      "    accessory: glasses\n"
      "setting PATH \"Path\":\n    time: dusk\n    palette: #f2a65a, #7a4e7e, #2e2a4f\n    props: trees, steps, lanterns\n"
      "setting SHRINE \"Shrine\":\n    time: night\n    palette: #1b1f3b, #3c2f5a, #e8b04b\n    props: torii, lanterns\n"
      "setting KITCHEN \"Kitchen\":\n    time: day\n    palette: #f6e7c8, #c98c5a, #6f8f72\n    props: table, window\n\n";
  static const char* kSettings[] = {"PATH", "SHRINE", "KITCHEN"};
  uint32_t x = seed * 2654435761u + 1;
  auto next = [&](uint32_t n) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x % n;
  };
  for (uint32_t i = 0; i < shots; ++i) {
    if (i % 10 == 0) {
      const uint32_t scene = i / 10 + 1;
      const char* setting = kSettings[scene % 3];
      s += "scene " + std::to_string(scene) + " EXT. PLACE " + std::to_string(scene) + " - NIGHT (" + setting + ")\n\n";
      if (scene > 1) s += "    CUT TO:\n\n";
    }
    s += "    shot " + std::to_string(i + 1) + " " + kFramings[next(10)] + ", " + kAngles[next(4)] + ", " + kMoves[next(6)] +
         ", " + kDurations[next(5)] + ":\n";
    if (i % 7 == 3) s += "        stage: HARU left standing worried facing KITSUNE; KITSUNE right standing happy facing HARU\n";
    s += std::string("        ") + kActions[next(5)] + "\n";
    if (next(3) == 0) s += "        HARU (whispering): Is anyone there? Shot " + std::to_string(i + 1) + ".\n";
    if (next(5) == 0) s += "        KITSUNE: これはお守りだよ。なくさないでね。\n";
    if (next(6) == 0) s += "        sfx: rustle\n";
    if (next(9) == 0) s += "        [[ check the lantern light ]]\n";
    s += "\n";
  }
  s += "    FADE OUT.\n";
  return s;
}

}  // namespace ekonte::bench
