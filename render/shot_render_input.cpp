#include "render/shot_render_input.hpp"

namespace ekonte::render {

const CharacterInput* ShotRenderInput::character(const std::string& id) const {
  for (const CharacterInput& c : characters)
    if (c.model.id == id) return &c;
  return nullptr;
}

}  // namespace ekonte::render
