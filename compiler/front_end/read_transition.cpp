#include "compiler/front_end/read_transition.hpp"

#include "support/text.hpp"
#include "vocabulary/transitions.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte {

// The transition a line spells (`CROSS DISSOLVE TO:`), matched against the phrases of
// vocabulary/transitions.def with and without a closing `to`; an unknown one is reported and
// read as a cut.
Transition transition_of(const SpannedText& words, const std::string& file, DiagnosticSink& sink) {
  std::string text = to_lower(trim(words.value));
  while (!text.empty() && (text.back() == ':' || text.back() == '.' || text.back() == ' ')) text.pop_back();
  const std::string without_to = text.size() > 3 && text.ends_with(" to") ? text.substr(0, text.size() - 3) : text;
  std::vector<std::string> known;
  static const auto phrases = vocabulary::split_column(vocabulary::kTransitionRows, &vocabulary::TransitionRow::phrases);
  for (size_t i = 0; i < phrases.size(); ++i)
    for (const std::string& phrase : phrases[i]) {
      if (phrase == text || phrase == without_to) return static_cast<Transition>(i);
      known.push_back(phrase);
    }
  const std::string guess = closest_match(text, known);
  sink.report(DiagnosticKind::UnknownTransition, file, words.span,
              "`" + trim(words.value) + "` is not a transition; it is read as a cut",
              guess.empty() ? "`ekonte vocabulary transition` lists the transitions"
                            : "did you mean `" + to_upper(guess) + ":`?");
  return Transition::CutTo;
}

}  // namespace ekonte
