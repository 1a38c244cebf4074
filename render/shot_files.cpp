#include "render/shot_files.hpp"

#include <filesystem>
#include <fstream>

#include "support/atomic_write.hpp"
#include "render/image/png.hpp"

namespace ekonte::render {
namespace fs = std::filesystem;

namespace {
nlohmann::ordered_json box_json(const Box& b) {
  return nlohmann::ordered_json{{"x", b.x}, {"y", b.y}, {"w", b.w}, {"h", b.h}};
}
nlohmann::ordered_json point_json(const Point& p) { return nlohmann::ordered_json{{"x", p.x}, {"y", p.y}}; }
Box box_from(const nlohmann::json& j) { return Box{j.at("x"), j.at("y"), j.at("w"), j.at("h")}; }
Point point_from(const nlohmann::json& j) { return Point{j.at("x"), j.at("y")}; }
}  // namespace

std::string shot_file_stem(const std::string& id) {
  std::string out;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    out.push_back(ok ? c : '_');
  }
  return out.empty() ? "shot" : out;
}

nlohmann::ordered_json landmarks_to_json(const ShotLandmarks& lm) {
  nlohmann::ordered_json j;
  j["ekonte_landmarks"] = 1;
  j["shot"] = lm.shot_id;
  j["width"] = lm.width;
  j["height"] = lm.height;
  j["subject"] = box_json(lm.subject);
  auto chars = nlohmann::ordered_json::array();
  for (size_t i = 0; i < lm.characters.size(); ++i) {
    const CharacterLandmarks& c = lm.characters[i];
    chars.push_back(nlohmann::ordered_json{{"instance", i + 1},
                                           {"character", c.character_id},
                                           {"in_frame", c.in_frame},
                                           {"head", box_json(c.head)},
                                           {"face_center", point_json(c.face_center)},
                                           {"mouth", point_json(c.mouth)},
                                           {"body", box_json(c.body)},
                                           {"hands", {{"left", point_json(c.hand_left)}, {"right", point_json(c.hand_right)}}},
                                           {"hips", point_json(c.hips)}});
    if (c.seat.w > 0) chars.back()["seat"] = box_json(c.seat);
    auto held = nlohmann::ordered_json::array();
    for (const HeldLandmark& h : c.held)
      held.push_back(nlohmann::ordered_json{{"prop", h.prop}, {"hand", h.hand}, {"box", box_json(h.box)}});
    chars.back()["held"] = held;
  }
  j["characters"] = chars;
  auto extras = nlohmann::ordered_json::array();
  for (const ExtraLandmark& e : lm.extras)
    extras.push_back(nlohmann::ordered_json{{"body", box_json(e.body)}, {"prop", e.prop}});
  j["extras"] = extras;
  auto props = nlohmann::ordered_json::array();
  for (const PropLandmark& p : lm.props) props.push_back(nlohmann::ordered_json{{"prop", p.name}, {"box", box_json(p.box)}});
  j["props"] = props;
  auto labels = nlohmann::ordered_json::object();
  for (int l = 0; l < int(PartLabel::Count); ++l) labels[std::string(name_of(PartLabel(l)))] = l;
  j["part_labels"] = labels;
  auto tones = nlohmann::ordered_json::object();
  for (int t = 0; t < int(Tone::Count); ++t) tones[std::string(name_of(Tone(t)))] = t;
  j["tone_labels"] = tones;
  return j;
}

