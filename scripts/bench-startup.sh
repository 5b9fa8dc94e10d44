#!/usr/bin/env bash
# Benchmark (not a test): time from start to the first complete home screen, in tmux at 80x24,
# against a bare JVM printing one line, measured alternately in the same run (median of N).
# The program is started exactly as a clerk starts it (./taizhang); a system property makes it
# note when the first frame went to the terminal and when the home screen was complete (the
# tally's headline figures, read beside the screens, drawn too), then exit. Goal: ratio <= 4.
# Usage: scripts/bench-startup.sh [RUNS] [DB]   (default 9 runs on the 20,000-person demo county)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-9}"
db="${2:-$home/bench/demo-20000.db}"
cd "$home"
tmp="$(mktemp -d)"
session="taizhang-startup-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$tmp"' EXIT

./taizhang --help >/dev/null   # builds the jar and trains the class-data-sharing archive if needed
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    ./taizhang --db "$db" init --demo
fi
# shellcheck source=scripts/bare-jvm.sh
. "$home/scripts/bare-jvm.sh"
bare_jvm "$tmp"

cat > "$tmp/inner.sh" <<INNER
#!/usr/bin/env bash
ms() { echo \$(( (\$(date +%s%N) - \$1) / 1000000 )); }
for i in \$(seq 1 $runs); do
    s=\$(date +%s%N); java -cp "$tmp" Hello; echo "bare \$(ms \$s)" >> "$tmp/times"
    rm -f "$tmp/frame"
    s=\$(date +%s%N)
    TAIZHANG_JAVA_OPTS="-Dtaizhang.exitAfterFirstFrame=true -Dtaizhang.firstFrameFile=$tmp/frame" \\
        "$home/taizhang" --db "$db" --lang zh
    echo "exit \$(ms \$s)" >> "$tmp/times"
    echo "frame \$(( \$(sed -n 1p "$tmp/frame") - s / 1000000 ))" >> "$tmp/times"
    echo "home \$(( \$(sed -n 2p "$tmp/frame") - s / 1000000 ))" >> "$tmp/times"
done
touch "$tmp/done"
INNER
chmod +x "$tmp/inner.sh"
tmux new-session -d -s "$session" -x 80 -y 24 "$tmp/inner.sh"
for _ in $(seq 1 600); do [ -f "$tmp/done" ] && break; sleep 0.2; done
[ -f "$tmp/done" ] || { echo "bench-startup: timed out" >&2; exit 1; }

median() { grep "^$1 " "$tmp/times" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
bare=$(median bare)
homems=$(median home)
echo "runs: $runs  database: $db"
echo "bare JVM printing one line: median ${bare} ms"
echo "./taizhang to its first frame (home, tally figures still counting): median $(median frame) ms"
echo "./taizhang to the first complete home screen (tally figures drawn): median ${homems} ms"
awk -v h="$homems" -v b="$bare" 'BEGIN { printf "ratio: %.2f (goal <= 4)\n", h / b }'
