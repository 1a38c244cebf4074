#include "support/interned_string.hpp"

#include <cstdlib>
#include <iostream>
#include <mutex>
#include <unordered_map>

namespace ekonte {

namespace interned_detail {
std::atomic<const std::string*> blocks[kMaxBlocks];
}  // namespace interned_detail

namespace {

struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Pool {
  std::mutex mutex;
  // Each text's number; the keys view the texts in their blocks, which never move.
  std::unordered_map<std::string_view, uint32_t, TextHash, std::equal_to<>> numbers;
  std::string* block = nullptr;  // the block being filled
  uint32_t next = 1;             // the next number (0 is the empty text)
};

// Never destroyed: strings held by statics (and by values freed after main returns) stay valid.
Pool& pool() {
  static Pool* const p = new Pool;
  return *p;
}

}  // namespace

uint32_t InternedString::intern(std::string_view text) {
  using namespace interned_detail;
  if (text.empty()) return 0;
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  if (auto it = p.numbers.find(text); it != p.numbers.end()) return it->second;
  const uint32_t id = p.next;
  if (id == 0) {  // all 2^32 - 1 numbers taken
    std::cerr << "ekonte: too many distinct texts\n";
    std::abort();
  }
  const uint32_t slot = id & (kBlockSize - 1);
  if (slot == 0 || !p.block) {
    p.block = new std::string[kBlockSize];
    blocks[id >> kBlockBits].store(p.block, std::memory_order_release);
  }
  p.block[slot] = std::string(text);
  p.numbers.emplace(std::string_view(p.block[slot]), id);
  p.next = id + 1;
  return id;
}

const std::string& InternedString::empty_string() {
  static const std::string empty;
  return empty;
}

size_t InternedString::count() {
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  return p.numbers.size();
}

}  // namespace ekonte
