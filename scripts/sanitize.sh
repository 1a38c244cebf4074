#!/usr/bin/env bash
# `make sanitize`: builds everything but the libtorch generator with AddressSanitizer and
# UndefinedBehaviorSanitizer in build-sanitize/ and runs the whole test suite under them.
# Any error, undefined behaviour or leak (outside the libraries listed in
# tests/sanitize/lsan.supp) fails the test that caused it, and so the run.
# SANITIZE_JOBS sets the parallelism (default: all cores); CXX picks the compiler (g++ or clang++).
# Where that compiler cannot link ASan and UBSan (no libasan/libubsan) it says so and exits 0:
# like the fuzz smoke, this is extra checking in .ci/run, not a build requirement.
set -euo pipefail
cd "$(dirname "$0")/.."
cxx="${CXX:-c++}"
probe_dir="$(mktemp -d)"
trap 'rm -rf "$probe_dir"' EXIT
printf 'int main() { return 0; }\n' > "$probe_dir/probe.cpp"
if ! command -v "$cxx" >/dev/null 2>&1 ||
   ! "$cxx" -fsanitize=address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" >/dev/null 2>&1; then
  echo "sanitize: $cxx cannot link -fsanitize=address,undefined; skipping (install libasan and libubsan)"
  exit 0
fi
BUILD="${SANITIZE_BUILD_DIR:-build-sanitize}"
JOBS="${SANITIZE_JOBS:-$(nproc)}"
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# With debug information ccache hashes the working directory, so no other checkout's objects
# ever hit; the directory only ends up in the line tables' compile directory, which reports
# do not need. With ccache's base_dir set, another worktree's sanitizer objects are reused.
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
# CMakeLists.txt compiles EKONTE_SANITIZE builds at -O1 with line tables only (-g1).
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEKONTE_SANITIZE=ON -DEKONTE_WITH_NEURAL=OFF \
  "${launcher[@]}" >/dev/null
cmake --build "$BUILD" -j "$JOBS"

supp="$(pwd)/tests/sanitize/lsan.supp"
# detect_stack_use_after_return stays off: it multiplies the stack of the render worker threads.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_init_order=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# fast_unwind_on_malloc=0: full stacks through Cairo and fontconfig (no frame pointers there),
# which the suppressions match by function name.
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0:fast_unwind_on_malloc=0"
ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS"
