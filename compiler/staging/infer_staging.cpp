#include "compiler/staging/infer_staging.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <sstream>

#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte {
namespace {

using staging::Attr;
using staging::StagingPhrase;


struct Word {
  std::string text;   // as written, punctuation stripped
  std::string lower;  // lowercase, possessive removed
  SourceSpan span;
  CharacterId id;     // valid when the word names a character
  bool comma_before = false;
};

CharacterId lookup(const std::vector<Character>& characters, const std::string& word) {
  for (uint32_t i = 0; i < characters.size(); ++i)
    if (characters[i].id == word) return CharacterId{i};
  return {};
}

// Splits prose into sentences of words; `;`, `.`, `!`, `?` end a sentence.
std::vector<std::vector<Word>> sentences_of(const SpannedText& text, const std::vector<Character>& characters) {
  std::vector<std::vector<Word>> out(1);
  const std::string& s = text.value;
  bool comma = false;
  // Word spans are found by walking the line once (ast::sub_span counts from the line's start
  // each time, which made a long action line quadratic).
  SourceSpan cursor = text.span;
  size_t cursor_at = 0;
  auto span_at = [&](size_t begin, size_t length) {
    for (; cursor_at < begin; ++cursor_at)
      if ((static_cast<unsigned char>(s[cursor_at]) & 0xC0) != 0x80) ++cursor.column;
    SourceSpan span = cursor;
    span.offset = text.span.offset + static_cast<uint32_t>(begin);
    span.length = static_cast<uint32_t>(length);
    return span;
  };
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c) || c == '_' || c == '\'' || c == '/' || c >= 0x80) {
      size_t j = i;
      while (j < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[j]);
        if (!(std::isalnum(d) || d == '_' || d == '\'' || d == '-' || d == '/' || d >= 0x80)) break;
        ++j;
      }
      Word w;
      w.text = s.substr(i, j - i);
      std::string base = w.text;
      for (const char* suffix : {"'s", "\xE2\x80\x99s"}) {
        const std::string suf = suffix;
        if (base.size() > suf.size() && base.compare(base.size() - suf.size(), suf.size(), suf) == 0)
          base = base.substr(0, base.size() - suf.size());
      }
      w.id = lookup(characters, base);
      w.lower = to_lower(base);
      w.span = span_at(i, j - i);
      w.comma_before = comma;
      comma = false;
      out.back().push_back(std::move(w));
      i = j;
      continue;
    }
    if (c == ',') comma = true;
    if (c == '.' || c == '!' || c == '?' || c == ';') {
      if (!out.back().empty()) out.emplace_back();
      comma = false;
    }
    ++i;
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

struct Assignment {
  std::optional<Sourced<ScreenPosition>> position;
  std::optional<Sourced<Depth>> depth;
  std::optional<Sourced<Pose>> pose;
  std::optional<Sourced<Expression>> expression;
  std::optional<Sourced<Facing>> facing;
  CharacterId facing_target;
  std::optional<Sourced<View>> view;
};

template <typename T>
Sourced<T> sourced(int value, Origin origin, const std::vector<Word>& words, size_t from, size_t n) {
  Sourced<T> s;
  s.value = static_cast<T>(value);
  s.origin = origin;
  for (size_t k = from; k < from + n; ++k) s.words += (s.words.empty() ? "" : " ") + words[k].text;
  s.span = words[from].span;
  const auto& last = words[from + n - 1].span;
  s.span.length = last.offset + last.length - s.span.offset;
  return s;
}

// Matches the longest staging phrase at words[at]; returns its length (0 if none).
size_t match(const std::vector<Word>& words, size_t at, bool stage, const StagingPhrase** found,
             CharacterId* towards) {
  size_t best = 0;
  for (const auto& ws : staging::facing_words()) {
    if (ws[0] != words[at].lower) continue;
    if (at + ws.size() >= words.size() || ws.size() < best) continue;
    bool ok = true;
    for (size_t k = 0; k < ws.size() && ok; ++k) ok = words[at + k].lower == ws[k];
    size_t target = at + ws.size();
    if (ok && target < words.size() && words[target].lower == "the") ++target;
    if (ok && target < words.size() && words[target].id.valid()) {
      best = target - at + 1;
      *towards = words[target].id;
      *found = nullptr;
    }
  }
  const auto& table = staging::staging_words();
  for (size_t pi = 0; pi < staging::staging_phrases().size(); ++pi) {
    const auto& p = staging::staging_phrases()[pi];
    if (p.stage_only && !stage) continue;
    const auto& ws = table[pi];
    if (ws[0] != words[at].lower) continue;
    if (ws.size() <= best || at + ws.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < ws.size() && ok; ++k) ok = words[at + k].lower == ws[k];
    if (ok) {
      best = ws.size();
      *found = &p;
      *towards = {};
    }
  }
  return best;
}

