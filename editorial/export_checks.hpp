#pragma once
// What in a script an export cannot carry faithfully, reported at the shots concerned:
// W1020 when an EDL would need more than 999 events, W1021 when two shot ids give one clip file.
#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "editorial/export_format.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::editorial {

void check_export(ExportFormat format, const ShotGraph& graph, const timeline::Timeline& timeline,
                  DiagnosticSink& sink);

}  // namespace ekonte::editorial
