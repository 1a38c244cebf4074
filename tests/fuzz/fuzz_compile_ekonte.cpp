// libFuzzer target for the Ekonte front end (tests/fuzz/fuzz_compile.hpp says what is checked).
#include "tests/fuzz/fuzz_compile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ekonte::fuzz::compile_input(data, size, ekonte::SourceFormat::Ekonte, "fuzz.eko");
}
