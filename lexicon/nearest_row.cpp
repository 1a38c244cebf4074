// The nearest row by meaning: the first hypernym of the words that is a row's phrase, inside the
// subtree the table covers (garments under clothing, hats under headdress).
#include <algorithm>

#include "lexicon/wordnet.hpp"

namespace ekonte::lexicon {
namespace {

bool contains(const detail::Synset& s, const std::string& word) {
  return std::find(s.begin(), s.end(), word) != s.end();
}

// The suffixes of the words, longest first: "long captain's coat", "captain's coat", "coat".
std::vector<std::string> head_phrases(const std::string& words) {
  std::vector<std::string> out{words};
  for (size_t at = words.find(' '); at != std::string::npos; at = words.find(' ', at + 1))
    out.push_back(words.substr(at + 1));
  return out;
}

}  // namespace

std::string RowChoice::path_text() const {
  std::string out;
  for (const std::string& p : path) out += (out.empty() ? "" : " → ") + p;
  return out;
}

bool is_under(std::string_view word, PartOfSpeech pos, std::string_view root) {
  const std::string r = detail::normalise(root);
  for (const detail::SensePath& sense : detail::senses(std::string(word), pos))
    for (const detail::Synset& s : sense)
      if (contains(s, r)) return true;
  return false;
}

std::optional<RowChoice> nearest_row(std::string_view words, PartOfSpeech pos, std::string_view subtree_root,
                                     const std::vector<std::vector<std::string>>& candidate_rows) {
  const std::string root = detail::normalise(subtree_root);
  const std::string all = detail::normalise(words);
  for (const std::string& phrase : head_phrases(all)) {
    for (const detail::SensePath& sense : detail::senses(phrase, pos)) {
      // The sense must lie inside the subtree, and so must the row's phrase it reaches.
      size_t root_at = sense.size();
      for (size_t i = 0; i < sense.size(); ++i)
        if (contains(sense[i], root)) { root_at = i; break; }
      if (root_at == sense.size()) continue;
      for (size_t i = 0; i <= root_at; ++i)
        for (size_t row = 0; row < candidate_rows.size(); ++row)
          for (const std::string& candidate : candidate_rows[row]) {
            if (!contains(sense[i], detail::normalise(candidate))) continue;
            RowChoice choice{row, {phrase}};
            for (size_t k = 1; k < i; ++k) choice.path.push_back(sense[k].front());
            if (i > 0 || candidate != phrase) choice.path.push_back(detail::normalise(candidate));
            return choice;
          }
    }
  }
  return std::nullopt;
}

}  // namespace ekonte::lexicon
