// Scenes and shots: headings, camera, durations, takes and seeds, dialogue, staging.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>

#include "compiler/check/checks.hpp"
#include "compiler/staging/infer_staging.hpp"
#include "compiler/values/parse_values.hpp"
#include "compiler/values/read_prop_colours.hpp"
#include "support/text.hpp"
#include "support/utf8.hpp"
#include "vocabulary/staging.hpp"
#include "vocabulary/world.hpp"

namespace ekonte::check {
namespace {

// "ja" when the line has kana (or Han and no Hangul), "ko" for Hangul, "en" otherwise.
std::string detect_language(const std::string& text) {
  bool kana = false, han = false, hangul = false;
  for (size_t i = 0; i < text.size();) {
    const uint32_t cp = next_code_point(text, i);
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xFF66 && cp <= 0xFF9F)) kana = true;
    else if (cp >= 0x4E00 && cp <= 0x9FFF) han = true;
    else if (cp >= 0xAC00 && cp <= 0xD7AF) hangul = true;
  }
  if (kana) return "ja";
  if (hangul) return "ko";
  if (han) return "ja";
  return "en";
}

bool looks_like_id(const std::string& w) {
  if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

void read_heading(const input::SceneHeading& h, Scene& scene) {
  if (h.number) scene.number = h.number->value;
  if (h.int_ext) scene.int_ext = h.int_ext->value;
  scene.place = h.place.value;
  if (h.time) scene.time = h.time->value;
  scene.flashback = h.flashback;
  scene.heading = (scene.int_ext.empty() ? "" : scene.int_ext + " ") + scene.place;
  if (!scene.time.empty()) scene.heading += " - " + scene.time;
  for (const auto& part : h.more) scene.heading += " - " + part.value;
  if (scene.flashback) scene.heading += " - FLASHBACK";
}

// Where `word` stands in `text` as a whole word, or npos.
size_t find_word(const std::string& text, const std::string& word) {
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    const size_t end = at + word.size();
    if (start && (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end])))) return at;
  }
  return std::string::npos;
}

// A POV or a close-up is a picture of someone or something: one that ends up with no
// character, no extras, no subject and no prop named in its prose draws an empty frame (W0409).
void warn_empty_frame(const Shot& shot, const std::string& file, DiagnosticSink& sink) {
  const Framing f = shot.framing.value;
  if (f != Framing::Pov && f != Framing::CloseUp && f != Framing::ExtremeCloseUp) return;
  if (!shot.characters.empty() || !shot.extras.empty()) return;
  if (f != Framing::Pov && !shot.subject_text.empty()) return;  // a close-up of a thing
  for (const auto& line : shot.action)
    if (vocabulary::match_prop(line)) return;
  const std::string what = f == Framing::Pov ? "POV" : "close-up";
  sink.report(DiagnosticKind::EmptyFrame, file, shot.framing.span.line ? shot.framing.span : shot.span,
              "the " + what + " shot `" + shot.id + "` has nobody and nothing in frame",
              "name who or what is seen in the prose (a character, `two guards`, a prop), or add a `stage:` line");
}

// `background:`, `horizon:` and `floor:` on a shot: its own picture, read like a setting's (the
// picture itself is opened by pipeline/check_sheet_images.hpp).
void read_shot_background(const input::Shot& sd, Shot& shot, const PassContext& ctx) {
  for (const input::Property& p : sd.properties) {
    if (p.key.value == "background") {
      const std::string background = trim(p.value.value);
      shot.background = background;
      shot.background_span = p.value.span;
      shot.background_resolved =
          (std::filesystem::path(ctx.file).parent_path() / background).lexically_normal().string();
    } else {
      std::string error;
      if (auto f = parse_picture_height(p.value.value, &error)) (p.key.value == "horizon" ? shot.horizon : shot.floor) = *f;
      else ctx.sink.report(DiagnosticKind::BadNumber, ctx.file, p.value.span,
                           "cannot read `" + p.key.value + ": " + p.value.value + "`", error);
    }
  }
  if (shot.horizon >= 0 && shot.floor >= 0 && shot.floor <= shot.horizon)
    ctx.sink.report(DiagnosticKind::BadNumber, ctx.file, shot.span, "the floor of shot `" + shot.id + "` is not below its horizon",
                    "`horizon:` is where the eyes of a standing person are, `floor:` where the feet are: "
                    "the floor is the larger fraction");
}

}  // namespace

