// support/interned_string.cpp: equal texts share one copy, the empty text is no copy at all,
// and a text stays valid and unchanged while others are added (from several threads too).
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "support/interned_string.hpp"

using ekonte::InternedString;

TEST_CASE("equal texts are one copy; different texts are different copies") {
  const InternedString a(std::string("continued from shot 12"));
  const InternedString b("continued from shot 12");
  const InternedString c("continued from shot 13");
  CHECK(&a.str() == &b.str());
  CHECK(a == b);
  CHECK_FALSE(a == c);
  CHECK(a == "continued from shot 12");
  CHECK(a.size() == 22);
  CHECK(a.starts_with("continued"));
  CHECK(a.find("shot") == 15);
}

TEST_CASE("the empty text holds nothing and reads as an empty string") {
  const size_t before = InternedString::count();
  const InternedString empty(""), unset;
  CHECK(empty.empty());
  CHECK(unset.empty());
  CHECK(empty == unset);
  CHECK(empty.str().empty());
  CHECK(InternedString::count() == before);
}

TEST_CASE("appending makes the longer text, leaving the shorter one as it was") {
  InternedString words("grits her teeth");
  const InternedString kept = words;
  words += " (expression cue `set-jaw`)";
  CHECK(words == "grits her teeth (expression cue `set-jaw`)");
  CHECK(kept == "grits her teeth");
  CHECK(std::string("\"") + kept + "\"" == "\"grits her teeth\"");
}

TEST_CASE("texts interned from several threads at once are each one copy that stays where it is") {
  const InternedString first("thread text 0");
  const std::string* address = &first.str();
  std::vector<std::thread> threads;
  std::vector<std::vector<InternedString>> seen(4);
  for (size_t t = 0; t < seen.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20000; ++i) seen[t].emplace_back("thread text " + std::to_string(i % 5000));
    });
  for (auto& thread : threads) thread.join();
  for (size_t t = 1; t < seen.size(); ++t)
    for (size_t i = 0; i < seen[t].size(); ++i) REQUIRE(&seen[t][i].str() == &seen[0][i].str());
  CHECK(&first.str() == address);
  CHECK(first == "thread text 0");
}
