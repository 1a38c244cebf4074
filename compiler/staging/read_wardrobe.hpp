#pragma once
// What the action prose changes in how a character is dressed, for the rest of the scene: a
// garment put on or taken off after a wear word ("in a sou'wester", "wearing a raincoat", "pulls
// on a coat", "throws off her coat": vocabulary/wear_words.def) and wetness ("soaked through",
// "drenched", "bangs in out of the rain": vocabulary/wetness.def).
#include <string>
#include <vector>

#include "compiler/staging/assignment.hpp"
#include "compiler/staging/prose_words.hpp"

namespace ekonte::staging {

// A garment's words: a phrase of the wardrobe tables (outfits, outerwear, headwear, footwear) or
// a noun WordNet puts under clothing, headwear or footwear ("sou'wester" is a hat). "a hurry",
// "the kitchen", "a chair" are none.
bool is_garment(const std::string& words);

// Reads the clause words[from, to) of the character `a` belongs to.
void read_wardrobe(const std::vector<Word>& words, size_t from, size_t to, Assignment& a);

}  // namespace ekonte::staging
