// Training examples from the rig renderer (characters/ + render/). Built only when the rig
// libraries exist; otherwise the source is empty and `ekonte train --data rig` says so.
#include "render/neural/training_data.hpp"

namespace ekonte::neural {

ExampleSource rig_example_source() { return {}; }

}  // namespace ekonte::neural
