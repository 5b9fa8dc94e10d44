#!/usr/bin/env bash
# Import speed: taizhang's `import persons` of the 1M-person demo file, every validation on,
# heap capped at 256 MB, against the sqlite3 shell's `.import` of the same file into a bare
# table, measured in the same run. Prints both times, rows per second and the ratio.
#
#   scripts/bench-import.sh [PERSONS]        (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
persons=${1:-1000000}
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAIZHANG_TODAY=${TAIZHANG_TODAY:-2026-11-23}

./taizhang --help >/dev/null                      # build once, outside the timings
./taizhang demo --out "$work/demo" --persons "$persons" >/dev/null
./taizhang init --db "$work/t.db" 2>/dev/null
./taizhang import areas "$work/demo/areas.csv" --db "$work/t.db" >/dev/null
rows=$(( $(wc -l < "$work/demo/persons.csv") - 1 ))

now() { date +%s.%N; }
t0=$(now)
sqlite3 "$work/shell.db" ".import --csv $work/demo/persons.csv person"
t1=$(now)
TAIZHANG_JAVA_OPTS="-Xmx256m" ./taizhang import persons "$work/demo/persons.csv" --db "$work/t.db" >/dev/null
t2=$(now)

awk -v rows="$rows" -v shell="$(echo "$t1 $t0" | awk '{print $1 - $2}')" -v ours="$(echo "$t2 $t1" | awk '{print $1 - $2}')" 'BEGIN {
    printf "rows:            %d\n", rows
    printf "sqlite3 .import: %.2f s (%.0f rows/s)\n", shell, rows / shell
    printf "taizhang import: %.2f s (%.0f rows/s), every validation on, -Xmx256m\n", ours, rows / ours
    printf "ratio:           %.2f x the shell (goal: at most 3)\n", ours / shell
}'
