#include "compiler/shot_graph.hpp"

#include <cstdio>

namespace ekonte {

std::string to_hex(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

std::string_view name_of(ReadingDirection v) {
  return v == ReadingDirection::RightToLeft ? "right-to-left" : "left-to-right";
}

std::string_view name_of(EdgeKind v) {
  switch (v) {
    case EdgeKind::Sequence: return "sequence";
    case EdgeKind::InScene: return "in-scene";
    case EdgeKind::AppearsIn: return "appears-in";
    case EdgeKind::SettingUsedBy: return "setting-used-by";
    case EdgeKind::Continuity: return "continuity";
  }
  return "unknown";
}

std::string_view name_of(Origin v) {
  switch (v) {
    case Origin::Default: return "default";
    case Origin::Header: return "header";
    case Origin::Stage: return "stage";
    case Origin::Action: return "action";
    case Origin::Dialogue: return "dialogue";
    case Origin::Continuity: return "continuity";
    case Origin::Derived: return "derived";
    case Origin::Inferred: return "inferred";
  }
  return "unknown";
}

std::string_view name_of(Framing v) { return vocabulary::row(v).name; }
std::string_view name_of(Angle v) { return vocabulary::row(v).name; }
std::string_view name_of(Movement v) { return vocabulary::row(v).name; }
std::string_view name_of(Transition v) { return vocabulary::row(v).name; }
std::string_view name_of(ScreenPosition v) { return vocabulary::row(v).name; }
std::string_view name_of(Depth v) { return vocabulary::row(v).name; }
std::string_view name_of(Pose v) { return vocabulary::row(v).name; }
std::string_view name_of(Action v) { return vocabulary::row(v).name; }
std::string_view name_of(CueExtension v) { return vocabulary::row(v).name; }
std::string_view name_of(RelationKind v) {
  static constexpr std::string_view kNames[] = {
#define EKONTE_RELATION(id, name, ...) name,
#include "vocabulary/staging_relations.def"
#undef EKONTE_RELATION
  };
  return kNames[static_cast<size_t>(v)];
}

std::string_view name_of(Hand v) {
  switch (v) {
    case Hand::Right: return "right";
    case Hand::Left: return "left";
    case Hand::Both: return "both";
  }
  return "right";
}
std::string_view name_of(Facing v) { return vocabulary::row(v).name; }
std::string_view name_of(Expression v) { return vocabulary::row(v).name; }
std::string_view name_of(View v) { return vocabulary::row(v).name; }
std::string_view name_of(Delivery v) { return vocabulary::row(v).name; }

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
