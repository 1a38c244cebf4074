#include "compiler/parse/script_streams.hpp"

#include <algorithm>

namespace ekonte::parse {
namespace {

// Released code points are dropped from the front of the window in batches of at least this
// many, so each is moved about once.
constexpr size_t kReleaseBatch = 1 << 14;

size_t sequence_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

}  // namespace

ScriptCharStream::ScriptCharStream(const std::string& text, size_t code_points, StreamStart start)
    : text_(text), size_(code_points), p_(start.code_point), base_(start.code_point), next_byte_(start.byte) {}

size_t ScriptCharStream::code_points_of(const std::string& text) {
  size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n + (text.empty() || text.back() != '\n');
}

void ScriptCharStream::read_to(size_t index) {
  const size_t wanted = std::min(index + 1, size_) - base_;
  while (symbols_.size() < wanted) {
    bytes_.push_back(static_cast<uint32_t>(next_byte_));
    if (next_byte_ >= text_.size()) {  // the line break added at the end
      symbols_.push_back(U'\n');
      ++next_byte_;
      continue;
    }
    const auto lead = static_cast<unsigned char>(text_[next_byte_]);
    const size_t n = sequence_length(lead);
    if (n == 1) {
      symbols_.push_back(lead);
    } else {
      // The script is valid UTF-8 (compile_source checks it before the parse).
      char32_t cp = lead & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
      for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text_[next_byte_ + k]) & 0x3F);
      symbols_.push_back(cp == 0x2013 || cp == 0x2014 ? cp : U'@');
    }
    next_byte_ += n;
  }
}

uint32_t ScriptCharStream::byte(size_t index) {
  if (index >= size_) return static_cast<uint32_t>(text_.size() + (text_.empty() || text_.back() != '\n'));
  if (index >= base_ + bytes_.size()) read_to(index);
  return bytes_[index - base_];
}

void ScriptCharStream::release_before(size_t index) {
  index = std::min(index, base_ + symbols_.size());
  const size_t drop = index > base_ ? index - base_ : 0;
  if (drop < kReleaseBatch || drop * 2 < symbols_.size()) return;
  symbols_.erase(symbols_.begin(), symbols_.begin() + static_cast<std::ptrdiff_t>(drop));
  bytes_.erase(bytes_.begin(), bytes_.begin() + static_cast<std::ptrdiff_t>(drop));
  base_ = index;
}

void ScriptCharStream::consume() {
  if (p_ >= size_) throw antlr4::IllegalStateException("cannot consume EOF");
  ++p_;
}

size_t ScriptCharStream::LA(ssize_t i) {
  if (i == 0) return 0;  // undefined, as ANTLRInputStream
  ssize_t at = static_cast<ssize_t>(p_) + (i < 0 ? i : i - 1);
  if (at < static_cast<ssize_t>(base_) || at >= static_cast<ssize_t>(size_)) return antlr4::Token::EOF;
  return symbol(static_cast<size_t>(at));
}

void ScriptCharStream::seek(size_t index) {
  p_ = std::min(index, size_);
}

std::string ScriptCharStream::getText(const antlr4::misc::Interval& interval) {
  if (interval.a < 0 || interval.b < 0) return "";
  const size_t start = static_cast<size_t>(interval.a);
  if (start >= size_) return "";
  const size_t stop = std::min(static_cast<size_t>(interval.b), size_ - 1);
  const size_t from = byte(start), to = byte(stop + 1);
  std::string out = text_.substr(from, to - from);
  if (to > text_.size()) out += '\n';  // the added line break
  return out;
}

}  // namespace ekonte::parse
