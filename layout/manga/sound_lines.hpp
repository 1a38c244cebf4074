#pragma once
// How a letterer reads a sound line (`sfx: ...`): which of its comma-separated parts are
// onomatopoeia, lettered over the art, and which describe a sound ("hum of fluorescent
// lights"), set in a sound caption instead. A part is onomatopoeia when, once its loudness
// words (vocabulary/sound_words.def) are set aside, it is one word that is
//   - a word of the onomatopoeia rows (`boom`, `fwoosh`), or a hyphenated repeat of one or of
//     any word (`clack-clack`, `bzz-bzz`),
//   - in kana or other Japanese characters, at most kKanaOnomatopoeiaMax long (`ドン`),
//   - or in capitals (`BLAM`), the way scripts spell sounds to be lettered.
// Anything else (several words, or one plain noun like `coin` or `wind`) is a description.
// Loudness words size the lettering of the onomatopoeia in their part, or of the one before
// them when they stand alone (`boom, distant`).
#include <string>
#include <string_view>
#include <vector>

namespace ekonte::layout {

inline constexpr size_t kKanaOnomatopoeiaMax = 8;

struct Onomatopoeia {
  std::string text;   // as written, without loudness words
  double size = 1;    // lettering size as a multiple of the usual
  bool japanese = false;
};

// One comma-separated part of a sound line and the rule that decided it, for `ekonte explain`.
struct SoundPart {
  std::string text;      // the part as written
  bool lettered = false;       // onomatopoeia (else a description, or loudness alone)
  bool loudness_only = false;  // loudness words alone, sizing the onomatopoeia before them
  // The rule, in words: "row `boom` of vocabulary/sound_words.def (spelling `kaboom`)", "a
  // word in capitals", "several words: a description of the sound", ...
  std::string rule;
  // The loudness rows that size it, in words ("row `distant` of ...: x0.7"); empty when none.
  std::string loudness;
};

struct SoundLine {
  std::vector<Onomatopoeia> lettered;
  std::string caption;  // the descriptive parts, joined with ", "; empty when there are none
  // Why, in words, for explanations: "`boom` is onomatopoeia; `taiko drums` describes a sound".
  std::string reason;
  std::vector<SoundPart> parts;  // in the order written
};

SoundLine read_sound_line(std::string_view sfx);

}  // namespace ekonte::layout
