// COVERS: E0211 (a `sheet:` file that is no readable picture), COVERS: E0212 (one too large)
// Every `sheet:` file is opened and decoded when the script is compiled, whatever generator
// the build will use, and each problem is reported at the `sheet:` line.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include "tests/build/build_fixture.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

constexpr int kSheetLine = 39;  // `sheet: refs/kitsune.png` in the sample

// The diagnostics of the sample with its sheet line naming `sheet`.
std::vector<Diagnostic> with_sheet(SampleCopy& s, const std::string& sheet) {
  REQUIRE(s.edit("sheet: refs/kitsune.png", "sheet: " + sheet));
  return s.compile_script().diagnostics().diagnostics();
}

std::string only_error(const std::vector<Diagnostic>& ds, std::string_view code) {
  std::string message;
  int errors = 0;
  for (const auto& d : ds)
    if (d.severity == Severity::Error) {
      ++errors;
      CHECK(info(d.kind).code == code);
      CHECK(d.span.line == kSheetLine);
      message = d.message;
    }
  CHECK(errors == 1);
  return message;
}

}  // namespace

TEST_CASE("the sample's sheet is a readable picture") {
  SampleCopy s("sheet-ok");
  CHECK_FALSE(s.compile_script().diagnostics().has_errors());
}

TEST_CASE("a truncated sheet PNG is an E0211 at the sheet line") {
  SampleCopy s("sheet-cut");
  const std::string png = read_bytes(s.dir / "refs" / "kitsune.png");
  write_bytes(s.dir / "refs" / "cut.png", png.substr(0, png.size() / 2));
  CHECK(only_error(with_sheet(s, "refs/cut.png"), "E0211").find("cannot be decoded") != std::string::npos);
}

TEST_CASE("a JPEG named .png is an E0211 that says what it holds") {
  SampleCopy s("sheet-jpeg");
  write_bytes(s.dir / "refs" / "photo.png", std::string("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
                                                        "\xff\xc0\x00\x11\x08\x00\x40\x00\x40\x03\x01\x11\x00\x02\x11\x00\x03\x11\x00\xff\xd9",
                                                        41));  // the literal's bytes, without its closing NUL
  CHECK(only_error(with_sheet(s, "refs/photo.png"), "E0211").find("holds a JPEG picture under a `.png` name") !=
        std::string::npos);
}

TEST_CASE("a sheet path that leaves the script's folder is accepted only when it is a picture") {
  SampleCopy s("sheet-passwd");
  CHECK(only_error(with_sheet(s, "../../../../../../../../../etc/passwd"), "E0211")
            .find("is not a PNG or JPEG picture") != std::string::npos);
  SampleCopy t("sheet-outside");
  fs::create_directories(t.dir / "elsewhere");
  fs::copy_file(t.dir / "refs" / "kitsune.png", t.dir / "elsewhere" / "fox.png");
  fs::create_directories(t.dir / "scripts");
  fs::rename(t.script, t.dir / "scripts" / "fox.eko");
  t.script = t.dir / "scripts" / "fox.eko";
  REQUIRE(t.edit("sheet: refs/kitsune.png", "sheet: ../elsewhere/fox.png"));
  CHECK_FALSE(t.compile_script().diagnostics().has_errors());
}

TEST_CASE("a folder named as a sheet is reported as a folder, not as missing") {
  SampleCopy s("sheet-folder");
  CHECK(only_error(with_sheet(s, "refs"), "E0211").find("is a folder") != std::string::npos);
}

TEST_CASE("a FIFO named as a sheet is refused without being opened") {
  SampleCopy s("sheet-fifo");
  REQUIRE(mkfifo((s.dir / "refs" / "pipe.png").c_str(), 0600) == 0);
  CHECK(only_error(with_sheet(s, "refs/pipe.png"), "E0211").find("not a regular file") != std::string::npos);
}

TEST_CASE("a sheet over 8192 pixels a side is an E0212, found from its header alone") {
  SampleCopy s("sheet-huge");
  std::string png = read_bytes(s.dir / "refs" / "kitsune.png");
  for (int at : {16, 20}) png[at] = 0, png[at + 1] = 0, png[at + 2] = char(20000 >> 8), png[at + 3] = char(20000 & 0xff);
  write_bytes(s.dir / "refs" / "huge.png", png);
  CHECK(only_error(with_sheet(s, "refs/huge.png"), "E0212").find("20000x20000") != std::string::npos);
}

TEST_CASE("a missing sheet is still an E0208") {
  SampleCopy s("sheet-missing");
  CHECK(only_error(with_sheet(s, "refs/nobody.png"), "E0208").find("does not exist") != std::string::npos);
}
