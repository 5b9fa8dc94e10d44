#!/usr/bin/env bash
# Benchmark (not a test): `taizhang report --period ytd:... --format csv` on a large county
# against the same counts computed by the sqlite3 shell from scripts/report-counts.sql, in the
# same run, on the same file. Prints both times (median of RUNS) and the ratio; goal <= 1.5.
#
#   scripts/bench-report.sh [DB] [PERSONS] [YYYY-MM]
#
# DB is made when missing: with the demo county (init --demo --persons N) when the program
# has it, else with scripts/bench-fixture.sql. Default: /tmp/taizhang-bench.db, 1000000, 2026-10.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:-/tmp/taizhang-bench.db}"
persons="${2:-1000000}"
month="${3:-2026-10}"
runs="${RUNS:-5}"
export TAIZHANG_TODAY="${TAIZHANG_TODAY:-2026-11-24}"

if [ ! -f "$db" ]; then
    echo "making $db with $persons persons..." >&2
    if ! "$home/taizhang" --db "$db" init --demo --persons "$persons" 2>/dev/null; then
        rm -f "$db" "$db-wal" "$db-shm"
        "$home/taizhang" --db "$db" init
        sqlite3 "$db" ".param set :persons $persons" ".read $home/scripts/bench-fixture.sql" >/dev/null
    fi
fi
# Build the jar and its class-data archive before timing anything.
"$home/taizhang" --db "$db" report --period "ytd:$month" --format csv --out /dev/null
"$home/taizhang" --db "$db" report --period "ytd:$month" --format csv --out /dev/null

# The period's days as the report computes them (SPEC 5), for the shell's parameters.
start_month=$(sqlite3 "$db" "SELECT value FROM setting WHERE key = 'stat_year_start'")
start_month=${start_month:-1}
y=${month%-*}
m=$((10#${month#*-}))
if [ "$start_month" -eq 1 ]; then sy=$y; elif [ "$m" -ge "$start_month" ]; then sy=$y; else sy=$((y - 1)); fi
params() { # $1 = years back
    local back=$1 s e
    s=$(printf '%04d-%02d-01' $((sy - back)) "$start_month")
    e=$(date -d "$(printf '%04d-%02d-01' $((y - back)) "$m") +1 month -1 day" +%F)
    printf '%s\n' ".param set :start \"'$s'\"" ".param set :end \"'$e'\"" \
        ".param set :start_month \"'${s:0:7}'\"" ".param set :end_month \"'${e:0:7}'\"" \
        ".param set :sy_start \"'$s'\"" ".param set :born_from \"'$(date -d "$e -50 years +1 day" +%F)'\"" \
        ".param set :born_to \"'$(date -d "$e -15 years" +%F)'\"" ".param set :timely_days 30"
}
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{ params 0; echo ".read $home/scripts/report-counts.sql"; params 1; echo ".read $home/scripts/report-counts.sql"; } > "$script"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Prints "wall cpu" seconds of a command (cpu = user + system, less sensitive to a busy machine).
time_of() {
    local f
    f=$(mktemp)
    /usr/bin/time -f '%e %U %S' -o "$f" "$@" >/dev/null
    awk '{printf "%s %.3f\n", $1, $2 + $3}' "$f"
    rm -f "$f"
}

java_wall=() java_cpu=() shell_wall=() shell_cpu=()
for _ in $(seq "$runs"); do
    read -r w c < <(time_of "$home/taizhang" --db "$db" report --period "ytd:$month" --format csv --out /dev/null)
    java_wall+=("$w"); java_cpu+=("$c")
    read -r w c < <(time_of sqlite3 "$db" ".read $script")
    shell_wall+=("$w"); shell_cpu+=("$c")
done
jw=$(printf '%s\n' "${java_wall[@]}" | median)
jc=$(printf '%s\n' "${java_cpu[@]}" | median)
sw=$(printf '%s\n' "${shell_wall[@]}" | median)
sc=$(printf '%s\n' "${shell_cpu[@]}" | median)
printf 'persons: %s  period: ytd:%s  runs: %s (medians)  load: %s\n' \
    "$(sqlite3 "$db" 'SELECT count(*) FROM person')" "$month" "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
printf 'taizhang report --format csv:       wall %.3f s  cpu %.3f s\n' "$jw" "$jc"
printf 'sqlite3 scripts/report-counts.sql:  wall %.3f s  cpu %.3f s\n' "$sw" "$sc"
printf 'ratio: wall %.2f  cpu %.2f (goal <= 1.5)\n' "$(echo "$jw / $sw" | bc -l)" "$(echo "$jc / $sc" | bc -l)"
