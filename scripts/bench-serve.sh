#!/usr/bin/env bash
# Benchmark (not a test) of `taizhang serve` (SPEC section 11), on a running server started as the
# office starts it (./taizhang serve, -Xmx256m), with OpenSSH's client and sshd's own:
#  1. an ssh login to home's first frame against a bare JVM printing one line, started alternately
#     in the same run (median of RUNS; goal: ratio < 1, the warm server beats a cold JVM);
#  2. SESSIONS clerks at once, each paging the persons register of a 1,000,000-person county:
#     key to redraw over SSH, p99 (goal < 30 ms);
#  3. memory per idle session: the server's heap in use after a full collection and its resident
#     memory, with SESSIONS sessions on home against none.
# The county is made once: ./taizhang init --demo --persons 1000000 --db /tmp/serve-big.db
# Usage: scripts/bench-serve.sh [DB] [RUNS] [SESSIONS] [KEYS] [PAUSE_MS]
#   (each clerk presses PgDn KEYS times, PAUSE_MS after each redraw: 100 ms is a clerk holding the key down)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:-/tmp/serve-big.db}"
runs="${2:-9}"
sessions="${3:-20}"
keys="${4:-50}"
pause="${5:-100}"
cd "$home"
tmp="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

./taizhang --help >/dev/null   # builds the jar if needed
if [ ! -f "$db" ]; then
    echo "bench-serve: making $db (1,000,000 persons)..." >&2
    ./taizhang init --demo --persons 1000000 --db "$db" >&2
fi
mvn -q -B -o -Dstyle.color=never test-compile 1>&2 || mvn -q -B -Dstyle.color=never test-compile 1>&2
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath 1>&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"

# An account of its own, with a key (added again on each run: the first run's stays).
ssh-keygen -q -t ed25519 -N "" -f "$tmp/id" >/dev/null
login="bench"
./taizhang account add "$login" --role viewer --scope '*' --name benchmark --db "$db" >/dev/null 2>&1 || true
./taizhang account key add "$login" "$tmp/id.pub" --db "$db" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

./taizhang serve --listen "127.0.0.1:$port" --db "$db" --host-key "$tmp/host-key" \
    --max-sessions "$((sessions + 1))" > "$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do grep -q "^host key" "$tmp/server.log" && break; sleep 0.2; done
grep -q "^host key" "$tmp/server.log" || { cat "$tmp/server.log" >&2; echo "bench-serve: server did not start" >&2; exit 1; }
started=$(sed -n 's/.*listening on \(.*\) (.*/\1/p' "$tmp/server.log")
echo "server: $started, database $db"

# shellcheck source=scripts/bare-jvm.sh
. "$home/scripts/bare-jvm.sh"
bare_jvm "$tmp"

# Both timed the same way: from starting the process to reading what shows it is done.
python3 - "$tmp" "$port" "$login" "$runs" <<'PY'
import os, subprocess, sys, time
tmp, port, login, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
ssh = ["ssh", "-tt", "-F", "/dev/null", "-i", f"{tmp}/id", "-p", port, "-o", "StrictHostKeyChecking=no",
       "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", f"{login}@127.0.0.1"]
marker = "首页".encode()          # home's title, in the first frame (Chinese: no LANG is sent)
def until(cmd, seen, send=None):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         env={k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANG"})
    got = b""
    while seen not in got:
        chunk = os.read(p.stdout.fileno(), 65536)
        if not chunk:
            raise SystemExit(f"bench-serve: {cmd[0]} ended before showing {seen!r}: {got[-300:]!r}")
        got += chunk
    ms = (time.perf_counter() - t0) * 1000
    if send:
        p.stdin.write(send); p.stdin.flush()
    p.wait(timeout=30)
    return ms
bare, login_ms = [], []
for _ in range(runs):
    bare.append(until(["java", "-cp", tmp, "Hello"], b"hello"))
    login_ms.append(until(ssh, marker, b"q"))
med = lambda xs: sorted(xs)[len(xs) // 2]
print(f"bare JVM printing one line: median {med(bare):.0f} ms (runs: {', '.join(f'{x:.0f}' for x in bare)})")
print(f"ssh login to home's first frame: median {med(login_ms):.0f} ms (runs: {', '.join(f'{x:.0f}' for x in login_ms)})")
print(f"ratio: {med(login_ms) / med(bare):.2f} (goal < 1)")
PY

rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
# Heap in use after a full collection, in kB (jcmd asks the running JVM).
heap() {
    jcmd "$server" GC.run >/dev/null
    jcmd "$server" GC.heap_info | awk '/generation/ {for (i = 1; i < NF; i++) if ($i == "used") {sub(/K,?/, "", $(i + 1)); kb += $(i + 1)}} END {print kb}'
}

heap_before=$(heap); rss_before=$(rss)
java -Xmx256m -cp "$cp" taizhang.bench.ServeBench "$port" "$login" "$tmp/id" "$sessions" 0 0 idle 10 > "$tmp/idle.log" &
idle=$!
for _ in $(seq 1 900); do grep -q "sessions open" "$tmp/idle.log" && break; sleep 0.2; done
heap_during=$(heap); rss_during=$(rss)
wait "$idle"
echo "server with no session: heap in use ${heap_before} kB, resident ${rss_before} kB"
echo "with $sessions idle sessions on home: heap in use ${heap_during} kB, resident ${rss_during} kB"
awk -v h0="$heap_before" -v h1="$heap_during" -v r0="$rss_before" -v r1="$rss_during" -v n="$sessions" \
    'BEGIN { printf "per idle session: heap %.0f kB, resident %.0f kB\n", (h1 - h0) / n, (r1 - r0) / n }'

java -Xmx256m -cp "$cp" taizhang.bench.ServeBench "$port" "$login" "$tmp/id" "$sessions" "$keys" "$pause" page
