#pragma once
// `ekonte vocabulary props --sheet`: every prop of the table drawn on catalogue pages with its
// name, kind and drawing source, the writer's menu and the prop library's visual test.
#include <string>

namespace ekonte::render {

struct CatalogueResult {
  int pages = 0;
  int props = 0;
  std::string error;  // empty on success
};

// Writes the catalogue PDF to `path` (A4 landscape, 40 props a page).
CatalogueResult write_props_catalogue(const std::string& path);

}  // namespace ekonte::render
