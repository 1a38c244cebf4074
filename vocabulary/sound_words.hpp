#pragma once
// Sound words from sound_words.def: onomatopoeia lettered over the art and loudness words that
// size the lettering (layout/manga/letter_sound.cpp reads them).
#include <cstddef>
#include <optional>
#include <string_view>

namespace ekonte {

enum class SoundWord {
#define EKONTE_SOUND_WORD(id, ...) id,
#include "vocabulary/sound_words.def"
#undef EKONTE_SOUND_WORD
};

}  // namespace ekonte

namespace ekonte::vocabulary {

enum class SoundWordKind { Onomatopoeia, Loudness };
struct SoundWordRow {
  std::string_view name, spellings;
  SoundWordKind kind;
  double size;
  std::string_view description;
};

inline constexpr SoundWordRow kSoundWordRows[] = {
#define EKONTE_SOUND_WORD(id, name, spellings, kind, size, desc) {name, spellings, SoundWordKind::kind, size, desc},
#include "vocabulary/sound_words.def"
#undef EKONTE_SOUND_WORD
};

inline const SoundWordRow& row(SoundWord w) { return kSoundWordRows[static_cast<size_t>(w)]; }

// The row whose spelling is `words` (ignoring case), if any.
std::optional<SoundWord> match_sound_word(std::string_view words);

}  // namespace ekonte::vocabulary
