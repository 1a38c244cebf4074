// Graph edges, and the continuity checks a script supervisor would make.
#include <map>
#include <set>

#include "compiler/check/checks.hpp"

namespace ekonte::check {
namespace {

// The root of a character's `like` family: HARU9 -> HARU.
std::string family_of(const ShotGraph& graph, CharacterId id) {
  std::string current = graph.character(id).id;
  for (int guard = 0; guard < 64; ++guard) {
    const CharacterId c = graph.find_character(current);
    if (!c.valid() || graph.character(c).like.empty()) break;
    current = graph.character(c).like;
  }
  return current;
}

const Staging* staging_of(const Shot& shot, CharacterId id) {
  for (const auto& s : shot.characters)
    if (s.character == id) return &s;
  return nullptr;
}

}  // namespace

void link_and_check_continuity(ShotGraph& graph, const PassContext& ctx) {
  auto& edges = graph.edges;
  // Reserved whole: a vector grown by doubling held up to twice the edges (a sixteenth of a
  // large graph's memory).
  size_t count = graph.shots.empty() ? 0 : graph.shots.size() - 1;
  for (const auto& scene : graph.scenes) {
    count += scene.shots.size() + scene.setting.valid();
    for (size_t k = 0; k + 1 < scene.shots.size(); ++k)
      for (const auto& sb : graph.shot(scene.shots[k + 1]).characters)
        count += staging_of(graph.shot(scene.shots[k]), sb.character) != nullptr;
  }
  for (const auto& shot : graph.shots) count += shot.characters.size();
  edges.reserve(edges.size() + count);
  for (uint32_t i = 0; i + 1 < graph.shots.size(); ++i) edges.push_back({EdgeKind::Sequence, i, i + 1, {}});
  for (uint32_t s = 0; s < graph.scenes.size(); ++s) {
    for (auto shot : graph.scenes[s].shots) edges.push_back({EdgeKind::InScene, s, shot.value, {}});
    if (graph.scenes[s].setting.valid())
      edges.push_back({EdgeKind::SettingUsedBy, graph.scenes[s].setting.value, s, {}});
  }
  for (const auto& shot : graph.shots)
    for (const auto& st : shot.characters) edges.push_back({EdgeKind::AppearsIn, st.character.value, shot.index, {}});

  for (const auto& scene : graph.scenes) {
    // Continuity edges and the 180-degree rule between consecutive shots of a scene.
    for (size_t k = 0; k + 1 < scene.shots.size(); ++k) {
      const Shot& a = graph.shot(scene.shots[k]);
      const Shot& b = graph.shot(scene.shots[k + 1]);
      for (const auto& sb : b.characters) {
        const Staging* sa = staging_of(a, sb.character);
        if (!sa) continue;
        edges.push_back({EdgeKind::Continuity, a.index, b.index, sb.character});
        const bool flipped = (sa->position.value == ScreenPosition::Left && sb.position.value == ScreenPosition::Right) ||
                             (sa->position.value == ScreenPosition::Right && sb.position.value == ScreenPosition::Left);
        if (!flipped || b.movement.value != Movement::Static) continue;
        auto& d = ctx.sink.report(
            DiagnosticKind::ScreenSideFlip, ctx.file, sb.position.span.valid() ? sb.position.span : b.span,
            "`" + graph.character(sb.character).id + "` is " + std::string(name_of(sb.position.value)) + " in shot `" +
                b.id + "` but " + std::string(name_of(sa->position.value)) + " in shot `" + a.id + "` (180-degree rule)",
            "keep the character's side, or motivate the flip with a camera move such as `pan right` or `truck left`");
        d.notes.push_back({sa->position.span.valid() ? sa->position.span : a.span, "previous side set here"});
      }
    }
    // A scene shows one version of each character: HARU and HARU9 together is a variant change.
    std::map<std::string, std::pair<CharacterId, const Shot*>> first_of_family;
    std::set<std::string> reported;
    for (auto shot_id : scene.shots) {
      const Shot& shot = graph.shot(shot_id);
      for (const auto& st : shot.characters) {
        const std::string family = family_of(graph, st.character);
        auto [it, inserted] = first_of_family.emplace(family, std::make_pair(st.character, &shot));
        if (inserted || it->second.first == st.character || reported.count(family)) continue;
        reported.insert(family);
        auto& d = ctx.sink.report(DiagnosticKind::VariantChangeInScene, ctx.file, shot.span,
                                  "`" + graph.character(st.character).id + "` appears in shot `" + shot.id + "` but `" +
                                      graph.character(it->second.first).id + "` (same character, other variant) in shot `" +
                                      it->second.second->id + "` of the same scene",
                                  "split the scene, or use one variant throughout it");
        d.notes.push_back({it->second.second->span, "other variant here"});
      }
    }
  }
}

}  // namespace ekonte::check
