#!/usr/bin/env bash
# Stress benchmark (not a test): N clerks, each a process of its own, adding, changing and
# voiding births of one village as fast as they can for S seconds on one database file, through
# the write path the screens use. The births come from a small set, so clerks often register
# the same birth at the same moment. Afterwards: every acknowledged save is in the database
# (with exactly one audit entry), no two live records claim the same birth, `taizhang check`
# and `taizhang audit --verify` pass. Prints saves per second and the p99 time a save waited
# for the write lock.
#
#   scripts/bench-clerks.sh [N] [SECONDS]        (default 8 clerks, 60 seconds)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clerks="${1:-8}"
seconds="${2:-60}"
cd "$home"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAIZHANG_TODAY=2026-11-23

./taizhang --help >/dev/null                      # build the jar once, outside the run
mvn -q -B -o -Dstyle.color=never test-compile 1>&2 || mvn -q -B -Dstyle.color=never test-compile 1>&2
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2 \
    || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"

db="$work/office.db"
./taizhang --db "$db" init --demo --persons 2000 >/dev/null 2>&1
village=$(./taizhang --db "$db" export areas | awk -F, 'NR > 1 && length($1) == 12 { print $1; exit }')
mkdir "$work/out"
echo "$clerks clerks on $db, village $village, $seconds s..." >&2

start=$(( $(date +%s%3N) + 15000 ))              # all begin together, their JVMs warmed up
pids=()
for i in $(seq 1 "$clerks"); do
    java -Xmx128m -cp "$cp" taizhang.bench.ClerksBench work "$db" "$village" "$seconds" "$start" "bench-$i" \
        "$work/out" 2>>"$work/out/errors.log" &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done

status=0
java -Dbench.seconds="$seconds" -cp "$cp" taizhang.bench.ClerksBench verify "$db" "$work/out" || status=1
if [ -s "$work/out/errors.log" ]; then echo "errors:"; head -20 "$work/out/errors.log"; status=1; fi
if ./taizhang --db "$db" check >/dev/null 2>"$work/check.err"; then echo "check:                passes"
else echo "check:                FAILED"; cat "$work/check.err"; status=1; fi
if verified=$(./taizhang --db "$db" audit --verify 2>"$work/audit.err"); then echo "audit --verify:       $verified"
else echo "audit --verify:       FAILED: $verified"; cat "$work/audit.err"; status=1; fi
exit $status
