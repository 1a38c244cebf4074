// Coverage of a screenplay scene, planned the way a board artist starts a board. A screenplay
// has scenes, not shots; these rules, applied in order, give every scene its shots, each shot's
// framing carrying the rule that chose it (Origin::Inferred, the rule's name in `words`, which
// `ekonte explain` shows):
//
//  1. establishing   The scene's first action beat is a wide of the place: an extreme wide the
//                    first time a place is seen, a wide when the story comes back to it.
//  2. beats          Every other action paragraph is one shot; a paragraph of more than three
//                    sentences is cut into beats of two sentences, one shot each.
//  3. subject        A beat naming one character is a full shot of them when it introduces
//                    them (`MAUD PENHALLOW (70s)`), else a medium; two characters a two-shot;
//                    three or more, or none, a wide.
//  4. emotion        A beat or a line whose words name a feeling (the staging expression
//                    vocabulary: "sobs", "glares", "smiles") is a close-up of its subject.
//  5. insert         A capitalised thing in action that is no character (`the MARY JANE`) gets
//                    an insert after its beat, holding the sentence that names it.
//     sound          A capitalised sound (`The door SLAMS.`, `a GUNSHOT`: a word WordNet knows
//                    as a sound, a noise, a shot or an explosion, and whose first sense is no
//                    object) is no insert: it is the beat's sfx.
//     pov            A POV slug (`.SNIPER SCOPE POV`, `MAUD'S POV:`) is a POV shot of the beat
//                    after it, from the character the slug names (the viewer, left out of frame).
//  6. exchange       Dialogue between two people on screen opens on a two-shot (first speaker
//                    left, the other right: the 180-degree line, kept by the staging of the
//                    shots that follow), then over-the-shoulder shots alternating by speaker:
//                    over the listener's shoulder (the shot's subject, foreground, back to us)
//                    onto the speaker in the midground, facing them;
//                    with three or more speakers, medium close-up singles.
//  7. single         A line with no one to answer is a medium close-up single of its speaker.
//  8. dual           Dual dialogue (`^`) shares the shot of the line it is spoken with, a
//                    two-shot with the two speakers side by side.
//  9. off-screen     A line marked V.O. / O.S. / O.C. is heard over the shot before it (a wide
//                    of the place when there is none).
// 10. transitions    Transitions mark the shot after them; one that ends a scene opens the next.
//
// Durations (kept as the shot's duration in frames): dialogue reads at kWordsPerSecond, action
// at kSecondsPerActionLine per printed screenplay line (kActionLineChars characters), never
// shorter than kMinSeconds; an establishing shot holds at least kEstablishingSeconds.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "compiler/front_end/fountain/plan_screenplay.hpp"
#include "compiler/front_end/read_transition.hpp"
#include "compiler/staging/infer_staging.hpp"
#include "compiler/staging/staging_vocabulary.hpp"
#include "lexicon/lexicon.hpp"
#include "compiler/values/parse_values.hpp"
#include "support/text.hpp"
#include "vocabulary/camera.hpp"
#include "vocabulary/transitions.hpp"
#include "vocabulary/vocabulary.hpp"
#include "vocabulary/world.hpp"