// Applies the staging words of `words[from, to)` to `a`. Returns the indices of words that
// matched nothing (for `stage:` diagnostics).
std::vector<size_t> apply_words(const std::vector<Word>& words, size_t from, size_t to, bool stage,
                                Origin origin, Assignment& a) {
  std::vector<size_t> unknown;
  size_t i = from;
  while (i < to) {
    const StagingPhrase* p = nullptr;
    CharacterId towards;
    const size_t n = match(words, i, stage, &p, &towards);
    if (n == 0 || i + n > to) {
      if (!words[i].id.valid()) unknown.push_back(i);
      ++i;
      continue;
    }
    if (!p) {
      a.facing = sourced<Facing>(int(Facing::Character), origin, words, i, n);
      a.facing_target = towards;
    } else {
      switch (p->attr) {
        case Attr::Position: a.position = sourced<ScreenPosition>(p->value, origin, words, i, n); break;
        case Attr::Depth: a.depth = sourced<Depth>(p->value, origin, words, i, n); break;
        // The first verb of a clause is its main action ("stops ..., looking up").
        case Attr::Pose:
          if (!a.pose || a.pose->span.line != words[i].span.line) a.pose = sourced<Pose>(p->value, origin, words, i, n);
          break;
        // The last feeling named wins: "smiles, sad" is a sad smile.
        case Attr::Expression: a.expression = sourced<Expression>(p->value, origin, words, i, n); break;
        case Attr::Facing:
          a.facing = sourced<Facing>(p->value, origin, words, i, n);
          a.facing_target = {};
          break;
        case Attr::View: a.view = sourced<View>(p->value, origin, words, i, n); break;
      }
    }
    i += n;
  }
  return unknown;
}

template <typename T>
void fill(Sourced<T>& target, const std::optional<Sourced<T>>& stage, const std::optional<Sourced<T>>& prose) {
  if (stage) target = *stage;
  else if (prose) target = *prose;
}

View view_for(const Staging& s, const std::vector<Staging>& all, Pose pose) {
  const bool sideways = pose == Pose::Walk || pose == Pose::Run || pose == Pose::Climb;
  switch (s.facing.value) {
    case Facing::Camera:
    case Facing::Up: return View::Front;
    case Facing::Away: return View::Back;
    case Facing::ScreenLeft: return sideways ? View::ProfileLeft : View::ThreeQuarterLeft;
    case Facing::ScreenRight: return sideways ? View::ProfileRight : View::ThreeQuarterRight;
    case Facing::Character:
      for (const auto& o : all) {
        if (o.character != s.facing_target) continue;
        if (o.position.value > s.position.value) return View::ThreeQuarterRight;
        if (o.position.value < s.position.value) return View::ThreeQuarterLeft;
      }
      return View::Front;
  }
  return View::Front;
}

}  // namespace

bool expression_from_words(const std::string& text, Expression* out) {
  const auto words = split_words(to_lower(text).c_str());
  bool found = false;
  for (const auto& w : words) {
    std::string clean;
    for (char c : w)
      if (std::isalpha(static_cast<unsigned char>(c))) clean += c;
    for (const auto& p : staging::staging_phrases())
      if (p.attr == Attr::Expression && clean == p.words) {
        *out = static_cast<Expression>(p.value);
        found = true;
      }
  }
  return found;
}

Delivery delivery_from_parenthetical(const std::string& parenthetical) {
  const std::string p = to_lower(parenthetical);
  for (size_t i = 0; i < std::size(vocabulary::kDeliveryRows); ++i)
    for (const std::string& w : vocabulary::split_phrases(vocabulary::kDeliveryRows[i].words))
      if (p.find(w) != std::string::npos) return static_cast<Delivery>(i);
  return Delivery::Normal;
}

bool is_off_screen(const std::string& parenthetical) {
  const std::string p = to_lower(parenthetical);
  for (const char* w : {"v.o.", "o.s.", "o.c.", "off", "voice over", "vo", "os"}) {
    const std::string word = w;
    if (p == word || p.find(word + " ") == 0 || p.find(" " + word) != std::string::npos ||
        (word.size() > 3 && p.find(word) != std::string::npos))
      return true;
  }
  return false;
}

