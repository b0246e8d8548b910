#!/usr/bin/env bash
# `make bench`: generate (once) and measure corpora of the given sizes, Storyline and Tantivy
# side by side. Usage: bench/run.sh [SIZES...]   (default: 10000 100000)
# Generated corpora, caches and the Tantivy venv live in git-ignored bench-data/ and .bench-venv/.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
BENCH=.build/release/storyline-bench
QUERIES=$SHARED/bench/queries.txt
SIZES=${*:-10000 100000}
mkdir -p bench-data

if [ ! -x .bench-venv/bin/python ] || ! .bench-venv/bin/python -c 'import tantivy' 2>/dev/null; then
    echo "== creating .bench-venv with PyPI tantivy"
    python3 -m venv .bench-venv
    .bench-venv/bin/pip install -q tantivy
fi

# Runs a command with its stdout in $1; records peak RSS (MB) and CPU seconds in $1.rss/$1.cpu.
measure() {
    local out=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M %U %S' -o "$out.time" "$@" > "$out"
    else
        python3 -c 'import resource,subprocess,sys
subprocess.run(sys.argv[2:], check=True, stdout=open(sys.argv[1], "w"))
r = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1] + ".time", "w").write(f"{r.ru_maxrss} {r.ru_utime} {r.ru_stime}\n")' "$out" "$@"
    fi
    awk '{printf "%.0f", $1/1024}' "$out.time" > "$out.rss"
    awk '{printf "%.1f", $2+$3}' "$out.time" > "$out.cpu"
}
val() { grep "^$1=" "$2" | head -1 | cut -d= -f2-; }
fmt() { printf "%.${2:-1}f" "$1"; }

for n in $SIZES; do
    dir=bench-data/corpus-$n
    if [ ! -f "$dir/.complete" ]; then
        echo "== generating $n documents into $dir"
        rm -rf "$dir"
        python3 "$SHARED/bench/gen_corpus.py" --docs "$n" --out "$dir" --jobs 2
        touch "$dir/.complete"
    fi
    cache=bench-data/cache-$n
    out=bench-data/result-$n
    rm -f "$out".*
    echo "== $n documents ($(du -sm "$dir" | cut -f1) MB on disk; load average $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores)"
    measure "$out.cold" "$BENCH" cold "$dir" "$cache"
    sync
    measure "$out.open" "$BENCH" open "$dir" "$cache"
    measure "$out.reopen" "$BENCH" open "$dir" "$cache"
    assembled_mb=$(du -bc "$cache"/*.sqlite* | tail -1 | awk '{printf "%.1f", $1/1048576}')
    measure "$out.link" "$BENCH" link "$dir" "$cache"
    full_mb=$(du -bc "$cache"/*.sqlite* | tail -1 | awk '{printf "%.1f", $1/1048576}')
    measure "$out.relink" "$BENCH" open "$dir" "$cache"
    measure "$out.snap" "$BENCH" snapshot "$dir" "$cache"
    measure "$out.query" "$BENCH" query "$dir" "$cache" "$QUERIES"
    rss_cold=$(cat "$out.cold.rss"); rss_open=$(cat "$out.open.rss"); rss_query=$(cat "$out.query.rss")
    cpu_cold=$(cat "$out.cold.cpu"); cpu_open=$(cat "$out.open.cpu"); cpu_reopen=$(cat "$out.reopen.cpu")
    .bench-venv/bin/python bench/tantivy_bench.py "$dir" "bench-data/tantivy-$n" "$QUERIES" > "$out.tantivy"
    c=$out.cold; o=$out.open; q=$out.query; t=$out.tantivy
    ratio=$(python3 -c "print(f'{$(val cold_seconds $c)/$(val tantivy_index_seconds $t):.1f}')")
    echo "  cold build (parse+extract+index): $(fmt "$(val cold_seconds $c)") s, $(fmt "$(val cold_docs_per_s $c)" 0) docs/s, $(fmt "$(val cold_mb_per_s $c)") MB/s, ${cpu_cold} s CPU, peak RSS ${rss_cold} MB"
    echo "  tantivy index:                    $(fmt "$(val tantivy_index_seconds $t)") s, $(fmt "$(val tantivy_docs_per_s $t)" 0) docs/s, $(fmt "$(val tantivy_mb_per_s $t)") MB/s  (storyline/tantivy = ${ratio}x, target <= 3x)"
    echo "  cached open to first frame:       $(fmt "$(val snapshot_seconds $out.snap)" 3) s (cache snapshot + first frame of $(val snapshot_articles $out.snap) articles on the TestTerminal, target < 0.5 s), peak RSS $(cat "$out.snap.rss") MB"
    echo "  first full library after the build: $(fmt "$(val open_seconds $o)" 3) s (parsed $(val open_parsed $o) files; decode + assemble events/people/relations; loads behind the first frame), stored for the next open behind it by $(fmt "$(val open_stored_seconds $o)" 3) s, ${cpu_open} s CPU, peak RSS ${rss_open} MB"
    echo "  reopen to full library:           $(fmt "$(val open_seconds $out.reopen)" 3) s (unchanged corpus), ${cpu_reopen} s CPU, peak RSS $(cat "$out.reopen.rss") MB"
    echo "  related articles and stories:     $(fmt "$(val link_seconds $out.link)" 3) s (reopen, then link and store, as the browser's first open does), $(cat "$out.link.cpu") s CPU, peak RSS $(cat "$out.link.rss") MB"
    echo "  reopen with them stored:          $(fmt "$(val open_seconds $out.relink)" 3) s (what a browsing user waits for behind the first frame), $(cat "$out.relink.cpu") s CPU, peak RSS $(cat "$out.relink.rss") MB"
    echo "  query top-10 + snippets:          p50 $(fmt "$(val query_p50_ms $q)" 2) ms, p99 $(fmt "$(val query_p99_ms $q)" 2) ms, max $(fmt "$(val query_max_ms $q)" 2) ms over $(val queries $q) runs, peak RSS ${rss_query} MB"
    echo "    (CPU time per query:            p50 $(fmt "$(val query_cpu_p50_ms $q)" 2) ms, p99 $(fmt "$(val query_cpu_p99_ms $q)" 2) ms: wall times above include waiting for a busy CPU)"
    echo "  tantivy query:                    p50 $(fmt "$(val tantivy_query_p50_ms $t)" 2) ms, p99 $(fmt "$(val tantivy_query_p99_ms $t)" 2) ms, peak RSS $(fmt "$(val tantivy_peak_rss_mb $t)" 0) MB"
    echo "  slowest queries:                  $(val query_slowest $q)"
    echo "  cache size:                       $(fmt "$(val cache_mb $c)") MB after the cold build, ${assembled_mb} MB once the assembled library is stored, ${full_mb} MB with related articles and stories, for $(fmt "$(val corpus_mb $c)") MB of articles (tantivy index $(fmt "$(val tantivy_index_mb $t)") MB)"
done
