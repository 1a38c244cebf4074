// The staging checks: a continued state that contradicts the new shot (W0408) and a POV or a
// close-up with nobody and nothing in frame (W0409). Each TEST_CASE names the case it checks.
#include "tests/compiler/staging_test_script.hpp"

using namespace ekonte;
using namespace ekonte::test;

TEST_CASE("a character continued seated who runs with no rising verb is a contradiction") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL sits on the chair.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL runs to the door.\n");
  CHECK(count_code(r, "W0408") == 1);
}

TEST_CASE("a character continued seated who gets up and runs is no contradiction") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL sits on the chair.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL gets up and runs to the door.\n");
  CHECK(count_code(r, "W0408") == 0);
}

TEST_CASE("using a prop after handing it to someone is a contradiction; taking it back is not") {
  const auto bad = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL hands the letter to OTTO.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL reads the letter.\n");
  CHECK(count_code(bad, "W0408") == 1);
  const auto good = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL hands the letter to OTTO.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL takes the letter.\n");
  CHECK(count_code(good, "W0408") == 0);
}

TEST_CASE("a POV with nobody and nothing named in frame is a warning") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL waits.\n"
      "    shot 2 POV NELL, 3s:\n"
      "        Silence, for a long moment.\n");
  CHECK(count_code(r, "W0409") == 1);
}

TEST_CASE("a POV whose prose names who is seen, by role, is not empty") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL waits.\n"
      "    shot 2 POV NELL, 3s:\n"
      "        Across the room, the captain raises a glass.\n");
  CHECK(count_code(r, "W0409") == 0);
  CHECK(staged(r.graph, 1, "PIA"));
}

TEST_CASE("a POV that shows a prop is not empty") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL waits.\n"
      "    shot 2 POV NELL, 3s:\n"
      "        The table, bare.\n");
  CHECK(count_code(r, "W0409") == 0);
}
