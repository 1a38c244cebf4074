// `write_script N FILE`: writes the synthetic episode of N shots (generate_script.hpp) to FILE,
// for measuring whole builds (docs/benchmarks.md, docs/reliability.md: peak memory by shots).
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "bench/compile/generate_script.hpp"

int main(int argc, char** argv) {
  if (argc != 3 || std::atoi(argv[1]) <= 0) {
    std::cerr << "usage: write_script SHOTS FILE.eko\n";
    return 2;
  }
  std::ofstream out(argv[2], std::ios::binary);
  out << ekonte::bench::generate_script(static_cast<uint32_t>(std::atoi(argv[1])));
  return out.good() ? 0 : 2;
}
