// bench_generator: training steps/s at a training size, and inference shots/s at 128 px and at
// 1280x720 through the public generator API (the path `ekonte build --generator neural` takes).
// Inference is timed twice: a first pass (architecture 4 labels each new reference there) and a
// second pass over the same shots (palettes cached, as in a build where characters recur). Both
// give wall and process CPU seconds (the machine is shared: CPU time is the steadier figure).
//
//   bench_generator [--model FILE] [--device auto|cpu|cuda] [--threads N] [--data rig|synthetic]
//                   [--train-size 64] [--train-batch 8] [--train-steps 10] [--shots 20] [--batch N]
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>

#include "render/neural/neural_generator.hpp"
#include "render/neural/train_generator.hpp"

using namespace ekonte;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> opt{{"device", "auto"},   {"threads", "0"},      {"data", "rig"},
                                         {"train-size", "64"}, {"train-batch", "8"}, {"train-steps", "10"},
                                         {"shots", "20"},      {"batch", "0"},        {"model", ""},
                                         {"work", "0"}};
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i];
    if (k.rfind("--", 0) != 0 || !opt.count(k.substr(2))) {
      std::cerr << "bench_generator: unknown option " << k << "\n";
      return 2;
    }
    opt[k.substr(2)] = argv[i + 1];
  }
  try {
    const auto source = neural::example_source_named(opt["data"]);
    const std::string tmp = (std::filesystem::temp_directory_path() / "ekonte-bench-generator.ekw").string();
    // Training: a short run from scratch; the first step (allocation, warm-up) is not counted.
    neural::TrainOptions t;
    t.out = tmp;
    // --train-steps 0 with --model: inference only.
    const bool train = std::stoi(opt["train-steps"]) > 0 || opt["model"].empty();
    if (train) {
    t.size = std::stoi(opt["train-size"]);
    t.batch = std::stoi(opt["train-batch"]);
    t.device = opt["device"];
    t.data = opt["data"];
    t.threads = std::stoi(opt["threads"]);
    t.steps = 1;
    neural::train_generator(t, source);
    t.resume = tmp;
    t.steps = 1 + std::stoi(opt["train-steps"]);
    t.checkpoint_every = 1000000;
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = neural::train_generator(t, source);
    const double train_s = seconds_since(t0);
    std::printf("train: %s, %d px, batch %d, %d parameters: %.3f steps/s (%.1f shots/s, data generation included)\n",
                r.device.c_str(), t.size, t.batch, static_cast<int>(r.parameters), (t.steps - 1) / train_s,
                (t.steps - 1) * t.batch / train_s);
    }

    neural::GeneratorParams g;
    g.model_path = opt["model"].empty() ? tmp : opt["model"];
    g.device = opt["device"];
    g.threads = std::stoi(opt["threads"]);
    g.batch = std::stoi(opt["batch"]);
    g.work_short_side = std::stoi(opt["work"]);
    auto gen = neural::NeuralGenerator::load(g);
    const int shots = std::stoi(opt["shots"]);
    for (auto [w, h] : {std::pair{128, 128}, {1280, 720}}) {
      std::vector<neural::TrainingExample> examples;
      for (int i = 0; i < shots; ++i) {
        neural::ExampleRequest req{{neural::kEvalIdentityBase + uint64_t(i)}, uint64_t(1000 + i), w, h, false};
        examples.push_back(source(req));
      }
      std::vector<neural::GeneratorShot> batch;
      for (const auto& e : examples) batch.push_back({&e.shot, e.references});
      gen->render_batch({batch.front()});  // warm-up
      for (const char* pass : {"first pass", "second pass"}) {
        const auto t1 = std::chrono::steady_clock::now();
        const std::clock_t c1 = std::clock();
        const auto out = gen->render_batch(batch);
        const double s = seconds_since(t1), cpu = double(std::clock() - c1) / CLOCKS_PER_SEC;
        std::printf("infer (%s): %s, %dx%d, %d shots, batch %d: %.2f shots/s wall (%.2f s), %.2f shots/s of CPU (%.2f s)\n",
                    pass, gen->device_description().c_str(), w, h, shots, gen->batch_size(), shots / s, s, shots / cpu, cpu);
      }
    }
    std::filesystem::remove(tmp);
    std::filesystem::remove(tmp + ".log.jsonl");
  } catch (const neural::NeuralError& e) {
    std::cerr << "bench_generator: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
