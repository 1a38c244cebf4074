// Staging rules read from action prose: subjects, names, pronouns, negation, held props, seats,
// relations from prepositional objects, WordNet readings and extras. The sentences are written
// for these tests; each TEST_CASE names the property it checks.
#include "tests/compiler/staging_test_script.hpp"

#include "compiler/input/script_input.hpp"
#include "compiler/staging/infer_staging.hpp"

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

TEST_CASE("words that only look like people are no extras: a verb's complement, a bird, a verb after a pronoun") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        The lamp flickers and the room goes white.\n"
      "    shot 2 wide, 3s:\n"
      "        The door opens and a stranger waits.\n"
      "    shot 3 wide, 3s:\n"
      "        Gulls hang on the wind. NELL waits.\n"
      "    shot 4 wide, 3s:\n"
      "        OTTO asks her to sit. He does. Sailors pass.\n");
  CHECK(r.graph.shots[0].extras.empty());  // "white" past the verb "goes"
  REQUIRE(r.graph.shots[1].extras.size() == 1);
  CHECK(r.graph.shots[1].extras[0].count == 1);
  CHECK(r.graph.shots[2].extras.empty());  // gulls are birds, though WordNet's first gull is a dupe
  REQUIRE(r.graph.shots[3].extras.size() == 1);  // "does" after "He" is the verb
  CHECK(r.graph.shots[3].extras[0].description == "Sailors");
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

TEST_CASE("`both` before a plural noun is no group subject, even a plural WordNet knows as a noun") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL sits on the chair. OTTO waits by the door, both hands on his cane.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  const auto* nell = staged(r.graph, 0, "NELL");
  REQUIRE(otto);
  REQUIRE(nell);
  CHECK(otto->action.value != Action::HandOver);
  REQUIRE(otto->held.size() == 1);
  CHECK(otto->held[0].value.noun == "cane");
  CHECK(nell->held.empty());
  CHECK(nell->pose.value == Pose::Sit);
}

TEST_CASE("he, she and they open a clause wherever they stand") {
  const auto r = compile_staging(
      "    shot 1 medium OTTO, 2s:\n"
      "        Halfway across the room he stops and his eyes go wide.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  REQUIRE(otto);
  CHECK(otto->expression.value == Expression::Surprised);
  CHECK(otto->action.value == Action::Stand);
}

TEST_CASE("a name in a clause's object is who a later pronoun of that gender means") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO sits down beside NELL, one arm around her shoulders.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  REQUIRE(otto);
  REQUIRE(otto->contacts.size() == 1);
  CHECK(r.graph.character(otto->contacts[0].value).id == "NELL");
}

TEST_CASE("a posture verb of the shot stands a carried seated character up, even when a later verb sets the pose") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL sits on the chair.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL kneels by the table. She hugs OTTO.\n");
  const auto* nell = staged(r.graph, 1, "NELL");
  REQUIRE(nell);
  CHECK(nell->pose.value == Pose::Hug);
  CHECK(nell->seat.value.empty());
}

TEST_CASE("`gives it to` someone hands over what was in hand") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        PIA picks up a brass key and gives it to OTTO.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  REQUIRE(otto);
  REQUIRE(otto->held.size() == 1);
  CHECK(otto->held[0].value.noun == "brass key");
}

TEST_CASE("being on one's feet stands a seated character up; on foot, too, away from the verb") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO sits on the chair. NELL rides in on a horse.\n"
      "    shot 2 wide, 3s:\n"
      "        OTTO is back on his feet. NELL argues with him on foot.\n");
  CHECK(staged(r.graph, 1, "OTTO")->pose.value == Pose::Stand);
  CHECK(staged(r.graph, 1, "NELL")->pose.value != Pose::Ride);
}

TEST_CASE("on one's back is lying where a verb stands, and says where a thing is elsewhere") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL, flat on her back, stares at the ceiling. PIA stands at the door, a pack on her back.\n");
  CHECK(staged(r.graph, 0, "NELL")->pose.value == Pose::Lie);
  CHECK(staged(r.graph, 0, "PIA")->pose.value == Pose::Stand);
}

