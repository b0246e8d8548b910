#!/usr/bin/env bash
# The CLI lists the bundled seeds from any working directory.
set -euo pipefail
bin=$(cd "$(dirname "$STORYLINE_BIN")" && pwd)/$(basename "$STORYLINE_BIN")
out=$(cd / && "$bin" articles)
n=$(printf '%s\n' "$out" | wc -l)
[ "$n" -eq 5 ] || { echo "expected 5 articles from the bundled seeds, got $n:"; echo "$out"; exit 1; }
echo "1 passed, 0 failed"
