#!/usr/bin/env bash
# The CLI's messages for bad arguments say what is wrong: a negative or zero --limit, a missing
# query, a path that does not exist (named, with the reason, before the error).
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
echo "ok: search_cli_errors"
