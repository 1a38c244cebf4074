// `ekonte audio FILE -o scratch.wav [--vtt F] [--srt F]`: the scratch voices and subtitles,
// made by the pipeline (pipeline/scratch_audio.hpp), usable before the animatic exists.
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "pipeline/scratch_audio.hpp"

namespace ekonte::cli {

int command_audio(const CommandArgs& raw) {
  const Args args(raw, {"no-cache"});
  const char* usage =
      "usage: ekonte audio FILE -o scratch.wav [--vtt F.vtt] [--srt F.srt] [--rate HZ] [--cache DIR | --no-cache] "
      "[--diagnostics=human|json]\n";
  if (!args.error().empty() || args.positionals().size() != 1 ||
      !args.unknown({"o", "output", "vtt", "srt", "rate", "cache", "no-cache", "diagnostics", "from"}).empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  pipeline::ScratchAudioOptions options;
  options.wav_path = args.get_or("o", args.get_or("output", ""));
  options.vtt_path = args.get_or("vtt", "");
  options.srt_path = args.get_or("srt", "");
  if (options.wav_path.empty() && options.vtt_path.empty() && options.srt_path.empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  if (const auto rate = args.get("rate")) {
    char* end = nullptr;
    const long hz = std::strtol(rate->c_str(), &end, 10);
    if (*end || hz < 8000 || hz > 192000) {
      std::cerr << "ekonte: error: `--rate` takes a sample rate in Hz from 8000 to 192000\n";
      return kExitUsage;
    }
    options.sample_rate = static_cast<uint32_t>(hz);
  }
  const std::string first_output = !options.wav_path.empty() ? options.wav_path
                                   : !options.vtt_path.empty() ? options.vtt_path
                                                               : options.srt_path;
  const std::string out_dir = std::filesystem::path(first_output).parent_path().string();
  if (!args.has("no-cache"))
    options.cache_dir = pipeline::speech_cache_dir(out_dir.empty() ? "." : out_dir, args.get_or("cache", ""));

  const auto script = load_script(args.positionals()[0], args);
  if (!script) return kExitUsage;
  if (script->diagnostics().has_errors()) return kExitScriptErrors;
  const pipeline::ScratchAudioReport report = pipeline::make_scratch_audio(*script, options);
  print_diagnostics(report.diagnostics, &script->source(), args);
  for (const std::string& path : report.written) std::cerr << "ekonte: wrote " << path << "\n";
  char summary[160];
  std::snprintf(summary, sizeof summary, "ekonte: %zu lines (%zu spoken, %zu from the cache), %.2f s of audio in %.2f s\n",
                report.track.lines.size(), report.track.lines_synthesised, report.track.lines_cached,
                report.track.duration_s(), report.synthesis_seconds);
  std::cerr << summary;
  return report.diagnostics.has_errors() ? kExitUsage : kExitOk;
}

}  // namespace ekonte::cli
