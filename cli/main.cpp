// `ekonte`: a thin dispatcher; each command lives in its own cli/command_<name>.cpp. The commands
// that only read a script run here; those that draw, lay out, encode or speak are in the studio
// plugin (cli/studio/plugin_api.hpp), opened only when one of them runs, so `ekonte --version`
// and `ekonte check` map no drawing, video or speech library.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/studio_plugin.hpp"
#include "ekonte_version.hpp"

namespace {

struct Command {
  const char* name;
  int (*run)(const ekonte::cli::CommandArgs&);  // null: the command is in the studio plugin
  const char* usage;
};

const Command kCommands[] = {
    {"check", ekonte::cli::command_check, "check FILE [--diagnostics=human|json]    report mistakes (exit 1 on errors)"},
    {"compile", ekonte::cli::command_compile, "compile FILE [-o graph.json]            write the shot graph as JSON"},
    {"import", ekonte::cli::command_import, "import SCRIPT.fountain|.fdx [-o SCRIPT.eko] [--report FILE]  write a screenplay's planned storyboard as an Ekonte script"},
    {"explain", ekonte::cli::command_explain, "explain FILE SHOT                       show a shot's staging and where it came from"},
    {"vocabulary", ekonte::cli::command_vocabulary, "vocabulary [KIND] [--markdown]          list the words the language knows (settings --sheet -o F.pdf: draw them)"},
    {"build", nullptr, "build FILE [-o OUTDIR] [--size WxH] [--jobs N] [--explain] [--force]  render changed shots, write PDFs"},
    {"animatic", nullptr, "animatic FILE [-o film.mp4] [--size WxH] [--no-audio] [--clips DIR]  the storyboard as a timed H.264 video"},
    {"render", nullptr, "render FILE --shot ID [-o OUT.png] [--variants N]  one shot, or takes 1..N on a contact sheet"},
    {"watch", nullptr, "watch FILE [build options]              rebuild whenever the script or a sheet image changes"},
    {"sheet", nullptr, "sheet FILE [CHARACTER] [-o sheet.pdf] [--png DIR]  model sheets and turnaround images"},
    {"cache", nullptr, "cache stats|gc [--max-size SIZE] [--cache DIR | -o OUTDIR]  size the render cache, collect unused entries"},
    {"audio", nullptr, "audio FILE -o scratch.wav [--vtt F] [--srt F]  the scratch voices as a WAV, subtitles as WebVTT/SRT"},
    {"layout", nullptr, "layout FILE --shots DIR [-o OUTDIR]     lay rendered shots out into storyboard, ekonte and manga PDFs"},
    {"export", nullptr, "export FILE --format csv|edl|otio|fcpxml [-o OUT] [--clips DIR]  a shot list, or an edit list of the animatic's per-shot clips"},
    {"train", nullptr, "train --out FILE [--steps N] [--size PX] [--device auto|cpu|cuda]  train the neural generator"},
    {"eval", nullptr, "eval [--model FILE] [--identities N] [--shots M]  measure the neural generator, with ablations"},
};

void print_help(std::ostream& out) {
  out << "ekonte " << EKONTE_VERSION << ": script-to-storyboard compiler\n\n"
      << "usage: ekonte COMMAND [ARGS]\n\ncommands:\n";
  for (const auto& c : kCommands) out << "  ekonte " << c.usage << "\n";
  out << "  ekonte help                             this text\n"
      << "  ekonte --version                        print the version\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    print_help(std::cerr);
    return ekonte::cli::kExitUsage;
  }
  const std::string name = argv[1];
  if (name == "help" || name == "--help" || name == "-h") {
    print_help(std::cout);
    return ekonte::cli::kExitOk;
  }
  if (name == "--version" || name == "version") {
    std::cout << "ekonte " << EKONTE_VERSION << "\n";
    return ekonte::cli::kExitOk;
  }
  const std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& c : kCommands)
    if (name == c.name) return c.run ? c.run(args) : ekonte::cli::run_studio_command(name, args);
  std::cerr << "ekonte: error: unknown command `" << name << "`\n";
  print_help(std::cerr);
  return ekonte::cli::kExitUsage;
}
