#pragma once
// A small 128-bit non-cryptographic hash for cache keys and payload checksums: two 64-bit
// lanes fed 8 bytes at a time (in the spirit of xxHash), finished with splitmix64 avalanches.
// Collisions only cost a wrong picture in a cache, never safety; 128 bits keep them negligible.
#include <cstdint>
#include <string>
#include <string_view>

namespace ekonte::render::cache {

class ContentHash {
 public:
  ContentHash& add(const void* data, size_t size);
  ContentHash& add(std::string_view bytes) { return add(bytes.data(), bytes.size()); }
  // Adds `bytes` with its length first, so ("ab","c") and ("a","bc") hash differently.
  ContentHash& add_field(std::string_view bytes);
  std::string hex() const;  // 32 lowercase hex digits

 private:
  void mix(uint64_t word);
  uint64_t a_ = 0x9e3779b97f4a7c15ULL, b_ = 0xc2b2ae3d27d4eb4fULL;
  uint64_t total_ = 0;
  unsigned char tail_[8] = {};
  size_t tail_size_ = 0;
};

// The hex digest of `bytes` alone.
std::string digest_of(std::string_view bytes);

}  // namespace ekonte::render::cache
