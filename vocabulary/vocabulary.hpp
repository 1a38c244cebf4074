#pragma once
// Every closed set of words the language knows is declared once, as rows of a `.def` table in
// this folder (camera words, transitions, staging words, wardrobe, settings, props...). A domain
// header (camera.hpp, transitions.hpp, ...) turns its rows into the enum the shot graph uses and
// into typed rows holding the parameters the drawing needs; this header is the generic view of
// every table: what `ekonte vocabulary` prints and what docs/vocabulary.md is generated from.
//
// Adding a word: add its row to the table's `.def` file, its drawing (if it has one), and a test.
#include <string>
#include <string_view>
#include <vector>

namespace ekonte::vocabulary {

// One row as listed.
struct Entry {
  std::string_view name;         // canonical name, as in the shot graph JSON: "close-up"
  std::string_view phrases;      // how writers spell it, separated by '|': "close up|closeup|cu"
  std::string_view category;     // a table's own grouping ("size", "relation"); may be empty
  std::string_view description;  // what it means and how it is drawn
  std::string_view stage_phrases;  // spellings read only in a `stage:` clause; usually empty
};

struct Table {
  std::string_view kind;   // what `ekonte vocabulary KIND` takes: "framing"
  std::string_view title;  // "Camera framings"
  std::string_view where;  // where a writer uses the words: "shot headers"
  std::vector<Entry> entries;
};

// Every table, in the order the listing and the docs show them.
const std::vector<Table>& tables();
// The table of `kind` (exact match), or null.
const Table* find_table(std::string_view kind);

// "close up|closeup|cu" -> {"close up", "closeup", "cu"}.
std::vector<std::string> split_phrases(std::string_view phrases);

// A table's phrase column split once, for matchers that run on every word of a script (splitting
// the colour rows on each look-up was a fifth of a compile): element i holds row i's phrases.
// Kept by the matcher in a function-local static.
template <typename Row, size_t N>
std::vector<std::vector<std::string>> split_column(const Row (&rows)[N], std::string_view Row::*column) {
  std::vector<std::vector<std::string>> out;
  out.reserve(N);
  for (const Row& r : rows) out.push_back(split_phrases(r.*column));
  return out;
}

// Plain text of one table for a terminal: one row per word, its phrases after it.
std::string format_table(const Table& table);
// The whole vocabulary as Markdown; docs/vocabulary.md is this text (a test keeps them equal).
std::string format_markdown();

}  // namespace ekonte::vocabulary