namespace ekonte::screenplay {
namespace {

constexpr double kWordsPerSecond = 3.0;       // unhurried reading of a spoken line
constexpr double kSecondsPerActionLine = 2.0;  // the rule of thumb: a page, about a minute
constexpr size_t kActionLineChars = 58;        // characters on a line of a printed screenplay
constexpr double kMinSeconds = 1.5;            // the shortest panel a viewer can read
constexpr double kEstablishingSeconds = 3.0;   // time to take in a new place
constexpr double kInsertSeconds = 1.5;
constexpr size_t kSentencesPerBeat = 2;
constexpr size_t kMaxSentencesInOneShot = 3;

size_t word_count(const std::string& s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i)
    n += !std::isspace(static_cast<unsigned char>(s[i])) && (i == 0 || std::isspace(static_cast<unsigned char>(s[i - 1])));
  return n;
}

double action_seconds(const std::vector<SpannedText>& lines) {
  double s = 0;
  for (const auto& l : lines) s += kSecondsPerActionLine * std::ceil(double(std::max<size_t>(1, trim(l.value).size())) / kActionLineChars);
  return s;
}

double dialogue_seconds(const std::vector<input::Dialogue>& lines) {
  double s = 0;
  for (const auto& d : lines) s += word_count(d.line.value) / kWordsPerSecond;
  return s;
}

// A word of the staging expression vocabulary other than neutral ("sobs", "glares"), as
// expression_from_words() reads one word; the words are gathered once, so a long screenplay
// costs one lookup per word.
bool strong_feeling(const std::string& text) {
  static const std::unordered_set<std::string> kFeelings = [] {
    std::unordered_set<std::string> words;
    for (const auto& p : staging::staging_phrases())
      if (p.attr == staging::Attr::Expression && p.value != static_cast<int>(Expression::Neutral)) words.insert(p.words);
    return words;
  }();
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!word.empty() && kFeelings.count(word)) return true;
      word.clear();
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return false;
}

// A capitalised word that is a sound: a noun sense under a sound, a noise, a shot fired or an
// explosion (WordNet), unless its first sense is a thing one could insert (`BELL`, `PHONE`).
bool names_a_sound_uncached(const std::string& caps) {
  const std::vector<std::string> words = split_words(to_lower(caps));
  if (words.empty() || words.size() > 2) return false;
  const std::string& word = words.back();
  bool sound = false;
  for (const char* root : {"sound", "noise", "shooting", "explosion"})
    sound = sound || lexicon::is_under(word, lexicon::PartOfSpeech::Noun, root);
  if (!sound) return false;
  const auto paths = lexicon::hypernym_paths(word, lexicon::PartOfSpeech::Noun);
  if (!paths.empty())
    for (const std::string& synset : paths.front())
      if (synset == "artifact" || synset == "object" || synset == "organism") return false;
  return true;
}

// A screenplay repeats its capitalised words (`SLAMS`, the `MARY JANE`): each is asked once.
bool names_a_sound(const std::string& caps) {
  thread_local std::unordered_map<std::string, bool> known;
  const auto [at, fresh] = known.try_emplace(caps, false);
  if (fresh) at->second = names_a_sound_uncached(caps);
  return at->second;
}

bool off_screen_extension(const std::vector<std::string>& extensions) {
  for (const auto& x : extensions)
    if (is_off_screen(x)) return true;
  return false;
}

// Sentences of a line, each with its span: a `.`, `!` or `?` followed by a space ends one.
std::vector<SpannedText> sentences_of(const SpannedText& line) {
  std::vector<SpannedText> out;
  const std::string& s = line.value;
  size_t start = s.find_first_not_of(" \t");
  if (start == std::string::npos) return out;
  for (size_t i = start; i < s.size(); ++i) {
    const bool end = (s[i] == '.' || s[i] == '!' || s[i] == '?') && (i + 1 == s.size() || s[i + 1] == ' ');
    if (end || i + 1 == s.size()) {
      out.push_back({s.substr(start, i + 1 - start), sub_span(line, start, i + 1 - start)});
      start = s.find_first_not_of(' ', i + 1);
      if (start == std::string::npos) break;
      i = start - 1;
    }
  }
  return out;
}

// Characters a text names, in order: by id (`MAUD`), by the id's words in any case (`Maud`).
std::vector<std::string> mentions(const std::vector<SpannedText>& lines, const std::vector<std::string>& ids,
                                  const std::vector<std::string>& id_words) {
  std::vector<std::pair<size_t, std::string>> found;
  size_t base = 0;
  for (const auto& l : lines) {
    std::string upper = to_upper(l.value);
    for (char& c : upper)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '\'' && static_cast<unsigned char>(c) < 0x80) c = ' ';
    for (size_t k = 0; k < ids.size(); ++k) {
      const std::string& id = ids[k];
      const std::string& words = id_words[k];
      for (size_t at = upper.find(words); at != std::string::npos; at = upper.find(words, at + 1)) {
        const bool starts = at == 0 || upper[at - 1] == ' ';
        const size_t after = at + words.size();
        const bool ends = after == upper.size() || upper[after] == ' ' || upper.compare(after, 2, "'S") == 0;
        if (starts && ends) {
          found.push_back({base + at, id});
          break;
        }
      }
    }
    base += l.value.size() + 1;
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (const auto& [at, id] : found)
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  return out;
}

