// The one place that calls WordNet's C library: its globals are guarded by one mutex and every
// answer is cached per word, so callers on any thread pay for a word once.
#include "lexicon/wordnet.hpp"

#include <wn.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

namespace ekonte::lexicon {
namespace detail {
namespace {

std::mutex& wordnet_mutex() {
  static std::mutex m;
  return m;
}

// Library code never prints: WordNet reports its errors through this hook.
int quiet(char*) { return 0; }

struct Database {
  bool opened = false;
  std::string error;
  std::map<std::pair<std::string, int>, std::vector<SensePath>> senses;
  std::map<std::pair<std::string, int>, std::string> lemmas;
};

std::filesystem::path search_dir() {
  if (const char* d = std::getenv("WNSEARCHDIR")) return d;
  if (const char* h = std::getenv("WNHOME")) return std::filesystem::path(h) / "dict";
  return "/usr/share/wordnet";
}

// Opens the database on first use; the caller holds the mutex.
Database& database() {
  static Database db = [] {
    Database d;
    display_message = quiet;
    std::error_code ec;
    if (!std::filesystem::exists(search_dir() / "data.noun", ec) || wninit() != 0) {
      d.error = "the WordNet database was not found in `" + search_dir().string() +
                "`; install the Debian package `wordnet-base` (or set WNSEARCHDIR) so unknown words are read by meaning";
      return d;
    }
    d.opened = true;
    return d;
  }();
  return db;
}

int wn_pos(PartOfSpeech pos) { return pos == PartOfSpeech::Verb ? VERB : NOUN; }

std::string underscored(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == ' ') c = '_';
  return out;
}

Synset synset_words(SynsetPtr ss) {
  Synset out;
  for (int i = 0; i < ss->wcount; ++i) out.push_back(normalise(ss->words[i]));
  return out;
}

// The caller holds the mutex.
std::string lemma_locked(Database& db, const std::string& word, int pos) {
  const auto key = std::make_pair(word, pos);
  if (auto it = db.lemmas.find(key); it != db.lemmas.end()) return it->second;
  std::string out;
  std::string w = underscored(word);
  if (IndexPtr index = index_lookup(w.data(), pos)) {
    free_index(index);  // WordNet allocates each index entry it returns
    out = word;
  } else if (char* base = morphstr(w.data(), pos)) {
    out = normalise(base);
    while (morphstr(nullptr, pos)) {}  // drain morphstr's iterator so the next call starts afresh
  }
  db.lemmas[key] = out;
  return out;
}

}  // namespace

std::string normalise(std::string_view words) {
  std::string out;
  for (char c : words) {
    char l = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    if (l == '_' || l == '-' || l == '\t') l = ' ';
    if (l == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(l);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

const std::vector<SensePath>& senses(const std::string& word, PartOfSpeech part) {
  static const std::vector<SensePath> kNone;
  std::lock_guard lock(wordnet_mutex());
  Database& db = database();
  if (!db.opened) return kNone;
  const int pos = wn_pos(part);
  const std::string w = normalise(word);
  const auto key = std::make_pair(w, pos);
  if (auto it = db.senses.find(key); it != db.senses.end()) return it->second;
  std::vector<SensePath>& out = db.senses[key];
  const std::string base = lemma_locked(db, w, pos);
  if (base.empty()) return out;
  std::string query = underscored(base);
  SynsetPtr list = findtheinfo_ds(query.data(), pos, -HYPERPTR, ALLSENSES);  // negative: the whole chain;
  for (SynsetPtr sense = list; sense; sense = sense->nextss) {
    SensePath path{synset_words(sense)};
    // Each level's hypernyms hang from ptrlist; bounded in case of a cyclic database.
    for (SynsetPtr up = sense->ptrlist; up && path.size() < 40; up = up->ptrlist) path.push_back(synset_words(up));
    out.push_back(std::move(path));
  }
  if (list) free_syns(list);
  return out;
}

}  // namespace detail

bool available() {
  std::lock_guard lock(detail::wordnet_mutex());
  return detail::database().opened;
}

std::string database_error() {
  std::lock_guard lock(detail::wordnet_mutex());
  return detail::database().error;
}

std::string lemma(std::string_view word, PartOfSpeech pos) {
  std::lock_guard lock(detail::wordnet_mutex());
  detail::Database& db = detail::database();
  if (!db.opened) return {};
  return detail::lemma_locked(db, detail::normalise(word), detail::wn_pos(pos));
}

std::vector<HypernymPath> hypernym_paths(std::string_view word, PartOfSpeech pos) {
  std::vector<HypernymPath> out;
  for (const detail::SensePath& sense : detail::senses(std::string(word), pos)) {
    HypernymPath p;
    for (const detail::Synset& s : sense) p.push_back(s.empty() ? std::string() : s.front());
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<std::vector<std::string>> synonyms(std::string_view word, PartOfSpeech pos) {
  std::vector<std::vector<std::string>> out;
  for (const detail::SensePath& sense : detail::senses(std::string(word), pos))
    out.push_back(sense.empty() ? std::vector<std::string>() : sense.front());
  return out;
}

}  // namespace ekonte::lexicon
