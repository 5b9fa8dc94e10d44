#!/usr/bin/env bash
# Benchmark (not a test) of what an import pays for pinyin, as main made it before against now,
# in the same run:
# 1. the keys stored beside each person (search key, name sort key): main's code before
#    (builders per name, src/test/java/taizhang/domain/PinyinBefore.java) against
#    SearchKey.stored, over the same demo persons in one JVM: thread CPU, process CPU, bytes per name;
# 2. building the pinyin tables at the start of an import, in fresh JVMs, alternating: thread CPU
#    and process CPU (the compilers included), medians.
# Usage: scripts/bench-pinyin.sh [PERSONS] [ROUNDS] [STARTS]   (default 1000000 persons, 5 rounds, 9 starts)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
mvn -q -B -Dstyle.color=never test-compile 1>&2
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
uptime
java -Xmx1g -XX:+UseSerialGC -Dfile.encoding=UTF-8 -cp "$cp" taizhang.bench.PinyinBench "${1:-1000000}" "${2:-5}"
starts="${3:-9}"
runs="$(mktemp)"
for _ in $(seq "$starts"); do
    java -Xmx256m -XX:+UseSerialGC -cp "$cp" taizhang.bench.PinyinTablesBench before
    java -Xmx256m -XX:+UseSerialGC -cp "$cp" taizhang.bench.PinyinTablesBench now
done >"$runs"
median() { grep "^$1 " "$runs" | cut -d' ' -f"$2" | sort -n | sed -n "$(((starts + 1) / 2))p"; }
echo "pinyin tables at an import's start, medians of $starts fresh JVMs each:"
echo "  before (PinyinHelper, character by character): thread CPU $(median before 2) ms, process CPU $(median before 3) ms"
echo "  now (pinyin4j's dictionary file read):          thread CPU $(median now 2) ms, process CPU $(median now 3) ms"
rm -f "$runs"
uptime
