#!/usr/bin/env bash
# Start-up of the `ekonte` command: `--version`, `check` and `compile` of a small script, whole
# process, in pairs against `node -e 0` as a floor (bench/startup/paired_runs.py: CPU and peak
# RSS from wait4, wall around fork and wait, medians and the median per-pair ratio), and the
# issue's goal: `--version` and `check` under 30 ms (CPU) and 20 MiB. The drawing, video and
# speech libraries are in the studio plugin and libtorch in the neural one, so none of these
# maps them; `eval --bogus` opens both plugins (then stops at its usage error), for comparison.
# BEFORE=/path/to/other/ekonte also pairs each command against that binary. Exit 1 when the
# goal is not met.
#   [BEFORE=/work/ref-bin/ekonte] bash bench/startup/bench_startup.sh [BUILD_DIR] [PAIRS]
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

python3 bench/startup/paired_runs.py --ekonte "$EKONTE" --pairs "$RUNS" --script "$small/small.eko" --tmp "$small" \
  ${BEFORE:+--before "$BEFORE"}
