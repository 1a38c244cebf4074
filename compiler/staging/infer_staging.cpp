#include "compiler/staging/infer_staging.hpp"

#include <algorithm>
#include <set>

#include "compiler/staging/held_props.hpp"
#include "compiler/staging/read_action_prose.hpp"
#include "compiler/staging/read_actions.hpp"
#include "compiler/staging/read_relations.hpp"
#include "compiler/staging/scene_continuity.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

namespace ekonte {
namespace {

using staging::apply_words;
using staging::Assignment;
using staging::carry_over;
using staging::check_continued;
using staging::lookup;
using staging::relate_seat;
using staging::sentences_of;
using staging::Word;

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

  // 2. Action prose: each clause's subjects (names, pronouns, "X and Y", "they", "both"),
  // pronouns resolved by the characters' pronouns and then by recency.
  staging::ProseReading prose = staging::read_action_prose(shot, context, file, sink);
  from_prose = std::move(prose.assignments);
  const std::vector<CharacterId>& prose_mentions = prose.mentions;
  // Dialogue parentheticals may carry a feeling: `HARU9 (cheerful): ...`.
  std::set<uint32_t> speakers;
  for (const auto& d : shot.dialogue) {
    const CharacterId id = lookup(characters, d.speaker.value);
    if (!id.valid() || is_off_screen(d.parenthetical.value) || is_off_screen(d.extension.value)) continue;
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
  out.reserve(order.size());
  for (auto id : order) {
    Staging s;
    s.character = id;
    s.speaks = speakers.count(id.value) > 0;
    const auto found_stage = from_stage.find(id.value);
    const auto found_prose = from_prose.find(id.value);
    const Assignment* st = found_stage != from_stage.end() ? &found_stage->second : nullptr;
    const Assignment* pr = found_prose != from_prose.end() ? &found_prose->second : nullptr;
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
    if (A.action || B.action) s.action = A.action ? *A.action : *B.action;
    else s.action = {Action::Stand, Origin::Default, {}, {}};
    s.held = A.held.empty() ? B.held : A.held;
    if (context.prop_colours) staging::colour_held(s.held, *context.prop_colours);
    if (A.seat || B.seat) s.seat = A.seat ? *A.seat : *B.seat;
    s.contacts = A.contacts;
    for (const auto& c : B.contacts) s.contacts.push_back(c);
    s.relations = A.relations.empty() ? B.relations : A.relations;
    s.wardrobe = A.wardrobe;
    s.wardrobe.insert(s.wardrobe.end(), B.wardrobe.begin(), B.wardrobe.end());
    s.wet = A.wet ? A.wet : B.wet;
    if (context.carried) {
      check_continued(s, (*context.carried)[id.value], A.rose || B.rose, characters, file, sink);
      carry_over(s, A.released || B.released, A.rose || B.rose, A.moved || B.moved, *context.carried, context.shot_id);
    }
    relate_seat(s);
    out.push_back(std::move(s));
  }

  staging::pass_handed_props(out, context);

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
