#include "render/cache/content_hash.hpp"

#include <cstring>

namespace ekonte::render::cache {
namespace {
constexpr uint64_t kPrime1 = 0x9e3779b185ebca87ULL;  // xxHash64's primes
constexpr uint64_t kPrime2 = 0xc2b2ae3d27d4eb4fULL;
constexpr uint64_t kPrime3 = 0x165667b19e3779f9ULL;

uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
uint64_t avalanche(uint64_t h) {
  h ^= h >> 31;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}
}  // namespace

void ContentHash::mix(uint64_t w) {
  a_ = rotl(a_ ^ (w * kPrime2), 31) * kPrime1;
  b_ = rotl(b_ + (w * kPrime3), 27) * kPrime2 + a_;
}

ContentHash& ContentHash::add(const void* data, size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  total_ += size;
  while (size > 0 && tail_size_ > 0) {
    tail_[tail_size_++] = *p++;
    --size;
    if (tail_size_ == 8) {
      uint64_t w;
      std::memcpy(&w, tail_, 8);
      mix(w);
      tail_size_ = 0;
    }
  }
  for (; size >= 8; size -= 8, p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    mix(w);
  }
  for (; size > 0; --size) tail_[tail_size_++] = *p++;
  return *this;
}

ContentHash& ContentHash::add_field(std::string_view bytes) {
  const uint64_t n = bytes.size();
  add(&n, sizeof n);
  return add(bytes);
}

std::string ContentHash::hex() const {
  uint64_t a = a_, b = b_;
  uint64_t last = 0;
  std::memcpy(&last, tail_, tail_size_);
  a = rotl(a ^ (last * kPrime2), 31) * kPrime1;
  b = rotl(b + (last * kPrime3), 27) * kPrime2 + a;
  const uint64_t h1 = avalanche(a ^ total_ ^ rotl(b, 17));
  const uint64_t h2 = avalanche(b + h1 * kPrime3);
  static const char* kDigits = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 0; i < 16; ++i) {
    out[15 - i] = kDigits[(h1 >> (4 * i)) & 15];
    out[31 - i] = kDigits[(h2 >> (4 * i)) & 15];
  }
  return out;
}

std::string digest_of(std::string_view bytes) { return ContentHash().add(bytes).hex(); }

}  // namespace ekonte::render::cache