ShotLandmarks landmarks_from_json(const nlohmann::json& j) {
  ShotLandmarks lm;
  lm.shot_id = j.at("shot");
  lm.width = j.at("width");
  lm.height = j.at("height");
  lm.subject = box_from(j.at("subject"));
  if (j.contains("props"))
    for (const auto& p : j.at("props")) lm.props.push_back({p.at("prop"), box_from(p.at("box"))});
  for (const auto& c : j.at("characters")) {
    CharacterLandmarks cl;
    cl.character_id = c.at("character");
    cl.in_frame = c.at("in_frame");
    cl.head = box_from(c.at("head"));
    cl.face_center = point_from(c.at("face_center"));
    cl.mouth = point_from(c.at("mouth"));
    cl.body = box_from(c.at("body"));
    if (c.contains("hands")) {
      cl.hand_left = point_from(c.at("hands").at("left"));
      cl.hand_right = point_from(c.at("hands").at("right"));
    }
    if (c.contains("hips")) cl.hips = point_from(c.at("hips"));
    if (c.contains("seat")) cl.seat = box_from(c.at("seat"));
    if (c.contains("held"))
      for (const auto& h : c.at("held")) cl.held.push_back({h.at("prop"), h.at("hand"), box_from(h.at("box"))});
    lm.characters.push_back(cl);
  }
  if (j.contains("extras"))
    for (const auto& e : j.at("extras")) lm.extras.push_back({box_from(e.at("body")), e.at("prop")});
  return lm;
}

std::vector<std::string> write_shot_files(const std::string& dir, const std::string& shot_id, const ShotRender& r,
                                          bool control_maps, std::string* error) {
  std::vector<std::string> names;
  std::error_code ec;
  fs::create_directories(dir, ec);
  const std::string stem = shot_file_stem(shot_id);
  auto fail = [&](const std::string& name) {
    if (error && error->empty()) *error = "cannot write `" + (fs::path(dir) / name).string() + "`";
  };
  // Temporary name, then rename: an interrupted build never leaves a half-written file.
  auto write = [&](const std::string& name, auto&& writer) {
    const std::string path = (fs::path(dir) / name).string();
    if (writer(temp_path_for(path)) && commit_temp_file(path, nullptr)) {
      names.push_back(name);
    } else {
      discard_temp_file(path);
      fail(name);
    }
  };
  write(stem + ".png", [&](const std::string& p) { return write_png(p, r.color); });
  if (control_maps) {
    write(stem + ".lineart.png", [&](const std::string& p) { return write_png(p, r.lineart); });
    write(stem + ".parts.png", [&](const std::string& p) { return write_png(p, r.parts); });
    write(stem + ".instances.png", [&](const std::string& p) { return write_png(p, r.instances); });
    if (!r.tones.pixels.empty()) write(stem + ".tones.png", [&](const std::string& p) { return write_png(p, r.tones); });
    if (!r.background.pixels.empty())
      write(stem + ".background.png", [&](const std::string& p) { return write_png(p, r.background); });
  }
  // With the picture always: `ekonte layout` reads the two together.
  const std::string json = landmarks_to_json(r.landmarks).dump(2) + "\n";
  write(stem + ".landmarks.json", [&](const std::string& p) {
    std::ofstream f(p, std::ios::binary);
    return bool(f << json);
  });
  return names;
}

std::vector<std::string> shot_file_names(const std::string& shot_id) {
  const std::string stem = shot_file_stem(shot_id);
  return {stem + ".png",           stem + ".lineart.png", stem + ".parts.png",      stem + ".instances.png",
          stem + ".tones.png",     stem + ".background.png", stem + ".landmarks.json"};
}

std::optional<ShotFiles> read_shot_files(const std::string& dir, const std::string& shot_id, std::string* problem,
                                         std::string* path) {
  const fs::path stem = fs::path(dir) / shot_file_stem(shot_id);
  const std::string png = stem.string() + ".png", json = stem.string() + ".landmarks.json";
  ShotFiles files;
  if (path) *path = png;
  if (!read_png(png, &files.picture)) {
    *problem = fs::exists(png) ? "cannot decode `" + png + "`" : "`" + png + "` does not exist";
    return std::nullopt;
  }
  if (path) *path = json;
  std::ifstream f(json);
  if (!f) {
    *problem = "`" + json + "` does not exist";
    return std::nullopt;
  }
  try {
    files.landmarks = landmarks_from_json(nlohmann::json::parse(f));
  } catch (const std::exception& e) {
    *problem = "cannot read `" + json + "`: " + e.what();
    return std::nullopt;
  }
  return files;
}

}  // namespace ekonte::render
