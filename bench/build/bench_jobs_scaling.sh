#!/usr/bin/env bash
# How `ekonte build` scales with cores: a fresh build (empty output folder and render cache, rig
# generator, the three PDFs, no per-shot files) of the sample and of the synthetic episode of
# SHOTS shots (bench/compile/generate_script.cpp, written by `write_script`) with --jobs 1 and
# --jobs 2, in turn (1, 2, 1, 2, ...), RUNS pairs, each timed with /usr/bin/time. Prints per
# script and --jobs the median wall and CPU seconds (user + sys) and peak RSS, then the speed-up:
# the median of the pairs' wall(--jobs 1) / wall(--jobs 2) ratios. The goal is 1.7 or more on two
# cores; run it on an idle machine, since another process's load goes straight into the wall
# times (the load average is printed before and after).
#   bash bench/build/bench_jobs_scaling.sh [BUILD_DIR] [RUNS] [SHOTS] [SIZE] [EXTRA BUILD OPTIONS ...]
# e.g. `bash bench/build/bench_jobs_scaling.sh build 5 500 1280x720`, or with `--maps` at the end
# to time the builds that write every shot's picture and control maps too.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${1:-build}"
RUNS="${2:-5}"
SHOTS="${3:-500}"
SIZE="${4:-1280x720}"
shift $(( $# > 4 ? 4 : $# ))
EXTRA=("$@")
EKONTE="$BUILD/cli/ekonte"
WRITE="$BUILD/bench/compile/write_script"
for tool in "$EKONTE" "$WRITE"; do
  [ -x "$tool" ] || { echo "missing $tool: cmake --build $BUILD --target ekonte write_script" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$WRITE" "$SHOTS" "$work/episode.eko"

# script label: prints a row per --jobs and the ratio row.
scale() {
  local script="$1" label="$2"
  : > "$work/rows"
  for run in $(seq "$RUNS"); do
    for jobs in 1 2; do
      rm -rf "$work/out"
      /usr/bin/time -o "$work/time" -f '%e %U %S %M' \
        "$EKONTE" build "$script" -o "$work/out" --size "$SIZE" --jobs "$jobs" --quiet "${EXTRA[@]}" >/dev/null 2>&1 ||
        { echo "ekonte build failed: $script --jobs $jobs" >&2; exit 1; }
      echo "$run $jobs $(tail -1 "$work/time")" >> "$work/rows"
    done
  done
  awk -v label="$label" '
    function median(a, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { k = ++n[$2]; wall[$2, k] = $3; cpu[$2, k] = $4 + $5; rss[$2, k] = $6; w[$1, $2] = $3 }
    END {
      for (j = 1; j <= 2; j++) {
        for (i = 1; i <= n[j]; i++) { a[i] = wall[j, i]; b[i] = cpu[j, i]; c[i] = rss[j, i] }
        printf "%-12s %6d %9.2f %9.2f %10.1f %4d\n", label, j, median(a, n[j]), median(b, n[j]), median(c, n[j]) / 1024, n[j]
      }
      for (i = 1; i <= n[1]; i++) r[i] = w[i, 1] / (w[i, 2] > 0 ? w[i, 2] : 0.01)
      printf "%-12s %6s %9.3f   (wall --jobs 1 / --jobs 2, median of %d pairs)\n", label, "ratio", median(r, n[1]), n[1]
    }' "$work/rows"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; size $SIZE ${EXTRA[*]}"
printf '%-12s %6s %9s %9s %10s %4s\n' script jobs "wall s" "cpu s" "peak MiB" runs
scale samples/fox-at-the-shrine.eko sample
scale "$work/episode.eko" "$SHOTS shots"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
