// Staging rules read from action prose: subjects, names, pronouns, negation, held props, seats,
// relations from prepositional objects, WordNet readings and extras. The sentences are written
// for these tests; each TEST_CASE names the property it checks.
#include "tests/compiler/staging_test_script.hpp"

using namespace ekonte;
using namespace ekonte::test;

TEST_CASE("a verb outside the tables is read by its WordNet hypernym and the reading is a note") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO saunters to the window.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL scurries for the door.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  const auto* nell = staged(r.graph, 1, "NELL");
  REQUIRE(otto);
  REQUIRE(nell);
  CHECK(otto->action.value == Action::Walk);
  CHECK(otto->action.words.find("WordNet: saunter → walk") != std::string::npos);
  CHECK(nell->pose.value == Pose::Run);
  CHECK(count_code(r, "N0407") == 2);
  CHECK(count_code(r, "N0406") == 0);
}

TEST_CASE("a verb WordNet cannot relate to any class keeps its unread note and its span") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        PIA snorkels.\n");
  CHECK(count_code(r, "N0406") == 1);
  CHECK(staged(r.graph, 0, "PIA")->pose.value == Pose::Stand);
}

TEST_CASE("names are matched capitalised, in capitals and as possessives, never in lowercase") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        Nell sits. Otto's coat hangs on the chair while OTTO kneels.\n"
      "    shot 2 wide, 3s:\n"
      "        A bell rings for nell.\n");
  REQUIRE(staged(r.graph, 0, "NELL"));
  CHECK(staged(r.graph, 0, "NELL")->pose.value == Pose::Sit);
  REQUIRE(staged(r.graph, 0, "OTTO"));
  CHECK(staged(r.graph, 0, "OTTO")->pose.value == Pose::Kneel);
  CHECK(r.graph.shots[1].characters.empty());
}

TEST_CASE("a role word of a display name after an article names that character") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        The captain kneels by the table.\n");
  REQUIRE(staged(r.graph, 0, "PIA"));
  CHECK(staged(r.graph, 0, "PIA")->pose.value == Pose::Kneel);
}

TEST_CASE("a clause opening with a place phrase takes its subject from the first free name") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        At the end of the room OTTO sits on a chair.\n"
      "    shot 2 wide, 3s:\n"
      "        Behind the table NELL crouches.\n");
  REQUIRE(staged(r.graph, 0, "OTTO"));
  CHECK(staged(r.graph, 0, "OTTO")->pose.value == Pose::Sit);
  REQUIRE(staged(r.graph, 1, "NELL"));
  CHECK(staged(r.graph, 1, "NELL")->pose.value == Pose::Crouch);
}

TEST_CASE("a clause after `as` or `while` has its own subject") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL kneels as OTTO runs past.\n");
  CHECK(staged(r.graph, 0, "NELL")->pose.value == Pose::Kneel);
  REQUIRE(staged(r.graph, 0, "OTTO"));
  CHECK(staged(r.graph, 0, "OTTO")->pose.value == Pose::Run);
}

TEST_CASE("a negated feeling or action is not staged") {
  const auto r = compile_staging(
      "    shot 1 medium NELL, 3s:\n"
      "        NELL doesn't smile.\n");
  CHECK(staged(r.graph, 0, "NELL")->expression.value == Expression::Neutral);
}

TEST_CASE("a shot whose prose has only pronouns stages the previous shot's people") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO and NELL stand by the table.\n"
      "    shot 2 wide, 3s:\n"
      "        She sits down. He waves.\n");
  REQUIRE(staged(r.graph, 1, "NELL"));
  REQUIRE(staged(r.graph, 1, "OTTO"));
  CHECK(staged(r.graph, 1, "NELL")->pose.value == Pose::Sit);
  CHECK(staged(r.graph, 1, "OTTO")->pose.value == Pose::Wave);
}

TEST_CASE("hands on one's own thing hold it; a hand on another character touches them") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO stands, both hands clasped over his cane. NELL stands beside him, one hand on his shoulder.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  const auto* nell = staged(r.graph, 0, "NELL");
  REQUIRE(otto);
  REQUIRE(nell);
  REQUIRE(otto->held.size() == 1);
  CHECK(otto->held[0].value.noun == "cane");
  CHECK(otto->held[0].value.hand == Hand::Both);
  REQUIRE(nell->contacts.size() == 1);
  CHECK(r.graph.character(nell->contacts[0].value).id == "OTTO");
}

TEST_CASE("a hand prop after `with` is held; a body part or a garment is not") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        PIA walks in with a kettle. OTTO points with his finger. NELL waits with her scarf on.\n");
  REQUIRE(staged(r.graph, 0, "PIA")->held.size() == 1);
  CHECK(staged(r.graph, 0, "PIA")->held[0].value.noun == "kettle");
  CHECK(staged(r.graph, 0, "OTTO")->held.empty());
  CHECK(staged(r.graph, 0, "NELL")->held.empty());
}