TEST_CASE("where a character falls is what they sit on after") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO trips and falls into the mud. He sits there, stunned.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  REQUIRE(otto);
  CHECK(otto->pose.value == Pose::Sit);
  CHECK(otto->seat.value == "mud");
}

TEST_CASE("holding each other is a hug, and both touch") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        NELL and OTTO hold each other in the rain.\n");
  for (const char* id : {"NELL", "OTTO"}) {
    const auto* s = staged(r.graph, 0, id);
    REQUIRE(s);
    CHECK(s->pose.value == Pose::Hug);
    CHECK(s->contacts.size() == 1);
  }
}

TEST_CASE("a face or a body that shows a feeling gives that expression, and explain names the cue") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO slams the drawer. NELL frowns at the letter. PIA grits her teeth.\n");
  CHECK(staged(r.graph, 0, "OTTO")->expression.value == Expression::Angry);
  CHECK(staged(r.graph, 0, "NELL")->expression.value == Expression::Worried);
  const auto* pia = staged(r.graph, 0, "PIA");
  REQUIRE(pia);
  CHECK(pia->expression.value == Expression::Determined);
  CHECK(pia->expression.origin == Origin::Action);
  CHECK(pia->expression.words.find("grits her teeth") != std::string::npos);
  CHECK(pia->expression.words.find("expression cue `set-jaw`") != std::string::npos);
}

TEST_CASE("a negated expression cue is not staged") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        OTTO does not frown.\n");
  CHECK(staged(r.graph, 0, "OTTO")->expression.value == Expression::Neutral);
}

TEST_CASE("a feeling on someone's face is theirs, whoever the clause is about") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO reads the telegram aloud. The lamp lights NELL's tear-streaked face.\n"
      "    shot 2 close-up PIA, 2s:\n"
      "        The camera pushes in on her open mouth.\n");
  REQUIRE(staged(r.graph, 0, "NELL"));
  REQUIRE(staged(r.graph, 0, "OTTO"));
  REQUIRE(staged(r.graph, 1, "PIA"));
  CHECK(staged(r.graph, 0, "NELL")->expression.value == Expression::Crying);
  CHECK(staged(r.graph, 0, "OTTO")->expression.value == Expression::Neutral);
  CHECK(staged(r.graph, 1, "PIA")->expression.value == Expression::Surprised);
}

TEST_CASE("a sentence about a smile or a frown is about the last subject") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        NELL laughs at the joke. The smile fades into something sad.\n");
  CHECK(staged(r.graph, 0, "NELL")->expression.value == Expression::Sad);
}

TEST_CASE("`the family` and `everyone` as a subject are everyone the shot's prose names") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL opens the door for OTTO and PIA. The family walks out into the street.\n");
  for (const char* id : {"NELL", "OTTO", "PIA"}) CHECK(staged(r.graph, 0, id)->pose.value == Pose::Walk);
}

TEST_CASE("`the boy` names the one character whose age and pronouns fit, and nobody when several fit") {
  const std::string cast = R"(title: t
character MILO "Milo":
    pronouns: he/him
    age: 9
character IRIS "Iris":
    pronouns: she/her
    age: 8
character JUNE "June":
    pronouns: she/her
    age: 11
character HAL "Hal":
    pronouns: he/him
    age: 70
setting ROOM "Room":
    time: day
    props: chair, table
scene 1 INT. ROOM - DAY (ROOM)
    shot 1 wide, 3s:
        HAL rests a hand on the boy's head. The girl waves.
)";
  const CompileResult r = compile_source("t.eko", cast);
  const auto* hal = staged(r.graph, 0, "HAL");
  REQUIRE(hal);
  REQUIRE(hal->contacts.size() == 1);
  CHECK(r.graph.character(hal->contacts[0].value).id == "MILO");
  CHECK(hal->pose.value == Pose::Stand);  // resting a hand is no lean
  CHECK(!staged(r.graph, 0, "IRIS"));
  CHECK(!staged(r.graph, 0, "JUNE"));
}

