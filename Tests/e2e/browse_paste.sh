#!/usr/bin/env bash
# Pasting into the browser (bracketed paste, as terminals do when the program asks): the
# text lands in the search bar as one line, its tab, line break and escape sequence never act
# as keys; a paste outside the bar is refused, not run as commands.
set -uo pipefail
. "$(dirname "$0")/lib/tmux.sh"

e2e_start 100 30
run_line "clear; XDG_CACHE_HOME='$tmpdir/cache' LANG=C.UTF-8 '$bin'; echo EXIT=\$?"
check "the bundled seeds load" wait_for "Articles · 5"
tmux set-buffer -b storyline-paste "$(printf 'president\tlee\033[31m\nq')"
keys /
wait_for "Search all articles" >/dev/null
tmux paste-buffer -p -b storyline-paste -t "$session"
check "the paste is one line in the bar" wait_for "/ president lee q"
check "its line break did not open a result" eventually eval 'screen | grep -qF "Search all articles"'
keys Escape
wait_for "Articles · 5" >/dev/null
tmux paste-buffer -p -b storyline-paste -t "$session"
check "a paste outside the bar is refused" wait_for "press / first"
check "and its q did not quit" eventually eval '! screen | grep -qF "EXIT="'
keys Q
check "Q quits cleanly" wait_for "EXIT=0"
e2e_finish
