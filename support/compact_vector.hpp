#pragma once
// A vector in 8 bytes: one pointer to a heap block that holds its size and capacity in front of
// the elements, and no block at all while it is empty. The shot graph keeps ten lists per shot
// and four per character in it (action lines, dialogue, props in hand, contacts, ...); most are
// empty or short, and a std::vector's 24-byte header for each made a third of a 35,000-shot
// graph. Reads as a std::vector does (contiguous, `T*` iterators, the same member names);
// growth doubles, like std::vector's.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <new>
#include <span>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

namespace ekonte {

template <typename T>
class CompactVector {
  struct Header {
    uint32_t size = 0;
    uint32_t capacity = 0;
  };
  static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__, "over-aligned element");
  // The elements start this many bytes into the block, after the header.
  static constexpr size_t kOffset = (sizeof(Header) + alignof(T) - 1) / alignof(T) * alignof(T);

 public:
  using value_type = T;
  using size_type = size_t;
  using difference_type = std::ptrdiff_t;
  using reference = T&;
  using const_reference = const T&;
  using pointer = T*;
  using const_pointer = const T*;
  using iterator = T*;
  using const_iterator = const T*;
  using reverse_iterator = std::reverse_iterator<iterator>;
  using const_reverse_iterator = std::reverse_iterator<const_iterator>;

  CompactVector() noexcept = default;
  CompactVector(std::initializer_list<T> items) { assign(items.begin(), items.end()); }
  template <typename It, typename = std::enable_if_t<!std::is_integral_v<It>>>
  CompactVector(It first, It last) {
    assign(first, last);
  }
  CompactVector(size_t n, const T& value) {
    reserve(n);
    for (size_t i = 0; i < n; ++i) push_back(value);
  }
  explicit CompactVector(size_t n) { resize(n); }
  CompactVector(const std::vector<T>& items) { assign(items.begin(), items.end()); }
  CompactVector(const CompactVector& other) { assign(other.begin(), other.end()); }
  CompactVector(CompactVector&& other) noexcept : data_(std::exchange(other.data_, nullptr)) {}
  CompactVector& operator=(const CompactVector& other) {
    if (this != &other) {
      CompactVector copy(other);
      swap(copy);
    }
    return *this;
  }
  CompactVector& operator=(CompactVector&& other) noexcept {
    if (this != &other) {
      release();
      data_ = std::exchange(other.data_, nullptr);
    }
    return *this;
  }
  CompactVector& operator=(std::initializer_list<T> items) {
    CompactVector copy(items);
    swap(copy);
    return *this;
  }
  ~CompactVector() { release(); }

  template <typename It>
  void assign(It first, It last) {
    clear();
    if constexpr (std::is_base_of_v<std::forward_iterator_tag, typename std::iterator_traits<It>::iterator_category>)
      reserve(static_cast<size_t>(std::distance(first, last)));
    for (; first != last; ++first) emplace_back(*first);
  }

  size_t size() const noexcept { return data_ ? header()->size : 0; }
  size_t capacity() const noexcept { return data_ ? header()->capacity : 0; }
  bool empty() const noexcept { return size() == 0; }