TEST_CASE("what is put into another's hand is handed to them, and they touch") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        NELL takes a brass key from the drawer and presses it into OTTO's palm.\n");
  const auto* nell = staged(r.graph, 0, "NELL");
  const auto* otto = staged(r.graph, 0, "OTTO");
  REQUIRE(nell);
  REQUIRE(otto);
  REQUIRE(nell->contacts.size() == 1);
  CHECK(r.graph.character(nell->contacts[0].value).id == "OTTO");
  REQUIRE(otto->held.size() == 1);
  CHECK(otto->held[0].value.noun == "brass key");
}

TEST_CASE("holding another's hand or arm touches them and holds nothing") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        PIA grabs OTTO's arm.\n");
  const auto* pia = staged(r.graph, 0, "PIA");
  REQUIRE(pia);
  REQUIRE(pia->contacts.size() == 1);
  CHECK(r.graph.character(pia->contacts[0].value).id == "OTTO");
  CHECK(pia->held.empty());
}

TEST_CASE("handing over needs someone to take it") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        NELL slides the window open.\n");
  CHECK(staged(r.graph, 0, "NELL")->action.value != Action::HandOver);
}

TEST_CASE("a verb outside the tables done to a hand prop has it in hand") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        OTTO polishes the wrench.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  REQUIRE(otto);
  REQUIRE(otto->held.size() == 1);
  CHECK(otto->held[0].value.noun == "wrench");
}

TEST_CASE("a dodge gives way to the blow that follows it") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        OTTO swings at PIA. PIA ducks and kicks him in the shin.\n");
  CHECK(staged(r.graph, 0, "PIA")->pose.value == Pose::Fight);
}

TEST_CASE("swinging or lifting someone up is carrying them") {
  const auto r = compile_staging(
      "    shot 1 medium, 3s:\n"
      "        OTTO swings NELL up onto his shoulders.\n");
  const auto* otto = staged(r.graph, 0, "OTTO");
  REQUIRE(otto);
  CHECK(otto->pose.value == Pose::Carry);
  REQUIRE(otto->contacts.size() == 1);
}

TEST_CASE("someone in front of another faces them") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        PIA sits on the chair. NELL hops about in front of OTTO.\n");
  const auto* nell = staged(r.graph, 0, "NELL");
  REQUIRE(nell);
  CHECK(nell->facing.value == Facing::Character);
  CHECK(nell->facing.origin == Origin::Action);
  CHECK(r.graph.character(nell->facing_target).id == "OTTO");
}

TEST_CASE("a sea of heads or faces counts as people") {
  const auto r = compile_staging(
      "    shot 1 extreme wide, 3s:\n"
      "        Below the balcony, a sea of faces. NELL waves.\n");
  REQUIRE(!r.graph.shots[0].extras.empty());
  CHECK(r.graph.shots[0].extras[0].count >= 10);
}

TEST_CASE("genders are learnt from pronouns after a named subject, in capitals, possessive or hyphenated") {
  std::vector<Character> cast(3);
  cast[0].id = "MARA";
  cast[1].id = "OSWIN";
  cast[2].id = "PIP";
  input::ScriptInput script;
  script.scenes.resize(1);
  script.scenes[0].shots.resize(1);
  auto& action = script.scenes[0].shots[0].action;
  action.push_back({"MARA lifts HER lantern; MARA turns and she's gone.", {}});
  action.push_back({"OSWIN draws his sword. OSWIN raises it over him-self, himself alone.", {}});
  action.push_back({"PIP waits by the theatre, the shepherd's hut behind.", {}});  // no pronoun of its own
  const std::vector<char> genders = learn_genders(script, cast);
  REQUIRE(genders.size() == 3);
  CHECK(genders[0] == 'f');
  CHECK(genders[1] == 'm');
  CHECK(genders[2] == 0);
}
