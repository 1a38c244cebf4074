#pragma once
// Person words from person_words.def: the words action prose names a character by when it does
// not use the name ("the boy", "the old woman"), with the gender and ages each fits.
#include <cstddef>
#include <string_view>

namespace ekonte {

enum class PersonWord {
#define EKONTE_PERSON_WORD(id, ...) id,
#include "vocabulary/person_words.def"
#undef EKONTE_PERSON_WORD
};

}  // namespace ekonte

namespace ekonte::vocabulary {

struct PersonWordRow {
  std::string_view name, phrases;
  char gender;  // 'm', 'f', or 0 for either
  int min_age, max_age;
  std::string_view description;
};

inline constexpr PersonWordRow kPersonWordRows[] = {
#define EKONTE_PERSON_WORD(id, name, phrases, gender, min_age, max_age, desc) \
  {name, phrases, gender, min_age, max_age, desc},
#include "vocabulary/person_words.def"
#undef EKONTE_PERSON_WORD
};

inline const PersonWordRow& row(PersonWord w) { return kPersonWordRows[static_cast<size_t>(w)]; }

}  // namespace ekonte::vocabulary
