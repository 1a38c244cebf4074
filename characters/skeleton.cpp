#include "characters/skeleton.hpp"

#include <algorithm>
#include <cmath>

namespace ekonte::characters {
namespace {

constexpr double kPi = 3.14159265358979323846;
double rad(double deg) { return deg * kPi / 180.0; }

struct Vec3 {
  double x = 0, y = 0, z = 0;  // x: character's left, y: up, z: forward
};
Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
Vec3 operator*(Vec3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }

// A limb segment direction: `swing` forward from hanging down, `spread` outwards to the side
// (for the limb's own side), both in degrees.
struct SegmentAngle {
  double swing = 0, spread = 0;
};
struct LimbPose {
  SegmentAngle upper, lower;
};
struct PoseDef {
  LimbPose arm_l, arm_r, leg_l, leg_r;
  double lean_deg = 0;     // torso forward lean
  double head_tilt = 0;    // screen tilt of the head (degrees)
  bool lying = false;
  bool hands_together = false;  // both hands meet in front of the thighs (a bow)
  double look_down = 0;         // 0..1, face turned down towards the ground
  // How much the head's rotation on screen follows the neck: a bowing head pitches down
  // (the face slides down) more than it rolls, so it follows less.
  double head_follow = 1.0;
  // Where a hand is put by reaching (two-bone IK) instead of by its angles.
  enum class Reach { None, Mouth, Ear, Face, Temple };
  Reach reach_l = Reach::None, reach_r = Reach::None;
  double lift_cm = 0;        // feet off the ground (a jump)
  double tilt_deg = 0;       // whole-body tilt towards the face side (a lean, a fall)
  bool hands_down = false;   // the hands bear weight on the ground (crawling)
  bool curled = false;       // lying on the side, knees drawn up (asleep)
};

Vec3 direction(SegmentAngle a, double side) {
  const double sw = rad(a.swing), sp = rad(a.spread);
  return Vec3{side * std::sin(sp), -std::cos(sp) * std::cos(sw), std::cos(sp) * std::sin(sw)};
}

PoseDef pose_def(Pose pose) {
  PoseDef d;
  const LimbPose arm_rest{{4, 7}, {12, 4}};
  const LimbPose leg_rest{{0, 3}, {0, 2}};
  d.arm_l = d.arm_r = arm_rest;
  d.leg_l = d.leg_r = leg_rest;
  switch (pose) {
    case Pose::Stand: break;
    case Pose::Walk:
      d.arm_l = {{-22, 6}, {-8, 4}};
      d.arm_r = {{24, 6}, {45, 4}};
      d.leg_l = {{24, 2}, {8, 2}};
      d.leg_r = {{-16, 2}, {-40, 2}};
      d.lean_deg = 3;
      break;
    case Pose::Run:
      d.arm_l = {{-50, 10}, {20, 5}};
      d.arm_r = {{55, 10}, {120, 5}};
      d.leg_l = {{55, 2}, {-10, 2}};
      d.leg_r = {{-30, 2}, {-95, 2}};
      d.lean_deg = 14;
      break;
    case Pose::Climb:
      d.arm_l = {{-18, 8}, {0, 4}};
      d.arm_r = {{30, 8}, {60, 4}};
      d.leg_l = {{55, 2}, {-15, 2}};
      d.leg_r = {{-8, 2}, {-25, 2}};
      d.lean_deg = 12;
      break;
    case Pose::Sit:
      d.arm_l = d.arm_r = {{25, 8}, {70, 2}};
      d.leg_l = d.leg_r = {{88, 6}, {0, 3}};
      break;
    case Pose::Kneel:
      d.arm_l = d.arm_r = {{18, 6}, {75, -4}};
      d.leg_l = d.leg_r = {{82, 4}, {-95, 3}};
      break;
    case Pose::Lie:
      d.arm_l = d.arm_r = {{2, 10}, {5, 6}};
      d.leg_l = d.leg_r = {{0, 3}, {0, 1}};
      d.lying = true;
      break;
    case Pose::Bow:
      // Torso pitched forward from the hips, which go back over slightly forward-angled legs;
      // hands together in front of the thighs; the face turned down. From the front the
      // shortened torso, the lowered head and the joined hands carry the pose.
      d.lean_deg = 48;
      d.leg_l = d.leg_r = {{10, 3}, {0, 2}};
      d.hands_together = true;
      d.look_down = 0.9;
      d.head_follow = 0.55;
      break;
    case Pose::Point:
      d.arm_r = {{35, 75}, {35, 82}};
      break;
    case Pose::Wave:
      d.arm_r = {{0, 110}, {0, 165}};
      d.head_tilt = -4;
      break;
    case Pose::HoldOutHand:
      d.arm_r = {{55, 22}, {80, 12}};
      break;
    case Pose::ArmsCrossed:
      d.arm_l = d.arm_r = {{12, 12}, {80, -72}};
      break;
    case Pose::HandsOnHips:
      d.arm_l = d.arm_r = {{-8, 42}, {-10, -55}};
      break;
    case Pose::StepBack:
      d.lean_deg = -8;
      d.arm_l = {{35, 20}, {100, 0}};
      d.arm_r = {{35, 20}, {110, 0}};
      d.leg_l = {{14, 4}, {0, 2}};
      d.leg_r = {{-26, 4}, {-20, 2}};
      d.head_tilt = 3;
      break;
    case Pose::Crouch:
      // Thighs forward and a little up, shins down: the hips sink to about a third of standing.
      d.leg_l = d.leg_r = {{100, 10}, {-12, 4}};
      d.arm_l = d.arm_r = {{45, 10}, {70, -6}};
      d.lean_deg = 28;
      d.look_down = 0.2;
      break;
    case Pose::Lean:
      // The whole body tilted onto what it leans on, ankles crossed, one hand resting on it.
      d.tilt_deg = 11;
      d.leg_l = {{4, -6}, {0, -4}};
      d.leg_r = {{-4, 3}, {0, 2}};
      d.arm_r = {{20, 40}, {30, 30}};
      d.arm_l = {{-8, 42}, {-10, -55}};
      break;
    case Pose::Sleep:
      d.lying = true;
      d.curled = true;
      d.leg_l = d.leg_r = {{45, 4}, {-50, 3}};
      d.arm_l = d.arm_r = {{60, 8}, {120, -10}};
      d.look_down = 0.3;
      break;
    case Pose::Jump:
      d.leg_l = {{70, 6}, {-60, 3}};
      d.leg_r = {{40, 6}, {-95, 3}};
      d.arm_l = d.arm_r = {{10, 140}, {10, 160}};
      d.lift_cm = 38;
      d.head_tilt = -4;
      break;
    case Pose::Fall:
      // Mid-fall, thrown back: arms flung up, legs kicking, the body tipped well over.
      d.arm_l = {{20, 130}, {30, 150}};
      d.arm_r = {{-10, 110}, {10, 140}};
      d.leg_l = {{45, 12}, {-30, 6}};
      d.leg_r = {{15, 8}, {-10, 4}};
      d.tilt_deg = -58;
      d.lift_cm = 12;
      break;
    case Pose::Crawl:
      d.lean_deg = 78;
      d.leg_l = d.leg_r = {{8, 5}, {-88, 3}};
      d.arm_l = {{12, 8}, {5, 2}};
      d.arm_r = {{-6, 8}, {-10, 2}};
      d.hands_down = true;
      break;
    case Pose::Ride:
      // Astride: thighs spread round the mount's back, shins down its flanks, hands on the reins.
      d.leg_l = d.leg_r = {{55, 24}, {-25, 8}};
      d.arm_l = d.arm_r = {{25, 10}, {75, -12}};
      d.lean_deg = 6;
      break;
    case Pose::CoverFace:
      d.reach_l = d.reach_r = PoseDef::Reach::Face;
      d.lean_deg = 10;
      d.look_down = 0.35;
      break;
    case Pose::RaiseHand:
      d.arm_r = {{8, 165}, {5, 172}};
      break;
    case Pose::HandToMouth:
      d.reach_r = PoseDef::Reach::Mouth;
      d.head_tilt = -3;
      break;
    case Pose::HoldInFront:
      d.arm_l = d.arm_r = {{22, 10}, {82, -18}};
      d.look_down = 0.35;
      break;
    case Pose::PhoneToEar:
      d.reach_r = PoseDef::Reach::Ear;
      d.head_tilt = 4;
      break;
    case Pose::Hug:
      d.arm_l = d.arm_r = {{72, 18}, {100, -70}};
      d.lean_deg = 6;
      break;
    case Pose::Fight:
      // Striking: the right fist thrown out level, the left guarding the face, feet in a stance.
      d.arm_r = {{82, 6}, {88, 2}};
      d.arm_l = {{35, 12}, {135, -25}};
      d.leg_l = {{22, 5}, {4, 2}};
      d.leg_r = {{-22, 5}, {-12, 2}};
      d.lean_deg = 10;
      break;
    case Pose::Push:
      d.arm_l = d.arm_r = {{80, 10}, {84, -2}};
      d.leg_l = {{26, 4}, {6, 2}};
      d.leg_r = {{-28, 4}, {-8, 2}};
      d.lean_deg = 18;
      break;
    case Pose::Carry:
      d.arm_l = d.arm_r = {{30, 14}, {92, -12}};
      d.lean_deg = -6;
      break;
  }
  return d;
}

}  // namespace

double yaw_of(View view) {
  switch (view) {
    case View::Front: return 0;
    case View::ThreeQuarterLeft: return 40;
    case View::ThreeQuarterRight: return -40;
    case View::ProfileLeft: return 90;
    case View::ProfileRight: return -90;
    case View::Back: return 180;
  }
  return 0;
}

PosedSkeleton pose_skeleton(const CharacterModel& model, Pose pose, View view, const Foreshortening& fs,
                            double look_up) {
  const Proportions& p = model.proportions;
  const PoseDef d = pose_def(pose);
  std::array<Vec3, kJointCount> j{};
  auto J = [&](Joint k) -> Vec3& { return j[size_t(k)]; };

  const double leg_upper = p.leg_cm * 0.5 * fs.legs, leg_lower = p.leg_cm * 0.5 * fs.legs;
  // Pelvis at the origin of the body frame; the figure is put on the ground afterwards.
  J(Joint::Pelvis) = {0, 0, 0};
  const double lean = rad(d.lean_deg + p.stoop_deg);
  const Vec3 up{0, std::cos(lean), std::sin(lean)};
  J(Joint::Waist) = up * (p.torso_cm * 0.35);
  J(Joint::Chest) = up * (p.torso_cm * 0.72);
  J(Joint::Neck) = up * p.torso_cm;
  const double head_cm = p.head_cm * fs.head;
  const double neck_cm = p.neck_cm;
  // The head leans a little further than the spine so bowing reads clearly.
  const double head_lean = lean * 1.15;
  const Vec3 head_up{0, std::cos(head_lean), std::sin(head_lean)};
  J(Joint::HeadCenter) = J(Joint::Neck) + head_up * (neck_cm + head_cm * 0.45);

  const double sh = p.shoulder_width_cm * 0.5;
  const Vec3 shoulder_base = up * (p.torso_cm * 0.94);
  auto arm = [&](Joint s, Joint e, Joint h, const LimbPose& lp, double side) {
    J(s) = shoulder_base + Vec3{side * sh, 0, 0};
    J(e) = J(s) + direction(lp.upper, side) * p.upper_arm_cm;
    J(h) = J(e) + direction(lp.lower, side) * (p.forearm_cm + p.hand_cm * 0.45);
  };
  arm(Joint::ShoulderL, Joint::ElbowL, Joint::HandL, d.arm_l, 1);
  arm(Joint::ShoulderR, Joint::ElbowR, Joint::HandR, d.arm_r, -1);
  if (d.hands_together) {
    // Two-bone reach: the hands meet a little apart in front of the upper thighs, the elbows
    // bend outwards and back.
    const double reach = p.upper_arm_cm + p.forearm_cm + p.hand_cm * 0.45;
    const Vec3 meet{0, -p.leg_cm * 0.14, p.leg_cm * 0.12};
    auto reach_arm = [&](Joint s, Joint e, Joint h, double side) {
      Vec3 target = meet + Vec3{side * p.hand_cm * 0.35, 0, 0};
      const Vec3 d3 = target + J(s) * -1.0;
      const double dist = std::sqrt(d3.x * d3.x + d3.y * d3.y + d3.z * d3.z);
      if (dist > reach * 0.98) target = J(s) + d3 * (reach * 0.98 / dist);
      const double dd = std::min(dist, reach * 0.98);
      const double a = p.upper_arm_cm;
      // Distance of the elbow from the shoulder-hand line (law of cosines).
      const double along = (a * a - std::pow(reach - a, 2) + dd * dd) / (2 * std::max(dd, 1e-6));
      const double off = std::sqrt(std::max(0.0, a * a - along * along));
      const Vec3 dir = (target + J(s) * -1.0) * (1.0 / std::max(dd, 1e-6));
      J(e) = J(s) + dir * along + Vec3{side * off * 0.8, 0, -off * 0.6};
      J(h) = target;
    };
    reach_arm(Joint::ShoulderL, Joint::ElbowL, Joint::HandL, 1);
    reach_arm(Joint::ShoulderR, Joint::ElbowR, Joint::HandR, -1);
  }
  auto reach_to = [&](Joint sh, Joint el, Joint ha, PoseDef::Reach where, double side) {
    if (where == PoseDef::Reach::None) return;
    const Vec3 hc = J(Joint::HeadCenter);
    Vec3 target = hc;
    switch (where) {
      case PoseDef::Reach::Mouth: target = hc + Vec3{side * head_cm * 0.05, -head_cm * 0.32, head_cm * 0.6}; break;
      case PoseDef::Reach::Ear: target = hc + Vec3{side * head_cm * 0.6, -head_cm * 0.05, head_cm * 0.05}; break;
      case PoseDef::Reach::Face: target = hc + Vec3{side * head_cm * 0.2, -head_cm * 0.02, head_cm * 0.62}; break;
      case PoseDef::Reach::Temple: target = hc + Vec3{side * head_cm * 0.5, head_cm * 0.15, head_cm * 0.2}; break;
      case PoseDef::Reach::None: break;
    }
    const double a = p.upper_arm_cm, b = p.forearm_cm + p.hand_cm * 0.45;
    const Vec3 d3 = target + J(sh) * -1.0;
    const double dist = std::clamp(std::sqrt(d3.x * d3.x + d3.y * d3.y + d3.z * d3.z), std::fabs(a - b) + 1e-3, (a + b) * 0.999);
    const Vec3 dir = d3 * (1.0 / std::max(1e-6, std::sqrt(d3.x * d3.x + d3.y * d3.y + d3.z * d3.z)));
    const double along = (a * a - b * b + dist * dist) / (2 * dist);
    const double off = std::sqrt(std::max(0.0, a * a - along * along));
    // The elbow drops down and out, the way an arm folds to bring the hand to the head.
    Vec3 bend{side * 0.55, -0.8, 0.2};
    const double dot = bend.x * dir.x + bend.y * dir.y + bend.z * dir.z;
    bend = bend + dir * -dot;
    const double bl = std::max(1e-6, std::sqrt(bend.x * bend.x + bend.y * bend.y + bend.z * bend.z));
    J(el) = J(sh) + dir * along + bend * (off / bl);
    J(ha) = J(sh) + dir * dist;
  };
  reach_to(Joint::ShoulderL, Joint::ElbowL, Joint::HandL, d.reach_l, 1);
  reach_to(Joint::ShoulderR, Joint::ElbowR, Joint::HandR, d.reach_r, -1);
  const double hw = p.hip_width_cm * 0.3;
  auto leg = [&](Joint hip, Joint knee, Joint foot, const LimbPose& lp, double side) {
    J(hip) = Vec3{side * hw, -p.leg_cm * 0.04, 0};
    J(knee) = J(hip) + direction(lp.upper, side) * leg_upper;
    // Knees bend backwards: the lower swing is measured the other way round.
    SegmentAngle lower = lp.lower;
    J(foot) = J(knee) + direction(lower, side) * leg_lower;
  };
  leg(Joint::HipL, Joint::KneeL, Joint::FootL, d.leg_l, 1);
  leg(Joint::HipR, Joint::KneeR, Joint::FootR, d.leg_r, -1);

  PosedSkeleton s;
  s.yaw_deg = yaw_of(view);
  s.back = view == View::Back;
  s.face_dir = -std::sin(rad(s.yaw_deg));
  s.head_cm = head_cm;
  s.look_up = look_up - d.look_down;
  s.head_tilt_deg = d.head_tilt;
  const double cy = std::cos(rad(s.yaw_deg)), sy = std::sin(rad(s.yaw_deg));
  const double cp = std::cos(rad(fs.pitch_deg)), sp = std::sin(rad(fs.pitch_deg));
  for (int i = 0; i < kJointCount; ++i) {
    const Vec3 v = j[size_t(i)];
    // Front view: the character's left is on screen right.
    const double depth = v.x * sy + v.z * cy;
    s.at[size_t(i)] = fs.pitch_deg == 0 ? Vec2{v.x * cy - v.z * sy, -v.y} : Vec2{v.x * cy - v.z * sy, -v.y * cp + depth * sp};
    s.depth[size_t(i)] = fs.pitch_deg == 0 ? depth : depth * cp + v.y * sp;
  }
  if (d.lying) {
    // Lying on the back along screen x, head to the left (or to the face direction).
    s.body_rotation_deg = s.face_dir > 0.1 ? 90 : -90;
    const double r = rad(s.body_rotation_deg);
    for (auto& a : s.at) a = Vec2{a.x * std::cos(r) - a.y * std::sin(r), a.x * std::sin(r) + a.y * std::cos(r)};
  } else if (d.tilt_deg != 0) {
    // Tipped towards the face side (screen left from the front); a negative tilt tips it back.
    s.body_rotation_deg = (s.face_dir > 0.1 ? 1 : -1) * d.tilt_deg;
    const double r = rad(s.body_rotation_deg);
    for (auto& a : s.at) a = Vec2{a.x * std::cos(r) - a.y * std::sin(r), a.x * std::sin(r) + a.y * std::cos(r)};
  }
  // Rest on the lowest point: the soles, or the knees and shins when kneeling.
  double lowest = -1e9;
  for (Joint k : {Joint::FootL, Joint::FootR, Joint::KneeL, Joint::KneeR, Joint::Pelvis})
    lowest = std::max(lowest, s.at[size_t(k)].y);
  if (d.hands_down || d.tilt_deg != 0)
    for (Joint k : {Joint::HandL, Joint::HandR, Joint::HeadCenter, Joint::Neck})
      lowest = std::max(lowest, s.at[size_t(k)].y + (k == Joint::HeadCenter ? head_cm * 0.5 : 0));
  const double sole = p.leg_cm * 0.02 + (d.lying ? head_cm * 0.35 : 0);
  const double shift_y = -(lowest + sole) - d.lift_cm;
  const Vec2 pelvis = s.at[size_t(Joint::Pelvis)];
  for (auto& a : s.at) a = Vec2{a.x - pelvis.x, a.y + shift_y};
  s.lowest_y = 0;
  const Vec2 hc = s.at[size_t(Joint::HeadCenter)];
  const Vec2 nk = s.at[size_t(Joint::Neck)];
  // Crown: one half head above the head centre along the neck-to-head line.
  double dx = hc.x - nk.x, dy = hc.y - nk.y;
  const double len = std::hypot(dx, dy);
  if (len > 1e-6) dx /= len, dy /= len;
  s.head_top = Vec2{hc.x + dx * head_cm * 0.55, hc.y + dy * head_cm * 0.55};
  // Head rotation on screen follows the neck direction (bowing, lying) plus the pose's tilt.
  s.head_tilt_deg += std::atan2(dx, -dy) * 180.0 / kPi * d.head_follow;
  return s;
}

}  // namespace ekonte::characters
