#include "compiler/shot_graph_json.hpp"

#include <cstdio>

#include "support/json_writer.hpp"

namespace ekonte {
namespace {

void span_value(JsonWriter& w, const SourceSpan& s) {
  if (!s.valid()) return w.null();
  w.value(std::to_string(s.line) + ":" + std::to_string(s.column));
}

// The origin, words and span of a sourced value, inside its object.
template <typename T>
void origin_members(JsonWriter& w, const Sourced<T>& s) {
  w.member("origin", name_of(s.origin));
  if (!s.words.empty()) w.member("words", s.words.str());
  if (s.span.valid()) {
    w.key("at");
    span_value(w, s.span);
  }
}

template <typename T>
void sourced(JsonWriter& w, std::string_view key, const Sourced<T>& s) {
  w.key(key);
  w.begin_object();
  w.member("value", name_of(s.value));
  w.member("origin", name_of(s.origin));
  if (!s.words.empty()) w.member("words", s.words.str());
  if (s.span.valid()) {
    w.key("at");
    span_value(w, s.span);
  }
  w.end_object();
}

void strings(JsonWriter& w, std::string_view key, std::span<const std::string> values) {
  w.key(key);
  w.begin_array();
  for (const auto& v : values) w.value(v);
  w.end_array();
}

void colors(JsonWriter& w, std::string_view key, const std::vector<Rgb>& values) {
  w.key(key);
  w.begin_array();
  for (const auto& c : values) w.value(to_hex(c));
  w.end_array();
}

void styled(JsonWriter& w, std::string_view key, const StyledProperty& p) {
  w.key(key);
  w.begin_object();
  w.member("style", p.style);
  colors(w, "colors", p.colors);
  if (!p.inherited_from.empty()) w.member("inherited_from", p.inherited_from);
  w.end_object();
}

void id_or_null(JsonWriter& w, std::string_view key, bool valid, const std::string& id) {
  w.key(key);
  if (valid) w.value(id);
  else w.null();
}

void spans(JsonWriter& w, std::string_view key, std::span<const SourceSpan> values) {
  w.key(key);
  w.begin_array();
  for (const auto& s : values) span_value(w, s);
  w.end_array();
}

std::string hex64(uint64_t v) {
  char buf[19];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

void write_meta(JsonWriter& w, const ShotGraph& g) {
  w.key("meta");
  w.begin_object();
  w.member("title", g.meta.title);
  w.member("author", g.meta.author);
  w.member("episode", g.meta.episode);
  w.member("aspect", std::to_string(g.meta.aspect_w) + ":" + std::to_string(g.meta.aspect_h));
  w.member("fps", g.meta.fps);
  w.member("reading", name_of(g.meta.reading));
  w.member("shots", static_cast<uint64_t>(g.shots.size()));
  w.member("duration_seconds", g.total_seconds());
  w.end_object();
}

void write_characters(JsonWriter& w, const ShotGraph& g) {
  w.key("characters");
  w.begin_array();
  for (const auto& c : g.characters) {
    w.begin_object();
    w.member("id", c.id);
    w.member("name", c.display_name);
    id_or_null(w, "like", !c.like.empty(), c.like);
    w.key("age");
    if (c.age) w.value(*c.age);
    else w.null();
    w.key("height_cm");
    if (c.height_cm) w.value(*c.height_cm);
    else w.null();
    w.member("build", c.build);
    styled(w, "hair", c.hair);
    styled(w, "eyes", c.eyes);
    styled(w, "skin", c.skin);
    styled(w, "outfit", c.outfit);
    styled(w, "accessory", c.accessory);
    id_or_null(w, "sheet", !c.sheet.empty(), c.sheet_resolved);
    w.member("backstory", c.backstory);
    strings(w, "notes", c.notes);
    w.key("at");
    span_value(w, c.span);
    w.end_object();
  }
  w.end_array();
}

// Colour words on props, only where there are any (a script without them dumps as before).
void prop_colours(JsonWriter& w, std::span<const PropColour> colours) {
  if (colours.empty()) return;
  w.key("prop_colours");
  w.begin_array();
  for (const PropColour& c : colours) {
    w.begin_object();
    w.member("prop", vocabulary::row(c.prop).name);
    w.member("colour", to_hex(c.colour));
    w.member("words", c.words);
    w.key("at");
    span_value(w, c.span);
    w.end_object();
  }
  w.end_array();
}

void write_settings(JsonWriter& w, const ShotGraph& g) {
  w.key("settings");
  w.begin_array();
  for (const auto& s : g.settings) {
    w.begin_object();
    w.member("id", s.id);
    w.member("name", s.name);
    w.member("time", s.time);
    if (!s.kind.empty()) w.member("kind", s.kind);
    if (!s.weather.empty()) strings(w, "weather", s.weather);
    colors(w, "palette", s.palette);
    strings(w, "props", s.props);
    prop_colours(w, s.prop_colours);
    w.key("at");
    span_value(w, s.span);
    w.end_object();
  }
  w.end_array();
}

void write_scenes(JsonWriter& w, const ShotGraph& g) {
  w.key("scenes");
  w.begin_array();
  for (const auto& s : g.scenes) {
    w.begin_object();
    w.member("number", s.number);
    w.member("heading", s.heading);
    w.member("int_ext", s.int_ext);
    w.member("place", s.place);
    w.member("time", s.time);
    w.member("flashback", s.flashback);
    w.member("section", s.section);
    id_or_null(w, "setting", s.setting.valid(), s.setting.valid() ? g.setting(s.setting).id : std::string());
    strings(w, "action", s.action);
    w.key("shots");
    w.begin_array();
    for (auto id : s.shots) w.value(g.shot(id).id);
    w.end_array();
    w.key("at");
    span_value(w, s.span);
    w.end_object();
  }
  w.end_array();
}

void write_shot(JsonWriter& w, const ShotGraph& g, const Shot& s) {
  w.begin_object();
  w.member("id", s.id);
  w.member("auto_id", s.auto_id);
  w.member("index", s.index);
  w.member("scene", g.scene(s.scene).number);
  id_or_null(w, "setting", s.setting.valid(), s.setting.valid() ? g.setting(s.setting).id : std::string());
  sourced(w, "framing", s.framing);
  w.member("size", name_of(s.size));
  id_or_null(w, "subject", s.subject.valid(), s.subject.valid() ? g.character(s.subject).id : std::string());
  w.member("subject_text", s.subject_text.str());
  sourced(w, "angle", s.angle);
  sourced(w, "movement", s.movement);
  w.member("duration_frames", s.duration_frames);
  w.member("duration_text", s.duration_text.str());
  w.member("take", s.take);
  w.member("seed", hex64(s.seed));
  w.member("transition_in", name_of(s.transition_in));
  w.member("transition_out", name_of(s.transition_out));
  w.key("characters");
  w.begin_array();
  for (const auto& st : s.characters) {
    w.begin_object();
    w.member("character", g.character(st.character).id);
    sourced(w, "position", st.position);
    sourced(w, "depth", st.depth);
    sourced(w, "pose", st.pose);
    sourced(w, "facing", st.facing);
    id_or_null(w, "facing_target", st.facing_target.valid(),
               st.facing_target.valid() ? g.character(st.facing_target).id : std::string());
    sourced(w, "expression", st.expression);
    sourced(w, "view", st.view);
    w.member("speaks", st.speaks);
    sourced(w, "action", st.action);
    w.key("held");
    w.begin_array();
    for (const auto& h : st.held) {
      w.begin_object();
      w.member("noun", h.value.noun);
      w.member("hand", name_of(h.value.hand));
      origin_members(w, h);
      w.end_object();
    }
    w.end_array();
    w.key("seat");
    if (st.seat.value.empty()) {
      w.null();
    } else {
      w.begin_object();
      w.member("noun", st.seat.value.str());
      origin_members(w, st.seat);
      w.end_object();
    }
    w.key("contacts");
    w.begin_array();
    for (const auto& c : st.contacts) {
      w.begin_object();
      w.member("character", g.character(c.value).id);
      origin_members(w, c);
      w.end_object();
    }
    w.end_array();
    w.key("relations");
    w.begin_array();
    for (const auto& r : st.relations) {
      w.begin_object();
      w.member("kind", name_of(r.value.kind));
      if (r.value.character.valid()) w.member("character", g.character(r.value.character).id);
      if (!r.value.noun.empty()) w.member("noun", r.value.noun);
      if (!r.value.prop.empty()) w.member("prop", r.value.prop);
      if (!r.value.kind_row.empty()) {
        w.member("drawn_as", r.value.kind_row);
        w.member("reading", r.value.reading);
      }
      origin_members(w, r);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("extras");
  w.begin_array();
  for (const auto& e : s.extras) {
    w.begin_object();
    w.member("count", e.count);
    w.member("description", e.description);
    w.key("at");
    span_value(w, e.span);
    w.end_object();
  }
  w.end_array();
  prop_colours(w, s.prop_colours);
  strings(w, "action", s.action);
  w.key("dialogue");
  w.begin_array();
  for (const auto& d : s.dialogue) {
    w.begin_object();
    id_or_null(w, "speaker", d.speaker.valid(), d.speaker.valid() ? g.character(d.speaker).id : std::string());
    if (!d.voice.empty()) w.member("voice", d.voice);
    if (d.extension) w.member("extension", name_of(*d.extension));
    w.member("off_screen", d.off_screen);
    w.member("parenthetical", d.parenthetical);
    w.member("text", d.text);
    w.member("language", d.language);
    w.member("delivery", name_of(d.delivery));
    w.key("at");
    span_value(w, d.span);
    w.end_object();
  }
  w.end_array();
  strings(w, "sfx", s.sfx);
  strings(w, "notes", s.notes);
  w.member("stage", s.stage);
  if (!s.background.empty()) {
    w.member("background", s.background.str());
    if (s.horizon >= 0) w.member("horizon", s.horizon);
    if (s.floor >= 0) w.member("floor", s.floor);
  }
  w.key("at");
  span_value(w, s.span);
  w.key("lines_at");
  w.begin_object();
  spans(w, "action", s.action_spans);
  spans(w, "sfx", s.sfx_spans);
  spans(w, "notes", s.note_spans);
  w.end_object();
  w.end_object();
}

void write_edges(JsonWriter& w, const ShotGraph& g) {
  w.key("edges");
  w.begin_array();
  for (const auto& e : g.edges) {
    w.begin_object();
    w.member("kind", name_of(e.kind));
    switch (e.kind) {
      case EdgeKind::Sequence:
      case EdgeKind::Continuity:
        w.member("from", g.shots.at(e.from).id);
        w.member("to", g.shots.at(e.to).id);
        break;
      case EdgeKind::InScene:
        w.member("from", g.scenes.at(e.from).number);
        w.member("to", g.shots.at(e.to).id);
        break;
      case EdgeKind::AppearsIn:
        w.member("from", g.characters.at(e.from).id);
        w.member("to", g.shots.at(e.to).id);
        break;
      case EdgeKind::SettingUsedBy:
        w.member("from", g.settings.at(e.from).id);
        w.member("to", g.scenes.at(e.to).number);
        break;
    }
    if (e.character.valid()) w.member("character", g.character(e.character).id);
    w.end_object();
  }
  w.end_array();
}

void write_document(JsonWriter& w, const ShotGraph& g) {
  w.begin_object();
  w.member("ekonte_shotgraph", kShotGraphSchemaVersion);
  w.member("source", g.source_path);
  write_meta(w, g);
  write_characters(w, g);
  write_settings(w, g);
  write_scenes(w, g);
  w.key("shots");
  w.begin_array();
  for (const auto& s : g.shots) write_shot(w, g, s);
  w.end_array();
  write_edges(w, g);
  w.end_object();
}

}  // namespace

std::string shot_graph_to_json_text(const ShotGraph& g) {
  // A shot takes about 3.5 KB of JSON: room reserved once, the untouched rest never paged in.
  constexpr size_t kBytesPerShot = 4096, kFixedBytes = 1 << 16;
  JsonWriter w;
  w.reserve(kFixedBytes + g.shots.size() * kBytesPerShot);
  write_document(w, g);
  std::string text = w.take();
  text += '\n';
  return text;
}

void write_shot_graph_json(const ShotGraph& g, const std::function<void(std::string_view)>& sink) {
  JsonWriter w(sink);
  write_document(w, g);
  w.finish();
  sink("\n");
}

nlohmann::ordered_json shot_graph_to_json(const ShotGraph& graph) {
  return nlohmann::ordered_json::parse(shot_graph_to_json_text(graph));
}

}  // namespace ekonte