TEST_CASE("sitting on a seat records a sit-on relation drawn as the seat's prop row, through WordNet if needed") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL sits on the ottoman. OTTO sits on the stool.\n");
  const auto* nell = relation(*staged(r.graph, 0, "NELL"), RelationKind::SitOn);
  const auto* otto = relation(*staged(r.graph, 0, "OTTO"), RelationKind::SitOn);
  REQUIRE(nell);
  REQUIRE(otto);
  CHECK(nell->noun == "ottoman");
  CHECK(!nell->kind_row.empty());
  CHECK(nell->reading.find("→") != std::string::npos);
  CHECK(otto->kind_row == "stool");
  CHECK(otto->reading == "table");
}

TEST_CASE("asleep on a chair-like seat is drawn sitting; asleep on the floor is lying") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO sleeps on the sofa. NELL sleeps on the floor.\n");
  CHECK(staged(r.graph, 0, "OTTO")->pose.value == Pose::Sit);
  CHECK(staged(r.graph, 0, "OTTO")->action.value == Action::Sleep);
  CHECK(staged(r.graph, 0, "NELL")->pose.value == Pose::Sleep);
}

TEST_CASE("lean against, stand by, hand to and hold over become relations with their objects") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO leans against the wall. PIA stands by the door. NELL hands the key to OTTO.\n"
      "    shot 2 wide, 3s:\n"
      "        PIA holds her umbrella over NELL.\n");
  const auto* lean = relation(*staged(r.graph, 0, "OTTO"), RelationKind::LeanAgainst);
  const auto* by = relation(*staged(r.graph, 0, "PIA"), RelationKind::StandBy);
  const auto* give = relation(*staged(r.graph, 0, "NELL"), RelationKind::HandTo);
  const auto* over = relation(*staged(r.graph, 1, "PIA"), RelationKind::HoldOver);
  REQUIRE(lean);
  REQUIRE(by);
  REQUIRE(give);
  REQUIRE(over);
  CHECK(lean->noun == "wall");
  CHECK(by->noun == "door");
  CHECK(give->prop == "key");
  CHECK(r.graph.character(give->character).id == "OTTO");
  CHECK(over->prop == "umbrella");
  CHECK(r.graph.character(over->character).id == "NELL");
}

TEST_CASE("a prop handed over is the receiver's in the scene's next shot") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL hands the key to OTTO.\n"
      "    shot 2 medium, 3s:\n"
      "        OTTO looks at NELL.\n");
  const auto* otto = staged(r.graph, 1, "OTTO");
  REQUIRE(otto);
  REQUIRE(otto->held.size() == 1);
  CHECK(otto->held[0].value.noun == "key");
  CHECK(otto->held[0].origin == Origin::Continuity);
  CHECK(staged(r.graph, 1, "NELL")->held.empty());
}

TEST_CASE("number words count people through WordNet; one person counts where a clause starts") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        Twelve sailors wait by the table.\n"
      "    shot 2 wide, 3s:\n"
      "        A stranger waits by the door.\n"
      "    shot 3 wide, 3s:\n"
      "        NELL reads a letter from a stranger. Pilgrims pass.\n");
  REQUIRE(r.graph.shots[0].extras.size() == 1);
  CHECK(r.graph.shots[0].extras[0].count == 12);
  REQUIRE(r.graph.shots[1].extras.size() == 1);
  CHECK(r.graph.shots[1].extras[0].count == 1);
  // "from a stranger" is no one in view; "Pilgrims" has no count: a few.
  REQUIRE(r.graph.shots[2].extras.size() == 1);
  CHECK(r.graph.shots[2].extras[0].description == "Pilgrims");
  CHECK(r.graph.shots[2].extras[0].count == 3);
}

TEST_CASE("people in the scene's opening prose people its wide shots, not its close-ups") {
  const auto r = compile_source("t.eko", std::string(kStagingCast) +
                                             "    Four porters doze in the corner.\n"
                                             "    shot 1 wide, 3s:\n"
                                             "        NELL waits.\n"
                                             "    shot 2 close-up NELL, 3s:\n"
                                             "        NELL frowns.\n");
  REQUIRE(r.graph.shots[0].extras.size() == 1);
  CHECK(r.graph.shots[0].extras[0].count == 4);
  CHECK(r.graph.shots[1].extras.empty());
}

TEST_CASE("a cue naming people but no character is a crowd heard in view") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL waves.\n"
      "        SAILORS: Ahoy!\n");
  REQUIRE(r.graph.shots[0].extras.size() == 1);
  CHECK(r.graph.shots[0].extras[0].count >= 2);
}

TEST_CASE("a sentence about a character's hand prop gives it to them, not its verb") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO's umbrella flaps in the wind.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  REQUIRE(otto);
  REQUIRE(otto->held.size() == 1);
  CHECK(otto->held[0].value.noun == "umbrella");
  CHECK(otto->pose.value == Pose::Stand);
}

TEST_CASE("a later sentence replaces the pose, but a lasting posture stays through a gesture") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL runs in. NELL stops.\n"
      "    shot 2 wide, 3s:\n"
      "        OTTO sits on the chair. He lights a pipe.\n");
  CHECK(staged(r.graph, 0, "NELL")->pose.value == Pose::Stand);
  CHECK(staged(r.graph, 1, "OTTO")->pose.value == Pose::Sit);
}

TEST_CASE("a one-word action phrase away from a verb position is not read as a verb") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO walks off, hands deep in his pockets.\n");
  CHECK(staged(r.graph, 0, "OTTO")->action.value == Action::Walk);
}
