#include "compiler/staging/staging_vocabulary.hpp"

#include <cctype>
#include <sstream>

namespace ekonte::staging {
namespace {

// Facing phrases that take a character after them ("facing HARU", "looks at GRANDMA").
const char* const kFacingTowards[] = {"facing", "faces", "looks at", "looking at", "turns to", "turns towards",
                                       "turns toward", "watches", "watching", "face", "towards", "toward"};

// The staging vocabulary. Longest phrase wins.
const StagingPhrase kStagingPhrases[] = {
    {"left", Attr::Position, int(ScreenPosition::Left)},
    {"screen left", Attr::Position, int(ScreenPosition::Left)},
    {"right", Attr::Position, int(ScreenPosition::Right)},
    {"screen right", Attr::Position, int(ScreenPosition::Right)},
    {"center", Attr::Position, int(ScreenPosition::Center)},
    {"centre", Attr::Position, int(ScreenPosition::Center)},
    {"middle", Attr::Position, int(ScreenPosition::Center)},
    {"foreground", Attr::Depth, int(Depth::Foreground)},
    {"midground", Attr::Depth, int(Depth::Midground)},
    {"background", Attr::Depth, int(Depth::Background)},
    {"in the distance", Attr::Depth, int(Depth::Background)},

    {"stand", Attr::Pose, int(Pose::Stand)}, {"stands", Attr::Pose, int(Pose::Stand)},
    {"standing", Attr::Pose, int(Pose::Stand)}, {"stood", Attr::Pose, int(Pose::Stand)},
    {"stops", Attr::Pose, int(Pose::Stand)}, {"waits", Attr::Pose, int(Pose::Stand)},
    {"walk", Attr::Pose, int(Pose::Walk)}, {"walks", Attr::Pose, int(Pose::Walk)},
    {"walking", Attr::Pose, int(Pose::Walk)}, {"strolls", Attr::Pose, int(Pose::Walk)},
    {"run", Attr::Pose, int(Pose::Run)}, {"runs", Attr::Pose, int(Pose::Run)},
    {"running", Attr::Pose, int(Pose::Run)}, {"rushes", Attr::Pose, int(Pose::Run)},
    {"dashes", Attr::Pose, int(Pose::Run)},
    {"climb", Attr::Pose, int(Pose::Climb)}, {"climbs", Attr::Pose, int(Pose::Climb)},
    {"climbing", Attr::Pose, int(Pose::Climb)},
    {"sit", Attr::Pose, int(Pose::Sit)}, {"sits", Attr::Pose, int(Pose::Sit)},
    {"sitting", Attr::Pose, int(Pose::Sit)}, {"seated", Attr::Pose, int(Pose::Sit)},
    {"kneel", Attr::Pose, int(Pose::Kneel)}, {"kneels", Attr::Pose, int(Pose::Kneel)},
    {"kneeling", Attr::Pose, int(Pose::Kneel)}, {"crouches", Attr::Pose, int(Pose::Kneel)},
    {"lie", Attr::Pose, int(Pose::Lie)}, {"lies", Attr::Pose, int(Pose::Lie)},
    {"lying", Attr::Pose, int(Pose::Lie)},
    {"bow", Attr::Pose, int(Pose::Bow)}, {"bows", Attr::Pose, int(Pose::Bow)},
    {"bowing", Attr::Pose, int(Pose::Bow)},
    {"point", Attr::Pose, int(Pose::Point)}, {"points", Attr::Pose, int(Pose::Point)},
    {"pointing", Attr::Pose, int(Pose::Point)},
    {"wave", Attr::Pose, int(Pose::Wave)}, {"waves", Attr::Pose, int(Pose::Wave)},
    {"waving", Attr::Pose, int(Pose::Wave)},
    {"hold out", Attr::Pose, int(Pose::HoldOutHand)}, {"holds out", Attr::Pose, int(Pose::HoldOutHand)},
    {"holding out", Attr::Pose, int(Pose::HoldOutHand)}, {"reaches out", Attr::Pose, int(Pose::HoldOutHand)},
    {"offers", Attr::Pose, int(Pose::HoldOutHand)}, {"hands", Attr::Pose, int(Pose::HoldOutHand)},
    {"holding out hand", Attr::Pose, int(Pose::HoldOutHand)},
    {"arms crossed", Attr::Pose, int(Pose::ArmsCrossed)}, {"crosses her arms", Attr::Pose, int(Pose::ArmsCrossed)},
    {"crosses his arms", Attr::Pose, int(Pose::ArmsCrossed)}, {"folds her arms", Attr::Pose, int(Pose::ArmsCrossed)},
    {"folds his arms", Attr::Pose, int(Pose::ArmsCrossed)},
    {"hands on hips", Attr::Pose, int(Pose::HandsOnHips)}, {"hands on her hips", Attr::Pose, int(Pose::HandsOnHips)},
    {"hands on his hips", Attr::Pose, int(Pose::HandsOnHips)},
    {"takes a step back", Attr::Pose, int(Pose::StepBack)}, {"steps back", Attr::Pose, int(Pose::StepBack)},
    {"step back", Attr::Pose, int(Pose::StepBack)}, {"backs away", Attr::Pose, int(Pose::StepBack)},

    {"neutral", Attr::Expression, int(Expression::Neutral)}, {"calm", Attr::Expression, int(Expression::Neutral)},
    {"happy", Attr::Expression, int(Expression::Happy)}, {"smiling", Attr::Expression, int(Expression::Happy)},
    {"smiles", Attr::Expression, int(Expression::Happy)}, {"smile", Attr::Expression, int(Expression::Happy)},
    {"cheerful", Attr::Expression, int(Expression::Happy)}, {"grins", Attr::Expression, int(Expression::Happy)},
    {"grinning", Attr::Expression, int(Expression::Happy)}, {"beaming", Attr::Expression, int(Expression::Happy)},
    {"delighted", Attr::Expression, int(Expression::Happy)},
    {"laugh", Attr::Expression, int(Expression::Laugh)}, {"laughs", Attr::Expression, int(Expression::Laugh)},
    {"laughing", Attr::Expression, int(Expression::Laugh)}, {"giggles", Attr::Expression, int(Expression::Laugh)},
    {"sad", Attr::Expression, int(Expression::Sad)}, {"sadly", Attr::Expression, int(Expression::Sad)},
    {"sorrowful", Attr::Expression, int(Expression::Sad)}, {"gloomy", Attr::Expression, int(Expression::Sad)},
    {"crying", Attr::Expression, int(Expression::Crying)}, {"cries", Attr::Expression, int(Expression::Crying)},
    {"cry", Attr::Expression, int(Expression::Crying)}, {"sobs", Attr::Expression, int(Expression::Crying)},
    {"sobbing", Attr::Expression, int(Expression::Crying)}, {"weeps", Attr::Expression, int(Expression::Crying)},
    {"in tears", Attr::Expression, int(Expression::Crying)},
    {"angry", Attr::Expression, int(Expression::Angry)}, {"angrily", Attr::Expression, int(Expression::Angry)},
    {"furious", Attr::Expression, int(Expression::Angry)}, {"glares", Attr::Expression, int(Expression::Angry)},
    {"glaring", Attr::Expression, int(Expression::Angry)}, {"scowls", Attr::Expression, int(Expression::Angry)},
    {"surprised", Attr::Expression, int(Expression::Surprised)}, {"shocked", Attr::Expression, int(Expression::Surprised)},
    {"startled", Attr::Expression, int(Expression::Surprised)}, {"gasps", Attr::Expression, int(Expression::Surprised)},
    {"eyes widen", Attr::Expression, int(Expression::Surprised)},
    {"scared", Attr::Expression, int(Expression::Scared)}, {"afraid", Attr::Expression, int(Expression::Scared)},
    {"frightened", Attr::Expression, int(Expression::Scared)}, {"terrified", Attr::Expression, int(Expression::Scared)},
    {"worried", Attr::Expression, int(Expression::Worried)}, {"anxious", Attr::Expression, int(Expression::Worried)},
    {"nervous", Attr::Expression, int(Expression::Worried)}, {"uneasy", Attr::Expression, int(Expression::Worried)},
    {"determined", Attr::Expression, int(Expression::Determined)}, {"resolute", Attr::Expression, int(Expression::Determined)},

    {"looking up", Attr::Facing, int(Facing::Up)}, {"looks up", Attr::Facing, int(Facing::Up)},
    {"gazes up", Attr::Facing, int(Facing::Up)}, {"up", Attr::Facing, int(Facing::Up), true},
    {"away from camera", Attr::Facing, int(Facing::Away)}, {"away from the camera", Attr::Facing, int(Facing::Away)},
    {"turns away", Attr::Facing, int(Facing::Away)}, {"back to camera", Attr::Facing, int(Facing::Away)},
    {"away", Attr::Facing, int(Facing::Away), true},
    {"to camera", Attr::Facing, int(Facing::Camera)}, {"at the camera", Attr::Facing, int(Facing::Camera)},
    {"into camera", Attr::Facing, int(Facing::Camera)}, {"facing camera", Attr::Facing, int(Facing::Camera)},
    {"facing the camera", Attr::Facing, int(Facing::Camera)}, {"camera", Attr::Facing, int(Facing::Camera), true},
    {"facing left", Attr::Facing, int(Facing::ScreenLeft)}, {"looks left", Attr::Facing, int(Facing::ScreenLeft)},
    {"facing right", Attr::Facing, int(Facing::ScreenRight)}, {"looks right", Attr::Facing, int(Facing::ScreenRight)},

    {"front", Attr::View, int(View::Front), true}, {"from behind", Attr::View, int(View::Back)},
    {"back", Attr::View, int(View::Back), true}, {"in profile", Attr::View, int(View::ProfileRight)},
    {"profile", Attr::View, int(View::ProfileRight), true},
    {"three quarter", Attr::View, int(View::ThreeQuarterRight), true},
    {"3/4", Attr::View, int(View::ThreeQuarterRight), true},
};

// Words before a character's name that make it an object, not the one acting.
const std::set<std::string> kObjectMarkers = {"to", "at", "toward", "towards", "facing", "beside", "with", "from",
                                              "behind", "near", "of", "in", "on", "for", "like", "than", "watches",
                                              "watching", "faces", "and"};

}  // namespace

const std::vector<StagingPhrase>& staging_phrases() {
  static const std::vector<StagingPhrase> phrases(std::begin(kStagingPhrases), std::end(kStagingPhrases));
  return phrases;
}

const std::set<std::string>& object_markers() { return kObjectMarkers; }


// The phrase tables split into words once.
const std::vector<std::vector<std::string>>& facing_words() {
  static const auto table = [] {
    std::vector<std::vector<std::string>> t;
    for (const char* f : kFacingTowards) t.push_back(split_words(f));
    return t;
  }();
  return table;
}
const std::vector<std::vector<std::string>>& staging_words() {
  static const auto table = [] {
    std::vector<std::vector<std::string>> t;
    for (const auto& p : kStagingPhrases) t.push_back(split_words(p.words));
    return t;
  }();
  return table;
}

}  // namespace ekonte::staging
