#!/usr/bin/env python3
"""Tantivy side by side with storyline-bench: index the same corpus, run the same queries.

Usage: tantivy_bench.py CORPUS_DIR INDEX_DIR QUERIES_FILE
Prints key=value lines (tantivy_index_seconds, tantivy_query_p50_ms, ...), like storyline-bench.
Documents: first non-empty line is the title, the rest the body (as Storyline reads them).
Queries: top 10 with a body snippet, timed in-process, 5 passes after one warm-up pass.
"""
import os
import resource
import shutil
import sys
import time

import tantivy


def documents(root):
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith((".txt", ".md", ".html")):
                continue
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
            text = data.decode("utf-8", "replace").replace("\r\n", "\n")
            title, _, body = text.strip().partition("\n")
            yield name, title, body, len(data)


def main():
    corpus, index_dir, queries_file = sys.argv[1:4]
    shutil.rmtree(index_dir, ignore_errors=True)
    os.makedirs(index_dir)
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("title", stored=True)
    sb.add_text_field("body", stored=True)
    sb.add_text_field("id", stored=True)
    schema = sb.build()
    index = tantivy.Index(schema, path=index_dir)
    start = time.perf_counter()
    writer = index.writer(heap_size=256_000_000, num_threads=2)
    n = 0
    size = 0
    for name, title, body, nbytes in documents(corpus):
        writer.add_document(tantivy.Document(id=name, title=title, body=body))
        n += 1
        size += nbytes
    writer.commit()
    writer.wait_merging_threads()
    elapsed = time.perf_counter() - start
    print(f"tantivy_index_seconds={elapsed}")
    print(f"tantivy_docs_per_s={n / elapsed}")
    print(f"tantivy_mb_per_s={size / 1048576 / elapsed}")
    disk = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(index_dir) for f in fs)
    print(f"tantivy_index_mb={disk / 1048576}")

    index.reload()
    searcher = index.searcher()
    with open(queries_file, encoding="utf-8") as f:
        queries = [q.strip() for q in f if q.strip()]

    def run(q):
        try:
            try:
                query = index.parse_query(q, ["title", "body"], field_boosts={"title": 2.0})
            except TypeError:
                query = index.parse_query(q, ["title", "body"])
        except ValueError:
            return 0
        hits = searcher.search(query, 10).hits
        gen = tantivy.SnippetGenerator.create(searcher, query, schema, "body")
        for _, address in hits:
            gen.snippet_from_doc(searcher.doc(address)).to_html()
        return len(hits)

    for q in queries:
        run(q)
    times = []
    for _ in range(5):
        for q in queries:
            t = time.perf_counter()
            run(q)
            times.append(time.perf_counter() - t)
    times.sort()
    pick = lambda p: times[min(len(times) - 1, round((len(times) - 1) * p))] * 1000
    print(f"tantivy_query_p50_ms={pick(0.5)}")
    print(f"tantivy_query_p99_ms={pick(0.99)}")
    print(f"tantivy_peak_rss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}")


if __name__ == "__main__":
    main()
