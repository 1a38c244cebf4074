#!/usr/bin/env bash
# Builds the front end's libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs
# each for FUZZ_SECONDS (default 60). Seeds: samples/, tests/diagnostics/, ../shared/corpus/.
# Findings (crash-*, leak-*, timeout-*) are written to build-fuzz/findings/ and fail the run.
# Without clang it says so and exits 0: fuzzing is extra checking, not a build requirement.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
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
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DEKONTE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target fuzz_compile_ekonte >/dev/null

seed="$BUILD/seed-ekonte"
corpus="$BUILD/corpus-ekonte"
findings="$BUILD/findings"
rm -rf "$findings"
mkdir -p "$seed" "$corpus" "$findings"
for f in samples/*.eko tests/diagnostics/*.eko ../shared/corpus/*.eko; do
  [ -f "$f" ] && cp "$f" "$seed/$(echo "$f" | tr '/' '_')"
done

echo "fuzz: fuzz_compile_ekonte for ${SECONDS_PER_TARGET}s"
# -max_len: scripts of a few pages; longer inputs are covered by the line-length benchmarks.
"$BUILD/tests/fuzz/fuzz_compile_ekonte" "$corpus" "$seed" \
  -dict=tests/fuzz/ekonte.dict -max_total_time="$SECONDS_PER_TARGET" -max_len=16384 -timeout=30 \
  -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 $PARALLEL \
  2>&1 | tail -25
if compgen -G "$findings/*" >/dev/null; then
  echo "fuzz: findings in $findings:" && ls "$findings"
  exit 1
fi
echo "fuzz: no findings"
