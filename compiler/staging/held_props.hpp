#pragma once
// Held props: what a character has in hand, read from a verb's object ("holds a cup"), from a
// hand phrase ("a glass of rye in his hand"), from `with` ("with his walking stick") and from
// hands put on a thing of one's own ("both hands on his staff").
#include <string>
#include <vector>

#include "compiler/staging/assignment.hpp"
#include "compiler/staging/prose_words.hpp"

namespace ekonte::staging {

class Mentions;

// The hand a new prop goes to: the one the words name ("in her left hand", "both hands"), else
// the free one.
Hand hand_in(const std::vector<Word>& words, size_t from, size_t to, const Assignment& a);
// Adds a held prop once; a third pushes out the oldest.
void add_held(Assignment& a, Sourced<std::string> noun, Hand hand);

// Gives each held prop the shot's words leave uncoloured the colour they give its prop row ("opens
// a red umbrella"); a prop that already has one (carried from an earlier shot) keeps it.
void colour_held(CompactVector<Sourced<HeldProp>>& held, std::span<const PropColour> colours);

// A thing one carries in a hand: a prop of the prop table used in the hand, or one that stands
// on a table and is small enough to pick up (a kettle, a vase, a radio), else a WordNet
// instrumentality (a stick, a bowl, a lamp) that is no garment, building or vehicle.
bool hand_prop(const std::string& phrase);

// "a glass of rye in his hand", "newspapers under his arm": a prop held without a verb.

void read_held_in_hand(const std::vector<Word>& words, size_t from, size_t to, Assignment& a);
// "follows slowly with his walking stick", "sits with a bowl of shaved ice": a hand prop after
// `with` is held.
void read_with_prop(const std::vector<Word>& words, size_t from, size_t to, Assignment& a);
// "one hand on her shoulder", "both hands folded over his walking stick": a hand on another
// character is a contact; on a thing of one's own ("his staff"), a held prop.
void read_hands_on(const std::vector<Word>& words, size_t from, size_t to, CharacterId owner,
                   const Mentions& mentions, Assignment& a);

}  // namespace ekonte::staging
