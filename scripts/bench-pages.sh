#!/usr/bin/env bash
# Benchmark (not a test): a register's page on a large county when no index serves its order or
# search (sorted by name or residence, a search nothing matches), against one plain read of the
# table measured in the same run; a ratio near 1 means the page costs one read of the table.
# The county is made once: ./taizhang init --demo --persons 1000000 --db bench/demo-1000000.db
# Usage: scripts/bench-pages.sh [DB] [ROUNDS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
db="${1:-bench/demo-1000000.db}"
rounds="${2:-3}"
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    ./taizhang --db "$db" init --demo --persons 1000000
fi
mvn -q -B -Dstyle.color=never test-compile 1>&2
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2
uptime
exec java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" taizhang.bench.PagesBench "$db" "$rounds"
