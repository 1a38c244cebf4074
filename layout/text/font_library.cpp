#include "layout/text/font_library.hpp"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb-ft.h>
#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <cctype>

#include "layout/text/utf8.hpp"

namespace ekonte::layout {

Font::Font(std::string family, std::string file, int index, FT_Face face, hb_font_t* hb, bool cjk)
    : family_(std::move(family)), file_(std::move(file)), index_(index), face_(face), hb_(hb), cjk_(cjk) {
  upem_ = face->units_per_EM ? face->units_per_EM : 1000;
  ascender_ = face->ascender / upem_;
  descender_ = -face->descender / upem_;
}

Font::~Font() {
  hb_font_destroy(hb_);
  FT_Done_Face(face_);
}

namespace {

struct FontRequest {
  FontRole role;
  const char* family;
  bool bold;
  bool cjk;
  const char* package;
};

constexpr FontRequest kFontRequests[] = {
    {FontRole::Sans, "DejaVu Sans", false, false, "fonts-dejavu-core"},
    {FontRole::SansBold, "DejaVu Sans", true, false, "fonts-dejavu-core"},
    {FontRole::Cjk, "Noto Sans CJK JP", false, true, "fonts-noto-cjk"},
    {FontRole::CjkBold, "Noto Sans CJK JP", true, true, "fonts-noto-cjk"},
    {FontRole::Lettering, "Comic Neue", false, false, "fonts-comic-neue"},
    {FontRole::LetteringBold, "Comic Neue", true, false, "fonts-comic-neue"},
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Asks fontconfig for `family`; returns the file and face index only when the match really is
// that family (fontconfig otherwise silently substitutes another font).
bool find_font(const char* family, bool bold, std::string& file, int& index) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
  FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  FcPatternDestroy(pattern);
  if (!match) return false;
  bool same_family = false;
  FcChar8* value = nullptr;
  for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &value) == FcResultMatch; ++i)
    if (lower(reinterpret_cast<const char*>(value)) == lower(family)) same_family = true;
  int idx = 0;
  if (same_family && FcPatternGetString(match, FC_FILE, 0, &value) == FcResultMatch) {
    file = reinterpret_cast<const char*>(value);
    FcPatternGetInteger(match, FC_INDEX, 0, &idx);
    index = idx;
  }
  FcPatternDestroy(match);
  return same_family && !file.empty();
}

}  // namespace

std::shared_ptr<FontLibrary> FontLibrary::load(DiagnosticSink& sink) {
  std::shared_ptr<FontLibrary> lib(new FontLibrary());
  // One FreeType library for the process, never freed: Cairo's font caches may hold faces
  // until exit.
  static FT_Library ft = [] {
    FT_Library l = nullptr;
    return FT_Init_FreeType(&l) == 0 ? l : nullptr;
  }();
  if (!ft) {
    sink.report(DiagnosticKind::MissingFont, "", {}, "cannot initialise FreeType");
    return nullptr;
  }
  bool ok = true;
  for (const auto& req : kFontRequests) {
    std::string file;
    int index = 0;
    FT_Face face = nullptr;
    if (!find_font(req.family, req.bold, file, index) ||
        FT_New_Face(ft, file.c_str(), index, &face) != 0) {
      sink.report(DiagnosticKind::MissingFont, "", {},
                  std::string("font `") + req.family + "`" + (req.bold ? " (bold)" : "") +
                      " is not installed; page layout needs it",
                  std::string("install the Debian package `") + req.package +
                      "` (sudo apt-get install " + req.package + ")");
      ok = false;
      continue;
    }
    hb_face_t* hb_face = hb_ft_face_create_referenced(face);
    hb_font_t* hb = hb_font_create(hb_face);
    hb_face_destroy(hb_face);
    hb_ot_font_set_funcs(hb);
    const int upem = face->units_per_EM ? face->units_per_EM : 1000;
    hb_font_set_scale(hb, upem, upem);
    lib->fonts_[static_cast<int>(req.role)] =
        std::make_shared<Font>(req.family, file, index, face, hb, req.cjk);
  }
  if (!ok) return nullptr;
  return lib;
}

FontLibrary::~FontLibrary() = default;

std::shared_ptr<const Font> FontLibrary::font(FontRole role) const {
  return fonts_[static_cast<int>(role)];
}

std::shared_ptr<const Font> FontLibrary::for_text(std::string_view text, TextFace face) const {
  const bool bold = face == TextFace::BodyBold || face == TextFace::LetteringBold;
  if (has_cjk(text)) return font(bold ? FontRole::CjkBold : FontRole::Cjk);
  switch (face) {
    case TextFace::Body: return font(FontRole::Sans);
    case TextFace::BodyBold: return font(FontRole::SansBold);
    case TextFace::Lettering: return font(FontRole::Lettering);
    case TextFace::LetteringBold: return font(FontRole::LetteringBold);
  }
  return font(FontRole::Sans);
}

}  // namespace ekonte::layout
