#include "compiler/shot_graph.hpp"

#include <cstdio>

namespace ekonte {

std::string to_hex(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

#define EKONTE_NAMES(Type, ...)                                   \
  std::string_view name_of(Type v) {                              \
    static constexpr std::string_view kNames[] = {__VA_ARGS__};   \
    const auto i = static_cast<size_t>(v);                        \
    return i < std::size(kNames) ? kNames[i] : "unknown";         \
  }

EKONTE_NAMES(ScreenPosition, "left", "center", "right")
EKONTE_NAMES(Depth, "foreground", "midground", "background")
EKONTE_NAMES(Pose, "stand", "walk", "run", "climb", "sit", "kneel", "lie", "bow", "point", "wave", "hold-out-hand",
             "arms-crossed", "hands-on-hips", "step-back")
EKONTE_NAMES(Facing, "camera", "away", "screen-left", "screen-right", "up", "character")
EKONTE_NAMES(Expression, "neutral", "happy", "laugh", "sad", "crying", "angry", "surprised", "scared", "worried",
             "determined")
EKONTE_NAMES(View, "front", "three-quarter-left", "three-quarter-right", "profile-left", "profile-right", "back")
EKONTE_NAMES(Delivery, "normal", "whisper", "shout")
EKONTE_NAMES(ReadingDirection, "left-to-right", "right-to-left")
EKONTE_NAMES(EdgeKind, "sequence", "in-scene", "appears-in", "setting-used-by", "continuity")
#undef EKONTE_NAMES

std::string_view name_of(Framing v) { return vocabulary::row(v).name; }
std::string_view name_of(Angle v) { return vocabulary::row(v).name; }
std::string_view name_of(Movement v) { return vocabulary::row(v).name; }
std::string_view name_of(Transition v) { return vocabulary::row(v).name; }

CharacterId ShotGraph::find_character(std::string_view id) const {
  for (uint32_t i = 0; i < characters.size(); ++i)
    if (characters[i].id == id) return CharacterId{i};
  return {};
}

SettingId ShotGraph::find_setting(std::string_view id) const {
  for (uint32_t i = 0; i < settings.size(); ++i)
    if (settings[i].id == id) return SettingId{i};
  return {};
}

const Shot* ShotGraph::find_shot(std::string_view id) const {
  for (const auto& s : shots)
    if (s.id == id) return &s;
  return nullptr;
}

double ShotGraph::total_seconds() const {
  uint64_t frames = 0;
  for (const auto& s : shots) frames += s.duration_frames;
  return meta.fps ? static_cast<double>(frames) / meta.fps : 0.0;
}

namespace {
uint64_t fnv1a(uint64_t h, std::string_view bytes) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}
}  // namespace

// Same shot id and take, same seed, forever: the seed is part of what a take means.
uint64_t shot_seed(const std::string& id, uint32_t take) {
  uint64_t h = 0xcbf29ce484222325ULL;
  h = fnv1a(h, "ekonte-seed-v1");
  h = fnv1a(h, std::string_view("\0", 1));
  h = fnv1a(h, id);
  h = fnv1a(h, std::string_view("\0", 1));
  h = fnv1a(h, std::to_string(take));
  h ^= h >> 31;  // splitmix64 finaliser spreads the bits
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

}  // namespace ekonte
