#pragma once
// The settings catalogue: every kind of place (setting_kinds.def) drawn at day and at night, from
// eye level, from straight above and from the ground, one row per kind, on PDF pages. The
// writer's menu of places and the visual test of the kinds.
#include <string>

namespace ekonte::render {

// Writes the catalogue to `pdf_path`; false with `problem` set when the file cannot be written.
bool write_settings_catalogue(const std::string& pdf_path, std::string* problem);

}  // namespace ekonte::render
