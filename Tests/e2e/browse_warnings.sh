#!/usr/bin/env bash
# A corpus with broken files: the browser opens on the good ones and says on its status line how
# many files were skipped (empty, binary) and repaired (not UTF-8), on the first run and from
# the cache; stderr lists them once the screen closes. A missing path says why before the error.
set -uo pipefail
. "$(dirname "$0")/lib/tmux.sh"

mkdir -p "$tmpdir/corpus"
printf 'Harbor talks resume\n\nThe harbor talks resumed in Valparaiso on Monday, officials said.\n' > "$tmpdir/corpus/good.txt"
: > "$tmpdir/corpus/empty.txt"
head -c 3000 /dev/urandom > "$tmpdir/corpus/noise.txt"
printf 'Port deal\n\nThe minister said \xff\xfe the port deal was signed on Tuesday.\n' > "$tmpdir/corpus/latin.md"
e2e_start 110 24
for round in "first run" "from the cache"; do
    run_line "clear; XDG_CACHE_HOME='$tmpdir/cache' LANG=C.UTF-8 '$bin' '$tmpdir/corpus' 2>'$tmpdir/err.txt'; echo EXIT=\$?"
    check "$round: the good files load" wait_for "Articles · 2"
    check "$round: the status line counts the skipped and repaired files" wait_for "2 files skipped, 1 repaired; listed when you quit"
    keys q
    check "$round: q quits cleanly" wait_for "EXIT=0"
    check "$round: stderr lists the empty file" grep -q "empty.txt: empty file (skipped)" "$tmpdir/err.txt"
done
run_line "clear; XDG_CACHE_HOME='$tmpdir/cache' LANG=C.UTF-8 '$bin' '$tmpdir/nowhere'; echo EXIT=\$?"
check "a missing path is named with the reason" wait_for "nowhere: no such file or folder"
check "and the browser exits with an error" wait_for "EXIT=1"
e2e_finish
