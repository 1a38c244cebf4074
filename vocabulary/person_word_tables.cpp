#include "vocabulary/person_words.hpp"
#include "vocabulary/tables.hpp"

#include <string>

namespace ekonte::vocabulary {

Table person_word_table() {
  Table t{"person-word", "Person words", "action prose: `the` + a word that names the one character it fits (`the boy`)", {}};
  for (const PersonWordRow& r : kPersonWordRows) {
    std::string_view fits = r.gender == 'm' ? "male" : r.gender == 'f' ? "female" : "any gender";
    t.entries.push_back({r.name, r.phrases, fits, r.description});
  }
  return t;
}

}  // namespace ekonte::vocabulary
