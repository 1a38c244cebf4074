#pragma once
// Relations and objects: what follows an action verb (a contact partner, a held prop, a seat)
// and the prepositional objects that become relations ("leans against the bar", "hands the
// letter to KAI", "sits on the stool").
#include <string>
#include <vector>

#include "compiler/staging/assignment.hpp"
#include "compiler/staging/prose_words.hpp"

namespace ekonte::staging {

// Adds a contact partner once.
void add_contact(Assignment& a, CharacterId id, const Word& w);
// Relations from a verb's prepositional object: "leans against the bar", "stands by the door",
// "hands the letter to KAI", "holds her umbrella over both of them". `j` is the first word after
// the verb.
void read_relations(const std::vector<Word>& words, size_t j, size_t to, Action act, Origin origin, Assignment& a);
// What follows an action verb: a held prop, a seat, a contact partner.

void read_objects(const std::vector<Word>& words, size_t i, size_t n, size_t to, Action act, Origin origin,
                  Assignment& a);
// The seat becomes a sit-on relation drawn as its prop row; asleep on a chair, a sofa or a
// throne is asleep sitting up.

void relate_seat(Staging& s);

}  // namespace ekonte::staging