class ScenePlanner {
 public:
  ScenePlanner(input::Scene& scene, std::string scene_id, const std::vector<std::string>& ids, uint32_t fps, bool new_place)
      : scene_(scene), scene_id_(std::move(scene_id)), ids_(ids), fps_(fps), new_place_(new_place) {
    for (std::string words : ids_) {
      std::replace(words.begin(), words.end(), '_', ' ');
      id_words_.push_back(std::move(words));
    }
  }

  void action(const Element& e) {
    std::vector<std::vector<SpannedText>> beats;
    const std::vector<SpannedText> sentences = e.lines.size() == 1 ? sentences_of(e.lines[0]) : std::vector<SpannedText>{};
    if (sentences.size() > kMaxSentencesInOneShot) {
      for (size_t k = 0; k < sentences.size(); k += kSentencesPerBeat) {
        SpannedText beat = sentences[k];
        for (size_t j = k + 1; j < std::min(sentences.size(), k + kSentencesPerBeat); ++j) {
          beat.value += " " + sentences[j].value;
          beat.span.length = sentences[j].span.offset + sentences[j].span.length - beat.span.offset;
        }
        beats.push_back({beat});
      }
    } else {
      beats.push_back(e.lines);
    }
    for (size_t b = 0; b < beats.size(); ++b) {
      action_beat(beats[b], e);
      if (b == 0) last().notes.insert(last().notes.end(), e.notes.begin(), e.notes.end());
    }
  }

  // Rule pov: the slug opens the shot, the beat after it fills it.
  void pov(const Element& e) {
    std::string viewer;
    for (const std::string& word : split_words(e.text.value)) {
      std::string w = word;
      if (w.ends_with("'S")) w.resize(w.size() - 2);
      const std::string id = character_id_of(w);
      for (const std::string& known : ids_)
        if (viewer.empty() && (known == id || known.substr(0, known.find('_')) == id)) viewer = known;
    }
    open_shot(Framing::Pov, "pov: the slug `" + e.text.value + "`" + (viewer.empty() ? "" : ", through " + viewer + "'s eyes"), viewer,
              e.text.span);
    last().notes.insert(last().notes.end(), e.notes.begin(), e.notes.end());
    pov_open_ = true;
  }

