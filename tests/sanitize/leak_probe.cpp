// Checks tests/sanitize/lsan.supp from both sides under `make sanitize`: Cairo's own leak when it
// subsets a CID-keyed CFF font (Noto Sans CJK) at cairo_surface_finish is suppressed, and a
// surface or context that we forget to destroy is still reported. See tests/sanitize/CMakeLists.txt.
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <cstdio>
#include <cstring>
#include <string>

namespace {

std::string cjk_font_file() {
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>("Noto Sans CJK JP"));
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  FcPatternDestroy(pattern);
  std::string file;
  FcChar8* value = nullptr;
  if (match && FcPatternGetString(match, FC_FILE, 0, &value) == FcResultMatch) file = reinterpret_cast<char*>(value);
  if (match) FcPatternDestroy(match);
  return file;
}

const cairo_user_data_key_t kFaceKey{};

// Writes one page of CJK glyphs to a PDF; the font subset is emitted at cairo_surface_finish.
// `leak` names what is left undestroyed: "surface" (the finished PDF surface) or "context" (the
// cairo_t that drew the page). (A picture painted on a PDF page cannot be checked this way:
// Cairo keeps a pointer to it where LeakSanitizer counts it as reachable.)
int write_cjk_pdf(const char* path, const std::string& leak) {
  const std::string file = cjk_font_file();
  FT_Library library;
  FT_Face ft_face;
  if (file.empty() || FT_Init_FreeType(&library) || FT_New_Face(library, file.c_str(), 0, &ft_face)) {
    std::fprintf(stderr, "leak_probe: Noto Sans CJK JP not found (fonts-noto-cjk)\n");
    return 2;
  }
  FT_Reference_Face(ft_face);
  cairo_font_face_t* face = cairo_ft_font_face_create_for_ft_face(ft_face, 0);
  cairo_font_face_set_user_data(face, &kFaceKey, ft_face, [](void* f) { FT_Done_Face(static_cast<FT_Face>(f)); });
  cairo_surface_t* surface = cairo_pdf_surface_create(path, 200, 200);
  cairo_t* cr = cairo_create(surface);
  cairo_set_font_face(cr, face);
  cairo_set_font_size(cr, 12);
  cairo_move_to(cr, 10, 50);
  cairo_show_text(cr, "\xe7\x8b\x90\xe3\x81\xae\xe7\xa5\x9e\xe7\xa4\xbe");  // 狐の神社
  cairo_show_page(cr);
  if (leak != "context") cairo_destroy(cr);
  cairo_surface_finish(surface);
  const bool ok = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
  if (leak != "surface") cairo_surface_destroy(surface);
  cairo_font_face_destroy(face);
  FT_Done_Face(ft_face);
  FT_Done_FreeType(library);
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: leak_probe clean|surface|context OUT.pdf\n");
    return 2;
  }
  return write_cjk_pdf(argv[2], argv[1]);
}
