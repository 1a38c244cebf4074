#pragma once
// Every `sheet:` picture a script names is opened and decoded when the script is compiled,
// whichever generator will run: the rig generator never reads the pixels, but a sheet that
// is missing, a folder, not a picture, damaged or too large is a mistake in the script all
// the same, and the neural generator would meet it later, mid-build, without a line number.
#include <string>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"

namespace ekonte::pipeline {

// Reports, at each `sheet:` line (each file once): E0208 when nothing is there; E0211 when it
// is a folder or another non-file, cannot be read, is neither a PNG nor a JPEG by content,
// holds a JPEG under a `.png` name (or the reverse), or does not decode (truncated, damaged);
// E0212 when its header asks for more than render/image/image_limits.hpp allows (checked
// before any pixel is decoded). A path outside the script's folder is read like any other:
// it is accepted only when it is such a picture.
void check_sheet_images(const ShotGraph& graph, const std::string& script_path, DiagnosticSink& sink);
// The same for every setting's `background:` picture: E0214 when nothing is there, E0215 when
// it is no readable PNG or JPEG, E0216 when it is larger than the limits.
void check_background_images(const ShotGraph& graph, const std::string& script_path, DiagnosticSink& sink);

}  // namespace ekonte::pipeline
