#include "vocabulary/tables.hpp"

namespace ekonte::vocabulary {

const std::vector<Table>& tables() {
  static const std::vector<Table> all = {
      framing_table(),
      angle_table(),
      movement_table(),
      transition_table(),
      build_table(),
      body_table(),
      hair_style_table(),
      facial_hair_table(),
      eye_shape_table(),
      eye_detail_table(),
      outfit_table(),
      outerwear_table(),
      headwear_table(),
      footwear_table(),
      accessory_table(),
      setting_kind_table(),
      time_table(),
      weather_table(),
      prop_table(),
      colour_table(),
      position_table(),
      depth_table(),
      pose_table(),
      action_table(),
      relation_table(),
      person_word_table(),
      facing_table(),
      expression_table(),
      expression_cue_table(),
      view_table(),
      delivery_table(),
      cue_extension_table(),
      sound_word_table(),
      voice_table(),
      wear_word_table(),
      wetness_table(),
  };
  return all;
}

}  // namespace ekonte::vocabulary
