#!/usr/bin/env bash
# On a GPU machine, in the folder bundle.sh made (with CPU.ekw copied beside it):
# builds neural_standalone, then puts CPU and GPU side by side:
#   1. `ekonte eval` of CPU.ekw (weights trained on the CPU) on CUDA and on the CPU
#      (EVAL_DEVICES="" skips it);
#   2. a labeller training run from scratch on CUDA (batches of 16, examples drawn on every
#      core), time-boxed to TRAIN_SECONDS; then its eval on CUDA.
# Writes its logs to $OUT (default ./out). Usage: bash run_on_gpu.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
OUT=${OUT:-$here/out}
TRAIN_SECONDS=${TRAIN_SECONDS:-200}
mkdir -p "$OUT"
# timed LABEL COMMAND...: runs it and prints its wall time (no /usr/bin/time on every machine).
timed() {
  local label="$1" t0=$EPOCHREALTIME
  shift
  "$@"
  local rc=$?
  awk -v a="$t0" -v b="$EPOCHREALTIME" -v l="$label" 'BEGIN { printf "%s: %.1f s wall\n", l, b - a }'
  return $rc
}
{ nvidia-smi -L; echo "cores: $(nproc)"; } > "$OUT/machine.txt" 2>&1
timed build bash build.sh > "$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; exit 1; }
tail -4 "$OUT/build.log"
run=./neural_standalone
cores=$(nproc)
eval_args=(--identities 16 --shots 4 --size 128)
for device in ${EVAL_DEVICES-cuda cpu}; do
  threads=$([ "$device" = cpu ] && echo 1 || echo 4)
  timed "eval on $device" timeout 150 "$run" eval --model CPU.ekw "${eval_args[@]}" --device "$device" --threads "$threads" \
    > "$OUT/eval-cpu-weights-on-$device.txt" 2>&1
  grep -E "own / swapped|^own reference +\| dE2000|eval on" "$OUT/eval-cpu-weights-on-$device.txt"
done
# A labeller trained from scratch on CUDA in batches of 16, examples drawn on every core.
timed "train on cuda" timeout "$TRAIN_SECONDS" "$run" train --out gpu.ekw --steps "${GPU_STEPS:-3000}" --batch "${GPU_BATCH:-16}" --channels "${GPU_CHANNELS:-16}" \
  --lr 3e-3 --seed 1 --device cuda --threads 4 --data-threads "$cores" --checkpoint-every 100 --data rig \
  > "$OUT/train-cuda.txt" 2>&1
tr '\r' '\n' < "$OUT/train-cuda.txt" | tail -3
cp gpu.ekw "$OUT/gpu-trained.ekw"
cp gpu.ekw.log.jsonl "$OUT/gpu-trained.log.jsonl" 2>/dev/null
timed "eval of the GPU-trained weights on cuda" timeout 120 "$run" eval --model gpu.ekw \
  "${eval_args[@]}" --device cuda --threads 4 > "$OUT/eval-gpu-weights.txt" 2>&1
grep -E "own / swapped|^own reference +\| dE2000|eval of" "$OUT/eval-gpu-weights.txt"
