#pragma once
// The generic view of each domain's table (see vocabulary.hpp); one function per table, each
// defined beside its domain's rows. tables() lists them in this order.
#include "vocabulary/vocabulary.hpp"

namespace ekonte::vocabulary {

Table framing_table();
Table angle_table();
Table movement_table();
Table transition_table();
Table hair_style_table();
Table eye_shape_table();
Table outfit_table();
Table accessory_table();
Table build_table();
Table body_table();
Table facial_hair_table();
Table eye_detail_table();
Table outerwear_table();
Table headwear_table();
Table footwear_table();
Table time_table();
Table weather_table();
Table setting_kind_table();
Table prop_table();
Table colour_table();
Table position_table();
Table depth_table();
Table pose_table();
Table action_table();
Table relation_table();
Table person_word_table();
Table facing_table();
Table expression_table();
Table expression_cue_table();
Table view_table();
Table delivery_table();
Table cue_extension_table();
Table sound_word_table();
Table voice_table();
Table wear_word_table();
Table wetness_table();

}  // namespace ekonte::vocabulary
