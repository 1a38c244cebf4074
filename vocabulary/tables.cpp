#include "vocabulary/tables.hpp"

namespace ekonte::vocabulary {

const std::vector<Table>& tables() {
  static const std::vector<Table> all = {
      framing_table(),
      angle_table(),
      movement_table(),
      transition_table(),
      position_table(),
      depth_table(),
      pose_table(),
      facing_table(),
      expression_table(),
      view_table(),
      delivery_table(),
  };
  return all;
}

}  // namespace ekonte::vocabulary
