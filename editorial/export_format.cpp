#include "editorial/export_format.hpp"

#include <iterator>

#include "editorial/cmx_edl.hpp"
#include "editorial/fcpxml.hpp"
#include "editorial/otio_timeline.hpp"
#include "editorial/shot_list_csv.hpp"

namespace ekonte::editorial {

const ExportFormatRow& row(ExportFormat format) { return kExportFormatRows[static_cast<size_t>(format)]; }

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  for (const auto& r : kExportFormatRows)
    if (r.name == name) return r.format;
  return std::nullopt;
}

std::optional<ExportFormat> export_format_for_path(std::string_view path) {
  for (const auto& r : kExportFormatRows)
    if (path.size() > r.extension.size() && path.ends_with(r.extension)) return r.format;
  return std::nullopt;
}

std::string export_format_names() {
  std::string out;
  const size_t n = std::size(kExportFormatRows);
  for (size_t i = 0; i < n; ++i) {
    if (i) out += i + 1 == n ? " or " : ", ";
    out += kExportFormatRows[i].name;
  }
  return out;
}

std::string export_text(ExportFormat format, const ShotGraph& graph, const timeline::Timeline& timeline,
                        const ExportOptions& options) {
  switch (format) {
    case ExportFormat::Csv: return shot_list_csv(graph, timeline);
    case ExportFormat::Edl: return cmx3600_edl(graph, timeline);
    case ExportFormat::Otio: return otio_timeline(graph, timeline, options);
    case ExportFormat::Fcpxml: return fcpxml_project(graph, timeline, options);
  }
  return {};
}

}  // namespace ekonte::editorial
