#!/usr/bin/env bash
# Ekonte against fountain-js on the same Fountain screenplay: the corpus's lighthouse.fountain,
# its title page once and its body repeated to 60 KB, 600 KB and 6 MB (or the sizes given, in
# KB). Whole process, median of RUNS runs with /usr/bin/time: `node fountain_js_parse.js` (tokens
# and HTML) against `ekonte check --from fountain` (Ekonte has no parse-only mode: check reads the
# screenplay, plans its shots and runs every check pass, staging inference included).
# fountain-js is installed outside the repository and is never needed by the tests:
#   npm install --prefix /tmp/fjs fountain-js@1.2.4
#   bash bench/fountain/bench_fountain_js.sh /tmp/fjs [BUILD_DIR] [RUNS] [KB ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
FJS="${1:?usage: bench_fountain_js.sh FOUNTAIN_JS_PREFIX [BUILD_DIR] [RUNS] [KB ...]}"
BUILD="${2:-build}"
RUNS="${3:-5}"
shift $(( $# > 3 ? 3 : $# ))
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(60 600 6000)
EKONTE="$BUILD/cli/ekonte"
SOURCE="../shared/corpus/lighthouse.fountain"
[ -d "$FJS/node_modules/fountain-js" ] || { echo "no fountain-js under $FJS: npm install --prefix $FJS fountain-js@1.2.4" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The title page (up to the first blank line) once, then the body until the size is reached.
make_screenplay() {  # KB, file
  awk 'NR == 1, /^$/' "$SOURCE" > "$2"
  awk 'f; /^$/ { f = 1 }' "$SOURCE" > "$work/body"
  while [ "$(stat -c %s "$2")" -lt $(( $1 * 1000 )) ]; do cat "$work/body" >> "$2"; done
}

median_of() {  # prints "cpu_s wall_s peak_kb" medians over RUNS runs of the command
  : > "$work/rows"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$@" >/dev/null 2>&1 || true
    tail -1 "$work/time" >> "$work/rows"
  done
  awk '{ w[NR] = $1; c[NR] = $2 + $3; m[NR] = $4 }
       function med(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }; return a[int((n + 1) / 2)] }
       END { printf "%.3f %.3f %d\n", med(c, NR), med(w, NR), med(m, NR) }' "$work/rows"
}

printf '%8s %12s %12s %12s %12s %14s %14s\n' KB "ekonte cpu s" "fjs cpu s" "ekonte MB/s" "fjs MB/s" "ekonte MiB" "fjs MiB"
for kb in "${SIZES[@]}"; do
  file="$work/screenplay-$kb.fountain"
  make_screenplay "$kb" "$file"
  mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { print b / 1e6 }')
  read -r ec ew em < <(median_of "$EKONTE" check --from fountain "$file")
  read -r fc fw fm < <(median_of env NODE_PATH="$FJS/node_modules" node bench/fountain/fountain_js_parse.js "$file")
  awk -v kb="$kb" -v mb="$mb" -v ec="$ec" -v fc="$fc" -v em="$em" -v fm="$fm" 'BEGIN {
    printf "%8d %12.3f %12.3f %12.2f %12.2f %14.1f %14.1f\n", kb, ec, fc, mb / ec, mb / fc, em / 1024, fm / 1024 }'
done
