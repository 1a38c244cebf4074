// `ekonte train`: trains the reference-conditioned neural generator on figures drawn by the rig.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/args.hpp"
#include "cli/neural/neural_commands.hpp"
#include "render/neural/neural_generator.hpp"
#include "render/neural/train_generator.hpp"

namespace ekonte::neural_cli {

using namespace ekonte::cli;

int train_command(const std::vector<std::string>& raw) {
  const Args args(raw, {});
  const char* usage =
      "usage: ekonte train --out FILE [--steps N] [--size PX] [--batch N] [--lr X] [--device auto|cpu|cuda]\n"
      "                    [--seed N] [--resume FILE] [--data rig|synthetic] [--threads N] [--data-threads N]\n"
      "                    [--channels N] [--checkpoint-every N] [--log FILE] [--architecture 3|4]\n"
      "  architecture 4 (the default) trains the reference labeller: --size is the sheet's\n"
      "  framing (fixed at 256 x 128), --channels its width\n";
  if (!args.error().empty() || !args.positionals().empty() ||
      !args.unknown({"out", "o", "steps", "size", "batch", "lr", "device", "seed", "resume", "data", "threads", "data-threads",
                     "channels", "heads", "checkpoint-every", "log", "architecture"})
           .empty()) {
    std::cerr << (args.error().empty() ? "" : "ekonte: error: " + args.error() + "\n") << usage;
    return kExitUsage;
  }
  neural::TrainOptions o;
  // New weights are the labeller's; `--architecture 3` trains the colour U-Net of before.
  o.architecture = 4;
  try {
    o.architecture = std::stoi(args.get_or("architecture", std::to_string(o.architecture)));
    o.out = args.get_or("out", args.get_or("o", ""));
    o.steps = std::stoll(args.get_or("steps", std::to_string(o.steps)));
    o.size = std::stoi(args.get_or("size", std::to_string(o.size)));
    o.batch = std::stoi(args.get_or("batch", std::to_string(o.batch)));
    o.lr = std::stod(args.get_or("lr", std::to_string(o.lr)));
    o.seed = std::stoull(args.get_or("seed", std::to_string(o.seed)));
    o.threads = std::stoi(args.get_or("threads", std::to_string(o.threads)));
    o.data_threads = std::max(0, std::stoi(args.get_or("data-threads", "0")));
    o.base_channels = std::stoi(args.get_or("channels", std::to_string(o.base_channels)));
    o.heads = std::stoi(args.get_or("heads", std::to_string(o.heads)));
    o.checkpoint_every = std::max(1, std::stoi(args.get_or("checkpoint-every", std::to_string(o.checkpoint_every))));
  } catch (const std::exception&) {
    std::cerr << "ekonte: error: a numeric option of `ekonte train` is not a number\n" << usage;
    return kExitUsage;
  }
  o.device = args.get_or("device", o.device);
  o.resume = args.get_or("resume", "");
  o.data = args.get_or("data", o.data);
  o.log_path = args.get_or("log", "");
  if (o.out.empty()) {
    std::cerr << "ekonte: error: `ekonte train` needs `--out FILE`\n" << usage;
    return kExitUsage;
  }
  o.command_line = "ekonte train";
  for (const auto& a : raw) o.command_line += " " + a;
  try {
    std::string why;
    const std::string device = neural::resolve_device_name(o.device, &why);
    std::cerr << "ekonte: training architecture " << o.architecture << " on " << device << " (" << why << "), "
              << o.size << " px, batch " << o.batch << ", data `" << o.data << "`\n";
    auto source = neural::example_source_named(o.data);
    const bool tty = isatty(fileno(stderr));
    auto progress = [&](const neural::TrainProgress& p) {
      constexpr int kBarWidth = 30;
      const int filled = static_cast<int>(kBarWidth * p.step / std::max<int64_t>(1, p.steps));
      char line[200];
      std::snprintf(line, sizeof line, "[%-*s] %lld/%lld loss %.4f (avg %.4f) %.2f steps/s%s", kBarWidth,
                    std::string(filled, '#').c_str(), static_cast<long long>(p.step), static_cast<long long>(p.steps),
                    p.loss, p.loss_avg, p.steps_per_second, p.checkpointed ? " [saved]" : "");
      // A terminal gets one redrawn line; a log file gets a line per checkpoint.
      if (tty) std::cerr << "\r" << line << std::flush;
      else if (p.checkpointed) std::cerr << line << "\n";
    };
    const auto r = neural::train_generator(o, source, progress);
    if (tty) std::cerr << "\n";
    std::cerr << "ekonte: wrote `" << o.out << "` (" << r.parameters << " parameters, " << r.steps
              << " steps, loss avg " << r.final_loss_avg << ")\n";
  } catch (const neural::NeuralError& e) {
    std::cerr << "\nekonte: error: " << e.what() << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace ekonte::neural_cli
