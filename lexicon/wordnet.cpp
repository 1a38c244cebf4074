// The one place that calls WordNet's C library: its globals are guarded by one mutex and every
// answer is cached per word, so callers on any thread pay for a word once.
#include "lexicon/wordnet.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wn.h>

#include <algorithm>
#include <cstdio>
#include <stdio_ext.h>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <list>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>
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
  std::map<std::pair<std::string, int>, Synset> first_synsets;
  std::map<std::pair<std::string, int>, SensePath> first_senses;
};

// WordNet's C library reads its index and data files through stdio and seeks before each line
// of its binary searches, so every word cost dozens of `lseek` and `read` calls (most of the
// time of checking a short script). Each of those files is handed back to the library as a
// stream over a cache of the file's 4 KiB blocks, each read once with `pread`: the same bytes,
// and a block the searches come back to (the middle of the index, every search starts there)
// costs no system call. Only blocks read are held (a mapping of the files held more: the kernel
// maps the neighbours of every page touched).
class BlockCachedFile {
 public:
  static FILE* open_stream(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    if (fstat(fd, &st) != 0) {
      ::close(fd);
      return nullptr;
    }
    auto* self = new BlockCachedFile(fd, st.st_size);
    FILE* stream = fopencookie(self, "r", {&BlockCachedFile::read, nullptr, &BlockCachedFile::seek, &BlockCachedFile::close});
    if (!stream) {
      delete self;
      return nullptr;
    }
    open_files().push_back(self);
    setvbuf(stream, nullptr, _IOFBF, 256);  // each search seeks, then reads a line or two
    // The library reads these a character at a time (getc), always under wordnet_mutex(): the
    // stream's own lock on every character is not needed.
    __fsetlocking(stream, FSETLOCKING_BYCALLER);
    return stream;
  }

 private:
  static constexpr off64_t kBlock = 4096;
  // Blocks kept per file, 16 MiB: every block a check of a screenplay reads (the Fountain
  // planner asks WordNet about most words; 60 KB of screenplay read 2,900 blocks, 256 cached
  // blocks still meant 35,000 reads), and a bound for a file larger than WordNet's.
  static constexpr size_t kMaxBlocks = 4096;
  struct Block {
    off64_t index;
    std::unique_ptr<char[]> data;
  };

  BlockCachedFile(int fd, off64_t size) : fd_(fd), size_(size) {}
  ~BlockCachedFile() { ::close(fd_); }

  // The block, read now unless it is among the last kMaxBlocks used.
  const char* block(off64_t index) {
    if (auto it = where_.find(index); it != where_.end()) {
      used_.splice(used_.begin(), used_, it->second);
      return it->second->data.get();
    }
    if (used_.size() >= kMaxBlocks) {
      where_.erase(used_.back().index);
      used_.splice(used_.begin(), used_, std::prev(used_.end()));
    } else {
      used_.push_front({0, std::make_unique<char[]>(kBlock)});
    }
    Block& b = used_.front();
    b.index = index;
    where_[index] = used_.begin();
    const off64_t want = std::min(kBlock, size_ - index * kBlock);
    off64_t got = 0;
    while (got < want) {
      const ssize_t n = pread(fd_, b.data.get() + got, static_cast<size_t>(want - got), index * kBlock + got);
      if (n <= 0) break;
      got += n;
    }
    if (got < want) size_ = index * kBlock + got;  // the file shrank: it ends there
    return b.data.get();
  }

  static ssize_t read(void* cookie, char* out, size_t size) {
    auto* f = static_cast<BlockCachedFile*>(cookie);
    size_t done = 0;
    while (done < size && f->pos_ < f->size_) {
      const off64_t in_block = f->pos_ % kBlock;
      const size_t n = static_cast<size_t>(std::min<off64_t>({kBlock - in_block, f->size_ - f->pos_, off64_t(size - done)}));
      const char* b = f->block(f->pos_ / kBlock);
      if (f->pos_ >= f->size_) break;
      std::memcpy(out + done, b + in_block, n);
      done += n;
      f->pos_ += static_cast<off64_t>(n);
    }
    return static_cast<ssize_t>(done);
  }

  static int seek(void* cookie, off64_t* offset, int whence) {
    auto* f = static_cast<BlockCachedFile*>(cookie);
    const off64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? f->pos_ : f->size_;
    if (base + *offset < 0) return -1;
    f->pos_ = base + *offset;
    *offset = f->pos_;
    return 0;
  }

  static int close(void* cookie) {
    auto* f = static_cast<BlockCachedFile*>(cookie);
    auto& open = open_files();
    open.erase(std::remove(open.begin(), open.end(), f), open.end());
    delete f;
    return 0;
  }

  // The files open for the library. The streams stay open for the whole run and the cookie
  // glibc keeps for them is all that points at each file, which leak checkers (LeakSanitizer,
  // the fuzz targets) cannot see through: listed here, they are reachable, as they are.
  // Never destroyed: the leak check at exit runs after static destructors.
  static std::vector<BlockCachedFile*>& open_files() {
    static auto* files = new std::vector<BlockCachedFile*>;
    return *files;
  }

