// COVERS: E0602 (a missing font is an error naming the Debian package)
#include "layout/text/font_library.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

using namespace ekonte;
using namespace ekonte::layout;

TEST_CASE("a missing font is an error that names the package to install") {
  // A fontconfig configuration with no font folders, set before fontconfig first loads.
  const std::string conf = std::string(EKONTE_BINARY_DIR) + "/tests/layout/no-fonts.conf";
  std::ofstream(conf) << "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig></fontconfig>\n";
  setenv("FONTCONFIG_FILE", conf.c_str(), 1);
  DiagnosticSink sink;
  CHECK(FontLibrary::load(sink) == nullptr);
  REQUIRE(sink.has_errors());
  bool cjk = false;
  for (const auto& d : sink.diagnostics()) {
    CHECK(d.kind == DiagnosticKind::MissingFont);
    CHECK(info(d.kind).code == "E0602");
    if (d.message.find("Noto Sans CJK JP") != std::string::npos) cjk = d.hint.find("fonts-noto-cjk") != std::string::npos;
  }
  CHECK(cjk);
}
