#!/usr/bin/env bash
# CLI commands go through the cache (a plain search through the index alone): a broken file is
# reported on every run (also when the rest comes from the cache), the exit status is non-zero only when nothing loads, and the second run
# prints exactly what the first (and --no-cache) printed.
set -euo pipefail
bin=$(cd "$(dirname "$STORYLINE_BIN")" && pwd)/$(basename "$STORYLINE_BIN")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache"
mkdir -p "$tmp/corpus" "$tmp/bad"
printf 'Harbour reopens after repairs\n\nThe city harbour reopened on Friday after months of repairs.\n' > "$tmp/corpus/good.txt"
printf '\x00\x01\xff\xfe\x00\x9c\x00\x00' > "$tmp/corpus/binary.txt"
: > "$tmp/corpus/empty.txt"
cp "$tmp/corpus/binary.txt" "$tmp/corpus/empty.txt" "$tmp/bad/"
passed=0
for cmd in events people relations stories articles; do
  "$bin" $cmd --json --no-cache "$tmp/corpus" > "$tmp/expected.json" 2>/dev/null
  for run in 1 2; do
    "$bin" $cmd --json "$tmp/corpus" > "$tmp/out.json" 2> "$tmp/err.txt" || { echo "$cmd run $run: non-zero exit"; cat "$tmp/err.txt"; exit 1; }
    for f in binary.txt empty.txt; do
      grep -q "$tmp/corpus/$f" "$tmp/err.txt" || { echo "$cmd run $run: no warning for $f:"; cat "$tmp/err.txt"; exit 1; }
    done
    cmp -s "$tmp/expected.json" "$tmp/out.json" || { echo "$cmd run $run: output differs from --no-cache"; exit 1; }
  done
  passed=$((passed + 1))
done
# A plain search is answered from the index alone (the library is not loaded): same lines and
# the same warnings as --no-cache, on the first run (which builds the cache) and the second.
"$bin" search --no-cache harbour "$tmp/corpus" > "$tmp/expected.txt" 2>/dev/null
for run in 1 2; do
  "$bin" search harbour "$tmp/corpus" > "$tmp/out.txt" 2> "$tmp/err.txt" || { echo "search run $run: non-zero exit"; cat "$tmp/err.txt"; exit 1; }
  for f in binary.txt empty.txt; do
    grep -q "$tmp/corpus/$f" "$tmp/err.txt" || { echo "search run $run: no warning for $f:"; cat "$tmp/err.txt"; exit 1; }
  done
  grep -q "good" "$tmp/out.txt" || { echo "search run $run: the article is not found:"; cat "$tmp/out.txt"; exit 1; }
  cmp -s "$tmp/expected.txt" "$tmp/out.txt" || { echo "search run $run: output differs from --no-cache"; diff "$tmp/expected.txt" "$tmp/out.txt"; exit 1; }
done
if "$bin" search harbour "$tmp/bad" > /dev/null 2> "$tmp/err.txt"; then
  echo "search in a folder of only broken files exited with status 0"; exit 1
fi
passed=$((passed + 1))
for run in 1 2; do
  if "$bin" events --json "$tmp/bad" > /dev/null 2> "$tmp/err.txt"; then
    echo "run $run: a folder of only broken files exited with status 0"; exit 1
  fi
  grep -q "$tmp/bad/binary.txt" "$tmp/err.txt" || { echo "run $run: no warning for the binary file"; cat "$tmp/err.txt"; exit 1; }
done
passed=$((passed + 1))
echo "$passed passed, 0 failed"
