#include "layout/text/break_lines.hpp"

#include <doctest/doctest.h>

#include "layout/text/utf8.hpp"

using namespace ekonte::layout;

namespace {

// Every code point one unit wide, each its own cluster.
std::vector<std::string> break_uniform(const std::string& text, double max_width) {
  const auto d = decode_utf8_with_offsets(text);
  std::vector<double> widths(d.cps.size(), 1.0);
  std::vector<bool> starts(d.cps.size(), true);
  std::vector<std::string> out;
  for (const auto& l : break_lines(text, widths, starts, max_width)) out.push_back(text.substr(l.begin, l.end - l.begin));
  return out;
}

void check_kinsoku(const std::vector<std::string>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto cps = decode_utf8(lines[i]);
    REQUIRE(!cps.empty());
    if (i > 0) CHECK_MESSAGE(kinsoku_may_start_line(cps.front()), "line starts badly: " << lines[i]);
    if (i + 1 < lines.size()) CHECK_MESSAGE(kinsoku_may_end_line(cps.back()), "line ends badly: " << lines[i]);
  }
}

}  // namespace

TEST_CASE("latin text breaks at spaces and after hyphens") {
  CHECK(break_uniform("You came back, little one.", 10) == std::vector<std::string>{"You came", "back,", "little", "one."});
  CHECK(break_uniform("Taller-than anyone", 8) == std::vector<std::string>{"Taller-", "than", "anyone"});
}

TEST_CASE("an over-long word is broken rather than overflowing") {
  for (const auto& l : break_uniform("Supercalifragilistic", 6)) CHECK(decode_utf8(l).size() <= 6);
}

TEST_CASE("kinsoku holds in every broken Japanese line at every width") {
  const std::string samples[] = {"これはお守りだよ。なくさないでね。", "うん、約束する！", "「ちょっと待って」と彼女は言った。ぁぃぅっゃ",
                                 "ラーメン、チャーシュー、メンマ。「はい！」「ええ？」"};
  for (const auto& s : samples)
    for (double w = 2; w <= 12; ++w) {
      const auto lines = break_uniform(s, w);
      std::string joined;
      for (const auto& l : lines) joined += l;
      CHECK(joined == s);  // nothing lost
      check_kinsoku(lines);
    }
}

TEST_CASE("a Japanese line ends after a phrase-closing mark when that leaves it reasonably full") {
  // Greedy breaking would give 「うん、約束す」「る！」; a letterer breaks after the comma.
  CHECK(break_uniform("うん、約束する！", 6) == std::vector<std::string>{"うん、", "約束する！"});
  CHECK(break_uniform("これはお守りだよ。なくさないでね。", 10) ==
        std::vector<std::string>{"これはお守りだよ。", "なくさないでね。"});
  // Too early a mark (under 40% of the measure) does not leave a stub line.
  CHECK(break_uniform("あ、いうえおかきくけこ", 8).front() == "あ、いうえおかき");
}

TEST_CASE("kinsoku character classes") {
  for (char32_t c : std::u32string(U"。、」！？ーっゃョ")) CHECK_FALSE(kinsoku_may_start_line(c));
  CHECK_FALSE(kinsoku_may_end_line(U'「'));
  CHECK(kinsoku_may_start_line(U'あ'));
  CHECK(kinsoku_may_end_line(U'。'));
}
