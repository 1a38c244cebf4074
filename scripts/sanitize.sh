#!/usr/bin/env bash
# `make sanitize`: builds everything but the libtorch generator with AddressSanitizer and
# UndefinedBehaviorSanitizer in build-sanitize/ and runs the whole test suite under them.
# Any error, undefined behaviour or leak (outside the libraries listed in
# tests/sanitize/lsan.supp) fails the test that caused it, and so the run.
# SANITIZE_JOBS sets the parallelism (default: all cores); CXX picks the compiler (g++ or clang++).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${SANITIZE_BUILD_DIR:-build-sanitize}"
JOBS="${SANITIZE_JOBS:-$(nproc)}"
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# RelWithDebInfo: optimised enough that the rendering tests stay quick, with line numbers in reports.
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
