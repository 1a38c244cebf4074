// libFuzzer target for the Fountain front end (compiler/front_end/fountain/), through the
// compile entry `ekonte compile --from fountain` uses; tests/fuzz/fuzz_compile.hpp says what
// is checked.
#include "tests/fuzz/fuzz_compile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return ekonte::fuzz::compile_input(data, size, ekonte::SourceFormat::Fountain, "fuzz.fountain");
}
