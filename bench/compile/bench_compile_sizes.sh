#!/usr/bin/env bash
# Whole-process compile throughput and peak memory at 60 KB, 600 KB, 6 MB and 60 MB: the
# synthetic episode (bench/compile/generate_script.cpp, written by `write_script`) of 350, 3,500,
# 35,000 and 350,000 shots, through `ekonte check` (human diagnostics to /dev/null: about 1,400
# warnings per 10,000 shots, so the diagnostics renderer is timed too) and `ekonte compile -o`
# (the shot graph JSON, streamed to its file). Median of RUNS runs with /usr/bin/time; the 60 MB
# script once (it takes a while and peaks at about 1.1 GB). MB/s is script bytes over CPU seconds
# (user + sys), the figure a loaded machine disturbs least; wall MB/s beside it. At 6 MB a third row, `errors`, checks the same script with a
# broken line after every 300th (bench/compile/add_syntax_errors.awk: about 500 syntax errors),
# which takes the parser's recovering path from the first of them on.
# EKONTE=/path/to/ekonte times another binary (a reference build) with the same scripts.
#   bash bench/compile/bench_compile_sizes.sh [BUILD_DIR] [RUNS] [SHOTS ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${1:-build}"
RUNS="${2:-5}"
shift $(( $# > 2 ? 2 : $# ))
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(350 3500 35000 350000)
EKONTE="${EKONTE:-$BUILD/cli/ekonte}"
WRITE="$BUILD/bench/compile/write_script"
for tool in "$EKONTE" "$WRITE"; do
  [ -x "$tool" ] || { echo "missing $tool: cmake --build $BUILD --target ekonte write_script" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# label, bytes, runs, command...: prints one row.
measure() {
  local label="$1" bytes="$2" runs="$3"; shift 3
  local rows="$work/rows"
  : > "$rows"
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$@" >/dev/null 2>&1 || true
    tail -1 "$work/time" >> "$rows"
  done
  awk -v label="$label" -v bytes="$bytes" '
    { wall[NR] = $1; cpu[NR] = $2 + $3; rss[NR] = $4 }
    function median(a, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return a[int((n + 1) / 2)]
    }
    END {
      n = NR; w = median(wall, n); c = median(cpu, n); r = median(rss, n)
      printf "%-8s %10.2f %9.3f %9.3f %9.2f %9.2f %10.1f %8.1f %4d\n", label, bytes / 1e6, c, w,
             bytes / 1e6 / (c > 0 ? c : 0.005), bytes / 1e6 / (w > 0 ? w : 0.005), r / 1024, r / 1024 / (bytes / 1048576), n
    }' "$rows"
}

printf '%-8s %10s %9s %9s %9s %9s %10s %8s %4s\n' command "script MB" "cpu s" "wall s" "MB/s cpu" "MB/s wall" "peak MiB" "MiB/MiB" runs
for shots in "${SIZES[@]}"; do
  script="$work/episode-$shots.eko"
  "$WRITE" "$shots" "$script"
  bytes=$(stat -c %s "$script")
  runs="$RUNS"
  [ "$shots" -lt 100000 ] || runs=1
  measure check "$bytes" "$runs" "$EKONTE" check "$script"
  measure compile "$bytes" "$runs" "$EKONTE" compile "$script" -o "$work/graph.json"
  if [ "$shots" -eq 35000 ]; then
    awk -v every=300 -f bench/compile/add_syntax_errors.awk "$script" > "$work/errors.eko"
    measure errors "$(stat -c %s "$work/errors.eko")" "$runs" "$EKONTE" check "$work/errors.eko"
    rm -f "$work/errors.eko"
  fi
  rm -f "$script" "$work/graph.json"
done
