#!/usr/bin/env bash
# Import speed: taizhang's `import persons` of the demo county's persons file (1M by default),
# every validation on, heap capped at 256 MB, against the sqlite3 shell's `.import` of the same
# file into a bare table, measured in the same run; and the floor: the same `.import` followed by
# building the indexes taizhang's person table has, so the part of the gap that indexes account
# for is visible; and SQLite's own share: the shell inserting the very rows taizhang stored into an
# empty register and building its indexes, so that what the Java side adds is visible too. Prints
# the times, rows per second and the ratios.
#
#   scripts/bench-import.sh [PERSONS] [RUNS]        (default 1000000 persons, 1 run)
#
# Last, unless BINDING_ROUNDS=0: what handing the rows to SQLite through sqlite-jdbc costs against
# SQLite inserting the same rows itself (taizhang.bench.BindingBench; needs a ~3 GB heap for 1M).
#
# With RUNS > 1 each is run that many times, alternating, and the min and median are printed
# (the machine is shared: single runs are noisy). The processor time (user + system, all
# threads) of the shell and of taizhang is printed too, with the load average before and after:
# on a busy machine the wall-clock times follow the other processes, processor time much less.
set -euo pipefail
cd "$(dirname "$0")/.."
persons=${1:-1000000}
runs=${2:-1}
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAIZHANG_TODAY=${TAIZHANG_TODAY:-2026-11-23}

