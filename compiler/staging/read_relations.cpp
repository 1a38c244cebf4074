#include "compiler/staging/read_relations.hpp"
#include "compiler/staging/held_props.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

#include <algorithm>
#include <set>

#include "lexicon/lexicon.hpp"
#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"
#include "vocabulary/world.hpp"

namespace ekonte::staging {
namespace {

void add_relation(Assignment& a, RelationKind kind, const std::vector<Word>& words, size_t k, size_t to,
                  Origin origin, std::string prop = {}) {
  Sourced<Relation> r;
  r.value.kind = kind;
  r.value.prop = std::move(prop);
  r.origin = origin;
  if (k >= to) return;
  if (words[k].id.valid()) {
    r.value.character = words[k].id;
    r.words = words[k].text;
    r.span = words[k].span;
  } else if (auto noun = noun_at(words, k, to)) {
    r.value.noun = noun->value;
    r.words = noun->words;
    r.span = noun->span;
  } else {
    return;
  }
  for (auto& old : a.relations)
    if (old.value.kind == kind) {
      old = r;
      return;
    }
  a.relations.push_back(r);
}

// The prop row a seat noun is drawn as: a Seat row of the prop table by its phrases, else the
// Seat row nearest in meaning under WordNet's `seat` ("ottoman" -> "seat" -> ...). Nothing when
// neither finds one (grass, the floor: the ground is the seat).
std::optional<std::pair<PropKind, std::string>> seat_row(const std::string& noun) {
  if (const auto m = vocabulary::match_prop(noun)) {
    if (vocabulary::row(m->value).category == vocabulary::PropCategory::Seat) return std::pair{m->value, std::string("table")};
    return std::nullopt;
  }
  static const auto rows = [] {
    std::pair<std::vector<PropKind>, std::vector<std::vector<std::string>>> out;
    for (size_t i = 0; i < std::size(vocabulary::kPropRows); ++i)
      if (vocabulary::kPropRows[i].category == vocabulary::PropCategory::Seat) {
        out.first.push_back(static_cast<PropKind>(i));
        out.second.push_back(vocabulary::split_phrases(vocabulary::kPropRows[i].phrases));
      }
    return out;
  }();
  if (auto choice = lexicon::nearest_row(noun, lexicon::PartOfSpeech::Noun, "seat", rows.second))
    return std::pair{rows.first[choice->row], choice->path_text()};
  return std::nullopt;
}

}  // namespace

void add_contact(Assignment& a, CharacterId id, const Word& w) {
  for (const auto& c : a.contacts)
    if (c.value == id) return;
  a.contacts.push_back({id, Origin::Action, w.text, w.span});
}

void read_relations(const std::vector<Word>& words, size_t j, size_t to, Action act, Origin origin, Assignment& a) {
  auto preposition_at = [&](std::initializer_list<const char*> ps, size_t limit) -> size_t {
    // "leans against the wall" read by the phrase "leans against": the object follows at once.
    for (const char* p : ps)
      if (j > 0 && words[j - 1].lower == p) return j;
    for (size_t k = j; k < to && k < j + limit; ++k) {
      if (words[k].id.valid() && k != j) return to;
      for (const char* p : ps)
        if (words[k].lower == p) return k + 1 < to && words[k + 1].lower == "to" ? k + 2 : k + 1;  // "next to"
    }
    return to;
  };
  const auto& row = vocabulary::row(act);
  if (act == Action::Lean || act == Action::LeanOn) {
    add_relation(a, RelationKind::LeanAgainst, words, preposition_at({"against", "on", "upon"}, 2), to, origin);
  } else if (act == Action::Stand || act == Action::KneelBefore) {
    add_relation(a, RelationKind::StandBy, words, preposition_at({"by", "beside", "at", "near", "next"}, 2), to, origin);
  } else if (act == Action::HandOver && j < to && words[j].id.valid()) {
    // "hands her the letter": the receiver, then the prop.
    Sourced<Relation> r;
    r.value.kind = RelationKind::HandTo;
    r.value.character = words[j].id;
    if (const auto prop = noun_at(words, j + 1, to)) r.value.prop = prop->value;
    r.origin = origin;
    r.words = words[j].text;
    r.span = words[j].span;
    a.relations.push_back(r);
  } else if (act == Action::HandOver || row.object == ActionObject::Held) {
    const auto prop = noun_at(words, j, to);
    const bool over = row.object == ActionObject::Held;
    const size_t k = preposition_at({over ? "over" : "to"}, 8);
    std::string noun = prop && !words[j].id.valid() ? prop->value : std::string();
    // "takes a ring and gives it to him": `it` is what is in hand, read before the hand empties.
    if (!prop && j < to && (words[j].lower == "it" || words[j].lower == "them") && !a.held.empty())
      noun = a.held.back().value.noun;
    if (k < to) add_relation(a, over ? RelationKind::HoldOver : RelationKind::HandTo, words, k, to, origin, noun);
  }
}

void read_objects(const std::vector<Word>& words, size_t i, size_t n, size_t to, Action act, Origin origin,
                  Assignment& a) {
  const auto& r = vocabulary::row(act);
  size_t j = i + n;
  read_relations(words, j, to, act, origin, a);
  // A partner right after the verb, or after one small word ("lunges at KAI", "leans on him").
  size_t p = j;
  if (p < to && !(words[p].id.valid() && !words[p].possessive) &&
      (words[p].lower == "at" || words[p].lower == "on" || words[p].lower == "against" || words[p].lower == "to" ||
       words[p].lower == "with" || words[p].lower == "the"))
    ++p;
  bool partner = p < to && words[p].id.valid() && !words[p].possessive;
  if (partner && (r.contact || r.object == ActionObject::Held)) add_contact(a, words[p].id, words[p]);
  // "carries REN" read by the phrase "carries him": the partner is inside the phrase.
  for (size_t k = i + 1; k < i + n; ++k)
    if (words[k].id.valid() && r.contact) {
      add_contact(a, words[k].id, words[k]);
      partner = true;
    }
  // "holds GRANDPA's hand", "grabs the boy's arm": holding or touching another's body part
  // touches them, and nothing is held.
  if (!partner && (r.contact || r.object == ActionObject::Held) && p + 1 < to && words[p].id.valid() &&
      words[p].possessive && is_body_part(words[p + 1].lower)) {
    add_contact(a, words[p].id, words[p]);
    partner = true;
  }
  if (act == Action::HandOver)
    for (size_t k = j; k + 1 < to; ++k)
      if (words[k].lower == "to" && words[k + 1].id.valid()) add_contact(a, words[k + 1].id, words[k + 1]);
  if (partner) return;
  switch (r.object) {
    case ActionObject::None: break;
    case ActionObject::Held:
      if (auto noun = noun_at(words, j, to); noun && !staging::is_body_part(head_noun(noun->value))) {
        noun->origin = origin;
        add_held(a, *noun, hand_in(words, i, to, a));
      }
      break;
    case ActionObject::Released: {
      a.released = true;
      const auto noun = noun_at(words, j, to);
      auto& held = a.held;
      held.erase(std::remove_if(held.begin(), held.end(),
                                [&](const Sourced<HeldProp>& h) { return !noun || h.value.noun == noun->value; }),
                 held.end());
      break;
    }
    case ActionObject::Seat:
      // "slides onto the stool": the phrase ends with the preposition.
      if (static const std::set<std::string> into = {"onto", "into", "on", "in", "at"}; into.count(words[i + n - 1].lower)) {
        if (auto noun = noun_at(words, j, to)) {
          a.seat = Sourced<InternedString>{noun->value, origin, noun->words, noun->span};
        }
        break;
      }
      for (size_t k = j; k < to && k < j + 6; ++k) {
        // "sits there, snow in his hair": past a comma is another phrase.
        if (words[k].id.valid() || (k > j && words[k].comma_before)) break;
        static const std::set<std::string> on = {"on", "onto", "at", "in", "into", "upon", "astride", "across"};
        if (!on.count(words[k].lower)) continue;
        if (auto noun = noun_at(words, k + 1, to)) {
          a.seat = Sourced<InternedString>{noun->value, origin, noun->words, noun->span};
        }
        break;
      }
      break;
  }
}

void relate_seat(Staging& s) {
  if (s.seat.value.empty()) return;
  Sourced<Relation> r;
  r.value.kind = RelationKind::SitOn;
  r.value.noun = s.seat.value;
  r.origin = s.seat.origin;
  r.words = s.seat.words;
  r.span = s.seat.span;
  const auto row = seat_row(s.seat.value);
  if (row) {
    r.value.kind_row = std::string(vocabulary::row(row->first).name);
    r.value.reading = row->second;
  }
  s.relations.erase(std::remove_if(s.relations.begin(), s.relations.end(),
                                   [](const auto& x) { return x.value.kind == RelationKind::SitOn; }),
                    s.relations.end());
  s.relations.insert(s.relations.begin(), r);
  if (row && s.action.value == Action::Sleep && s.pose.value == Pose::Sleep) {
    s.pose.value = Pose::Sit;
    s.pose.words += " (asleep sitting up on the " + r.value.kind_row + ")";
  }
}

}  // namespace ekonte::staging
