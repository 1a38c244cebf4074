#include "characters/dress_for_shot.hpp"

#include <algorithm>

#include "characters/read_words.hpp"
#include "vocabulary/wardrobe_prose.hpp"

namespace ekonte::characters {
namespace {

Rgb darkened(Rgb c, double f) { return Rgb{uint8_t(c.r * f), uint8_t(c.g * f), uint8_t(c.b * f)}; }

}  // namespace

CharacterModel dress_for_shot(CharacterModel m, const std::vector<WardrobeChange>& changes, std::optional<Wetness> wet) {
  for (const WardrobeChange& c : changes) {
    const WordMatch w = read_words(c.garment, wardrobe_word_tables());
    if (w.how == Found::Nothing) continue;
    switch (w.table) {
      case kWardrobeHeadwear:
        if (c.off) {
          m.headwear.reset();
        } else {
          m.headwear = HeadwearKind(w.row);
          m.headwear_color = rgb_of(vocabulary::row(*m.headwear).default_color);
        }
        break;
      case kWardrobeFootwear:
        if (c.off) {
          m.footwear.reset();
        } else {
          m.footwear = FootwearKind(w.row);
          m.footwear_color = rgb_of(vocabulary::row(*m.footwear).default_color);
        }
        break;
      case kWardrobeOuterwear: {
        const auto kind = OuterwearKind(w.row);
        const auto same = [&](const Layer& l) { return l.kind == kind; };
        if (c.off) {
          if (std::any_of(m.outerwear.begin(), m.outerwear.end(), same)) std::erase_if(m.outerwear, same);
          else if (!m.outerwear.empty()) m.outerwear.pop_back();
        } else if (std::none_of(m.outerwear.begin(), m.outerwear.end(), same)) {
          m.outerwear.push_back({kind, rgb_of(vocabulary::row(kind).default_primary), rgb_of(vocabulary::row(kind).default_secondary)});
        }
        break;
      }
      case kWardrobeOutfit: {
        if (c.off) break;  // nobody is drawn undressed
        const auto kind = OutfitKind(w.row);
        const auto& row = vocabulary::row(kind);
        if (row.slot == vocabulary::GarmentSlot::Bottom) {
          m.bottom = kind;
          m.bottom_primary = rgb_of(row.default_primary), m.bottom_secondary = rgb_of(row.default_secondary);
        } else {
          m.outfit = kind;
          m.outfit_primary = rgb_of(row.default_primary), m.outfit_secondary = rgb_of(row.default_secondary);
          if (row.slot == vocabulary::GarmentSlot::OnePiece) m.bottom.reset();
        }
        break;
      }
      case kWardrobeAccessory: {
        const auto kind = AccessoryKind(w.row);
        if (kind == AccessoryKind::None) break;
        const auto same = [&](const Worn& a) { return a.kind == kind; };
        if (c.off) std::erase_if(m.accessories, same);
        else if (std::none_of(m.accessories.begin(), m.accessories.end(), same))
          m.accessories.push_back({kind, rgb_of(vocabulary::row(kind).default_color)});
        break;
      }
      default: break;
    }
  }
  if (wet) {
    const double d = vocabulary::row(*wet).darken;
    for (Rgb* c : {&m.outfit_primary, &m.outfit_secondary, &m.bottom_primary, &m.bottom_secondary, &m.headwear_color,
                   &m.footwear_color, &m.hair_color})
      *c = darkened(*c, d);
    for (Layer& l : m.outerwear) l.primary = darkened(l.primary, d), l.secondary = darkened(l.secondary, d);
    m.wet = wet;
  }
  return m;
}

}  // namespace ekonte::characters
