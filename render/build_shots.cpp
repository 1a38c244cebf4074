#include "render/build_shots.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>

#include "compiler/shot_graph_json.hpp"
#include "support/atomic_write.hpp"
#include "render/png_io.hpp"

namespace ekonte::render {
namespace fs = std::filesystem;

namespace {
nlohmann::ordered_json box_json(const Box& b) {
  return nlohmann::ordered_json{{"x", b.x}, {"y", b.y}, {"w", b.w}, {"h", b.h}};
}
nlohmann::ordered_json point_json(const Point& p) { return nlohmann::ordered_json{{"x", p.x}, {"y", p.y}}; }

bool write_text_atomic(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    if (!f) return false;
    f << text;
    if (!f) return false;
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  return !ec;
}
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
                                           {"body", box_json(c.body)}});
  }
  j["characters"] = chars;
  auto labels = nlohmann::ordered_json::object();
  for (int l = 0; l < int(PartLabel::Count); ++l) labels[std::string(name_of(PartLabel(l)))] = l;
  j["part_labels"] = labels;
  return j;
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
  // Temporary name, then rename: an interrupted build never leaves a half-written picture.
  auto png = [&](const std::string& name, auto&& writer) {
    const std::string path = (fs::path(dir) / name).string();
    if (writer(temp_path_for(path)) && commit_temp_file(path, nullptr)) {
      names.push_back(name);
    } else {
      discard_temp_file(path);
      fail(name);
    }
  };
  png(stem + ".png", [&](const std::string& p) { return write_png(p, r.color); });
  if (control_maps) {
    png(stem + ".lineart.png", [&](const std::string& p) { return write_png(p, r.lineart); });
    png(stem + ".parts.png", [&](const std::string& p) { return write_png(p, r.parts); });
    png(stem + ".instances.png", [&](const std::string& p) { return write_png(p, r.instances); });
    if (!r.background.pixels.empty())
      png(stem + ".background.png", [&](const std::string& p) { return write_png(p, r.background); });
    const std::string lm_name = stem + ".landmarks.json";
    if (write_text_atomic((fs::path(dir) / lm_name).string(), landmarks_to_json(r.landmarks).dump(2) + "\n"))
      names.push_back(lm_name);
    else
      fail(lm_name);
  }
  return names;
}

BuildReport build_shots(const ShotGraph& graph, ShotGenerator& generator, const BuildOptions& options) {
  BuildReport report;
  std::error_code ec;
  const fs::path out(options.out_dir);
  fs::create_directories(out / "shots", ec);
  if (ec) {
    report.error = "cannot create `" + (out / "shots").string() + "`: " + ec.message();
    return report;
  }
  GenerateOptions go;
  go.width = options.width;
  go.height = options.height;
  go.jobs = options.jobs;
  go.control_maps = options.write_control_maps;
  const auto t0 = std::chrono::steady_clock::now();
  report.renders = generator.render_batch(graph, {}, go);
  report.render_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  for (size_t i = 0; i < report.renders.size() && i < graph.shots.size(); ++i) {
    for (const std::string& name : write_shot_files((out / "shots").string(), graph.shots[i].id, report.renders[i],
                                                    options.write_control_maps, &report.error))
      report.written.push_back("shots/" + name);
  }
  if (options.write_shot_graph) {
    if (write_text_atomic((out / "shotgraph.json").string(), shot_graph_to_json_text(graph)))
      report.written.push_back("shotgraph.json");
    else if (report.error.empty())
      report.error = "cannot write `" + (out / "shotgraph.json").string() + "`";
  }
  return report;
}

}  // namespace ekonte::render
