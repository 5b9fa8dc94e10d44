#!/usr/bin/env bash
# Benchmark (not a test): work per key stroke (query + redraw) and bytes written per key stroke
# on a large office, with the heap the screens run in (-Xmx64m). The office is generated once
# under bench/ (1,000,000 persons by default: a few minutes the first time).
# Usage: scripts/bench-keystrokes.sh [PERSONS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
persons="${1:-1000000}"
cd "$home"
mvn -q -B -Dstyle.color=never test-compile 1>&2
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2
db="bench/office-$persons.db"
if [ ! -f "$db" ]; then
    # Generating needs more heap than browsing it does.
    java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
        taizhang.bench.KeystrokeBench "$db" "$persons" >/dev/null
fi
# The flags the launcher gives the screens (quick compiler only), and a 64 MB heap.
exec java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" taizhang.bench.KeystrokeBench "$db" "$persons"
