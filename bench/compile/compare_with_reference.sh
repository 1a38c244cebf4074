#!/usr/bin/env bash
# Output equality against a reference binary: for the sample, every corpus script, every golden
# diagnostics script and any scripts given, `compile` (the shot graph JSON on stdout), the human
# diagnostics of `check` and `--diagnostics=json`, and the exit codes, compared byte for byte.
# Prints one line per difference and a summary; exits 1 when anything differs.
#   bash bench/compile/compare_with_reference.sh REFERENCE_EKONTE [BUILD_DIR] [SCRIPT ...]
set -uo pipefail
cd "$(dirname "$0")/../.."
REF="${1:?usage: compare_with_reference.sh REFERENCE_EKONTE [BUILD_DIR] [SCRIPT ...]}"
BUILD="${2:-build}"
shift $(( $# > 2 ? 2 : $# ))
NEW="$BUILD/cli/ekonte"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scripts=(samples/*.eko ../shared/corpus/*.eko ../shared/corpus/*.fountain tests/diagnostics/*.eko "$@")
same=0 differ=0
for script in "${scripts[@]}"; do
  [ -f "$script" ] || continue
  for mode in compile check json; do
    for who in ref new; do
      bin="$REF"; [ "$who" = new ] && bin="$NEW"
      case "$mode" in
        compile) "$bin" compile "$script" > "$work/$who.out" 2> "$work/$who.err" ;;
        check) "$bin" check "$script" > "$work/$who.out" 2> "$work/$who.err" ;;
        json) "$bin" check --diagnostics=json "$script" > "$work/$who.out" 2> "$work/$who.err" ;;
      esac
      echo "exit $?" >> "$work/$who.err"
    done
    if cmp -s "$work/ref.out" "$work/new.out" && cmp -s "$work/ref.err" "$work/new.err"; then
      same=$((same + 1))
    else
      differ=$((differ + 1))
      echo "DIFFERS: $mode $script"
    fi
  done
done
echo "$same identical, $differ different (${#scripts[@]} scripts x compile, check, --diagnostics=json)"
[ "$differ" -eq 0 ]