  T* data() noexcept { return data_; }
  const T* data() const noexcept { return data_; }
  iterator begin() noexcept { return data_; }
  iterator end() noexcept { return data_ + size(); }
  const_iterator begin() const noexcept { return data_; }
  const_iterator end() const noexcept { return data_ + size(); }
  const_iterator cbegin() const noexcept { return begin(); }
  const_iterator cend() const noexcept { return end(); }
  reverse_iterator rbegin() noexcept { return reverse_iterator(end()); }
  reverse_iterator rend() noexcept { return reverse_iterator(begin()); }
  const_reverse_iterator rbegin() const noexcept { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const noexcept { return const_reverse_iterator(begin()); }

  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T& at(size_t i) {
    if (i >= size()) throw std::out_of_range("CompactVector::at");
    return data_[i];
  }
  const T& at(size_t i) const {
    if (i >= size()) throw std::out_of_range("CompactVector::at");
    return data_[i];
  }
  T& front() { return data_[0]; }
  const T& front() const { return data_[0]; }
  T& back() { return data_[size() - 1]; }
  const T& back() const { return data_[size() - 1]; }

  void reserve(size_t n) {
    if (n > capacity()) reallocate(n);
  }
  void shrink_to_fit() {
    if (empty()) {
      release();
    } else if (size() < capacity()) {
      reallocate(size());
    }
  }

  template <typename... Args>
  T& emplace_back(Args&&... args) {
    const size_t n = size();
    if (n == capacity()) {
      // The argument may be an element of this vector: build it before the elements move.
      T value(std::forward<Args>(args)...);
      reallocate(grown(n));
      ::new (static_cast<void*>(data_ + n)) T(std::move(value));
    } else {
      ::new (static_cast<void*>(data_ + n)) T(std::forward<Args>(args)...);
    }
    header()->size = static_cast<uint32_t>(n + 1);
    return data_[n];
  }
  void push_back(const T& value) { emplace_back(value); }
  void push_back(T&& value) { emplace_back(std::move(value)); }
  void pop_back() {
    data_[size() - 1].~T();
    --header()->size;
  }

  iterator insert(const_iterator pos, T value) {
    const size_t at = static_cast<size_t>(pos - begin());
    emplace_back(std::move(value));
    std::rotate(begin() + at, end() - 1, end());
    return begin() + at;
  }
  template <typename It, typename = std::enable_if_t<!std::is_integral_v<It>>>
  iterator insert(const_iterator pos, It first, It last) {
    const size_t at = static_cast<size_t>(pos - begin());
    const size_t old = size();
    for (; first != last; ++first) emplace_back(*first);
    std::rotate(begin() + at, begin() + old, end());
    return begin() + at;
  }
  iterator erase(const_iterator pos) { return erase(pos, pos + 1); }
  iterator erase(const_iterator first, const_iterator last) {
    const size_t at = static_cast<size_t>(first - begin());
    const size_t count = static_cast<size_t>(last - first);
    if (count == 0) return begin() + at;
    std::move(begin() + at + count, end(), begin() + at);
    for (size_t i = 0; i < count; ++i) pop_back();
    return begin() + at;
  }
  void clear() noexcept {
    if (!data_) return;
    std::destroy(begin(), end());
    header()->size = 0;
  }
  void resize(size_t n) {
    while (size() > n) pop_back();
    reserve(n);
    while (size() < n) emplace_back();
  }
  void resize(size_t n, const T& value) {
    while (size() > n) pop_back();
    reserve(n);
    while (size() < n) emplace_back(value);
  }
  void swap(CompactVector& other) noexcept { std::swap(data_, other.data_); }

  operator std::span<const T>() const noexcept { return {begin(), end()}; }
  std::vector<T> to_vector() const { return std::vector<T>(begin(), end()); }

  friend bool operator==(const CompactVector& a, const CompactVector& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }
  friend bool operator==(const CompactVector& a, const std::vector<T>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }
  friend void swap(CompactVector& a, CompactVector& b) noexcept { a.swap(b); }
  template <typename Pred>
  friend size_t erase_if(CompactVector& v, Pred pred) {
    auto keep_end = std::remove_if(v.begin(), v.end(), pred);
    const size_t removed = static_cast<size_t>(v.end() - keep_end);
    v.erase(keep_end, v.end());
    return removed;
  }

 private:
  Header* header() const noexcept { return reinterpret_cast<Header*>(reinterpret_cast<char*>(data_) - kOffset); }
  // Room for one more than `n`: one, then doubling (most lists here hold one or two).
  static size_t grown(size_t n) { return n == 0 ? 1 : 2 * n; }

  void reallocate(size_t capacity) {
    if (capacity > UINT32_MAX) throw std::length_error("CompactVector");
    char* block = static_cast<char*>(::operator new(kOffset + capacity * sizeof(T)));
    T* items = reinterpret_cast<T*>(block + kOffset);
    const size_t n = size();
    if (data_) {
      std::uninitialized_move(begin(), end(), items);
      std::destroy(begin(), end());
      ::operator delete(reinterpret_cast<char*>(data_) - kOffset);
    }
    data_ = items;
    ::new (static_cast<void*>(block)) Header{static_cast<uint32_t>(n), static_cast<uint32_t>(capacity)};
  }
  void release() noexcept {
    if (!data_) return;
    std::destroy(begin(), end());
    ::operator delete(reinterpret_cast<char*>(data_) - kOffset);
    data_ = nullptr;
  }

  T* data_ = nullptr;
};

}  // namespace ekonte
