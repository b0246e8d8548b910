#!/usr/bin/env bash
# `v` with an interactive pager (less): the pager gets the terminal (it runs in its own
# process group, so the browser must hand it the foreground), shows the article, quits on q,
# and the browser takes its keys back. A pager piping to a file (browse_nav.sh) cannot catch this.
set -uo pipefail
. "$(dirname "$0")/lib/tmux.sh"

if ! command -v less >/dev/null; then echo "ok - skipped: no less on PATH"; exit 0; fi
e2e_start 80 24
run_line "clear; PAGER=less XDG_CACHE_HOME='$tmpdir/cache' LANG=C.UTF-8 '$bin'; echo EXIT=\$?"
check "the bundled seeds load" wait_for "Articles · 5"
# v needs the article's text, which the full library brings behind the first screen.
wait_gone "loading…" >/dev/null
keys v
check "less shows the article full screen" wait_gone "Articles · 5"
check "the pager is still running (not stopped, not failed)" eventually eval 'screen | tail -1 | grep -qE "^:|\(END\)"'
keys q
check "q in the pager comes back to the browser" wait_for "Articles · 5"
check "no failure note from the pager" eventually eval '! screen | tail -1 | grep -qF "exited with status"'
keys j
check "the browser has its keys again" wait_for "2/5"
keys Q
check "Q quits cleanly" wait_for "EXIT=0"
e2e_finish
