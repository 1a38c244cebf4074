#include "layout/pages/build_wardrobe_sheet.hpp"

#include <algorithm>
#include <memory>

#include "layout/pages/page_common.hpp"

namespace ekonte::layout {

namespace {

constexpr double kPageW = 841.89, kPageH = 595.28;  // A4 landscape
constexpr double kMargin = 24;
constexpr double kTop = kMargin + 34;                 // under the title and the figure note
constexpr double kBottom = kPageH - kMargin - 12;     // above the page number
constexpr double kCellW = (kPageW - 2 * kMargin) / kWardrobeColumns;
constexpr double kPicW = kCellW - 8, kPicH = kPicW * kWardrobePictureAspect;
constexpr double kCellH = kPicH + 36;                 // picture, word, script line, other phrases
constexpr double kSectionTitleH = 16;
constexpr Color kInk{0.12, 0.1, 0.14};
constexpr Color kMuted{0.42, 0.4, 0.44};
constexpr Color kRule{0.55, 0.55, 0.55};

std::shared_ptr<const ImageData> image_data(const render::ImageRgba& img, std::string key) {
  auto d = std::make_shared<ImageData>();
  d->key = std::move(key);
  d->width = img.width;
  d->height = img.height;
  d->rgba = img.pixels;  // lossless: flat colours and ink lines
  return d;
}

Page new_page(const FontLibrary& fonts, const std::string& figure_note) {
  Page page;
  page.width = kPageW;
  page.height = kPageH;
  add_label(page, fonts, TextStyle{TextFace::BodyBold, 14, kInk}, "Ekonte wardrobe: what to write", kMargin, kMargin,
            kPageW - 2 * kMargin);
  add_label(page, fonts, TextStyle{TextFace::Body, 7.5, kMuted},
            "Each picture is the standard figure (" + figure_note + ") with the line under it written.", kMargin,
            kMargin + 18, kPageW - 2 * kMargin);
  return page;
}

void add_cell(Page& page, const FontLibrary& fonts, const WardrobeSheetCell& cell, const std::string& key, double x,
              double y) {
  const Rect pic{x + 4, y, kPicW, kPicH};
  if (cell.picture.width > 0 && cell.picture.height > 0) {
    // The picture's middle, cropped to the cell's aspect.
    const double w = cell.picture.width, h = cell.picture.height;
    Rect src{0, 0, w, h};
    if (h / w > kWardrobePictureAspect) src.h = w * kWardrobePictureAspect, src.y = (h - src.h) / 2;
    else src.w = h / kWardrobePictureAspect, src.x = (w - src.w) / 2;
    page.items.push_back(Image{image_data(cell.picture, key), src, pic});
  }
  add_rect(page, pic, std::nullopt, kRule, 0.4);
  double ty = pic.bottom() + 3;
  ty += add_label(page, fonts, TextStyle{TextFace::BodyBold, 8, kInk}, cell.word, x, ty, kCellW, 0.5);
  ty += add_label(page, fonts, TextStyle{TextFace::Body, 6.5, kInk}, cell.line, x + 2, ty, kCellW - 4, 0.5);
  if (!cell.also.empty())
    add_label(page, fonts, TextStyle{TextFace::Body, 6, kMuted}, "also: " + cell.also, x + 2, ty, kCellW - 4, 0.5);
}

}  // namespace

Document build_wardrobe_sheet(const std::vector<WardrobeSheetSection>& sections, const std::string& figure_note,
                              const FontLibrary& fonts) {
  Document doc;
  doc.title = "Ekonte wardrobe";
  doc.subject = "every garment, accessory, hair style, face and build the language knows, drawn";
  const TextStyle section_style{TextFace::BodyBold, 10.5, kInk};
  Page page = new_page(fonts, figure_note);
  double y = kTop;
  size_t picture = 0;
  auto next_page = [&] {
    doc.pages.push_back(std::move(page));
    page = new_page(fonts, figure_note);
    y = kTop;
  };
  for (const WardrobeSheetSection& s : sections) {
    // A title with fewer than one row under it moves to the next page.
    if (y + kSectionTitleH + kCellH > kBottom) next_page();
    doc.outline.push_back({s.title, int(doc.pages.size()), y});
    add_label(page, fonts, section_style, s.title, kMargin, y, kPageW - 2 * kMargin);
    y += kSectionTitleH;
    for (size_t i = 0; i < s.cells.size(); ++i) {
      const int col = int(i % kWardrobeColumns);
      if (col == 0 && i > 0) {
        y += kCellH;
        if (y + kCellH > kBottom) {
          next_page();
          add_label(page, fonts, section_style, s.title + " (continued)", kMargin, y, kPageW - 2 * kMargin);
          y += kSectionTitleH;
        }
      }
      add_cell(page, fonts, s.cells[i], "wardrobe-" + std::to_string(picture++), kMargin + col * kCellW, y);
    }
    y += kCellH + 6;
  }
  doc.pages.push_back(std::move(page));
  const TextStyle small{TextFace::Body, 7, kMuted};
  for (size_t p = 0; p < doc.pages.size(); ++p)
    add_label(doc.pages[p], fonts, small,
              "page " + std::to_string(p + 1) + " of " + std::to_string(doc.pages.size()), kMargin, kPageH - kMargin,
              kPageW - 2 * kMargin, 1.0);
  return doc;
}

}  // namespace ekonte::layout
