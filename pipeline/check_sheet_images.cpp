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

void check_one(const Character& c, const std::string& script_path, DiagnosticSink& sink) {
  const std::string named = "sheet image `" + c.sheet + "` of `" + c.id + "`";
  auto report = [&](DiagnosticKind kind, const std::string& what, const std::string& hint) {
    sink.report(kind, script_path, c.sheet_span, named + " " + what, hint);
  };
  std::error_code ec;
  const fs::file_status st = fs::status(c.sheet_resolved, ec);
  if (st.type() == fs::file_type::not_found) {
    report(DiagnosticKind::MissingSheetFile, "does not exist (looked for `" + c.sheet_resolved + "`)", kSheetHint);
    return;
  }
  if (ec) {
    report(DiagnosticKind::SheetNotAnImage, "cannot be read (`" + c.sheet_resolved + "`): " + ec.message(), kSheetHint);
    return;
  }
  if (st.type() == fs::file_type::directory) {
    report(DiagnosticKind::SheetNotAnImage, "is a folder (`" + c.sheet_resolved + "`), not a picture",
           "name a PNG or JPEG file inside it");
    return;
  }
  // Devices and FIFOs are never opened: reading one may block or never end.
  if (st.type() != fs::file_type::regular) {
    report(DiagnosticKind::SheetNotAnImage, "is not a regular file (`" + c.sheet_resolved + "`)", kSheetHint);
    return;
  }
  render::ImageHeader header;
  std::string problem;
  if (!render::read_image_file_header(c.sheet_resolved, &header, &problem)) {
    const bool too_big = problem.find("MiB") != std::string::npos;
    report(too_big ? DiagnosticKind::SheetImageTooLarge : DiagnosticKind::SheetNotAnImage, problem,
           too_big ? "a character sheet needs far fewer bytes; save it smaller"
                   : "a sheet is a PNG or JPEG picture of the character");
    return;
  }
  if (std::string size = render::image_size_problem(header.width, header.height); !size.empty()) {
    report(DiagnosticKind::SheetImageTooLarge, "is " + size,
           "scale it down to at most " + std::to_string(render::kMaxImageSide) + " pixels a side and " +
               std::to_string(render::kMaxImagePixels / 1'000'000) +
               " megapixels (the limits are in render/image/image_limits.hpp)");
    return;
  }
  const render::ImageFormat promised = format_by_name(c.sheet_resolved);
  if (promised != render::ImageFormat::Unknown && promised != header.format) {
    report(DiagnosticKind::SheetNotAnImage,
           std::string("holds a ") + render::image_format_name(header.format) + " picture under a `" +
               lower_extension(c.sheet_resolved) + "` name",
           std::string("rename it to `.") + (header.format == render::ImageFormat::Png ? "png" : "jpg") +
               "` or convert it");
    return;
  }
  render::ImageRgba pixels;
  if (!render::read_image(c.sheet_resolved, &pixels, &problem))
    report(DiagnosticKind::SheetNotAnImage, problem, "save the picture again; the file may be cut short");
}

}  // namespace

void check_sheet_images(const ShotGraph& graph, const std::string& script_path, DiagnosticSink& sink) {
  std::set<std::string> seen;
  for (const Character& c : graph.characters)
    if (!c.sheet.empty() && seen.insert(c.sheet_resolved).second) check_one(c, script_path, sink);
}

}  // namespace ekonte::pipeline
