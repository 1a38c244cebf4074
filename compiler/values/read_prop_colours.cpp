#include "compiler/values/read_prop_colours.hpp"

#include <cctype>
#include <string>

#include "vocabulary/colours.hpp"

namespace ekonte {
namespace {

struct Word {
  size_t begin, end;  // bytes of the text
  size_t run;         // words of one run have only spaces or hyphens between them
};

std::vector<Word> words_of(const std::string& text) {
  std::vector<Word> out;
  size_t run = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c) || c == '\'' || c >= 0x80) {
      size_t j = i;
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '\'' ||
                                 static_cast<unsigned char>(text[j]) >= 0x80))
        ++j;
      out.push_back({i, j, run});
      i = j;
    } else {
      if (c != ' ' && c != '-' && c != '\t') ++run;
      ++i;
    }
  }
  return out;
}

Rgb rgb_of(uint32_t c) { return Rgb{uint8_t(c >> 16), uint8_t(c >> 8), uint8_t(c)}; }

}  // namespace

std::vector<PropColour> read_prop_colours(const SpannedText& text) {
  std::vector<PropColour> out;
  const std::string& t = text.value;
  const std::vector<Word> w = words_of(t);
  auto span_text = [&](size_t from, size_t to) { return t.substr(w[from].begin, w[to].end - w[from].begin); };
  for (size_t i = 0; i < w.size(); ++i) {
    // A colour of one or two words ("red", "navy blue"), the longer first.
    std::optional<ColourWord> colour;
    size_t last = i;
    for (size_t n : {size_t(2), size_t(1)})
      if (!colour && i + n <= w.size() && w[i + n - 1].run == w[i].run)
        if (auto c = vocabulary::match_colour(span_text(i, i + n - 1))) colour = c, last = i + n - 1;
    if (!colour) continue;
    // The prop: the longest run of following words that ends in a prop phrase.
    for (size_t n = 3; n >= 1; --n) {
      const size_t first = last + 1, end = last + n;
      if (end >= w.size() || w[end].run != w[i].run) continue;
      const std::string noun = span_text(first, end);
      const auto m = vocabulary::match_prop(noun);
      if (!m || m->end != noun.size()) continue;
      const size_t start = i > 0 && w[i - 1].run == w[i].run ? i - 1 : i;
      const std::string shade = start < i ? span_text(start, start) : std::string();
      const bool has_shade = !shade.empty() && vocabulary::shaded(vocabulary::row(*colour).colour, shade) !=
                                                   vocabulary::row(*colour).colour;
      const size_t from = has_shade ? start : i;
      PropColour pc;
      pc.prop = m->value;
      pc.colour = rgb_of(has_shade ? vocabulary::shaded(vocabulary::row(*colour).colour, shade) : vocabulary::row(*colour).colour);
      pc.words = span_text(from, end);
      pc.span = sub_span(text, w[from].begin, w[end].end - w[from].begin);
      out.push_back(std::move(pc));
      i = end;
      break;
    }
  }
  return out;
}

}  // namespace ekonte