  void dialogue(const std::vector<const Element*>& run) {
    pov_open_ = false;
    // The on-screen speakers of the exchange, in order of their first line.
    std::vector<std::string> speakers;
    for (const Element* e : run)
      if (!off_screen_extension(e->extensions)) {
        const std::string id = character_id_of(e->cue.value);
        if (std::find(speakers.begin(), speakers.end(), id) == speakers.end()) speakers.push_back(id);
      }
    bool exchange_open = false;
    std::string last_speaker;
    for (const Element* e : run) {
      const std::string id = character_id_of(e->cue.value);
      const std::vector<input::Dialogue> lines = lines_of(*e, id);
      if (off_screen_extension(e->extensions)) {  // rule 9
        if (scene_.shots.empty()) open_shot(Framing::Wide, "off-screen: a voice over the place", {}, e->span);
        add_lines(last(), lines, *e);
        continue;
      }
      if (e->dual && !scene_.shots.empty() && !last().dialogue.empty()) {  // rule 8
        input::Shot& shot = last();
        const std::string other = shot.dialogue.front().speaker.value;
        if (shot.camera.framing.value != Framing::TwoShot) {
          set_framing(shot, Framing::TwoShot, "dual: lines spoken together, side by side");
          shot.camera.subject = {SpannedText{other, shot.span}};
        }
        shot.stage = {SpannedText{pair_stage(other, id), e->cue.span}};
        // The lines say they are spoken together, so the layout sets them side by side and an
        // imported `.eko` keeps that (`MAUD (TOGETHER): ...`).
        std::vector<input::Dialogue> together = lines;
        for (auto& d : together)
          if (d.extension.value.empty()) d.extension = SpannedText{"TOGETHER", e->cue.span};
        add_lines(shot, together, *e);
        last_speaker = id;
        continue;
      }
      if (id == last_speaker && !scene_.shots.empty()) {  // the same speaker goes on
        add_lines(last(), lines, *e);
        continue;
      }
      std::string said;
      for (const auto& d : lines) said += d.parenthetical.value + " " + d.line.value + " ";
      const std::string other = speakers.size() == 2 ? (speakers[0] == id ? speakers[1] : speakers[0]) : "";
      if (speakers.size() >= 2 && !exchange_open && !two_shot_done_.count(pair_key(speakers))) {  // rule 6
        open_shot(Framing::TwoShot, "exchange: a two-shot opens the conversation", id, e->span);
        const std::string b = other.empty() ? speakers[1] : other;
        last().stage = {SpannedText{pair_stage(id, b), e->cue.span}};
        two_shot_done_.insert(pair_key(speakers));
      } else if (strong_feeling(said)) {  // rule 4
        open_shot(Framing::CloseUp, "emotion: a close-up for a strong feeling", id, e->span);
      } else if (speakers.size() == 2) {  // rule 6: the listener's shoulder is the subject
        open_shot(Framing::OverTheShoulder, "exchange: over the shoulder of " + other + " onto " + id, other, e->span);
      } else if (speakers.size() > 2) {
        open_shot(Framing::MediumCloseUp, "exchange: a single of each speaker in a group", id, e->span);
      } else {  // rule 7
        open_shot(Framing::MediumCloseUp, "single: a line with no one to answer", id, e->span);
      }
      exchange_open = true;
      add_lines(last(), lines, *e);
      last_speaker = id;
    }
  }

  void transition(Transition t, SourceSpan span) { scene_.transitions.push_back({t, scene_.shots.size(), span}); }

  void finish() {
    for (input::Shot& shot : scene_.shots) {
      double seconds = action_seconds(shot.action) + dialogue_seconds(shot.dialogue);
      const bool establishing = shot.camera.framing.words.starts_with("establishing");
      const bool insert = shot.camera.framing.value == Framing::Insert;
      seconds = std::max(seconds, establishing ? kEstablishingSeconds : insert ? kInsertSeconds : kMinSeconds);
      if (insert) seconds = kInsertSeconds;
      seconds = std::round(seconds * 4) / 4;  // quarter seconds: durations a board states
      shot.camera.duration_frames = static_cast<uint32_t>(std::lround(seconds * fps_));
      char text[32];
      std::snprintf(text, sizeof text, "%gs", seconds);
      shot.camera.duration_text = text;
    }
  }

 private:
  static std::string pair_key(const std::vector<std::string>& speakers) {
    std::vector<std::string> s = speakers;
    std::sort(s.begin(), s.end());
    std::string k;
    for (const auto& x : s) k += x + "|";
    return k;
  }

  input::Shot& last() { return scene_.shots.back(); }

  // The stage clause of a two-shot of `a` and `b`: whoever already has a side in the scene keeps
  // it (the 180-degree line), else `a` is left.
  std::string pair_stage(const std::string& a, const std::string& b) {
    bool a_left = true;
    if (const auto it = left_.find(a); it != left_.end()) a_left = it->second;
    else if (const auto jt = left_.find(b); jt != left_.end()) a_left = !jt->second;
    left_[a] = a_left;
    left_[b] = !a_left;
    const std::string& l = a_left ? a : b;
    const std::string& r = a_left ? b : a;
    return l + " left facing " + r + "; " + r + " right facing " + l;
  }

