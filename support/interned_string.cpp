#include "support/interned_string.hpp"

#include <mutex>
#include <unordered_set>

namespace ekonte {
namespace {

struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Pool {
  std::mutex mutex;
  // Node-based: an element's address stays as the set grows.
  std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
};

// Never destroyed: strings held by statics (and by values freed after main returns) stay valid.
Pool& pool() {
  static Pool* const p = new Pool;
  return *p;
}

}  // namespace

const std::string* InternedString::intern(std::string_view text) {
  if (text.empty()) return nullptr;
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  auto it = p.texts.find(text);
  if (it == p.texts.end()) it = p.texts.emplace(text).first;
  return &*it;
}

const std::string& InternedString::empty_string() {
  static const std::string empty;
  return empty;
}

size_t InternedString::count() {
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  return p.texts.size();
}

}  // namespace ekonte