void build_shots(input::ScriptInput&& script, ShotGraph& graph, const PassContext& ctx) {
  std::vector<std::string> character_ids, setting_ids;
  for (const auto& c : graph.characters) character_ids.push_back(c.id);
  for (const auto& s : graph.settings) setting_ids.push_back(s.id);
  auto undefined_character = [&](const SpannedText& word, const std::string& what) {
    ctx.sink.report(DiagnosticKind::UndefinedCharacter, ctx.file, word.span,
                    what + " `" + word.value + "` is not a defined character",
                    suggest(word.value, character_ids, "define it with `character " + word.value + " \"Name\":`"));
  };

  // Author-given ids first, so automatic numbers can avoid them.
  // A sorted vector: a set's node took three times the memory of its (short) id.
  std::vector<std::string> author_ids;
  size_t shot_count = 0;
  for (const auto& scene : script.scenes)
    for (const auto& shot : scene.shots) {
      if (shot.camera.id) author_ids.push_back(shot.camera.id->value);
      ++shot_count;
    }
  std::sort(author_ids.begin(), author_ids.end());
  author_ids.erase(std::unique(author_ids.begin(), author_ids.end()), author_ids.end());
  author_ids.shrink_to_fit();
  const auto is_author_id = [&](const std::string& id) { return std::binary_search(author_ids.begin(), author_ids.end(), id); };
  // Room for every shot at once: growing the vector held the old and the new one together. It
  // never moves, so the ids seen so far are views of the shots' own ids.
  graph.shots.reserve(graph.shots.size() + shot_count);

  std::unordered_map<std::string_view, SourceSpan> seen_ids;  // each id given so far: where
  const std::vector<char> genders = learn_genders(script, graph.characters);
  std::map<std::string, SourceSpan> voices;  // cue names that are no character, first cue
  std::set<std::string> voice_warned;
  std::map<std::string, SourceSpan> seen_scene_numbers;
  Transition carried_transition = Transition::None;  // a scene's closing transition opens the next

  for (auto& decl : script.scenes) {
    Scene scene;
    read_heading(decl.heading, scene);
    scene.section = decl.section;
    scene.span = decl.span;
    scene.action.reserve(decl.action.size());
    for (const auto& a : decl.action) scene.action.push_back(a.value);
    if (!scene.number.empty()) {
      if (auto it = seen_scene_numbers.find(scene.number); it != seen_scene_numbers.end()) {
        auto& d = ctx.sink.report(DiagnosticKind::DuplicateSceneNumber, ctx.file, decl.span,
                                  "scene number `" + scene.number + "` is used twice", "number scenes uniquely, e.g. `12A`");
        d.notes.push_back({it->second, "first used here"});
      } else {
        seen_scene_numbers[scene.number] = decl.span;
      }
    } else {
      scene.number = std::to_string(graph.scenes.size() + 1);
    }
    if (decl.setting_ref) {
      scene.setting = graph.find_setting(decl.setting_ref->value);
      if (!scene.setting.valid())
        ctx.sink.report(DiagnosticKind::UndefinedSetting, ctx.file, decl.setting_ref->span,
                        "setting `" + decl.setting_ref->value + "` is not defined",
                        suggest(decl.setting_ref->value, setting_ids, "define it with `setting ID \"Name\":`"));
    } else {
      ctx.sink.report(DiagnosticKind::MissingSceneSetting, ctx.file, decl.span, "scene " + scene.number + " names no setting",
                      "end the heading with the setting id in parentheses, e.g. `(SHRINE)`; a plain backdrop is drawn");
    }
    const SceneId scene_id{static_cast<uint32_t>(graph.scenes.size())};

    StagingContext staging_context;
    staging_context.characters = &graph.characters;
    staging_context.genders = genders;
    std::map<uint32_t, StagingContext::Carried> carried;
    staging_context.carried = &carried;
    std::set<uint32_t> in_scene;  // characters seen in this scene's shots
    const size_t first_shot = graph.shots.size();

    const std::vector<Extras> opening_extras = find_extras(decl.action);
    std::vector<Extras> scene_extras = opening_extras;
    for (size_t k = 0; k < decl.shots.size(); ++k) {
      input::Shot& sd = decl.shots[k];
      const input::Camera& header = sd.camera;
      Shot shot;
      shot.index = static_cast<uint32_t>(graph.shots.size());
      shot.scene = scene_id;
      shot.setting = scene.setting;
      shot.span = sd.span;
      std::optional<SourceSpan> id_span;  // where this shot's id was given, when it is new
      if (header.id) {
        shot.id = header.id->value;
        if (auto it = seen_ids.find(shot.id); it != seen_ids.end()) {
          auto& d = ctx.sink.report(DiagnosticKind::DuplicateShotId, ctx.file, header.id->span,
                                    "shot id `" + shot.id + "` is used twice", "give each shot its own id, e.g. `12A`");
          d.notes.push_back({it->second, "first used here"});
        } else {
          id_span = header.id->span;
        }
      } else {
        shot.auto_id = true;
        shot.id = std::to_string(shot.index + 1);
        for (int n = 1; is_author_id(shot.id) || seen_ids.count(shot.id); ++n)
          shot.id = std::to_string(shot.index + 1) + "." + std::to_string(n);
        id_span = sd.span;
      }
      shot.framing = header.framing;
      shot.size = header.size;
      shot.angle = header.angle;
      shot.movement = header.movement;
      shot.duration_frames = header.duration_frames.value_or(graph.meta.fps);
      shot.duration_text = header.duration_text;
      shot.take = header.take;
      shot.seed = shot_seed(shot.id, shot.take);
      std::string subject_text;
      for (const auto& w : header.subject) subject_text += (subject_text.empty() ? "" : " ") + w.value;
      shot.subject_text = subject_text;
      if (!header.subject.empty() && shot.framing.value != Framing::Insert) {
        const SpannedText& word = header.subject[0];
        shot.subject = graph.find_character(word.value);
        // An upper-case word is meant as a character; anything else names a thing in view.
        if (!shot.subject.valid() && looks_like_id(word.value)) undefined_character(word, "shot subject");
      }
      // The texts of action lines, sfx, notes and dialogue are moved into the shot once nothing
      // reads them in the input any more (below): the graph holds the input's own strings, not
      // copies of them.
      shot.action_spans.reserve(sd.action.size());
      for (const auto& a : sd.action) {
        shot.action_spans.push_back(a.span);
        for (PropColour& c : read_prop_colours(a)) shot.prop_colours.push_back(std::move(c));
      }
      shot.sfx.reserve(sd.sfx.size());
      shot.sfx_spans.reserve(sd.sfx.size());
      for (auto& s : sd.sfx) shot.sfx.push_back(std::move(s.value)), shot.sfx_spans.push_back(s.span);
      shot.notes.reserve(sd.notes.size());
      shot.note_spans.reserve(sd.notes.size());
      for (auto& n : sd.notes) shot.notes.push_back(std::move(n.value)), shot.note_spans.push_back(n.span);
      for (const auto& s : sd.stage) shot.stage += (shot.stage.empty() ? "" : "; ") + s.value;
      read_shot_background(sd, shot, ctx);

      shot.dialogue.reserve(sd.dialogue.size());
      for (const auto& d : sd.dialogue) {
        DialogueLine line;
        line.speaker = graph.find_character(d.speaker.value);
        line.extension = vocabulary::match_cue_extension(d.extension.value);
        line.off_screen = (line.extension && vocabulary::row(*line.extension).off_screen) ||
                          is_off_screen(d.parenthetical.value);
        if (!line.speaker.valid()) {
          // A cue naming no character is a voice (ANNOUNCER, CROWD, GUARD): heard, never drawn.
          line.voice = d.speaker.value;
          line.off_screen = true;
          voices.try_emplace(d.speaker.value, d.speaker.span);
        }
        line.parenthetical = d.parenthetical.value;
        line.language = detect_language(d.line.value);
        line.delivery = delivery_from_parenthetical(line.parenthetical);
        line.span = d.span;
        if (d.line.value.empty()) {
          ctx.sink.report(DiagnosticKind::EmptyDialogue, ctx.file, d.span,
                          "`" + d.speaker.value + "` has a cue but no line",
                          "write the line after the colon, or indent it on the lines below the cue");
        }
        shot.dialogue.push_back(std::move(line));
      }

      staging_context.framing = shot.framing.value;
      staging_context.subject = shot.subject;
      staging_context.shot_id = shot.id;
      staging_context.prop_colours = &shot.prop_colours;
      shot.characters = infer_staging(sd, staging_context, ctx.file, ctx.sink);
      shot.extras = find_extras(sd, graph.characters, scene_extras);
      // The last readers of the input shot's prose and lines are done with them.
      shot.action.reserve(sd.action.size());
      for (auto& a : sd.action) shot.action.push_back(std::move(a.value));
      for (size_t i = 0; i < sd.dialogue.size(); ++i) shot.dialogue[i].text = std::move(sd.dialogue[i].line.value);
      // The scene's opening prose ("Six guards line the hall") peoples its wide shots.
      if (shot.size <= Framing::Full && shot.framing.value != Framing::Pov)
        for (const auto& e : opening_extras) {
          bool named = false;
          for (const auto& own : shot.extras) named |= own.description == e.description;
          if (!named) shot.extras.push_back(e);
        }
      for (const auto& e : shot.extras) scene_extras.push_back(e);
      warn_empty_frame(shot, ctx.file, ctx.sink);
      staging_context.previous_cast.clear();
      for (const auto& s : shot.characters) staging_context.previous_cast.push_back(s.character);
      for (size_t i = 0; i < shot.action.size(); ++i)
        for (const auto& [name, cue] : voices)
          if (const size_t at = find_word(shot.action[i], name); at != std::string::npos && !voice_warned.count(name)) {
            voice_warned.insert(name);
            const SpannedText line{shot.action[i], shot.action_spans[i]};
            auto& d = ctx.sink.report(DiagnosticKind::VoiceNamedInAction, ctx.file, sub_span(line, at, name.size()),
                                      "`" + name + "` speaks as a voice (no character has that id) but appears in the action",
                                      suggest(name, character_ids, "define it with `character " + name + " \"Name\":` to draw it"));
            d.notes.push_back({cue, "the voice's cue"});
          }
      for (const auto& s : shot.characters) {
        in_scene.insert(s.character.value);
        if (s.position.value != ScreenPosition::Center && shot.characters.size() > 1)
          staging_context.scene_positions[s.character.value] = {s.position.value, shot.id};
      }
      if (shot.subject.valid()) in_scene.insert(shot.subject.value);
      // Characters named anywhere in the action are in the scene, even when out of frame.
      for (const auto& a : shot.action)
        for (uint32_t c = 0; c < graph.characters.size(); ++c)
          if (a.find(graph.characters[c].id) != std::string::npos) in_scene.insert(c);

      if (shot.action.empty() && shot.dialogue.empty() && shot.sfx.empty() && shot.stage.empty()) {
        ctx.sink.report(DiagnosticKind::EmptyShot, ctx.file, sd.span, "shot `" + shot.id + "` has no action, dialogue or sound",
                        "describe what the picture shows on the indented lines below the header");
      }
      scene.shots.push_back(ShotId{shot.index});
      graph.shots.push_back(std::move(shot));
      if (id_span) seen_ids.emplace(graph.shots.back().id, *id_span);
    }

    // Dialogue must come from someone in the scene, unless marked as an off-screen voice.
    for (size_t k = first_shot; k < graph.shots.size(); ++k) {
      for (const auto& line : graph.shots[k].dialogue) {
        if (!line.speaker.valid() || line.off_screen || in_scene.count(line.speaker.value)) continue;
        const std::string& id = graph.characters[line.speaker.value].id;
        ctx.sink.report(DiagnosticKind::DialogueNotInScene, ctx.file, line.span,
                        "`" + id + "` speaks in scene " + scene.number + " but is not in it",
                        "name `" + id + "` in the action or a `stage:` line, or mark the line `(V.O.)` or `(O.S.)`");
      }
    }

    // Transitions: a mark before shot k opens it and closes shot k-1.
    if (first_shot < graph.shots.size() && carried_transition != Transition::None)
      graph.shots[first_shot].transition_in = carried_transition;
    carried_transition = Transition::None;
    for (const auto& mark : decl.transitions) {
      const Transition t = mark.transition;
      const size_t at = first_shot + mark.before_shot;
      if (at < graph.shots.size()) graph.shots[at].transition_in = t;
      if (at > first_shot && at - 1 < graph.shots.size()) graph.shots[at - 1].transition_out = t;
      if (mark.before_shot >= decl.shots.size()) carried_transition = t;
    }
    graph.scenes.push_back(std::move(scene));
    // Each scene's input is let go of once its shots are built: the script's input and its
    // shot graph are never both held whole.
    decl = input::Scene{};
  }
}

}  // namespace ekonte::check