  static void set_framing(input::Shot& shot, Framing f, const std::string& rule) {
    shot.camera.framing = {f, Origin::Inferred, rule, shot.span};
    shot.camera.size = vocabulary::row(f).usual_size;
  }

  void open_shot(Framing f, const std::string& rule, const std::string& subject, SourceSpan span) {
    input::Shot shot;
    shot.span = span;
    shot.camera.id = SpannedText{scene_id_ + "-" + std::to_string(scene_.shots.size() + 1), span};
    set_framing(shot, f, rule);
    if (!subject.empty()) shot.camera.subject = {SpannedText{subject, span}};
    scene_.shots.push_back(std::move(shot));
  }

  std::vector<input::Dialogue> lines_of(const Element& e, const std::string& id) const {
    std::vector<input::Dialogue> out;
    std::string extension;
    for (const auto& x : e.extensions)
      if (is_off_screen(x)) extension = x;
    SpannedText parenthetical;
    for (const DialoguePart& part : e.parts) {
      if (part.kind == DialoguePart::Kind::Parenthetical) {
        parenthetical = part.text;
        continue;
      }
      input::Dialogue d;
      d.speaker = {id, e.cue.span};
      d.parenthetical = parenthetical;
      if (!d.parenthetical.span.valid()) d.parenthetical.span = e.cue.span;
      d.extension = {extension, e.cue.span};  // how the voice is heard (V.O., O.S.), as an Ekonte cue holds it
      d.line = part.text;
      if (part.kind == DialoguePart::Kind::Lyric) d.line.value = "\xE2\x99\xAA " + d.line.value + " \xE2\x99\xAA";
      d.span = e.span;
      out.push_back(std::move(d));
      parenthetical = {};
    }
    if (out.empty()) {  // a cue with no line: the checker reports it
      input::Dialogue d;
      d.speaker = {id, e.cue.span};
      d.parenthetical = parenthetical;
      d.span = e.span;
      out.push_back(std::move(d));
    }
    return out;
  }

  void add_lines(input::Shot& shot, const std::vector<input::Dialogue>& lines, const Element& e) {
    shot.dialogue.insert(shot.dialogue.end(), lines.begin(), lines.end());
    shot.notes.insert(shot.notes.end(), e.notes.begin(), e.notes.end());
  }

