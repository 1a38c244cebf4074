// `ekonte import SCRIPT.fountain|.fdx [-o SCRIPT.eko] [--report FILE]`: write a screenplay's
// planned storyboard as an Ekonte script a writer can refine, and optionally the mapping report
// (Markdown, or JSON when FILE ends in `.json`). Exit 1 when the screenplay has errors.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"
#include "compiler/front_end/export/import_screenplay.hpp"
#include "support/atomic_write.hpp"
#include "support/text.hpp"

namespace ekonte::cli {

int command_import(const CommandArgs& raw) {
  const Args args(raw, {});
  if (!args.error().empty() || args.positionals().size() != 1 ||
      !args.unknown({"o", "output", "report", "diagnostics", "from"}).empty()) {
    std::cerr << "usage: ekonte import SCRIPT.fountain|SCRIPT.fdx [--from fountain|fdx] [-o SCRIPT.eko] [--report FILE.md|FILE.json]\n";
    return kExitUsage;
  }
  const std::string path = args.positionals()[0];
  SourceFormat format = SourceFormat::ByExtension;
  if (const auto from = args.get("from")) {
    const auto named = source_format_named(*from);
    if (!named || *named == SourceFormat::Ekonte) {
      std::cerr << "ekonte: error: `--from` is `fountain` or `fdx`, not `" << *from << "`\n";
      return kExitUsage;
    }
    format = *named;
  }
  if (source_format_of(path, format) == SourceFormat::Ekonte) {
    std::cerr << "ekonte: error: `" << path << "` is not a screenplay; import reads `.fountain`, `.spmd` and `.fdx` "
              << "(or name the syntax with `--from fountain`)\n";
    return kExitUsage;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "ekonte: error: cannot open `" << path << "`: no such file or not readable\n";
    return kExitUsage;
  }
  std::ostringstream text;
  text << in.rdbuf();
  const std::string report_path = args.get_or("report", "");
  const ReportFormat report_format = to_lower(std::filesystem::path(report_path).extension().string()) == ".json"
                                         ? ReportFormat::Json
                                         : ReportFormat::Markdown;
  const ImportResult result = import_screenplay(path, text.str(), format, report_format);
  print_diagnostics(result.compiled.diagnostics, &result.compiled.source, args);
  if (result.compiled.diagnostics.has_errors()) return kExitScriptErrors;
  if (result.readback.has_errors()) {
    std::cerr << "ekonte: error: the written script does not read back as planned (a bug in `ekonte import`):\n";
    print_diagnostics(result.readback, nullptr, args);
    return kExitScriptErrors;
  }
  std::string out = args.get_or("o", args.get_or("output", std::filesystem::path(path).replace_extension(".eko").string()));
  // The atomic writer makes the file's folder first: a bare `lighthouse.eko` has none to make.
  if (out != "-") out = std::filesystem::absolute(out).string();
  const std::string report_file = report_path.empty() ? "" : std::filesystem::absolute(report_path).string();
  std::string error;
  if (out == "-") std::cout << result.eko;
  else if (!write_file_atomically(out, result.eko, &error)) {
    std::cerr << "ekonte: error: " << error << "\n";
    return kExitUsage;
  }
  if (!report_file.empty() && !write_file_atomically(report_file, result.report, &error)) {
    std::cerr << "ekonte: error: " << error << "\n";
    return kExitUsage;
  }
  for (const auto& r : result.rewrites) std::cerr << out << ": note: " << r << "\n";
  return kExitOk;
}

}  // namespace ekonte::cli