  int fd_;
  off64_t size_;
  off64_t pos_ = 0;
  std::list<Block> used_;  // most recently used first
  std::unordered_map<off64_t, std::list<Block>::iterator> where_;
};

void read_through_block_cache(FILE*& stream, const std::filesystem::path& file) {
  if (!stream) return;
  if (FILE* cached = BlockCachedFile::open_stream(file)) {
    std::fclose(stream);
    stream = cached;
  }
}

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
    for (int pos = 1; pos <= NUMPARTS; ++pos) {
      read_through_block_cache(indexfps[pos], search_dir() / ("index." + std::string(partnames[pos])));
      read_through_block_cache(datafps[pos], search_dir() / ("data." + std::string(partnames[pos])));
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

// The senses of `base` (a lemma WordNet knows) with each one's hypernym chain: every sense
// (ALLSENSES) or only the one numbered `which` (1: the most frequent). The caller holds the mutex.
std::vector<SensePath> read_sense_paths(const std::string& base, int pos, int which) {
  std::vector<SensePath> out;
  std::string query = underscored(base);
  SynsetPtr list = findtheinfo_ds(query.data(), pos, -HYPERPTR, which);  // negative: the whole chain
  for (SynsetPtr sense = list; sense; sense = sense->nextss) {
    SensePath path{synset_words(sense)};
    // Each level's hypernyms hang from ptrlist; bounded in case of a cyclic database.
    for (SynsetPtr up = sense->ptrlist; up && path.size() < 40; up = up->ptrlist) path.push_back(synset_words(up));
    out.push_back(std::move(path));
  }
  if (list) free_syns(list);
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

namespace {

using Key = std::pair<std::string, int>;

// The cached reading of a word in `cache`, made once under the mutex by `read(db, word, pos)`.
template <typename V, typename Read>
const V& cached_reading(std::map<Key, V> Database::*cache, const std::string& word, PartOfSpeech part, Read read) {
  static const V kNone;
  std::lock_guard lock(wordnet_mutex());
  Database& db = database();
  if (!db.opened) return kNone;
  const Key key{normalise(word), wn_pos(part)};
  if (auto it = (db.*cache).find(key); it != (db.*cache).end()) return it->second;
  V value = read(db, key.first, key.second);
  return (db.*cache).emplace(key, std::move(value)).first->second;
}

// Every sense of the word already read, or null.
const std::vector<SensePath>* senses_read(Database& db, const std::string& w, int pos) {
  auto it = db.senses.find({w, pos});
  return it == db.senses.end() ? nullptr : &it->second;
}

}  // namespace

const std::vector<SensePath>& senses(const std::string& word, PartOfSpeech part) {
  return cached_reading(&Database::senses, word, part, [](Database& db, const std::string& w, int pos) {
    const std::string base = lemma_locked(db, w, pos);
    return base.empty() ? std::vector<SensePath>{} : read_sense_paths(base, pos, ALLSENSES);
  });
}

const SensePath& first_sense(const std::string& word, PartOfSpeech part) {
  return cached_reading(&Database::first_senses, word, part, [](Database& db, const std::string& w, int pos) {
    if (const auto* all = senses_read(db, w, pos)) return all->empty() ? SensePath{} : all->front();
    const std::string base = lemma_locked(db, w, pos);
    auto paths = base.empty() ? std::vector<SensePath>{} : read_sense_paths(base, pos, 1);
    return paths.empty() ? SensePath{} : std::move(paths.front());
  });
}

const Synset& first_synset(const std::string& word, PartOfSpeech part) {
  return cached_reading(&Database::first_synsets, word, part, [](Database& db, const std::string& w, int pos) {
    if (const auto* all = senses_read(db, w, pos))
      return all->empty() || all->front().empty() ? Synset{} : all->front().front();
    Synset out;
    const std::string base = lemma_locked(db, w, pos);
    if (base.empty()) return out;
    std::string query = underscored(base);
    // The index entry's first offset is the most frequent sense, the one findtheinfo_ds lists first.
    if (IndexPtr index = index_lookup(query.data(), pos)) {
      if (index->off_cnt > 0)
        if (SynsetPtr ss = read_synset(pos, index->offset[0], query.data())) {
          out = synset_words(ss);
          free_synset(ss);
        }
      free_index(index);
    }
    return out;
  });
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

HypernymPath first_hypernym_path(std::string_view word, PartOfSpeech pos) {
  HypernymPath p;
  for (const detail::Synset& s : detail::first_sense(std::string(word), pos)) p.push_back(s.empty() ? std::string() : s.front());
  return p;
}

std::vector<std::string> first_synonyms(std::string_view word, PartOfSpeech pos) {
  return detail::first_synset(std::string(word), pos);
}

}  // namespace ekonte::lexicon
