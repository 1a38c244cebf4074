// Characters (with `like` inheritance) and settings, from their blocks.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "compiler/check/checks.hpp"
#include "support/text.hpp"
#include "compiler/values/parse_values.hpp"
#include "compiler/values/read_setting_words.hpp"

namespace ekonte::check {
namespace {

// `bob, #2a2d4f` -> style "bob", colours {#2a2d4f}.
StyledProperty read_styled(const input::Property& p, const PassContext& ctx) {
  StyledProperty out;
  out.span = p.value.span;
  const std::string& v = p.value.value;
  size_t start = 0;
  std::vector<std::string> words;
  while (start <= v.size()) {
    size_t end = v.find(',', start);
    if (end == std::string::npos) end = v.size();
    const std::string raw = v.substr(start, end - start);
    const std::string item = trim(raw);
    const size_t item_begin = start + raw.find_first_not_of(" \t");
    if (!item.empty() && item[0] == '#') {
      std::string error;
      if (auto c = parse_color(item, &error)) {
        out.colors.push_back(*c);
      } else {
        ctx.sink.report(DiagnosticKind::BadColour, ctx.file, sub_span(p.value, item_begin, item.size()),
                        "cannot read colour `" + item + "` of `" + p.key.value + "`: " + error,
                        "colours are written `#rrggbb`, e.g. `#2a2d4f`");
      }
    } else if (!item.empty()) {
      words.push_back(to_lower(item));
    }
    start = end + 1;
  }
  // Items stay comma-separated: `outfit: trench coat, fedora` names two garments.
  for (const auto& w : words) out.style += (out.style.empty() ? "" : ", ") + w;
  return out;
}

std::string joined(const input::Property& p, const char* separator) {
  std::string out = p.value.value;
  for (const auto& c : p.continuation) out += (out.empty() ? "" : separator) + c.value;
  return out;
}

struct OwnCharacter {
  Character character;
  std::set<std::string> set_keys;
  const input::CharacterDecl* decl = nullptr;
};

}  // namespace

void resolve_definitions(const input::ScriptInput& script, ShotGraph& graph, const PassContext& ctx) {
  const std::filesystem::path script_dir = std::filesystem::path(ctx.file).parent_path();
  static const std::vector<std::string> kCharacterKeys = {"age", "height", "build", "hair", "eyes", "skin", "outfit",
                                                           "accessory", "body", "pronouns", "sheet", "backstory", "note"};
  // ---- characters, own properties ----
  std::vector<OwnCharacter> own;
  std::map<std::string, size_t> index_of;
  for (const auto& decl : script.characters) {
    if (auto it = index_of.find(decl.id.value); it != index_of.end()) {
      auto& d = ctx.sink.report(DiagnosticKind::DuplicateCharacter, ctx.file, decl.id.span,
                                "character `" + decl.id.value + "` is defined twice",
                                "rename one of them, or use `like` to make a variant");
      d.notes.push_back({own[it->second].decl->id.span, "first defined here"});
      continue;
    }
    OwnCharacter oc;
    oc.decl = &decl;
    Character& c = oc.character;
    c.id = decl.id.value;
    c.display_name = decl.display_name.value.empty() ? decl.id.value : decl.display_name.value;
    c.like = decl.like ? decl.like->value : "";
    c.span = decl.span;
    for (const auto& p : decl.properties) {
      const std::string& key = p.key.value;
      oc.set_keys.insert(key);
      if (key == "age") {
        if (auto n = parse_whole_number(p.value.value); n && *n <= 10000) c.age = *n;
        else ctx.sink.report(DiagnosticKind::BadNumber, ctx.file, p.value.span, "cannot read age `" + p.value.value + "`",
                             "an age is a whole number of years, e.g. `age: 16`");
      } else if (key == "height") {
        std::string error;
        if (auto h = parse_height_cm(p.value.value, &error)) c.height_cm = *h;
        else ctx.sink.report(DiagnosticKind::BadNumber, ctx.file, p.value.span, "cannot read height `" + p.value.value + "`", error);
      } else if (key == "pronouns") {
        c.pronouns = to_lower(trim(p.value.value));
      } else if (key == "build") {
        c.build = to_lower(trim(p.value.value));
        c.build_span = p.value.span;
      } else if (key == "hair") {
        c.hair = read_styled(p, ctx);
      } else if (key == "eyes") {
        c.eyes = read_styled(p, ctx);
      } else if (key == "skin") {
        c.skin = read_styled(p, ctx);
      } else if (key == "outfit") {
        c.outfit = read_styled(p, ctx);
      } else if (key == "accessory") {
        c.accessory = read_styled(p, ctx);
      } else if (key == "body") {
        c.body = to_lower(trim(p.value.value));
        c.body_span = p.value.span;
      } else if (key == "sheet") {
        c.sheet = trim(p.value.value);
        c.sheet_span = p.value.span;
        const std::filesystem::path resolved = script_dir / c.sheet;
        c.sheet_resolved = resolved.lexically_normal().string();
        std::error_code ec;
        if (ctx.options.check_sheet_files && !std::filesystem::is_regular_file(resolved, ec)) {
          ctx.sink.report(DiagnosticKind::MissingSheetFile, ctx.file, p.value.span,
                          "sheet image `" + c.sheet + "` of `" + c.id + "` does not exist (looked for `" +
                              c.sheet_resolved + "`)",
                          "paths are relative to the script's folder; `ekonte sheet FILE " + c.id +
                              " --png DIR` draws one from the character's description");
        }
      } else if (key == "backstory") {
        c.backstory = joined(p, "\n");
      } else if (key == "note") {
        c.notes.push_back(joined(p, " "));
      } else {
        ctx.sink.report(DiagnosticKind::UnknownProperty, ctx.file, p.key.span,
                        "unknown character property `" + key + "`", suggest(key, kCharacterKeys,
                        "character properties: age, height, build, hair, eyes, skin, outfit, accessory, body, pronouns, sheet, backstory, note"));
      }
    }
    index_of[c.id] = own.size();
    own.push_back(std::move(oc));
  }

  // ---- `like`: inherit every property the variant does not set ----
  std::vector<std::string> ids;
  for (const auto& oc : own) ids.push_back(oc.character.id);
  std::vector<int> state(own.size(), 0);  // 0 unvisited, 1 in progress, 2 done
  std::function<void(size_t)> resolve = [&](size_t i) {
    if (state[i] == 2) return;
    state[i] = 1;
    OwnCharacter& oc = own[i];
    Character& c = oc.character;
    if (!c.like.empty()) {
      auto it = index_of.find(c.like);
      if (it == index_of.end()) {
        ctx.sink.report(DiagnosticKind::UndefinedLikeBase, ctx.file, oc.decl->like->span,
                        "`" + c.id + "` is `like " + c.like + "`, but `" + c.like + "` is not defined",
                        suggest(c.like, ids, "define the base character, or remove `like`"));
        c.like.clear();
      } else if (state[it->second] == 1) {
        ctx.sink.report(DiagnosticKind::CyclicLike, ctx.file, oc.decl->like->span,
                        "`like` chain of `" + c.id + "` loops back to itself through `" + c.like + "`",
                        "a variant must end at a character with no `like`");
        c.like.clear();
      } else {
        resolve(it->second);
        const OwnCharacter& base = own[it->second];
        const Character& b = base.character;
        auto inherit = [&](const char* key, StyledProperty& mine, const StyledProperty& theirs) {
          if (oc.set_keys.count(key)) return;
          mine = theirs;
          if (mine.inherited_from.empty()) mine.inherited_from = b.id;
        };
        inherit("hair", c.hair, b.hair);
        inherit("eyes", c.eyes, b.eyes);
        inherit("skin", c.skin, b.skin);
        inherit("outfit", c.outfit, b.outfit);
        inherit("accessory", c.accessory, b.accessory);
        if (!oc.set_keys.count("age")) c.age = b.age;
        if (!oc.set_keys.count("height")) c.height_cm = b.height_cm;
        if (!oc.set_keys.count("build")) c.build = b.build, c.build_span = b.build_span;
        if (!oc.set_keys.count("body")) c.body = b.body, c.body_span = b.body_span;
        if (!oc.set_keys.count("pronouns")) c.pronouns = b.pronouns;
        if (!oc.set_keys.count("sheet")) c.sheet = b.sheet, c.sheet_resolved = b.sheet_resolved, c.sheet_span = b.sheet_span;
        if (!oc.set_keys.count("backstory")) c.backstory = b.backstory;
        if (!oc.set_keys.count("note")) c.notes = b.notes;
      }
    }
    state[i] = 2;
  };
  for (size_t i = 0; i < own.size(); ++i) resolve(i);
  for (auto& oc : own) graph.characters.push_back(std::move(oc.character));

  // ---- settings ----
  static const std::vector<std::string> kSettingKeys = {"time", "kind", "weather", "palette", "props", "background",
                                                        "horizon", "floor"};
  std::map<std::string, size_t> setting_index;
  for (const auto& decl : script.settings) {
    if (auto it = setting_index.find(decl.id.value); it != setting_index.end()) {
      auto& d = ctx.sink.report(DiagnosticKind::DuplicateSetting, ctx.file, decl.id.span,
                                "setting `" + decl.id.value + "` is defined twice", "rename one of them");
      d.notes.push_back({script.settings[it->second].id.span, "first defined here"});
      continue;
    }
    Setting s;
    s.id = decl.id.value;
    s.name = decl.name.value.empty() ? decl.id.value : decl.name.value;
    s.span = decl.span;
    for (const auto& p : decl.properties) {
      if (read_setting_word(p, s, ctx.file, ctx.sink, graph.custom_props)) {  // time, kind, weather, props
      } else if (p.key.value == "palette") {
        StyledProperty colours = read_styled(p, ctx);
        s.palette = colours.colors;
        if (!colours.style.empty())
          ctx.sink.report(DiagnosticKind::BadColour, ctx.file, p.value.span,
                          "`palette` takes colours only, found `" + colours.style + "`",
                          "write colours as `#rrggbb`, separated by commas");
      } else if (p.key.value == "background") {
        s.background = trim(p.value.value);
        s.background_span = p.value.span;
        s.background_resolved = (script_dir / s.background).lexically_normal().string();
      } else if (p.key.value == "horizon" || p.key.value == "floor") {
        std::string error;
        if (auto f = parse_picture_height(p.value.value, &error)) (p.key.value == "horizon" ? s.horizon : s.floor) = *f;
        else ctx.sink.report(DiagnosticKind::BadNumber, ctx.file, p.value.span,
                             "cannot read `" + p.key.value + ": " + p.value.value + "`", error);
      } else {
        ctx.sink.report(DiagnosticKind::UnknownProperty, ctx.file, p.key.span,
                        "unknown setting property `" + p.key.value + "`",
                        suggest(p.key.value, kSettingKeys,
                                "setting properties: time, kind, weather, palette, props, background, horizon, floor"));
      }
    }
    if (s.horizon >= 0 && s.floor >= 0 && s.floor <= s.horizon)
      ctx.sink.report(DiagnosticKind::BadNumber, ctx.file, decl.span,
                      "the floor of setting `" + s.id + "` is not below its horizon",
                      "`horizon:` is where the eyes of a standing person are, `floor:` where the feet are: "
                      "the floor is the larger fraction");
    check_setting_kind(decl, s, ctx.file, ctx.sink);
    setting_index[s.id] = graph.settings.size();
    graph.settings.push_back(std::move(s));
  }
}

}  // namespace ekonte::check
