#include <doctest/doctest.h>

#include <algorithm>
#include <thread>

#include "lexicon/lexicon.hpp"

using namespace ekonte::lexicon;

TEST_CASE("the WordNet database is installed (Debian wordnet-base) and opens") {
  CHECK(available());
  CHECK(database_error().empty());
}

TEST_CASE("lemma reduces inflected words to their base form and refuses unknown words") {
  CHECK(lemma("boots", PartOfSpeech::Noun) == "boot");
  CHECK(lemma("wore", PartOfSpeech::Verb) == "wear");
  CHECK(lemma("Trench Coat", PartOfSpeech::Noun) == "trench coat");
  CHECK(lemma("xqzzyvv", PartOfSpeech::Noun).empty());
}

TEST_CASE("a hypernym path climbs from the word to the top of the hierarchy") {
  const auto paths = hypernym_paths("fedora", PartOfSpeech::Noun);
  REQUIRE(!paths.empty());
  CHECK(paths.front().front() == "fedora");
  CHECK(std::find(paths.front().begin(), paths.front().end(), std::string("hat")) != paths.front().end());
  CHECK(is_under("fedora", PartOfSpeech::Noun, "headdress"));
  CHECK(!is_under("fedora", PartOfSpeech::Noun, "footwear"));
}

TEST_CASE("the first-sense queries answer what the all-senses queries list first, asked first or after") {
  // Asked before the word's senses are read ("dozens"; "knights", inflected; "gulls", a person first) and
  // after ("twelve" is read whole first), and for a word WordNet does not know.
  for (const char* w : {"dozens", "gulls", "twelve", "line", "knights", "xqzzyvv"}) {
    CAPTURE(w);
    if (std::string(w) == "twelve") (void)synonyms(w, PartOfSpeech::Noun);
    const auto first_path = first_hypernym_path(w, PartOfSpeech::Noun);
    const auto first_words = first_synonyms(w, PartOfSpeech::Noun);
    const auto paths = hypernym_paths(w, PartOfSpeech::Noun);
    const auto words = synonyms(w, PartOfSpeech::Noun);
    CHECK(first_path == (paths.empty() ? HypernymPath{} : paths.front()));
    CHECK(first_words == (words.empty() ? std::vector<std::string>{} : words.front()));
  }
  const auto dozen = first_synonyms("Dozen", PartOfSpeech::Noun);
  CHECK(std::find(dozen.begin(), dozen.end(), "12") != dozen.end());
  CHECK(first_hypernym_path("xqzzyvv", PartOfSpeech::Noun).empty());
}

TEST_CASE("nearest_row picks the nearest hypernym that is a row, inside the subtree, and says why") {
  const std::vector<std::vector<std::string>> rows = {{"coat"}, {"hat", "cap"}, {"gown"}, {"vest"}};
  auto tricorn = nearest_row("tricorn", PartOfSpeech::Noun, "headdress", rows);
  REQUIRE(tricorn);
  CHECK(tricorn->row == 1);
  CHECK(tricorn->path_text() == "tricorn → cocked hat → hat");
  auto coat = nearest_row("long captain's coat", PartOfSpeech::Noun, "clothing", rows);
  REQUIRE(coat);
  CHECK(coat->row == 0);
  auto gown = nearest_row("royal gown", PartOfSpeech::Noun, "clothing", rows);
  REQUIRE(gown);
  CHECK(gown->row == 2);
  // A word outside the subtree maps to nothing rather than to an unrelated row.
  CHECK(!nearest_row("sandwich", PartOfSpeech::Noun, "clothing", rows));
  CHECK(!nearest_row("tricorn", PartOfSpeech::Noun, "footwear", rows));
}

TEST_CASE("queries from several threads at once agree (one mutex around WordNet)") {
  std::vector<std::thread> threads;
  std::vector<std::string> got(4);
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&, i] { got[i] = lemma(i % 2 ? "hats" : "dresses", PartOfSpeech::Noun); });
  for (auto& t : threads) t.join();
  CHECK(got[0] == "dress");
  CHECK(got[1] == "hat");
  CHECK(got[2] == "dress");
  CHECK(got[3] == "hat");
}
