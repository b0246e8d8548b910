#!/usr/bin/env bash
# The real browser in tmux at 80x24: list, reader, help, keys, Korean alignment, resize,
# and that the terminal is restored after q, Ctrl-C and SIGTERM.
set -uo pipefail
. "$(dirname "$0")/lib/tmux.sh"

corpus=$tmpdir/corpus
mkdir -p "$corpus"
{
    echo "김민지 대통령, 사토 하나 총리와 첫 정상 통화 — 경제·안보 협력 강화 합의"
    echo
    echo "김민지 대통령은 10일 저녁 사토 하나 일본 총리와 첫 정상 통화를 했다. 두 정상은 경제와 안보 협력을 강화하기로 했다. 대통령실은 다음 달 서울에서 정상회담을 열 계획이라고 밝혔다. 通话持续了约30分钟。"
    echo
    printf 'Kim Min-ji said the call was “productive” — 😀 and cafe\xcc\x81 owners cheered.\n'
} > "$corpus/ko_wire.txt"
{
    echo "Prime minister visits the capital for trade talks"
    echo
    echo "The prime minister arrived on Tuesday for two days of talks on trade and energy."
} > "$corpus/en_wire.txt"

launch() { run_line "clear; LANG=C.UTF-8 ${1:-} '$bin' '$corpus'; echo EXIT=\$?"; }
restored() {  # the browser is gone, the shell prompt is back, echo and canonical mode are on
    wait_for "EXIT=$1" && ! screen | grep -qF "Storyline " \
        && run_line "if stty -a | grep -qE -- '(^| )-(echo|icanon)( |;|\$)'; then echo TTY=raw; else echo TTY=sane; fi" \
        && wait_for "TTY=sane"
}

e2e_start 80 24
launch
check "starts and lists the articles" wait_for "Articles · 2"
check "status line shows position and hints" wait_for "1/2"
keys j
check "j moves the selection" wait_for "2/2"
keys k
check "k moves back" wait_for "1/2"
check "Korean titles keep the right border in column 80" borders_at 80 2 23
keys s
check "s toggles the sort order" wait_for "oldest first"
keys '?'
check "? shows the help overlay from the key table" wait_for "newest/oldest first"
keys x
check "any key closes the help" wait_gone "newest/oldest first"
keys F
tmux send-keys -t "$session" -l "사토 하나"
keys Enter
keys Enter
check "F finds an article by Korean text and Enter opens it" wait_for "通话持续了约30分钟。"
check "the reader keeps borders aligned with Korean, Chinese, emoji and accents" borders_at 80 2 23
keys q
wait_gone "› Article " >/dev/null
keys g Enter
check "Enter opens the reader full width" wait_for "› Article "
keys q
check "q goes back to the list" wait_gone "› Article "
tmux resize-window -t "$session" -x 50 -y 12
check "below 60x15 says the terminal is too small" wait_for "Terminal too small: 50x12"
tmux resize-window -t "$session" -x 100 -y 30
check "growing again redraws the panes side by side" wait_for "Articles · 2"
check "at 100x30 both boxes end in column 100" eventually borders_at 100 2 29
tmux resize-window -t "$session" -x 80 -y 24
check "back at 80x24 the border is in column 80" eventually borders_at 80 2 23
keys q
check "q quits and restores the terminal" restored 0

launch
wait_for "Articles · 2" >/dev/null
keys C-c
check "Ctrl-C quits and restores the terminal" restored 130

launch
wait_for "Articles · 2" >/dev/null
shell=$(tmux display-message -p -t "$session" '#{pane_pid}')
child=$(pgrep -P "$shell" | head -1)
kill -TERM "$child"
check "SIGTERM quits and restores the terminal" restored 143

launch
wait_for "Articles · 2" >/dev/null
shell=$(tmux display-message -p -t "$session" '#{pane_pid}')
kill -HUP "$(pgrep -P "$shell" | head -1)"
check "SIGHUP quits and restores the terminal" restored 129

launch "NO_COLOR=1"
wait_for "Articles · 2" >/dev/null
colored() { tmux capture-pane -p -e -t "$session" | grep -qE $'\e\\[([0-9;]*;)?(3[0-7]|9[0-7]|38)(;[0-9;]*)?m'; }
check "NO_COLOR draws no colours" eval '! colored'
keys q
wait_for "EXIT=0" >/dev/null
launch
wait_for "Articles · 2" >/dev/null
check "colours are used without NO_COLOR" colored
keys q
wait_for "EXIT=0" >/dev/null

out=$("$bin" "$corpus" </dev/null 2>&1); rc=$?
check "not a TTY: a clear error" eval '[ "$rc" -ne 0 ] && grep -q "interactive terminal" <<<"$out"'
run_line "clear; LANG=C '$bin' '$corpus'; echo EXIT=\$?"
check "non-UTF-8 locale: says to set LANG=C.UTF-8" wait_for "set LANG=C.UTF-8"
run_line "clear; LANG=C.UTF-8 TERM=no-such-term '$bin' '$corpus'; echo EXIT=\$?"
check "unknown TERM: an error naming it" wait_for "unknown terminal type TERM=no-such-term"
run_line "clear; LANG=C.UTF-8 env -u TERM '$bin' '$corpus'; echo EXIT=\$?"
check "missing TERM: an error" wait_for "TERM is not set"

e2e_finish