std::vector<Staging> infer_staging(const input::Shot& shot, const StagingContext& context, const std::string& file,
                                   DiagnosticSink& sink) {
  const auto& characters = *context.characters;
  std::vector<CharacterId> order;  // characters in frame, in order of first mention
  std::map<uint32_t, Assignment> from_stage, from_prose;
  auto mention = [&](CharacterId id) {
    if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
  };

  // 1. `stage:` clauses: `HARU left standing angry facing KITSUNE; KITSUNE right ...`
  for (const auto& line : shot.stage) {
    for (const auto& sentence : sentences_of(line, characters)) {
      if (sentence.empty()) continue;
      const Word& head = sentence[0];
      if (!head.id.valid()) {
        std::vector<std::string> ids;
        for (const auto& c : characters) ids.push_back(c.id);
        const std::string guess = closest_match(head.text, ids);
        sink.report(DiagnosticKind::UndefinedCharacter, file, head.span,
                    "`stage:` clause starts with `" + head.text + "`, which is not a defined character",
                    guess.empty() ? "a clause reads `ID position pose expression facing OTHER`, clauses separated by `;`"
                                  : "did you mean `" + guess + "`?");
        continue;
      }
      mention(head.id);
      auto unknown = apply_words(sentence, 1, sentence.size(), true, Origin::Stage, from_stage[head.id.value]);
      for (size_t u : unknown) {
        std::vector<std::string> vocab;
        for (const auto& p : staging::staging_phrases()) vocab.push_back(p.words);
        const std::string guess = closest_match(sentence[u].lower, vocab);
        sink.report(DiagnosticKind::BadStageClause, file, sentence[u].span,
                    "`" + sentence[u].text + "` is not a staging word",
                    guess.empty() ? "staging words: left/center/right, foreground/background, a pose, an "
                                    "expression, `facing ID`, front/back/profile"
                                  : "did you mean `" + guess + "`?");
      }
    }
  }
  const bool staged = !shot.stage.empty();

  // 2. Action prose: owners of clauses, pronouns carried over from the last owner.
  CharacterId last_owner = context.subject;
  std::vector<CharacterId> prose_mentions;
  for (const auto& line : shot.action) {
    for (const auto& sentence : sentences_of(line, characters)) {
      // Clauses start at each character name that follows a comma or `and` or opens the sentence.
      std::vector<size_t> starts = {0};
      for (size_t k = 1; k < sentence.size(); ++k)
        if (sentence[k].id.valid() && (sentence[k].comma_before || sentence[k - 1].lower == "and")) starts.push_back(k);
      starts.push_back(sentence.size());
      for (size_t c = 0; c + 1 < starts.size(); ++c) {
        const size_t from = starts[c], to = starts[c + 1];
        CharacterId owner;
        for (size_t k = from; k < to; ++k) {
          if (!sentence[k].id.valid()) continue;
          prose_mentions.push_back(sentence[k].id);
          const bool object = k > from && staging::object_markers().count(sentence[k - 1].lower);
          if (!owner.valid() && !object) owner = sentence[k].id;
        }
        if (!owner.valid()) owner = last_owner;
        if (!owner.valid()) continue;
        last_owner = owner;
        apply_words(sentence, from, to, false, Origin::Action, from_prose[owner.value]);
      }
    }
  }
  // Dialogue parentheticals may carry a feeling: `HARU9 (cheerful): ...`.
  std::set<uint32_t> speakers;
  for (const auto& d : shot.dialogue) {
    const CharacterId id = lookup(characters, d.speaker.value);
    if (!id.valid() || is_off_screen(d.parenthetical.value)) continue;
    speakers.insert(id.value);
    Expression e;
    auto& a = from_prose[id.value];
    if (!a.expression && expression_from_words(d.parenthetical.value, &e)) {
      Sourced<Expression> s;
      s.value = e;
      s.origin = Origin::Dialogue;
      s.words = d.parenthetical.value;
      s.span = d.parenthetical.span;
      a.expression = s;
    }
  }

  // 3. Who is in frame.
  const Framing framing = context.framing;
  const bool single_subject = context.subject.valid() &&
                              (framing == Framing::CloseUp || framing == Framing::ExtremeCloseUp ||
                               framing == Framing::MediumCloseUp);
  if (!staged) {
    if (framing == Framing::Insert) {
      order.clear();  // an insert shows the prop, not the people around it
    } else if (single_subject) {
      order = {context.subject};
    } else {
      if (context.subject.valid() && framing != Framing::Pov) mention(context.subject);
      for (auto id : prose_mentions) mention(id);
      for (const auto& d : shot.dialogue) {
        const CharacterId id = lookup(characters, d.speaker.value);
        if (id.valid() && speakers.count(id.value)) mention(id);
      }
      if (framing == Framing::Pov && context.subject.valid())
        order.erase(std::remove(order.begin(), order.end(), context.subject), order.end());
    }
  }

  // 4. Resolve each character's staging: stage line, then prose, then continuity and defaults.
  std::vector<Staging> out;
  for (auto id : order) {
    Staging s;
    s.character = id;
    s.speaks = speakers.count(id.value) > 0;
    const auto st = from_stage.count(id.value) ? std::optional<Assignment>(from_stage[id.value]) : std::nullopt;
    const auto pr = from_prose.count(id.value) ? std::optional<Assignment>(from_prose[id.value]) : std::nullopt;
    const Assignment none;
    const Assignment& A = st ? *st : none;
    const Assignment& B = pr ? *pr : none;
    s.pose.value = Pose::Stand;
    s.expression.value = Expression::Neutral;
    s.depth.value = Depth::Midground;
    s.facing.value = Facing::Camera;
    fill(s.position, A.position, B.position);
    fill(s.depth, A.depth, B.depth);
    fill(s.pose, A.pose, B.pose);
    fill(s.expression, A.expression, B.expression);
    fill(s.facing, A.facing, B.facing);
    s.facing_target = A.facing ? A.facing_target : B.facing_target;
    fill(s.view, A.view, B.view);
    out.push_back(s);
  }

  // Over the shoulder: the named character is the foreground shoulder, seen from behind.
  if (framing == Framing::OverTheShoulder && context.subject.valid()) {
    for (auto& s : out) {
      if (s.character != context.subject) continue;
      if (s.depth.origin == Origin::Default) s.depth = {Depth::Foreground, Origin::Header, "over the shoulder", {}};
      if (s.view.origin == Origin::Default) s.view = {View::Back, Origin::Header, "over the shoulder", {}};
    }
  }

  // Positions: keep the scene's sides, then fill free slots left to right.
  const bool alone = out.size() == 1;
  std::set<ScreenPosition> taken;
  for (auto& s : out) {
    if (s.position.origin != Origin::Default) {
      taken.insert(s.position.value);
      continue;
    }
    if (alone) {
      s.position.value = ScreenPosition::Center;
      continue;
    }
    auto it = context.scene_positions.find(s.character.value);
    if (it != context.scene_positions.end() && !taken.count(it->second.first)) {
      s.position = {it->second.first, Origin::Continuity, "shot " + it->second.second, {}};
      taken.insert(it->second.first);
    }
  }
  if (!alone) {
    for (auto& s : out) {
      if (s.position.origin != Origin::Default) continue;
      for (auto p : {ScreenPosition::Left, ScreenPosition::Right, ScreenPosition::Center}) {
        if (taken.count(p)) continue;
        s.position.value = p;
        taken.insert(p);
        break;
      }
    }
  }
  // Facing: with company, a character who faces nowhere in particular faces the nearest other.
  for (auto& s : out) {
    if (s.facing.origin != Origin::Default || out.size() < 2) continue;
    const Staging* nearest = nullptr;
    for (const auto& o : out)
      if (o.character != s.character &&
          (!nearest || std::abs(int(o.position.value) - int(s.position.value)) <
                           std::abs(int(nearest->position.value) - int(s.position.value))))
        nearest = &o;
    if (nearest && nearest->position.value != s.position.value) {
      s.facing.value = Facing::Character;
      s.facing.origin = Origin::Inferred;
      s.facing.words = "nearest other character";
      s.facing_target = nearest->character;
    }
  }
  for (auto& s : out) {
    if (s.view.origin != Origin::Default) {
      // `profile` / `three quarter` take their side from where the character faces.
      const View derived = view_for(s, out, s.pose.value);
      const bool faces_left = derived == View::ThreeQuarterLeft || derived == View::ProfileLeft;
      if (s.view.value == View::ProfileRight && faces_left) s.view.value = View::ProfileLeft;
      if (s.view.value == View::ThreeQuarterRight && faces_left) s.view.value = View::ThreeQuarterLeft;
      continue;
    }
    s.view.value = view_for(s, out, s.pose.value);
    s.view.origin = Origin::Derived;
    s.view.words = std::string("facing ") + std::string(name_of(s.facing.value));
  }
  std::sort(out.begin(), out.end(), [](const Staging& a, const Staging& b) {
    if (a.position.value != b.position.value) return a.position.value < b.position.value;
    return a.depth.value > b.depth.value;  // background first, so foreground draws last
  });
  return out;
}

}  // namespace ekonte
