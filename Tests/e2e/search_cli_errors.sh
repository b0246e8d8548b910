#!/usr/bin/env bash
# The CLI's messages for bad arguments say what is wrong: a negative or zero --limit, a missing
# query, a path that does not exist (named, with the reason, before the error), a mistyped
# command (not read as a folder), a query of only words too common to be indexed.
set -uo pipefail
bin=$(cd "$(dirname "$STORYLINE_BIN")" && pwd)/$(basename "$STORYLINE_BIN")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $1"; cat "$tmp/err.txt"; exit 1; }
for n in 0 -1 -5; do
  "$bin" search --no-cache --limit "$n" summit > /dev/null 2> "$tmp/err.txt" && fail "--limit $n succeeded"
  grep -q -- "--limit must be at least 1" "$tmp/err.txt" || fail "--limit $n: not told the limit must be at least 1"
done
"$bin" search > /dev/null 2> "$tmp/err.txt" && fail "search without a query succeeded"
grep -q "Missing expected argument '<query>'" "$tmp/err.txt" || fail "search without a query: not told the query is missing"
"$bin" search --no-cache summit "$tmp/nowhere" > /dev/null 2> "$tmp/err.txt" && fail "a missing path succeeded"
grep -q "$tmp/nowhere: no such file or folder" "$tmp/err.txt" || fail "a missing path is not named with its reason"
"$bin" serach summit > /dev/null 2> "$tmp/err.txt" && fail "a mistyped command succeeded"
grep -q "'serach' is neither a file nor a command (did you mean search?)" "$tmp/err.txt" || fail "a mistyped command is not named as one"
(cd "$tmp" && mkdir -p notes && printf 'Harbor talks\n\nThe harbor talks resumed on Monday.\n' > notes/a.txt \
  && "$bin" articles --no-cache notes > /dev/null 2> "$tmp/err.txt") || fail "a real folder named like a word was refused"
"$bin" search --no-cache "the OF" "$tmp/notes" > /dev/null 2> "$tmp/err.txt" && fail "a query of only common words succeeded"
grep -q '"the", "OF" are too common to search for on their own' "$tmp/err.txt" || fail "a query of only common words is not explained"
"$bin" search --no-cache "the harbor" "$tmp/notes" > "$tmp/out.txt" 2> "$tmp/err.txt" || fail "a query with a common word failed"
grep -q "Harbor talks" "$tmp/out.txt" || fail "the common word stopped the search"
grep -q '"the" is too common to search for; ignored' "$tmp/err.txt" || fail "the ignored common word is not said"
echo "ok: search_cli_errors"
