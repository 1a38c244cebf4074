// `neural_standalone train|eval ARGS...`: the neural plugin's `ekonte train` and `ekonte eval`
// linked straight into one program, without the `ekonte` executable and its media libraries.
// It is what bench/generator/gpu/ builds on a GPU machine that has PyTorch's libtorch but not
// the rest of the build, so training and evaluation can run there and be compared with the CPU.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/neural/neural_commands.hpp"

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  const std::vector<std::string> args(argv + (argc > 1 ? 2 : 1), argv + argc);
  if (command == "train") return ekonte::neural_cli::train_command(args);
  if (command == "eval") return ekonte::neural_cli::eval_command(args);
  std::fprintf(stderr, "usage: neural_standalone train|eval [options of `ekonte train` / `ekonte eval`]\n");
  return 2;
}
