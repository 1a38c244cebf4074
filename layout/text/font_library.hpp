#pragma once
// Fonts found through fontconfig and loaded once: FreeType faces (for the Cairo backend) and
// HarfBuzz fonts (for shaping). A font that is not installed is an E0602 error naming the
// Debian package that provides it.
#include <memory>
#include <string>
#include <string_view>

#include "compiler/diagnostics/diagnostic.hpp"
#include "layout/text/char_classes.hpp"

typedef struct FT_FaceRec_* FT_Face;
typedef struct hb_font_t hb_font_t;

namespace ekonte::layout {

class Font {
 public:
  Font(std::string family, std::string file, int index, FT_Face face, hb_font_t* hb, bool cjk);
  ~Font();
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  const std::string& family() const { return family_; }
  const std::string& file() const { return file_; }
  FT_Face ft_face() const { return face_; }
  hb_font_t* hb_font() const { return hb_; }
  double units_per_em() const { return upem_; }
  // Ascender and descender (positive, below the baseline) per em.
  double ascender() const { return ascender_; }
  double descender() const { return descender_; }
  bool cjk() const { return cjk_; }

 private:
  std::string family_, file_;
  int index_ = 0;
  FT_Face face_ = nullptr;
  hb_font_t* hb_ = nullptr;
  double upem_ = 1000, ascender_ = 0.8, descender_ = 0.2;
  bool cjk_ = false;
};

enum class FontRole { Sans, SansBold, Cjk, CjkBold, Lettering, LetteringBold };

// Where text is set: body text (sheets), balloon lettering, or headings.
enum class TextFace { Body, BodyBold, Lettering, LetteringBold };

class FontLibrary {
 public:
  // Finds and loads every font the layouts use; reports E0602 for each missing one.
  // Returns null when any is missing.
  static std::shared_ptr<FontLibrary> load(DiagnosticSink& sink);
  ~FontLibrary();

  std::shared_ptr<const Font> font(FontRole role) const;
  // The font for `text` in `face`: the CJK font when the text has Japanese characters
  // (it covers Latin too), otherwise the Latin one.
  std::shared_ptr<const Font> for_text(std::string_view text, TextFace face) const;

 private:
  FontLibrary() = default;
  std::shared_ptr<const Font> fonts_[6];
};

}  // namespace ekonte::layout
