#include "pipeline/check_sheet_images.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "render/image/image_file.hpp"
#include "render/image/image_limits.hpp"

namespace ekonte::pipeline {
namespace fs = std::filesystem;
namespace {

std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return ext;
}

// The format a file's name promises; Unknown when the name says nothing (no or another extension).
render::ImageFormat format_by_name(const std::string& path) {
  const std::string ext = lower_extension(path);
  if (ext == ".png") return render::ImageFormat::Png;
  if (ext == ".jpg" || ext == ".jpeg") return render::ImageFormat::Jpeg;
  return render::ImageFormat::Unknown;
}

const char* kSheetHint = "paths are relative to the script's folder; `ekonte sheet FILE ID --png DIR` draws one from "
                         "the character's description";
const char* kBackgroundHint = "paths are relative to the script's folder; a background is a PNG or JPEG picture of the "
                              "place";

// One picture a script names, and how to report its problems.
struct NamedImage {
  std::string named;     // "sheet image `refs/a.png` of `HARU`"
  std::string resolved;  // where it is read
  SourceSpan span;
  DiagnosticKind missing, not_an_image, too_large;
  const char* hint;
  const char* what_it_is;  // "a sheet is a PNG or JPEG picture of the character"
};

void check_one(const NamedImage& image, const std::string& script_path, DiagnosticSink& sink) {
  auto report = [&](DiagnosticKind kind, const std::string& what, const std::string& hint) {
    sink.report(kind, script_path, image.span, image.named + " " + what, hint);
  };
  const std::string& path = image.resolved;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (st.type() == fs::file_type::not_found) {
    report(image.missing, "does not exist (looked for `" + path + "`)", image.hint);
    return;
  }
  if (ec) {
    report(image.not_an_image, "cannot be read (`" + path + "`): " + ec.message(), image.hint);
    return;
  }
  if (st.type() == fs::file_type::directory) {
    report(image.not_an_image, "is a folder (`" + path + "`), not a picture", "name a PNG or JPEG file inside it");
    return;
  }
  // Devices and FIFOs are never opened: reading one may block or never end.
  if (st.type() != fs::file_type::regular) {
    report(image.not_an_image, "is not a regular file (`" + path + "`)", image.hint);
    return;
  }
  render::ImageHeader header;
  std::string problem;
  if (!render::read_image_file_header(path, &header, &problem)) {
    const bool too_big = problem.find("MiB") != std::string::npos;
    report(too_big ? image.too_large : image.not_an_image, problem,
           too_big ? "save it smaller: it needs far fewer bytes" : image.what_it_is);
    return;
  }
  if (std::string size = render::image_size_problem(header.width, header.height); !size.empty()) {
    report(image.too_large, "is " + size,
           "scale it down to at most " + std::to_string(render::kMaxImageSide) + " pixels a side and " +
               std::to_string(render::kMaxImagePixels / 1'000'000) +
               " megapixels (the limits are in render/image/image_limits.hpp)");
    return;
  }
  const render::ImageFormat promised = format_by_name(path);
  if (promised != render::ImageFormat::Unknown && promised != header.format) {
    report(image.not_an_image,
           std::string("holds a ") + render::image_format_name(header.format) + " picture under a `" +
               lower_extension(path) + "` name",
           std::string("rename it to `.") + (header.format == render::ImageFormat::Png ? "png" : "jpg") +
               "` or convert it");
    return;
  }
  render::ImageRgba pixels;
  if (!render::read_image(path, &pixels, &problem))
    report(image.not_an_image, problem, "save the picture again; the file may be cut short");
}

}  // namespace

void check_sheet_images(const ShotGraph& graph, const std::string& script_path, DiagnosticSink& sink) {
  std::set<std::string> seen;
  for (const Character& c : graph.characters)
    if (!c.sheet.empty() && seen.insert(c.sheet_resolved).second)
      check_one({"sheet image `" + c.sheet + "` of `" + c.id + "`", c.sheet_resolved, c.sheet_span,
                 DiagnosticKind::MissingSheetFile, DiagnosticKind::SheetNotAnImage, DiagnosticKind::SheetImageTooLarge,
                 kSheetHint, "a sheet is a PNG or JPEG picture of the character"},
                script_path, sink);
}

void check_background_images(const ShotGraph& graph, const std::string& script_path, DiagnosticSink& sink) {
  std::set<std::string> seen;
  for (const Setting& s : graph.settings)
    if (!s.background.empty() && seen.insert(s.background_resolved).second)
      check_one({"background `" + s.background + "` of setting `" + s.id + "`", s.background_resolved,
                 s.background_span, DiagnosticKind::MissingBackgroundFile, DiagnosticKind::BackgroundNotAnImage,
                 DiagnosticKind::BackgroundImageTooLarge, kBackgroundHint, "a background is a PNG or JPEG picture of the place"},
                script_path, sink);
  for (const Shot& s : graph.shots)
    if (!s.background.empty() && seen.insert(s.background_resolved).second)
      check_one({"background `" + s.background + "` of shot `" + s.id + "`", s.background_resolved, s.background_span,
                 DiagnosticKind::MissingBackgroundFile, DiagnosticKind::BackgroundNotAnImage,
                 DiagnosticKind::BackgroundImageTooLarge, kBackgroundHint, "a background is a PNG or JPEG picture of the place"},
                script_path, sink);
}

}  // namespace ekonte::pipeline