./taizhang --help >/dev/null                      # build once, outside the timings
./taizhang demo --out "$work/demo" --persons "$persons" >/dev/null 2>&1
./taizhang init --db "$work/empty.db" 2>/dev/null
./taizhang import areas "$work/demo/areas.csv" --db "$work/empty.db" >/dev/null
rows=$(( $(wc -l < "$work/demo/persons.csv") - 1 ))
# The indexes of the person table as taizhang creates them, for the floor.
indexes=$(sqlite3 "$work/empty.db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person'
                                    AND sql IS NOT NULL")

now() { date +%s.%N; }
# Runs a command, its output discarded; appends its processor time (user + system) to $cpu_file.
cpu_file="$work/cpu"
timed() {
    local TIMEFORMAT='%U %S'
    { time "$@" >/dev/null 2>&1; } 2>> "$cpu_file"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)
shell_times=()
shell16_times=()
shell_cpu=()
ours_cpu=()
floor_times=()
sqlite_times=()
# The import sorts its indexes with a worker thread per further core (storage/BulkLoad.java); so does the floor.
sort_threads=$(( $(nproc 2>/dev/null || echo 1) - 1 ))
sort_threads=$(( sort_threads > 3 ? 3 : sort_threads ))
ours_times=()
for ((i = 0; i < runs; i++)); do
    rm -f "$work/shell.db" "$work/t.db"*
    t0=$(now)
    : > "$cpu_file"
    timed sqlite3 "$work/shell.db" ".import --csv $work/demo/persons.csv person"
    t1=$(now)
    cp "$work/empty.db" "$work/t.db"
    TAIZHANG_JAVA_OPTS="-Xmx256m" timed ./taizhang import persons "$work/demo/persons.csv" --db "$work/t.db"
    t2=$(now)
    # The shell again into a file of taizhang's page size (storage/Database.java: 16 KiB; the
    # shell's own file above has SQLite's 4 KiB), so that what the page size alone gives is seen.
    rm -f "$work/shell16.db"
    t7=$(now)
    sqlite3 "$work/shell16.db" "PRAGMA page_size = 16384" ".import --csv $work/demo/persons.csv person" >/dev/null
    t8=$(now)
    shell16_times+=("$(echo "$t8 $t7" | awk '{print $1 - $2}')")
    [ "$(sqlite3 "$work/t.db" "SELECT count(*) FROM person")" = "$rows" ] || { echo "the import did not take every row" >&2; exit 1; }
    shell_cpu+=("$(sed -n 1p "$cpu_file" | awk '{print $1 + $2}')")
    ours_cpu+=("$(sed -n 2p "$cpu_file" | awk '{print $1 + $2}')")
    # The floor: the bare .import, then building taizhang's person indexes over the same rows
    # (dropped from the imported database and built again, so the data is exactly the same).
    sqlite3 "$work/t.db" "$(sqlite3 "$work/t.db" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master
                                                 WHERE type = 'index' AND tbl_name = 'person' AND sql IS NOT NULL")"
    t3=$(now)
    sqlite3 "$work/t.db" "PRAGMA threads = $sort_threads; $indexes" >/dev/null
    t4=$(now)
    # SQLite's own share of taizhang's import, for the same rows: the rows taizhang stored (search
    # key, sort key, stamps and all) inserted into an empty register by the shell (column by column,
    # as an INSERT of bound values is, not copied page by page), the indexes built as the import
    # builds them, one transaction.
    cp "$work/empty.db" "$work/s.db"
    columns=$(sqlite3 "$work/s.db" "SELECT group_concat(name, ', ') FROM pragma_table_info('person')")
    sqlite3 "$work/s.db" "$(sqlite3 "$work/s.db" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master
                                                 WHERE type = 'index' AND tbl_name = 'person' AND sql IS NOT NULL")"
    t5=$(now)
    sqlite3 "$work/s.db" "PRAGMA cache_size = -131072; ATTACH '$work/t.db' AS t; BEGIN;
                          INSERT INTO person ($columns) SELECT $columns FROM t.person;
                          PRAGMA cache_size = -2000; PRAGMA threads = $sort_threads; $indexes COMMIT;" >/dev/null
    t6=$(now)
    sqlite_times+=("$(echo "$t6 $t5" | awk '{print $1 - $2}')")
    shell_times+=("$(echo "$t1 $t0" | awk '{print $1 - $2}')")
    ours_times+=("$(echo "$t2 $t1" | awk '{print $1 - $2}')")
    floor_times+=("$(echo "$t1 $t0 $t4 $t3" | awk '{print $1 - $2 + $3 - $4}')")
done

stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {printf "%.2f %.2f", a[1], (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
read -r shell_min shell_med <<< "$(stats "${shell_times[@]}")"
read -r shell16_min shell16_med <<< "$(stats "${shell16_times[@]}")"
read -r floor_min floor_med <<< "$(stats "${floor_times[@]}")"
read -r ours_min ours_med <<< "$(stats "${ours_times[@]}")"
read -r sqlite_min sqlite_med <<< "$(stats "${sqlite_times[@]}")"
read -r _ shell_cpu_med <<< "$(stats "${shell_cpu[@]}")"
read -r _ ours_cpu_med <<< "$(stats "${ours_cpu[@]}")"
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)
awk -v rows="$rows" -v runs="$runs"  -v sm="$shell_min" -v sd="$shell_med" -v s16="$shell16_med" -v fm="$floor_min" -v fd="$floor_med" \
    -v om="$ours_min" -v od="$ours_med" -v qm="$sqlite_min" -v qd="$sqlite_med" -v sc="$shell_cpu_med" -v oc="$ours_cpu_med" \
    -v lb="$load_before" -v la="$load_after" -v cores="$(nproc 2>/dev/null || echo '?')" 'BEGIN {
    printf "rows:                          %d (%d runs; min, median)\n", rows, runs
    printf "sqlite3 .import:               %.2f s, %.2f s (%.0f rows/s)\n", sm, sd, rows / sd
    printf "  the same, 16 KiB pages:      %.2f s (median; taizhang makes its files so; for comparison)\n", s16
    printf "floor (.import, then indexes): %.2f s, %.2f s = %.2fx the shell\n", fm, fd, fd / sd
    printf "SQLite for our rows:           %.2f s, %.2f s = %.2fx the shell (shell inserting the rows taizhang stored, then the indexes)\n", qm, qd, qd / sd
    printf "taizhang import:               %.2f s, %.2f s (%.0f rows/s), every validation on, -Xmx256m\n", om, od, rows / od
    printf "ratio:                         %.2fx the shell (median; min %.2fx; goal: at most 3), %.2fx the floor\n", od / sd, om / sm, od / fd
    printf "                               %.2fx the shell into a file of 16 KiB pages (median)\n", od / s16
    printf "processor time (user+system):  shell %.2f s, taizhang %.2f s = %.2fx (medians; all threads)\n", sc, oc, oc / sc
    printf "load average (1, 5, 15 min):   %s before, %s after, %s cores\n", lb, la, cores
}'
binding_rounds=${BINDING_ROUNDS:-3}
if [ "$binding_rounds" -gt 0 ]; then
    mvn -q -B -o -Dstyle.color=never test-compile 1>&2 || mvn -q -B -Dstyle.color=never test-compile 1>&2
    mvn -q -B -o -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2 \
        || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2
    java -Xmx3g -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
        taizhang.bench.BindingBench "$work/t.db" "$work/empty.db" "$binding_rounds"
fi
