#include "tests/corpus/corpus_facts.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <sstream>

#include "characters/character_model.hpp"
#include "render/world/setting_look.hpp"
#include "vocabulary/character_words.hpp"
#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"
#include "vocabulary/world.hpp"

namespace ekonte::test {
namespace {

const Staging* staging_of(const ShotGraph& g, const Shot& shot, const std::string& id) {
  for (const Staging& s : shot.characters)
    if (s.character.valid() && g.character(s.character).id == id) return &s;
  return nullptr;
}

// A pose fact names a pose row or one of its phrases ("reach" may be written for a pose whose
// row says "reaches out"): the fact holds when the staged pose is the row the word names. A
// gesture (reading, raising a hand) is drawn on a standing figure, since a posture verb would
// have set the pose instead, so it holds a `stand` fact too.
bool pose_matches(const Staging& s, const std::string& word) {
  if (word == "stand" && vocabulary::row(s.action.value).category == ActionCategory::Gesture &&
      vocabulary::row(s.action.value).pose == s.pose.value)
    return true;
  return name_of(s.pose.value) == word || name_of(s.action.value) == word;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    else if (!w.empty()) out.push_back(w), w.clear();
  }
  return out;
}

bool same_word(std::string a, std::string b) {
  auto singular = [](std::string& w) {
    if (w.size() > 3 && w.compare(w.size() - 2, 2, "es") == 0 && (w[w.size() - 3] == 's' || w[w.size() - 3] == 'x'))
      w.resize(w.size() - 2);
    else if (w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  };
  singular(a);
  singular(b);
  return a == b;
}

// A fact's noun ("bar stool") matches a recorded noun ("the last bar stools") when its words
// appear there in order as whole words, plural or singular alike.
bool noun_matches(const std::string& recorded, const std::string& fact) {
  const auto r = words_of(recorded), f = words_of(fact);
  if (f.empty()) return false;
  for (size_t i = 0; i + f.size() <= r.size(); ++i) {
    bool ok = true;
    for (size_t k = 0; k < f.size() && ok; ++k) ok = same_word(r[i + k], f[k]);
    if (ok) return true;
  }
  return false;
}

// The expect format's four times: dawn, day, dusk, night. A daylight row (morning, noon,
// afternoon) is day.
bool time_matches(TimeOfDay t, const std::string& word) {
  const auto& row = vocabulary::row(t);
  if (row.name == word) return true;
  return word == "day" && row.sky == vocabulary::SkyLook::Daylight;
}

bool weather_matches(const render::SettingLook& look, const std::string& word) {
  const auto wanted = vocabulary::match_weather(word);
  if (word == "clear" && look.weather.empty()) return true;
  if (!wanted) return false;
  for (Weather w : look.weather)
    if (w == *wanted) return true;
  return false;
}

// Whether a framing shows a figure down to its hands and waist (where held props, swords at the
// hip and shields are drawn), or only down to its neck (necklaces, cameras) or head (hats).
bool shows_hands(Framing size) { return size <= Framing::Medium; }
bool shows_neck(Framing size) { return size <= Framing::CloseUp; }

// Whether `noun` names one of the phrases of a wardrobe row ("walking stick", "crown").
bool names_row(std::string_view phrases, const std::string& noun) {
  for (const std::string& phrase : vocabulary::split_phrases(phrases))
    if (noun_matches(phrase, noun)) return true;
  return false;
}

// What the wardrobe of a drawn character shows of `noun`: its headwear in any framing, an
// accessory where the framing reaches the part it is worn on.
bool wears(const characters::CharacterModel& m, Framing size, const std::string& noun) {
  if (m.headwear && names_row(vocabulary::row(*m.headwear).phrases, noun)) return true;
  for (const characters::Worn& w : m.accessories) {
    const auto& row = vocabulary::row(w.kind);
    if (!names_row(row.phrases, noun)) continue;
    if (row.place == vocabulary::AccessoryPlace::Head) return true;
    if (row.place == vocabulary::AccessoryPlace::Neck ? shows_neck(size) : shows_hands(size)) return true;
  }
  return false;
}

// Visible when something drawn in the shot is the prop row the noun names: a prop of the set, the
// prop of an insert shot (or one drawn beside it), a prop in the hand of a character in frame, or
// the headwear or an accessory a character in frame wears; or the noun names the kind of place
// drawn (dunes in a desert). A prop Ekonte could only label (an unknown prop drawn as a labelled
// box) is not counted as shown.
bool shows(const ShotGraph& g, const std::vector<characters::CharacterModel>& models, const render::SettingLook& look,
           const Shot& shot, const std::string& noun) {
  const Framing framing = shot.framing.value;
  const auto prop = vocabulary::match_prop(noun);
  // Effects (sparks, frost) are drawn over the figures of shots that show more than a face.
  const bool effects_drawn = framing != Framing::Insert && shot.size <= Framing::Medium;
  if (prop) {
    for (PropKind p : look.props)
      if (p == prop->value && (effects_drawn || vocabulary::row(p).category != vocabulary::PropCategory::Effect))
        return true;
    if (framing == Framing::Insert) {
      const render::InsertProp insert = render::resolve_insert_prop(shot);
      if (insert.prop == prop->value) return true;
      for (PropKind p : insert.beside)
        if (p == prop->value) return true;
    }
  }
  // Extras carry what their words or their sentence give them, in every framing wider than a face.
  if (prop && framing != Framing::Insert && framing != Framing::CloseUp && framing != Framing::ExtremeCloseUp)
    for (const Extras& e : shot.extras) {
      std::vector<PropKind> carried = render::extras_props(shot, e);
      if (const auto own = vocabulary::match_prop(e.description);
          carried.empty() && own && vocabulary::row(own->value).category == vocabulary::PropCategory::HandProp)
        carried.push_back(own->value);
      if (e.count > 0 && std::find(carried.begin(), carried.end(), prop->value) != carried.end()) return true;
    }
  if (framing != Framing::Insert)
    for (const Staging& s : shot.characters) {
      if (!s.character.valid()) continue;
      const bool viewer = framing == Framing::Pov && s.character == shot.subject;
      // The viewer of a POV is not drawn; what they hold is, in the near foreground.
      if (prop && (viewer || shows_hands(shot.size)))
        for (const auto& h : s.held)
          if (render::prop_in_hand(h.value.noun) == prop->value) return true;
      if (!viewer && wears(models.at(s.character.value), shot.size, noun)) return true;
    }
  if (const auto kind = vocabulary::match_setting_kind(noun); kind && look.has_setting && *kind == look.kind) return true;
  return false;
}

}  // namespace

std::vector<Fact> read_facts(const std::string& text, std::vector<std::string>* bad) {
  std::vector<Fact> out;
  std::istringstream in(text);
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    std::vector<std::string> w;
    for (std::string x; words >> x;) w.push_back(x);
    if (w.empty()) continue;
    Fact f;
    f.line = n;
    f.text = line;
    f.shot = w[0];
    static const std::vector<std::string> shot_kinds = {"extras", "shows", "weather", "time"};
    size_t at = 1;
    if (w.size() > 1 && std::find(shot_kinds.begin(), shot_kinds.end(), w[1]) == shot_kinds.end()) f.character = w[at++];
    if (at + 2 > w.size()) {  // a kind and a value must follow
      if (bad) bad->push_back(line);
      continue;
    }
    f.kind = w[at++];
    for (; at < w.size(); ++at) f.value += (f.value.empty() ? "" : " ") + w[at];
    if (f.value.empty()) {
      if (bad) bad->push_back(line);
      continue;
    }
    out.push_back(f);
  }
  return out;
}

