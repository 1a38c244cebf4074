// `ekonte eval`: measures the neural generator on held-out identities, with ablations.
#include <fstream>
#include <iostream>

#include "cli/args.hpp"
#include "cli/neural/neural_commands.hpp"
#include "render/neural/evaluate_generator.hpp"
#include "render/neural/neural_generator.hpp"

namespace ekonte::neural_cli {

using namespace ekonte::cli;

int eval_command(const std::vector<std::string>& raw) {
  const Args args(raw, {"record", "no-ood"});
  const char* usage =
      "usage: ekonte eval [--model FILE] [--identities N] [--shots M] [--size PX] [--sheet-size PX]\n"
      "                   [--device auto|cpu|cuda]\n"
      "                   [--seed N] [--json FILE] [--contact-sheet FILE.png] [--data rig|synthetic] [--threads N]\n"
      "                   [--no-ood]   (skip the out-of-distribution suite of sheet edits)\n"
      "       ekonte eval --compare-builds RIG_OUTDIR NEURAL_OUTDIR   (per-part error of one build's shots against another's)\n"
      "                   [--record]   (store the summary in the weights file's header)\n";
  if (auto rig_dir = args.get("compare-builds")) {
    // The other directory is the one positional argument.
    if (args.positionals().size() != 1) {
      std::cerr << usage;
      return kExitUsage;
    }
    try {
      std::cout << neural::format_table(neural::compare_builds(*rig_dir, args.positionals()[0]));
    } catch (const neural::NeuralError& e) {
      std::cerr << "ekonte: error: " << e.what() << "\n";
      return kExitUsage;
    }
    return kExitOk;
  }
  if (!args.error().empty() || !args.positionals().empty() ||
      !args.unknown({"model", "identities", "shots", "size", "sheet-size", "device", "seed", "json", "contact-sheet", "data",
                     "threads", "record", "no-ood", "compare-builds"})
           .empty()) {
    std::cerr << (args.error().empty() ? "" : "ekonte: error: " + args.error() + "\n") << usage;
    return kExitUsage;
  }
  neural::EvalOptions o;
  try {
    o.identities = std::stoi(args.get_or("identities", std::to_string(o.identities)));
    o.shots = std::stoi(args.get_or("shots", std::to_string(o.shots)));
    o.size = std::stoi(args.get_or("size", std::to_string(o.size)));
    o.sheet_size = std::stoi(args.get_or("sheet-size", std::to_string(o.sheet_size)));
    o.seed = std::stoull(args.get_or("seed", std::to_string(o.seed)));
    o.threads = std::stoi(args.get_or("threads", "0"));
  } catch (const std::exception&) {
    std::cerr << "ekonte: error: a numeric option of `ekonte eval` is not a number\n" << usage;
    return kExitUsage;
  }
  o.model_path = args.get_or("model", neural::default_model_path());
  o.device = args.get_or("device", o.device);
  o.contact_sheet = args.get_or("contact-sheet", "");
  o.ood = !args.has("no-ood");
  try {
    // Evaluate on the data the model was trained on unless told otherwise.
    o.data = args.get_or("data", "");
    if (o.data.empty()) {
      neural::GeneratorParams p;
      p.model_path = o.model_path;
      p.device = "cpu";
      o.data = neural::NeuralGenerator::load(p)->info().data;
      if (o.data.empty()) o.data = "rig";
    }
    auto source = neural::example_source_named(o.data);
    const auto report = neural::evaluate_generator(o, source, [](int done, int total) {
      std::cerr << "\reval: " << done << "/" << total << " shots" << std::flush;
    });
    std::cerr << "\n";
    std::cout << neural::format_table(report);
    const auto json = neural::to_json(report);
    if (auto path = args.get("json")) {
      std::ofstream out(*path);
      out << json.dump(2) << "\n";
      if (!out) {
        std::cerr << "ekonte: error: cannot write `" << *path << "`\n";
        return kExitUsage;
      }
    } else {
      std::cout << "\n" << json.dump(2) << "\n";
    }
    if (!o.contact_sheet.empty()) std::cerr << "ekonte: contact sheet `" << o.contact_sheet << "` (reference | target | output | swapped-reference output; then one row per\n"
                                             "out-of-distribution edit: edited sheet | edited target | output | output with the unedited sheet)\n";
    if (args.has("record")) {
      neural::record_eval_summary(o.model_path, json);
      std::cerr << "ekonte: recorded the summary in `" << o.model_path << "`\n";
    }
  } catch (const neural::NeuralError& e) {
    std::cerr << "ekonte: error: " << e.what() << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace ekonte::neural_cli
