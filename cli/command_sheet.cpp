// `ekonte sheet FILE [CHARACTER] [-o sheet.pdf] [--png DIR]`: model sheets, and turnaround
// images (the `sheet: refs/<id>.png` files a script may point at).
#ifdef HAVE_EKONTE_RENDER
#include <filesystem>
#include <iostream>

#include "characters/character_model.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"
#ifdef HAVE_EKONTE_LAYOUT
#include "layout/backend/cairo_backend.hpp"
#include "layout/pages/build_model_sheet.hpp"
#endif
#include "render/build_shots.hpp"
#include "render/model_sheet.hpp"
#include "render/png_io.hpp"

namespace ekonte::cli {

int command_sheet(const CommandArgs& raw) {
  const Args args(raw, {});
  const char* usage = "usage: ekonte sheet FILE [CHARACTER] [-o sheet.pdf] [--png DIR] [--diagnostics=human|json]\n";
  if (!args.error().empty() || args.positionals().empty() || args.positionals().size() > 2 ||
      !args.unknown({"o", "output", "png", "diagnostics"}).empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  // The sheet command makes the reference images scripts point at, so missing ones are fine.
  CompileOptions compile_options;
  compile_options.check_sheet_files = false;
  const auto loaded = load_script(args.positionals()[0], args, compile_options);
  if (!loaded) return kExitUsage;
  if (loaded->diagnostics.has_errors()) return kExitScriptErrors;
  const ShotGraph& graph = loaded->graph;
  DiagnosticSink sheet_diagnostics;
  const auto models = characters::models_from_graph(graph, &sheet_diagnostics, loaded->source.path);
  if (!sheet_diagnostics.diagnostics().empty() && args.get_or("diagnostics", "human") == "human")
    std::cerr << render_human(sheet_diagnostics.diagnostics(), &loaded->source, {});

  std::vector<std::string> only;
  if (args.positionals().size() == 2) {
    const std::string& id = args.positionals()[1];
    if (!graph.find_character(id).valid()) {
      std::cerr << "ekonte: error: no character `" << id << "` in `" << args.positionals()[0] << "`\n";
      return kExitUsage;
    }
    only.push_back(id);
  }
  auto wanted = [&](const std::string& id) { return only.empty() || only.front() == id; };

  if (auto dir = args.get("png")) {
    std::error_code ec;
    std::filesystem::create_directories(*dir, ec);
    for (const auto& m : models) {
      if (!wanted(m.id)) continue;
      std::string stem;
      for (char c : m.id) stem.push_back(char(std::tolower(static_cast<unsigned char>(c))));
      const std::string path = (std::filesystem::path(*dir) / (render::shot_file_stem(stem) + ".png")).string();
      if (!render::write_png(path, render::render_turnaround(m, 256, 512))) {
        std::cerr << "ekonte: error: cannot write `" << path << "`\n";
        return kExitUsage;
      }
      std::cerr << "ekonte: wrote " << path << "\n";
    }
    if (!args.get("o") && !args.get("output")) return kExitOk;
  }
  const std::string out = args.get_or("o", args.get_or("output", "sheet.pdf"));
#ifndef HAVE_EKONTE_LAYOUT
  std::cerr << "ekonte: error: this build has no layout stage; only `--png DIR` works\n";
  return kExitUsage;
#else
  DiagnosticSink font_diagnostics;
  const auto fonts = layout::FontLibrary::load(font_diagnostics);
  if (!fonts) {
    std::cerr << render_human(font_diagnostics.diagnostics(), nullptr, {});
    return kExitUsage;
  }
  // Every character is rendered (the line-up shows them all); pages only for the wanted ones.
  std::vector<layout::ModelSheetCharacter> sheets;
  std::vector<size_t> pages;
  for (size_t i = 0; i < models.size() && i < graph.characters.size(); ++i) {
    const characters::CharacterModel& m = models[i];
    render::ModelSheetPictures pictures = render::render_model_sheet_pictures(m);
    layout::ModelSheetCharacter sheet;
    sheet.character.value = uint32_t(i);
    sheet.facts = render::model_facts(m);
    sheet.height_cm = m.proportions.height_cm;
    sheet.turnaround = std::move(pictures.turnaround);
    sheet.turnaround_labels = render::turnaround_view_names();
    for (auto& [expression, image] : pictures.expressions)
      sheet.expressions.push_back({std::string(name_of(expression)), std::move(image)});
    for (const auto& [name, color] : render::model_swatches(m)) sheet.swatches.push_back({name, color});
    sheet.full_figure = std::move(pictures.full_figure);
    if (wanted(m.id)) pages.push_back(sheets.size());
    sheets.push_back(std::move(sheet));
  }
  std::string error;
  if (!layout::write_pdf(layout::build_model_sheet(graph, sheets, pages, *fonts), out, &error)) {
    std::cerr << "ekonte: error: " << error << "\n";
    return kExitUsage;
  }
  std::cerr << "ekonte: wrote " << out << "\n";
  return kExitOk;
#endif
}

}  // namespace ekonte::cli

#endif  // HAVE_EKONTE_RENDER
