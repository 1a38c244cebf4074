#include "layout/manga/balloon_kind.hpp"

#include "layout/pages/cue.hpp"
#include "vocabulary/staging.hpp"

namespace ekonte::layout {

Delivery delivery_of(const DialogueLine& d) {
  if (d.delivery != Delivery::Normal) return d.delivery;
  return vocabulary::match_delivery(d.parenthetical);
}

BalloonKind balloon_kind_of(const DialogueLine& d) {
  // Narration is a voice from outside the scene: a caption box, not a balloon.
  if (cue_extension_of(d) == CueExtension::VoiceOver) return BalloonKind::Narration;
  if (delivery_of(d) == Delivery::Thought) return BalloonKind::Thought;
  return BalloonKind::Speech;
}

std::string_view name_of(BalloonKind kind) {
  switch (kind) {
    case BalloonKind::Speech: return "speech balloon";
    case BalloonKind::Thought: return "thought cloud";
    case BalloonKind::Narration: return "narration caption";
    case BalloonKind::SoundCaption: return "sound caption";
    case BalloonKind::Overflow: return "overflow caption";
  }
  return "speech balloon";
}

}  // namespace ekonte::layout
