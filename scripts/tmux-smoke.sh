#!/usr/bin/env bash
# Smoke test of the real program in a real terminal: runs ./taizhang in tmux at 80x24 on a
# temporary database, adds a person whose name holds a character outside the BMP (张𠮷) by
# typing through tmux send-keys, saves with Ctrl-S, quits with q, and checks the database
# with sqlite3 (the stored bytes must be the UTF-8 of 张𠮷) and the screen (no "??").
# Needs tmux and sqlite3. Usage: scripts/tmux-smoke.sh   (exit 0 = passed)
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
db="$tmp/smoke.db"
session="taizhang-smoke-$$"
cleanup() {
    tmux kill-session -t "$session" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
    echo "tmux-smoke: FAILED: $*" >&2
    echo "--- screen ---" >&2
    tmux capture-pane -p -t "$session" >&2 2>/dev/null || true
    exit 1
}

# An empty office with one county, township and village (no import needed).
"$home/taizhang" --db "$db" init >/dev/null 2>&1 || fail "init"
sqlite3 "$db" "INSERT INTO area (code, name, parent_code, created_at, updated_at) VALUES
    ('990101', '演示县', NULL, 'smoke', 'smoke'),
    ('990101101', '城关镇', '990101', 'smoke', 'smoke'),
    ('990101101201', '东村', '990101101', 'smoke', 'smoke');"

tmux new-session -d -s "$session" -x 80 -y 24 \
    "TAIZHANG_TODAY=2026-11-20 '$home/taizhang' --db '$db' --lang zh; echo \$? > '$tmp/exit'; sleep 60"

screen() { tmux capture-pane -p -t "$session"; }
wait_for() {
    for _ in $(seq 1 100); do
        if screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    fail "never showed: $1"
}
keys() { tmux send-keys -t "$session" "$@"; }
text() { tmux send-keys -t "$session" -l "$1"; }

wait_for "登记簿"
keys 1;            wait_for "全部记录"
keys a;            wait_for "新增人口记录"
keys Tab                               # no ID number
text '张𠮷';      keys Tab             # name, one character outside the BMP
text 'f';          keys Tab             # sex: type-ahead on the code
text '1990-03-04'; keys Enter           # birth date; a lone CR moves on and the next key is kept
text 'dc';         keys Tab             # village 东村 by its pinyin initials
keys Tab                                # no household number
text 'r';          keys Tab             # residence: resident
keys C-s;          wait_for "已保存新记录"
screen | grep -qF '张𠮷' || fail "the saved name is not shown whole"
if screen | grep -qF '??'; then fail "a character was written as ??"; fi
# A terminal made larger meanwhile: quitting must leave no table rows in the shell's history
# (tmux pushes the top of a grown alternate screen into it unless the program wiped it).
tmux resize-window -t "$session" -x 100 -y 30
sleep 0.5
keys q
for _ in $(seq 1 50); do [ -f "$tmp/exit" ] && break; sleep 0.1; done
if tmux capture-pane -p -S - -t "$session" | grep -qF '张𠮷'; then fail "table rows left in the shell after quitting"; fi
[ -f "$tmp/exit" ] || fail "q did not quit"
[ "$(cat "$tmp/exit")" = 0 ] || fail "exit status $(cat "$tmp/exit")"

# The terminal going away (a closed window, a dropped SSH connection) ends the program too.
tmux kill-session -t "$session"
tmux new-session -d -s "$session" -x 80 -y 24 "'$home/taizhang' --db '$db' --lang zh"
wait_for "登记簿"
tmux kill-session -t "$session"
for _ in $(seq 1 50); do pgrep -f -- "--db $db" >/dev/null || break; sleep 0.1; done
if pgrep -f -- "--db $db" >/dev/null; then
    for pid in $(pgrep -f -- "--db $db"); do kill "$pid"; done   # this run's own, by their ids
    fail "the program outlived its terminal"
fi

row="$(sqlite3 "$db" "SELECT name, hex(name), sex, birth_date, area_code, residence FROM person")"
expected="张𠮷|E5BCA0F0A0AEB7|F|1990-03-04|990101101201|resident"
[ "$row" = "$expected" ] || fail "database holds '$row', expected '$expected'"
echo "tmux-smoke: ok ($row)"
