#include "render/shot_render.hpp"

namespace ekonte::render {

std::string_view name_of(PartLabel label) {
  switch (label) {
    case PartLabel::Background: return "background";
    case PartLabel::Skin: return "skin";
    case PartLabel::Hair: return "hair";
    case PartLabel::Eyes: return "eyes";
    case PartLabel::EyeWhite: return "eye-white";
    case PartLabel::Mouth: return "mouth";
    case PartLabel::OutfitPrimary: return "outfit-primary";
    case PartLabel::OutfitSecondary: return "outfit-secondary";
    case PartLabel::Accessory: return "accessory";
    case PartLabel::Prop: return "prop";
    case PartLabel::Count: break;
  }
  return "unknown";
}

std::string_view name_of(Tone tone) {
  switch (tone) {
    case Tone::None: return "none";
    case Tone::Base: return "base";
    case Tone::Shadow: return "shadow";
    case Tone::Highlight: return "highlight";
    case Tone::Pupil: return "pupil";
    case Tone::EyeHighlight: return "eye-highlight";
    case Tone::Count: break;
  }
  return "unknown";
}

}  // namespace ekonte::render
