#include "compiler/staging/scene_continuity.hpp"

#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"
#include "vocabulary/world.hpp"

namespace ekonte::staging {
namespace {

bool seated(Pose p) { return p == Pose::Sit || p == Pose::Lie || p == Pose::Sleep || p == Pose::Ride; }


}  // namespace

void check_continued(const Staging& s, const StagingContext::Carried& c, bool rose,
                     const std::vector<Character>& characters, const std::string& file, DiagnosticSink& sink) {
  const std::string& id = characters[s.character.value].id;
  const auto& act = vocabulary::row(s.action.value);
  const bool down = c.pose && (seated(c.pose->value) || c.pose->value == Pose::Kneel);
  if (down && s.action.origin == Origin::Action && act.category == ActionCategory::Locomotion &&
      vocabulary::row(s.action.value).pose != Pose::Ride && !rose) {
    auto& d = sink.report(DiagnosticKind::ContinuityContradiction, file, s.action.span,
                          "`" + id + "` is " + std::string(name_of(c.pose->value)) + " (" + c.origin_words +
                              ") but `" + s.action.words + "` here has them moving",
                          "say how they get up (`" + id + " gets up and ...`), or cut to a shot that shows it");
    if (c.pose->span.line) d.notes.push_back({c.pose->span, "the pose is set here"});
  }
  if (s.action.origin != Origin::Action || s.action.value == Action::Hold || s.action.value == Action::Reach) return;
  for (const auto& h : s.held) {
    if (h.origin != Origin::Action) continue;
    for (const auto& given : c.handed)
      if (given.noun == h.value.noun) {
        sink.report(DiagnosticKind::ContinuityContradiction, file, h.span,
                    "`" + id + "` handed the `" + given.noun + "` to `" + characters[given.to.value].id + "` in shot " +
                        given.shot + " but uses it here",
                    "have `" + id + "` take it back first, or give this action to `" +
                        characters[given.to.value].id + "`");
      }
  }
}

void carry_over(Staging& s, bool released, bool rose, bool moved, std::map<uint32_t, StagingContext::Carried>& carried,
                const std::string& shot_id) {
  auto& c = carried[s.character.value];
  const std::string from = c.pose || !c.held.empty() || c.seat || !c.wardrobe.empty() || c.wet ? c.origin_words : std::string();
  auto continued = [&](auto value) {
    value.origin = Origin::Continuity;
    value.words = from;
    value.span = {};
    return value;
  };
  const bool own_pose = s.pose.origin != Origin::Default;
  const bool changes_posture = own_pose && (moved || vocabulary::row(s.action.value).category == ActionCategory::Posture ||
                                            vocabulary::row(s.action.value).category == ActionCategory::Locomotion);
  // "rises", "gets up": whatever else the shot says, they are on their feet.
  if (c.pose && (!own_pose || (!changes_posture && !rose && seated(c.pose->value)))) {
    s.pose = continued(*c.pose);
    if (!own_pose && c.action) s.action = continued(*c.action);
  }
  if (s.held.empty() && !released)
    for (const auto& h : c.held) s.held.push_back(continued(h));
  if (s.seat.value.empty() && c.seat && seated(s.pose.value)) s.seat = continued(*c.seat);
  // What the prose put on, took off or soaked lasts to the end of the scene.
  CompactVector<Sourced<WardrobeChange>> own = s.wardrobe;
  s.wardrobe.clear();
  for (const auto& w : c.wardrobe) s.wardrobe.push_back(continued(w));
  s.wardrobe.insert(s.wardrobe.end(), own.begin(), own.end());
  if (!s.wet && c.wet) s.wet = continued(*c.wet);

  // What this shot hands on.
  const std::string here = "continued from shot " + shot_id;
  if (own_pose && s.pose.origin != Origin::Continuity) {
    if (vocabulary::row(s.action.value).lasts || s.action.value == Action::Stand) c.pose = s.pose, c.action = s.action;
    else if (changes_posture) c.pose.reset(), c.action.reset();
  }
  c.let_go = released ? c.held : CompactVector<Sourced<HeldProp>>{};
  if (released || s.held.empty() || s.held.front().origin != Origin::Continuity) c.held = s.held;
  c.wardrobe.insert(c.wardrobe.end(), own.begin(), own.end());
  if (s.wet && s.wet->origin != Origin::Continuity) c.wet = s.wet;
  if (!seated(s.pose.value)) c.seat.reset();
  else if (!s.seat.value.empty() && s.seat.origin != Origin::Continuity) c.seat = s.seat;
  c.origin_words = here;
}

namespace {

// The colour of the prop `noun` the giver holds (in this shot, or carried): a red umbrella handed
// over stays red.
// The same prop written two ways: "the blue cup" picked up, "the cup" handed over.
bool same_prop(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const auto pa = vocabulary::match_prop(a), pb = vocabulary::match_prop(b);
  return pa && pb && pa->value == pb->value;
}

std::optional<Rgb> colour_of_given(const Staging& giver, const StagingContext& context, const std::string& noun) {
  for (const auto& h : giver.held)
    if (same_prop(h.value.noun, noun) && h.value.colour) return h.value.colour;
  if (context.carried)
    if (auto it = context.carried->find(giver.character.value); it != context.carried->end())
      for (const auto* list : {&it->second.held, &it->second.let_go})
        for (const auto& h : *list)
          if (same_prop(h.value.noun, noun) && h.value.colour) return h.value.colour;
  return std::nullopt;
}

}  // namespace

void pass_handed_props(std::vector<Staging>& out, const StagingContext& context) {
for (auto& s : out)
  for (auto& r : s.relations) {
    if (r.value.kind != RelationKind::HandTo || !r.value.character.valid()) continue;
    // "takes a ring ... and gives it to him": `it` is what the giver last held.
    if (r.value.prop.empty() || r.value.prop == "it" || r.value.prop == "them") {
      const auto& c = context.carried ? (*context.carried)[s.character.value] : StagingContext::Carried{};
      const auto& held = !s.held.empty() ? s.held : c.held;
      r.value.prop = held.empty() ? std::string() : held.back().value.noun;
    }
    if (r.value.prop.empty()) continue;
    for (auto& other : out)
      if (other.character == r.value.character) {
        bool has = false;
        for (const auto& h : other.held) has |= h.value.noun == r.value.prop;
        if (!has)
          other.held.push_back({{r.value.prop, other.held.empty() ? Hand::Right : Hand::Left, colour_of_given(s, context, r.value.prop)},
                                r.origin, r.words, r.span});
      }
  }
if (context.carried)
  for (const auto& s : out)
    for (const auto& r : s.relations) {
      if (r.value.kind != RelationKind::HandTo || r.value.prop.empty() || !r.value.character.valid()) continue;
      auto& giver = (*context.carried)[s.character.value];
      giver.handed.push_back({r.value.prop, context.shot_id, r.value.character});
      const std::optional<Rgb> colour = colour_of_given(s, context, r.value.prop);
      erase_if(giver.held, [&](const Sourced<HeldProp>& h) { return h.value.noun == r.value.prop; });
      auto& receiver = (*context.carried)[r.value.character.value];
      Sourced<HeldProp> held{{r.value.prop, Hand::Right, colour}, Origin::Continuity, r.words, {}};
      receiver.held.push_back(held);
      if (receiver.origin_words.empty()) receiver.origin_words = "continued from shot " + context.shot_id;
    }
}

}  // namespace ekonte::staging
