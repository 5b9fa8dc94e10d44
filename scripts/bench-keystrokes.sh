#!/usr/bin/env bash
# Benchmark (not a test): work per key stroke (query + redraw) and bytes written per key stroke
# on the demo county, with the heap and compiler the screens run with (-Xmx64m, quick compiler).
# The county is made once under bench/ by `taizhang init --demo --persons N` (1,000,000 persons
# by default: some minutes the first time).
# Usage: scripts/bench-keystrokes.sh [PERSONS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
persons="${1:-1000000}"
cd "$home"
db="bench/demo-$persons.db"
if [ ! -f "$db" ]; then
    mkdir -p bench
    ./taizhang --db "$db" init --demo --persons "$persons"
fi
mvn -q -B -Dstyle.color=never test-compile 1>&2
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2
exec java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" taizhang.bench.KeystrokeBench "$db"
