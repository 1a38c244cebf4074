#include "compiler/staging/held_props.hpp"
#include "compiler/staging/prose_subjects.hpp"
#include "compiler/staging/read_relations.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

#include <algorithm>
#include <set>

#include "vocabulary/vocabulary.hpp"
#include "vocabulary/world.hpp"

namespace ekonte::staging {

Hand hand_in(const std::vector<Word>& words, size_t from, size_t to, const Assignment& a) {
  for (size_t k = from; k + 1 < to; ++k) {
    if (words[k].lower == "left" && (words[k + 1].lower == "hand" || words[k + 1].lower == "fist")) return Hand::Left;
    if (words[k].lower == "both" && words[k + 1].lower == "hands") return Hand::Both;
  }
  for (const auto& h : a.held)
    if (h.value.hand == Hand::Right) return Hand::Left;
  return Hand::Right;
}

void add_held(Assignment& a, Sourced<std::string> noun, Hand hand) {
  for (const auto& h : a.held)
    if (h.value.noun == noun.value) return;
  if (a.held.size() >= 2) a.held.erase(a.held.begin());
  Sourced<HeldProp> held;
  held.value = {noun.value, hand};
  held.origin = noun.origin;
  held.words = noun.words;
  held.span = noun.span;
  a.held.push_back(held);
}

void read_held_in_hand(const std::vector<Word>& words, size_t from, size_t to, Assignment& a) {
  static const std::set<std::string> parts = {"hand", "hands", "fist", "arm", "arms", "grip", "fingers"};
  for (size_t k = from + 1; k + 2 < to + 0 && k + 2 < words.size() + 0; ++k) {
    // "a shield on his arm" too: worn on the arm, held by it.
    if ((words[k].lower != "in" && words[k].lower != "under" && words[k].lower != "on") ||
        !parts.count(words[k + 2].lower))
      continue;
    if (words[k + 1].lower != "his" && words[k + 1].lower != "her" && words[k + 1].lower != "their") continue;
    size_t b = k;
    while (b > from && b + 4 > k && !words[b - 1].id.valid() && !staging::determiners().count(words[b - 1].lower) &&
           words[b - 1].lower != "with" && !words[b].comma_before)
      --b;
    if (b == k) continue;
    Sourced<std::string> noun;
    noun.origin = Origin::Action;
    for (size_t m = b; m < k; ++m) noun.value += (noun.value.empty() ? "" : " ") + words[m].lower;
    noun.words = noun.value;
    noun.span = words[b].span;
    noun.span.length = words[k - 1].span.offset + words[k - 1].span.length - noun.span.offset;
    add_held(a, noun, words[k + 2].lower == "hands" ? Hand::Both : hand_in(words, k, k + 3, a));
  }
}

bool hand_prop(const std::string& phrase) {
  constexpr double kPickUpCm = 60;  // the longest side of a table-top thing one lifts with a hand
  const std::string head = head_noun(phrase);
  if (const auto m = vocabulary::match_prop(head)) {
    const vocabulary::PropRow& r = vocabulary::row(m->value);
    return r.category == vocabulary::PropCategory::HandProp || r.kind == vocabulary::PropUse::Handheld ||
           (r.kind == vocabulary::PropUse::TableTop && std::max(r.width_cm, r.height_cm) <= kPickUpCm);
  }
  return staging::is_hand_thing(head);
}

void read_with_prop(const std::vector<Word>& words, size_t from, size_t to, Assignment& a) {
  static const std::set<std::string> owned = {"his", "her", "their", "a", "an"};
  for (size_t k = from; k + 2 < to; ++k) {
    if (words[k].lower != "with" || !owned.count(words[k + 1].lower)) continue;
    auto noun = noun_at(words, k + 1, to);
    if (noun && hand_prop(noun->value)) add_held(a, *noun, hand_in(words, k, to, a));
  }
}

void read_hands_on(const std::vector<Word>& words, size_t from, size_t to, CharacterId owner,
                   const Mentions& mentions, Assignment& a) {
  static const std::set<std::string> hands = {"hand", "hands", "fist", "arm", "arms", "fingers", "palm"};
  static const std::set<std::string> onto = {"on", "over", "around", "round", "upon", "across", "about"};
  for (size_t k = from; k + 2 < to; ++k) {
    if (!hands.count(words[k].lower)) continue;
    size_t j = k + 1;
    if (j + 1 < to && words[j].lower.size() > 3 && words[j].lower.compare(words[j].lower.size() - 2, 2, "ed") == 0) ++j;
    if (!onto.count(words[j].lower)) continue;
    ++j;
    // "a hand on the boy's head": a character after `the` is still the one touched.
    if (j + 1 < to && words[j].lower == "the" && words[j + 1].id.valid()) ++j;
    if (words[j].id.valid()) {
      if (words[j].id != owner) add_contact(a, words[j].id, words[j]);
      continue;
    }
    const std::string& l = words[j].lower;
    const char g = l == "his" ? 'm' : l == "her" ? 'f' : l == "their" ? 'n' : 0;
    if (!g) continue;
    const bool own = g == 'n' || mentions.gender(owner) == g || (mentions.gender(owner) == 0 && !mentions.resolve(g, owner).valid());
    if (!own) {
      if (const CharacterId other = mentions.resolve(g, owner); other.valid()) add_contact(a, other, words[j]);
      continue;
    }
    if (auto noun = noun_at(words, j, to); noun && hand_prop(noun->value)) {
      const bool both = words[k].lower == "hands" || words[k].lower == "arms";
      add_held(a, *noun, both ? Hand::Both : hand_in(words, k, to, a));
    }
  }
}

void colour_held(CompactVector<Sourced<HeldProp>>& held, std::span<const PropColour> colours) {
  for (auto& h : held) {
    if (h.value.colour) continue;
    const auto prop = vocabulary::match_prop(h.value.noun);
    if (!prop) continue;
    for (const PropColour& c : colours)
      if (c.prop == prop->value) {
        h.value.colour = c.colour;
        break;
      }
  }
}

}  // namespace ekonte::staging
