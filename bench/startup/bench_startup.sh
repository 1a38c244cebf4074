#!/usr/bin/env bash
# Start-up of the `ekonte` command: `--version` and `check` of a small script, whole process,
# median of RUNS runs with /usr/bin/time (CPU seconds and peak RSS), beside `node -e 0` as a
# floor when node is installed. The neural generator is a plugin, so neither command should
# load libtorch; `eval` opens the plugin (then stops at its usage error), shown for comparison.
# /usr/bin/time counts CPU in steps of 10 ms: 0.000 means under 10 ms.
#   bash bench/startup/bench_startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${1:-build}"
RUNS="${2:-15}"
EKONTE="$BUILD/cli/ekonte"
small="$(mktemp -d)"
trap 'rm -rf "$small"' EXIT
cat > "$small/small.eko" <<'SCRIPT'
title: Small
fps: 24

character AYA:
    age: 16
    hair: bob, #222222
    eyes: round, #5b4636
    outfit: sailor uniform

setting ROOF "School roof":
    time: dusk

scene 1 EXT. SCHOOL ROOF - DUSK (ROOF)

    shot 1 wide, eye level, static, 2s:
        AYA stands at the railing.
        AYA: It's late.
SCRIPT

measure() {  # label, command...
  local label="$1"; shift
  local cpu=() rss=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$small/time" -f '%U %S %M' "$@" >/dev/null 2>&1 || true
    read -r u s m < <(tail -1 "$small/time")
    cpu+=("$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.3f", u+s}')")
    rss+=("$m")
  done
  local mc mr
  mc=$(printf '%s\n' "${cpu[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -g | awk '{a[NR]=$1} END{printf "%.1f", a[int((NR+1)/2)]/1024}')
  printf '%-40s %8s s CPU %8s MiB peak (median of %d)\n' "$label" "$mc" "$mr" "$RUNS"
}

measure "ekonte --version" "$EKONTE" --version
measure "ekonte check small.eko" "$EKONTE" check "$small/small.eko"
if command -v node >/dev/null 2>&1; then measure "node -e 0 (floor)" node -e 0; fi
measure "ekonte eval --bogus (opens the plugin)" "$EKONTE" eval --bogus
