# Shared helpers for the tmux end-to-end tests: a private tmux session running a plain
# shell, screen polling (no fixed sleeps), and pass/fail counting.
# Usage: source it, call e2e_start, run `check NAME COMMAND...`, end with e2e_finish.

bin=$(cd "$(dirname "$STORYLINE_BIN")" && pwd)/$(basename "$STORYLINE_BIN")
session="storyline-e2e-$(basename "$0" .sh)-$$"
tmpdir=$(mktemp -d)
passed=0
failed=0

# A private tmux server per test run, so parallel runs never touch each other's sessions.
tmux() { command tmux -L "$session" "$@"; }
e2e_cleanup() { tmux kill-server 2>/dev/null || true; rm -rf "$tmpdir"; }
trap e2e_cleanup EXIT

# Starts a shell at WIDTHxHEIGHT (default 80x24) with a fixed prompt.
e2e_start() {
    tmux kill-session -t "$session" 2>/dev/null || true
    tmux new-session -d -s "$session" -x "${1:-80}" -y "${2:-24}" "env -i PATH=$PATH HOME=$HOME TERM=tmux-256color PS1='$ ' bash --norc --noprofile"
    wait_for '$'
}

screen() { tmux capture-pane -p -t "$session"; }
keys() { tmux send-keys -t "$session" "$@"; }
# Types a command line into the shell and presses Enter.
run_line() { tmux send-keys -t "$session" -l "$1"; tmux send-keys -t "$session" Enter; }

# Polls the screen (every 50 ms, up to 10 s) until it contains TEXT.
wait_for() {
    local i
    for i in $(seq 1 200); do
        screen | grep -qF -- "$1" && return 0
        sleep 0.05
    done
    echo "  timed out waiting for: $1"; screen | sed 's/^/  | /'
    return 1
}

# Polls until the screen no longer contains TEXT.
wait_gone() {
    local i
    for i in $(seq 1 200); do
        screen | grep -qF -- "$1" || return 0
        sleep 0.05
    done
    echo "  still on screen: $1"; screen | sed 's/^/  | /'
    return 1
}

# Runs COMMAND...; counts and reports it as NAME.
check() {
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok - $name"
    else failed=$((failed + 1)); echo "FAIL - $name"; fi
}

# True when every line from FIRST to LAST (1-based) of the screen is exactly WIDTH display
# columns wide and ends with a right border character.
borders_at() {
    local width=$1 first=$2 last=$3
    screen | python3 -c '
import sys, unicodedata
width, first, last = map(int, sys.argv[1:4])
def w(s):
    n = 0
    for c in s:
        if unicodedata.combining(c) or c in "\u200b\u200d": continue
        n += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return n
lines = sys.stdin.read().split("\n")
bad = [(i + 1, w(l), l) for i, l in enumerate(lines[first - 1:last], start=first - 1) if w(l) != width or l[-1:] not in "│┐┘"]
for b in bad: print("  line %d is %d columns: %s" % b)
sys.exit(1 if bad else 0)' "$width" "$first" "$last"
}

# Retries COMMAND... every 50 ms for up to 10 s until it succeeds (quietly until the last try).
eventually() {
    local i
    for i in $(seq 1 199); do "$@" >/dev/null 2>&1 && return 0; sleep 0.05; done
    "$@"
}

e2e_finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
