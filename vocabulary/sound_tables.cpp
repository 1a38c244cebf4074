#include <cctype>
#include <string>

#include "vocabulary/sound_words.hpp"
#include "vocabulary/tables.hpp"

namespace ekonte::vocabulary {

Table sound_word_table() {
  Table t{"sound-word", "Sound words", "sound lines (`sfx: boom, distant`)", {}};
  for (const SoundWordRow& r : kSoundWordRows)
    t.entries.push_back({r.name, r.spellings, r.kind == SoundWordKind::Onomatopoeia ? "onomatopoeia" : "loudness",
                         r.description});
  return t;
}

std::optional<SoundWord> match_sound_word(std::string_view words) {
  std::string key;
  for (char c : words) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const auto spellings = split_column(kSoundWordRows, &SoundWordRow::spellings);
  for (size_t i = 0; i < spellings.size(); ++i)
    for (const std::string& s : spellings[i])
      if (s == key) return static_cast<SoundWord>(i);
  return std::nullopt;
}

}  // namespace ekonte::vocabulary