  void action_beat(const std::vector<SpannedText>& lines, const Element& e) {
    const SourceSpan span = lines.front().span;
    const std::vector<std::string> named = mentions(lines, ids_, id_words_);
    std::set<std::string> introduced;
    std::vector<std::pair<std::string, SpannedText>> things;  // rule 5
    std::vector<SpannedText> sounds;                            // rule 5, sound
    for (const auto& l : lines) {
      std::vector<SpannedText> line_sentences;  // computed once, for the first thing on the line
      for (const CapsRun& run : caps_runs(l.value)) {
        const std::string id = character_id_of(run.text);
        const std::string first = character_id_of(run.text.substr(0, run.text.find(' ')));
        const std::string last_word = character_id_of(run.text.substr(run.text.rfind(' ') + 1));
        auto known = [&](const std::string& x) { return std::find(ids_.begin(), ids_.end(), x) != ids_.end(); };
        const bool character = known(id) || known(first) || known(last_word);
        if (run.introduces) introduced.insert(known(id) ? id : known(first) ? first : last_word);
        else if (!character && names_a_sound(run.text)) sounds.push_back(SpannedText{to_lower(run.text), sub_span(l, run.begin, run.end - run.begin)});
        else if (!character) {
          if (line_sentences.empty()) line_sentences = sentences_of(l);
          for (const SpannedText& sentence : line_sentences)
            if (sentence.span.offset <= l.span.offset + run.begin &&
                l.span.offset + run.begin < sentence.span.offset + sentence.span.length)
              things.push_back({run.text, sentence});
        }
      }
    }
    std::string text;
    for (const auto& l : lines) text += l.value + " ";
    if (pov_open_) {  // rule pov
      pov_open_ = false;
    } else if (scene_.shots.empty()) {  // rule 1
      open_shot(new_place_ ? Framing::ExtremeWide : Framing::Wide,
                new_place_ ? "establishing: the first sight of a place" : "establishing: back at a place", "", span);
    } else if (named.size() == 1 && strong_feeling(text)) {  // rule 4
      open_shot(Framing::CloseUp, "emotion: a close-up for a strong feeling", named[0], span);
    } else if (named.size() == 1) {  // rule 3
      if (introduced.count(named[0])) open_shot(Framing::Full, "subject: a full shot introduces a character", named[0], span);
      else open_shot(Framing::Medium, "subject: a medium shot of the one character in the beat", named[0], span);
    } else if (named.size() == 2) {
      open_shot(Framing::TwoShot, "subject: a two-shot of the two characters in the beat", named[0], span);
    } else {
      open_shot(Framing::Wide, named.empty() ? "subject: a wide of the place, no one named" : "subject: a wide of a group", "", span);
    }
    last().action.insert(last().action.end(), lines.begin(), lines.end());
    last().sfx.insert(last().sfx.end(), sounds.begin(), sounds.end());
    (void)e;
    if (!things.empty()) {  // rule 5: the first thing singled out
      open_shot(Framing::Insert, "insert: the action singles out " + things[0].first, "", things[0].second.span);
      last().camera.subject = {SpannedText{things[0].first, things[0].second.span}};
      last().action = {things[0].second};
    }
  }

  input::Scene& scene_;
  std::string scene_id_;
  const std::vector<std::string>& ids_;
  std::vector<std::string> id_words_;  // each id with spaces for `_`: how prose names them
  uint32_t fps_;
  bool new_place_;
  std::set<std::string> two_shot_done_;
  bool pov_open_ = false;
  std::map<std::string, bool> left_;  // the side each character was staged on in the scene: true = left  // a POV slug opened the last shot; the next beat is what is seen
};


}  // namespace

