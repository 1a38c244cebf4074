#pragma once
// Colour words in front of prop nouns ("a red umbrella", "the dark blue door", `props: black
// car`): the prop row and the colour (vocabulary/colours.def), with the span of the words.
#include <vector>

#include "compiler/shot_graph.hpp"
#include "compiler/source_span.hpp"

namespace ekonte {

// Every colour word of `text` directly followed by a prop noun (a hyphen or spaces between them,
// never punctuation: "blinks red: ENGINE 2" colours no engine). The prop is the longest run of up
// to three following words that ends in a prop phrase ("red paper lantern" is a lantern).
std::vector<PropColour> read_prop_colours(const SpannedText& text);

}  // namespace ekonte