std::vector<FactResult> check_facts(const ShotGraph& g, const std::vector<Fact>& facts) {
  std::vector<FactResult> out;
  const std::vector<characters::CharacterModel> models = characters::models_from_graph(g, nullptr);
  for (const Fact& f : facts) {
    FactResult r{f, false, {}};
    const Shot* shot = g.find_shot(f.shot);
    if (!shot) {
      r.why = "no shot `" + f.shot + "`";
      out.push_back(r);
      continue;
    }
    const render::SettingLook look = render::resolve_shot_setting(g, *shot);
    if (!f.character.empty()) {
      const Staging* s = staging_of(g, *shot, f.character);
      if (!s) {
        r.why = f.character + " is not staged in the shot";
      } else if (f.kind == "pose") {
        r.holds = pose_matches(*s, f.value);
        r.why = "pose " + std::string(name_of(s->pose.value)) + ", action " + std::string(name_of(s->action.value));
      } else if (f.kind == "position") {
        r.holds = name_of(s->position.value) == f.value;
        r.why = "position " + std::string(name_of(s->position.value));
      } else if (f.kind == "expression") {
        r.holds = name_of(s->expression.value) == f.value;
        r.why = "expression " + std::string(name_of(s->expression.value));
      } else if (f.kind == "looks-at") {
        r.holds = s->facing.value == Facing::Character && s->facing_target.valid() &&
                  g.character(s->facing_target).id == f.value;
        r.why = "facing " + std::string(name_of(s->facing.value)) +
                (s->facing_target.valid() ? " " + g.character(s->facing_target).id : "");
      } else if (f.kind == "holds") {
        r.why = "holds nothing";
        for (const auto& h : s->held) {
          r.holds |= noun_matches(h.value.noun, f.value);
          r.why = (r.why == "holds nothing" ? "holds " : r.why + ", ") + h.value.noun;
        }
      } else if (f.kind == "on") {
        r.holds = noun_matches(s->seat.value, f.value);
        r.why = s->seat.value.empty() ? "no seat" : "on " + s->seat.value;
      } else if (f.kind == "touches") {
        r.why = "touches no one";
        for (const auto& c : s->contacts) r.holds |= g.character(c.value).id == f.value;
        // A contact is mutual: the partner's record counts too.
        if (const Staging* other = staging_of(g, *shot, f.value))
          for (const auto& c : other->contacts) r.holds |= c.value == s->character;
      } else {
        r.why = "`" + f.kind + "` is not recorded in the shot graph";
      }
    } else if (f.kind == "extras") {
      uint32_t n = 0;
      for (const auto& e : shot->extras) n += e.count;
      r.holds = n >= static_cast<uint32_t>(std::atoi(f.value.c_str())) && n > 0;
      r.why = std::to_string(n) + " extras";
    } else if (f.kind == "weather") {
      r.holds = weather_matches(look, f.value);
      r.why = look.weather.empty() ? "weather clear" : "weather " + std::string(vocabulary::row(look.weather[0]).name);
    } else if (f.kind == "time") {
      r.holds = time_matches(look.time, f.value);
      r.why = "time " + std::string(vocabulary::row(look.time).name);
    } else if (f.kind == "shows") {
      r.holds = shows(g, models, look, *shot, f.value);
      r.why = "not drawn";
    } else {
      r.why = "`" + f.kind + "` is not recorded in the shot graph";
    }
    out.push_back(r);
  }
  return out;
}

std::map<std::string, std::pair<int, int>> score_by_kind(const std::vector<FactResult>& results) {
  std::map<std::string, std::pair<int, int>> out;
  for (const FactResult& r : results) {
    auto& [held, total] = out[r.fact.kind];
    held += r.holds;
    ++total;
  }
  return out;
}

}  // namespace ekonte::test