std::vector<input::Scene> plan_shots(const Screenplay& play, const std::vector<input::CharacterDecl>& characters,
                                     const ShotPlanOptions& options, const std::string& file, DiagnosticSink& sink) {
  std::vector<std::string> ids;
  for (const auto& c : characters) ids.push_back(c.id.value);
  std::vector<input::Scene> scenes;
  std::set<std::string> places_seen;
  std::optional<ScenePlanner> planner;
  std::string section;
  std::vector<std::pair<Transition, SourceSpan>> before_first;  // `FADE IN:` above the first heading
  const Element* stray = nullptr;                                // the first element before any heading
  size_t stray_count = 0;

  const auto& elements = play.elements;
  for (size_t k = 0; k < elements.size(); ++k) {
    const Element& e = elements[k];
    switch (e.kind) {
      case ElementKind::SceneHeading: {
        if (planner) planner->finish();
        input::Scene scene;
        scene.heading = split_heading(e.text);
        scene.heading.number = e.scene_number;
        scene.section = section;
        scene.span = e.span;
        const std::string setting = setting_id_of(scene.heading.place.value);
        if (!setting.empty()) scene.setting_ref = SpannedText{setting, scene.heading.place.span};
        scenes.push_back(std::move(scene));
        const std::string number = e.scene_number ? e.scene_number->value : std::to_string(scenes.size());
        planner.emplace(scenes.back(), number, ids, options.fps, places_seen.insert(setting).second);
        for (const auto& [t, span] : before_first) planner->transition(t, span);
        before_first.clear();
        break;
      }
      case ElementKind::Section:
        if (e.section_depth == 1) section = e.text.value;
        break;
      case ElementKind::Shot:
        if (planner) planner->pov(e);
        else if (!stray_count++) stray = &e;
        break;
      case ElementKind::Synopsis:
      case ElementKind::PageBreak:
        break;  // outline and pagination: nothing to draw
      case ElementKind::Transition:
        if (planner) planner->transition(transition_of(e.text, file, sink), e.text.span);
        else before_first.push_back({transition_of(e.text, file, sink), e.text.span});
        break;
      case ElementKind::Centered:
        // A centred line (`> THE END <`, a title card) belongs where it stands: after the
        // scene's planned shots it ends the last one; before any it opens the scene.
        if (planner && !scenes.back().shots.empty()) scenes.back().shots.back().action.push_back(e.text);
        else if (planner) scenes.back().action.push_back(e.text);
        else if (!stray_count++) stray = &e;
        break;
      case ElementKind::Action:
        if (planner) planner->action(e);
        else if (!stray_count++) stray = &e;
        break;
      case ElementKind::Dialogue: {
        std::vector<const Element*> run = {&e};
        while (k + 1 < elements.size() && elements[k + 1].kind == ElementKind::Dialogue) run.push_back(&elements[++k]);
        if (planner) planner->dialogue(run);
        else if (!stray_count++) stray = &e;
        break;
      }
    }
  }
  if (planner) planner->finish();
  if (!stray && scenes.empty() && !sink.has_errors()) {  // nothing at all, or a title page alone
    sink.report(DiagnosticKind::ScreenplayBeforeFirstScene, file, SourceSpan{1, 1, 0, 0},
                play.title_page.empty() ? "the screenplay is empty: nothing can be storyboarded"
                                        : "the screenplay has a title page and nothing after it: nothing can be storyboarded",
                "write the first scene under a heading such as `EXT. HARBOUR - DAY` (or force one with `.`)");
  }
  if (stray) {
    auto& d = sink.report(DiagnosticKind::ScreenplayBeforeFirstScene, file, stray->span,
                          scenes.empty() ? "the screenplay has no scene heading; nothing can be storyboarded"
                                         : "action or dialogue before the first scene heading is not storyboarded",
                          "start a scene with a heading such as `EXT. HARBOUR - DAY` (or force one with `.`)");
    (void)d;
  }
  return scenes;
}

input::ScriptInput plan_screenplay(const Screenplay& play, const std::string& file, DiagnosticSink& sink, MappingReport* report) {
  input::ScriptInput out;
  // Title page: the keys the storyboard prints; the others (credit, source, contact, draft
  // date) belong to the screenplay's cover, not the board.
  for (const input::Property& p : play.title_page) {
    std::string key = p.key.value == "authors" ? "author" : p.key.value;
    if (key != "title" && key != "author") continue;
    input::Property fm = p;
    fm.key.value = key;
    if (trim(fm.value.value).empty() && !fm.continuation.empty()) {
      fm.value = fm.continuation.front();
      for (size_t c = 1; c < fm.continuation.size(); ++c) fm.value.value += ", " + fm.continuation[c].value;
      fm.continuation.clear();
    }
    out.front_matter.push_back(std::move(fm));
  }
  out.characters = declare_characters(play, report ? &report->cast : nullptr);
  out.settings = declare_settings(play, report ? &report->settings : nullptr);
  out.scenes = plan_shots(play, out.characters, {}, file, sink);
  // A heading with no side (`.THE LAMP ROOM`) whose place is an interior kind is an interior:
  // written as `INT.`, so the scene is drawn indoors, not under the sky.
  for (input::Scene& scene : out.scenes) {
    if (scene.heading.int_ext || !scene.setting_ref) continue;
    for (const input::SettingDecl& setting : out.settings) {
      if (setting.id.value != scene.setting_ref->value) continue;
      for (const input::Property& p : setting.properties)
        if (p.key.value == "kind")
          if (const auto kind = vocabulary::match_setting_kind(p.value.value);
              kind && vocabulary::row(*kind).place == vocabulary::Place::Interior)
            scene.heading.int_ext = SpannedText{"INT.", sub_span(scene.heading.place, 0, 0)};
    }
  }
  return out;
}

}  // namespace ekonte::screenplay
