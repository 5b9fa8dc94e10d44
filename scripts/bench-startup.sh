#!/usr/bin/env bash
# Benchmark (not a test): start-up as a clerk sees it, measured from outside the program. In a
# tmux pane at 80x24, each run starts a command the way a shell would and times, from the moment
# tmux is asked to start it, until its output is on the pane:
#   bare  a bare JVM printing one line (the baseline): until "hello" is on the pane;
#   frame ./taizhang to its first frame: until the key legend (its last line) is on the pane;
#   home  ./taizhang to the complete home screen: until the headline figures are on the pane.
# The pane's output is read as tmux receives it, through a control-mode client (no polling, so
# the measuring takes no processor time from what is measured). Runs alternate bare and
# taizhang; medians are printed with their ratios. Goals: frame <= 4x bare, home <= 6x bare.
# With --inside, also prints where the in-process moments (frame written, home written) fall.
# On a machine busy with other work, BENCH_NICE=-10 runs both commands at a higher priority
# (root only), which comes nearer to what a clerk's quiet PC sees.
# Usage: scripts/bench-startup.sh [RUNS] [DB] [--inside]
#        (default 9 runs on the 20,000-person demo county under bench/, made once)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-9}"
db="${2:-$home/bench/demo-20000.db}"
inside="${3:-}"
cd "$home"
tmp="$(mktemp -d)"
session="taizhang-startup-$$"
cleanup() {
    [ -n "${control_pid:-}" ] && kill "$control_pid" 2>/dev/null
    tmux kill-session -t "$session" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

./taizhang --help >/dev/null   # builds the jar and trains the class-data-sharing archive if needed
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    ./taizhang --db "$db" init --demo
fi
# shellcheck source=scripts/bare-jvm.sh
. "$home/scripts/bare-jvm.sh"
bare_jvm "$tmp"

tmux new-session -d -s "$session" -x 80 -y 24 "sleep 100000"
tmux set-option -t "$session" remain-on-exit on
tmux set-option -t "$session" window-size manual
tmux resize-window -t "$session" -x 80 -y 24
# The control-mode client: what it is told goes to fd 5, what the pane shows comes from fd 4.
coproc CONTROL { tmux -C attach-session -t "$session"; }
control_pid=$CONTROL_PID
exec 4<&"${CONTROL[0]}" 5>&"${CONTROL[1]}"
echo "display-message -p attached" >&5          # wait until the client is attached and answering
while IFS= read -r -t 10 line <&4; do [ "$line" = attached ] && break; done

now() { local t=$EPOCHREALTIME; echo "${t/./}"; }   # microseconds, no process started
# Starts a command in the pane and returns when each marker has been on it, printing the ms to each.
run() {
    local command="$1"; shift
    local started line found=() marker
    while read -r -t 0.01 line <&4; do :; done          # drop what came before
    if [ -n "${BENCH_NICE:-}" ]; then
        command="renice -n $BENCH_NICE \$\$ >/dev/null; $command"
    fi
    printf '#!/bin/sh\n%s\n' "$command" > "$tmp/command.sh"
    chmod +x "$tmp/command.sh"
    started=$(now)
    echo "respawn-pane -k -t $session $tmp/command.sh" >&5
    local seen=""
    for marker in "$@"; do
        while IFS= read -r -t 30 line <&4; do
            [[ "$line" == "%output "* ]] || continue
            # tmux reads the pane in pieces: a marker may be split between two of them.
            (( ${#seen} > 64 )) && seen="${seen: -64}"
            seen+="${line#%output * }"
            if [[ "$seen" == *"$marker"* ]]; then
                found+=($(( ($(now) - started) / 1000 )))
                seen=""
                continue 2
            fi
        done
        echo "bench-startup: never saw '$marker'" >&2
        exit 1
    done
    echo "${found[@]}"
}
dead() {
    for _ in $(seq 1 200); do
        [ "$(tmux display-message -p -t "$session" '#{pane_dead}')" = 1 ] && return 0
        sleep 0.05
    done
    echo "bench-startup: the program did not quit" >&2
    exit 1
}

legend="F10/q"        # the end of home's key legend, the last line of the first frame
figures="出生数"       # a headline figure's label: drawn only when home is complete
opts="${TAIZHANG_JAVA_OPTS:-}"
# One run of each first, not counted: files into the page cache, as they are on an office PC.
run "exec java -cp '$tmp' Hello" hello >/dev/null
dead
run "cd '$home' && exec ./taizhang --db '$db' --lang zh" "$legend" "$figures" >/dev/null
tmux send-keys -t "$session" q
dead
for i in $(seq 1 "$runs"); do
    set -- $(run "exec java -cp '$tmp' Hello" hello)
    echo "bare $1" >> "$tmp/times"
    dead
    stamps=""
    if [ "$inside" = "--inside" ]; then
        rm -f "$tmp/stamps"
        stamps="-Dtaizhang.firstFrameFile=$tmp/stamps"
    fi
    t0=$(now)
    set -- $(run "cd '$home' && TAIZHANG_JAVA_OPTS='$opts $stamps' exec ./taizhang --db '$db' --lang zh" \
        "$legend" "$figures")
    echo "frame $1" >> "$tmp/times"
    echo "home $2" >> "$tmp/times"
    if [ -n "$stamps" ]; then
        for _ in $(seq 1 40); do grep -q '^home ' "$tmp/stamps" 2>/dev/null && break; sleep 0.05; done
        inside_frame=$(( $(grep -m1 '^frame ' "$tmp/stamps" | cut -d' ' -f2) - t0 / 1000 ))
        inside_home=$(( $(grep -m1 '^home ' "$tmp/stamps" | cut -d' ' -f2) - t0 / 1000 ))
        echo "inside-frame $inside_frame" >> "$tmp/times"
        echo "inside-home $inside_home" >> "$tmp/times"
        echo "gap-frame $(( $1 - inside_frame ))" >> "$tmp/times"
        echo "gap-home $(( $2 - inside_home ))" >> "$tmp/times"
    fi
    tmux send-keys -t "$session" q
    dead
done

median() { grep "^$1 " "$tmp/times" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
range() { grep "^$1 " "$tmp/times" | awk '{print $2}' | sort -n | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}'; }
bare=$(median bare)
frame=$(median frame)
complete=$(median home)
echo "runs: $runs  database: $db  (measured from outside, in tmux at 80x24)"
echo "bare JVM printing one line:              median ${bare} ms ($(range bare))"
echo "./taizhang, key legend on the pane:      median ${frame} ms ($(range frame))"
echo "./taizhang, headline figures on the pane: median ${complete} ms ($(range home))"
awk -v f="$frame" -v h="$complete" -v b="$bare" \
    'BEGIN { printf "ratio first frame: %.2f (goal <= 4), complete home: %.2f (goal <= 6)\n", f / b, h / b }'
if [ "$inside" = "--inside" ]; then
    echo "in-process stamps (same clock, from the moment tmux was asked): frame written $(median inside-frame) ms," \
        "home written $(median inside-home) ms"
    echo "pane minus in-process, per run: frame $(median gap-frame) ms ($(range gap-frame)), home $(median gap-home) ms" \
        "($(range gap-home))"
fi
