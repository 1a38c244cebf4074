#include "editorial/export_checks.hpp"

#include <map>

#include "editorial/cmx_edl.hpp"
#include "editorial/cut.hpp"

namespace ekonte::editorial {

void check_export(ExportFormat format, const ShotGraph& graph, const timeline::Timeline& timeline,
                  DiagnosticSink& sink) {
  if (format == ExportFormat::Csv) return;  // the shot list names shots, not clips
  std::map<std::string, uint32_t> first_with_clip;
  for (const auto& span : timeline.shots) {
    const Shot& shot = graph.shots[span.shot_index];
    const auto [it, inserted] = first_with_clip.emplace(clip_file_name(shot), span.shot_index);
    if (inserted) continue;
    const Shot& first = graph.shots[it->second];
    sink.report(DiagnosticKind::SameClipFile, graph.source_path, shot.span,
                "shots `" + first.id + "` and `" + shot.id + "` both have the clip file `" + it->first + "`",
                "file names keep letters, digits, `.`, `-` and `_`; give one of the shots an id that differs in those")
        .notes.push_back({first.span, "shot `" + first.id + "` is here"});
  }
  if (format != ExportFormat::Edl) return;
  // cmx3600_edl writes one event per item of this cut (a dissolve pair is one event).
  const Cut cut = make_cut(timeline, EditPoint::TransitionStart);
  if (cut.items.size() <= kMaxEdlEvents) return;
  // The item that gets event 1000 (numbers restart at 000 there).
  const CutItem& item = cut.items[kMaxEdlEvents];
  const uint32_t shot = item.black() ? cut.items[kMaxEdlEvents - 1].shot : item.shot;
  sink.report(DiagnosticKind::EdlEventLimit, graph.source_path, graph.shots[shot].span,
              "the EDL has " + std::to_string(cut.items.size()) + " events; from shot `" + graph.shots[shot].id +
                  "` on, CMX 3600 event numbers repeat from 000",
              "split the script, or export `otio` or `fcpxml`, which have no such limit");
}

}  // namespace ekonte::editorial
