#!/usr/bin/env bash
# A cache written by another build of storyline is rebuilt, and the browser says so on its first
# screen (not only on stderr once it is closed).
set -uo pipefail
. "$(dirname "$0")/lib/tmux.sh"

XDG_CACHE_HOME="$tmpdir/cache" "$bin" index >/dev/null 2>&1
python3 - "$tmpdir/cache/storyline" <<'PY'
import glob, sqlite3, sys
db = sqlite3.connect(glob.glob(sys.argv[1] + "/*.sqlite")[0])
db.execute("UPDATE meta SET value = 'another build' WHERE key = 'engine'")
db.commit()
PY
e2e_start 110 24
run_line "clear; XDG_CACHE_HOME='$tmpdir/cache' LANG=C.UTF-8 '$bin' 2>'$tmpdir/err.txt'; echo EXIT=\$?"
check "the seeds load from the rebuilt cache" wait_for "Articles · 5"
check "the status line says the cache is being rebuilt" wait_for "rebuilding it"
keys q
check "q quits cleanly" wait_for "EXIT=0"
check "the notice is printed on stderr too, with the cache's path" grep -q "cache /.*\.sqlite .*rebuilding it" "$tmpdir/err.txt"
e2e_finish
