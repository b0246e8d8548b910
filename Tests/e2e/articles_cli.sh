#!/usr/bin/env bash
# The CLI lists the bundled seeds from any working directory, says when a search has more
# matches than it prints, and reads a query that starts with an exclusion as a query.
set -euo pipefail
bin=$(cd "$(dirname "$STORYLINE_BIN")" && pwd)/$(basename "$STORYLINE_BIN")
out=$(cd / && "$bin" articles)
n=$(printf '%s\n' "$out" | wc -l)
[ "$n" -eq 5 ] || { echo "expected 5 articles from the bundled seeds, got $n:"; echo "$out"; exit 1; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/corpus"
for i in 1 2 3; do
  printf 'Harbor talks, round %s\n\nThe harbor talks resumed in Valparaiso on Monday, officials said.\n' "$i" > "$tmp/corpus/a$i.txt"
done
"$bin" search --no-cache --limit 2 harbor "$tmp/corpus" > "$tmp/out.txt" 2> "$tmp/err.txt"
[ "$(grep -c '^[0-9u]' "$tmp/out.txt")" -eq 2 ] || { echo "--limit 2 printed other than 2 results:"; cat "$tmp/out.txt"; exit 1; }
grep -q "more articles match" "$tmp/err.txt" || { echo "no note that more articles match:"; cat "$tmp/err.txt"; exit 1; }
"$bin" search --no-cache --limit 3 harbor "$tmp/corpus" > "$tmp/out.txt" 2> "$tmp/err.txt"
[ "$(grep -c '^[0-9u]' "$tmp/out.txt")" -eq 3 ] || { echo "--limit 3 printed other than 3 results:"; cat "$tmp/out.txt"; exit 1; }
if grep -q "more articles match" "$tmp/err.txt"; then echo "note printed although every match is shown"; exit 1; fi
printf 'Harbor strike ends\n\nDock workers at the harbor ended their strike on Friday.\n' > "$tmp/corpus/b.txt"
"$bin" search --no-cache "-talks harbor" "$tmp/corpus" --limit 5 > "$tmp/out.txt" 2> "$tmp/err.txt" \
  || { echo "a query starting with -word was rejected:"; cat "$tmp/err.txt"; exit 1; }
[ "$(grep -c '^[0-9u]' "$tmp/out.txt")" -eq 1 ] && grep -q "strike" "$tmp/out.txt" \
  || { echo "'-talks harbor' should find only the strike article:"; cat "$tmp/out.txt"; exit 1; }
echo "3 passed, 0 failed"
