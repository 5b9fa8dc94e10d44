#!/usr/bin/env bash
# Benchmark (not a test): what the audit trail costs (SPEC 9, issue 9's goal: an audited import at
# most 10 % slower; one entry per import, not one per row).
#  1. A form save, audited, against the unaudited save it replaced, alternating in one process.
#  2. `import persons` of the 1M-person demo file by this build and by the build before accounts
#     (commit d482667), alternating, RUNS times each; medians and their ratio.
# Usage: scripts/bench-audit.sh [PERSONS] [RUNS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
persons=${1:-1000000}
runs=${2:-3}
export TAIZHANG_TODAY=${TAIZHANG_TODAY:-2026-11-23}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/before" 2>/dev/null; rm -rf "$work"; git worktree prune' EXIT

./taizhang --help >/dev/null
mvn -q -B -Dstyle.color=never test-compile 1>&2
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2
./taizhang init --db "$work/save.db" 2>/dev/null
./taizhang demo --out "$work/small" --persons 200 >/dev/null
./taizhang import areas "$work/small/areas.csv" --db "$work/save.db" >/dev/null
java -Xmx64m -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    taizhang.bench.SaveBench "$work/save.db" 300

git worktree add -q --detach "$work/before" d482667
(cd "$work/before" && mvn -q -B -Dstyle.color=never -DskipTests package 1>&2)
./taizhang demo --out "$work/demo" --persons "$persons" >/dev/null
now() { date +%s.%N; }
ours=()
theirs=()
for i in $(seq "$runs"); do
    for who in before now; do
        db="$work/$who-$i.db"
        if [ "$who" = before ]; then launcher="$work/before/taizhang"; else launcher=./taizhang; fi
        "$launcher" init --db "$db" 2>/dev/null
        "$launcher" import areas "$work/demo/areas.csv" --db "$db" >/dev/null
        t0=$(now)
        TAIZHANG_JAVA_OPTS="-Xmx256m" "$launcher" import persons "$work/demo/persons.csv" --db "$db" >/dev/null
        t1=$(now)
        took=$(echo "$t1 $t0" | awk '{print $1 - $2}')
        if [ "$who" = before ]; then theirs+=("$took"); else ours+=("$took"); fi
        rm -f "$db" "$db"-*
    done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
b=$(median "${theirs[@]}")
a=$(median "${ours[@]}")
echo "import persons ($persons rows), median of $runs: before accounts ${b} s, audited ${a} s" \
    | awk '{print}'
awk -v a="$a" -v b="$b" 'BEGIN { printf "ratio: %.3f (goal: at most 1.10)\n", a / b }'
