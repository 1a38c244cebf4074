#!/usr/bin/env bash
# Builds the front ends' libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs them,
# one after the other: fuzz_compile_ekonte, fuzz_compile_fountain, fuzz_compile_fdx.
#   FUZZ_SECONDS  the whole run's time, split evenly across the targets run (default 60: 20 s
#                 each, the CI smoke); FUZZ_SECONDS_PER_TARGET overrides the split.
#   FUZZ_TARGETS  which front ends, e.g. "ekonte" or "fountain fdx" (default: all three).
#   FUZZ_JOBS     parallel fuzzing processes per target (default 1).
# Seeds: samples/, tests/diagnostics/, ../shared/corpus/ and tests/fuzz/seeds/<front end>/, plus
# the front end's test data. Each target keeps its grown corpus in build-fuzz/corpus-<front end>/.
# Findings (crash-*, leak-*, timeout-*, oom-*) go to build-fuzz/findings/<front end>/ and fail the run.
# Without clang it says so and exits 0: fuzzing is extra checking, not a build requirement.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGETS=(${FUZZ_TARGETS:-ekonte fountain fdx})
TOTAL_SECONDS="${FUZZ_SECONDS:-60}"
SECONDS_PER_TARGET="${FUZZ_SECONDS_PER_TARGET:-$(( (TOTAL_SECONDS + ${#TARGETS[@]} - 1) / ${#TARGETS[@]} ))}"
JOBS="${FUZZ_JOBS:-1}"
PARALLEL=""
if [ "$JOBS" -gt 1 ]; then PARALLEL="-jobs=$JOBS -workers=$JOBS"; fi
if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: clang++ not found; skipping (install clang and libclang-rt-dev to fuzz)"
  exit 0
fi
probe_dir="$(mktemp -d)"
trap 'rm -rf "$probe_dir"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' > "$probe_dir/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" >/dev/null 2>&1; then
  echo "fuzz: clang++ cannot link libFuzzer here; skipping (install libclang-rt-dev)"
  exit 0
fi
BUILD=build-fuzz
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DEKONTE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
build_targets=()
for t in "${TARGETS[@]}"; do build_targets+=(--target "fuzz_compile_$t"); done
cmake --build "$BUILD" -j "${FUZZ_BUILD_JOBS:-$(nproc)}" "${build_targets[@]}" >/dev/null

# The seed files of one front end, by its name.
seeds_of() {
  case "$1" in
    ekonte) ls samples/*.eko tests/diagnostics/*.eko ../shared/corpus/*.eko 2>/dev/null ;;
    fountain) ls tests/fuzz/seeds/fountain/* ../shared/corpus/*.fountain 2>/dev/null ;;
    fdx) ls tests/fuzz/seeds/fdx/* tests/fountain/*.fdx ../shared/corpus/*.fdx 2>/dev/null ;;
    *) echo "fuzz: no front end named \`$1\` (ekonte, fountain, fdx)" >&2; exit 2 ;;
  esac
}

failed=0
for t in "${TARGETS[@]}"; do
  seed="$BUILD/seed-$t"
  corpus="$BUILD/corpus-$t"
  findings="$BUILD/findings/$t"
  rm -rf "$findings" "$seed"
  mkdir -p "$seed" "$corpus" "$findings"
  for f in $(seeds_of "$t"); do
    [ -f "$f" ] && cp "$f" "$seed/$(echo "$f" | tr '/' '_')"
  done
  echo "fuzz: fuzz_compile_$t for ${SECONDS_PER_TARGET}s"
  # -max_len: scripts of a few pages; longer inputs are covered by the line-length benchmarks.
  "$BUILD/tests/fuzz/fuzz_compile_$t" "$corpus" "$seed" \
    -dict="tests/fuzz/$t.dict" -max_total_time="$SECONDS_PER_TARGET" -max_len=16384 -timeout=30 \
    -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 $PARALLEL \
    2>&1 | tail -25
  if compgen -G "$findings/*" >/dev/null; then
    echo "fuzz: findings of fuzz_compile_$t in $findings:" && ls "$findings"
    failed=1
  fi
done
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "fuzz: no findings"
