#include "compiler/shot_graph_json.hpp"

namespace ekonte {
namespace {

using Json = nlohmann::ordered_json;

Json span_json(const SourceSpan& s) {
  if (!s.valid()) return nullptr;
  return std::to_string(s.line) + ":" + std::to_string(s.column);
}

template <typename T>
Json sourced_json(const Sourced<T>& s) {
  Json j;
  j["value"] = name_of(s.value);
  j["origin"] = s.origin;
  if (!s.words.empty()) j["words"] = s.words;
  if (s.span.valid()) j["at"] = span_json(s.span);
  return j;
}

Json styled_json(const StyledProperty& p) {
  Json j;
  j["style"] = p.style;
  Json colors = Json::array();
  for (const auto& c : p.colors) colors.push_back(to_hex(c));
  j["colors"] = std::move(colors);
  if (!p.inherited_from.empty()) j["inherited_from"] = p.inherited_from;
  return j;
}

std::string hex64(uint64_t v) {
  char buf[19];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

nlohmann::ordered_json shot_graph_to_json(const ShotGraph& g) {
  Json root;
  root["ekonte_shotgraph"] = std::move(kShotGraphSchemaVersion);
  root["source"] = g.source_path;
  Json meta;
  meta["title"] = g.meta.title;
  meta["author"] = g.meta.author;
  meta["episode"] = g.meta.episode;
  meta["aspect"] = std::to_string(g.meta.aspect_w) + ":" + std::to_string(g.meta.aspect_h);
  meta["fps"] = g.meta.fps;
  meta["reading"] = name_of(g.meta.reading);
  meta["shots"] = g.shots.size();
  meta["duration_seconds"] = g.total_seconds();
  root["meta"] = std::move(meta);

  Json characters = Json::array();
  for (const auto& c : g.characters) {
    Json j;
    j["id"] = c.id;
    j["name"] = c.display_name;
    j["like"] = c.like.empty() ? Json(nullptr) : Json(c.like);
    j["age"] = c.age ? Json(*c.age) : Json(nullptr);
    j["height_cm"] = c.height_cm ? Json(*c.height_cm) : Json(nullptr);
    j["build"] = c.build;
    j["hair"] = styled_json(c.hair);
    j["eyes"] = styled_json(c.eyes);
    j["skin"] = styled_json(c.skin);
    j["outfit"] = styled_json(c.outfit);
    j["accessory"] = styled_json(c.accessory);
    j["sheet"] = c.sheet.empty() ? Json(nullptr) : Json(c.sheet_resolved);
    j["backstory"] = c.backstory;
    j["notes"] = c.notes;
    j["at"] = span_json(c.span);
    characters.push_back(std::move(j));
  }
  root["characters"] = std::move(characters);

  Json settings = Json::array();
  for (const auto& s : g.settings) {
    Json j;
    j["id"] = s.id;
    j["name"] = s.name;
    j["time"] = s.time;
    Json palette = Json::array();
    for (const auto& c : s.palette) palette.push_back(to_hex(c));
    j["palette"] = std::move(palette);
    j["props"] = s.props;
    j["at"] = span_json(s.span);
    settings.push_back(std::move(j));
  }
  root["settings"] = std::move(settings);

  Json scenes = Json::array();
  for (const auto& s : g.scenes) {
    Json j;
    j["number"] = s.number;
    j["heading"] = s.heading;
    j["int_ext"] = s.int_ext;
    j["place"] = s.place;
    j["time"] = s.time;
    j["flashback"] = s.flashback;
    j["section"] = s.section;
    j["setting"] = s.setting.valid() ? Json(g.setting(s.setting).id) : Json(nullptr);
    j["action"] = s.action;
    Json shots = Json::array();
    for (auto id : s.shots) shots.push_back(g.shot(id).id);
    j["shots"] = std::move(shots);
    j["at"] = span_json(s.span);
    scenes.push_back(std::move(j));
  }
  root["scenes"] = std::move(scenes);

  Json shots = Json::array();
  for (const auto& s : g.shots) {
    Json j;
    j["id"] = s.id;
    j["auto_id"] = s.auto_id;
    j["index"] = s.index;
    j["scene"] = g.scene(s.scene).number;
    j["setting"] = s.setting.valid() ? Json(g.setting(s.setting).id) : Json(nullptr);
    j["framing"] = sourced_json(s.framing);
    j["size"] = name_of(s.size);
    j["subject"] = s.subject.valid() ? Json(g.character(s.subject).id) : Json(nullptr);
    j["subject_text"] = s.subject_text;
    j["angle"] = sourced_json(s.angle);
    j["movement"] = sourced_json(s.movement);
    j["duration_frames"] = s.duration_frames;
    j["duration_text"] = s.duration_text;
    j["take"] = s.take;
    j["seed"] = hex64(s.seed);
    j["transition_in"] = name_of(s.transition_in);
    j["transition_out"] = name_of(s.transition_out);
    Json staging = Json::array();
    for (const auto& st : s.characters) {
      Json c;
      c["character"] = g.character(st.character).id;
      c["position"] = sourced_json(st.position);
      c["depth"] = sourced_json(st.depth);
      c["pose"] = sourced_json(st.pose);
      c["facing"] = sourced_json(st.facing);
      c["facing_target"] = st.facing_target.valid() ? Json(g.character(st.facing_target).id) : Json(nullptr);
      c["expression"] = sourced_json(st.expression);
      c["view"] = sourced_json(st.view);
      c["speaks"] = st.speaks;
      staging.push_back(std::move(c));
    }
    j["characters"] = std::move(staging);
    j["action"] = s.action;
    Json dialogue = Json::array();
    for (const auto& d : s.dialogue) {
      Json dj;
      dj["speaker"] = g.character(d.speaker).id;
      dj["parenthetical"] = d.parenthetical;
      dj["text"] = d.text;
      dj["language"] = d.language;
      dj["delivery"] = name_of(d.delivery);
      dj["at"] = span_json(d.span);
      dialogue.push_back(std::move(dj));
    }
    j["dialogue"] = std::move(dialogue);
    j["sfx"] = s.sfx;
    j["notes"] = s.notes;
    j["stage"] = s.stage;
    j["at"] = span_json(s.span);
    Json lines;
    for (const auto& [name, spans] : {std::pair{"action", &s.action_spans}, std::pair{"sfx", &s.sfx_spans},
                                      std::pair{"notes", &s.note_spans}}) {
      Json at = Json::array();
      for (const auto& sp : *spans) at.push_back(span_json(sp));
      lines[name] = std::move(at);
    }
    j["lines_at"] = std::move(lines);
    shots.push_back(std::move(j));
  }
  root["shots"] = std::move(shots);

  Json edges = Json::array();
  for (const auto& e : g.edges) {
    Json j;
    j["kind"] = name_of(e.kind);
    switch (e.kind) {
      case EdgeKind::Sequence:
      case EdgeKind::Continuity:
        j["from"] = g.shots.at(e.from).id;
        j["to"] = g.shots.at(e.to).id;
        break;
      case EdgeKind::InScene:
        j["from"] = g.scenes.at(e.from).number;
        j["to"] = g.shots.at(e.to).id;
        break;
      case EdgeKind::AppearsIn:
        j["from"] = g.characters.at(e.from).id;
        j["to"] = g.shots.at(e.to).id;
        break;
      case EdgeKind::SettingUsedBy:
        j["from"] = g.settings.at(e.from).id;
        j["to"] = g.scenes.at(e.to).number;
        break;
    }
    if (e.character.valid()) j["character"] = g.character(e.character).id;
    edges.push_back(std::move(j));
  }
  root["edges"] = std::move(edges);
  return root;
}

std::string shot_graph_to_json_text(const ShotGraph& graph) { return shot_graph_to_json(graph).dump(2) + "\n"; }

}  // namespace ekonte
