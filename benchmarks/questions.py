"""Every competency question (queries/cq-*.rq) timed on one graph in three places, each beside a
baseline measured the same way in the same run (one full scan of the graph,
``SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }``; a ratio below 1 means the question costs less than
reading every triple once):

* ``local``: in pyoxigraph, in memory (union default graph, what `policykg query --graph` does);
* ``serve``: through `policykg serve` (the in-memory endpoint, HTTP, JSON results);
* ``store``: through `policykg serve --store` (oxigraph's server on a RocksDB store: what `serve` was
  before it answered from memory).

    .venv/bin/python benchmarks/questions.py out/graph.trig [--runs 5] [--queries DIR] [--skip cq-12 …]
                                             [--modes local serve store]

A remote time ends when the whole answer has arrived; its rows are counted after the clock stops (the
client's JSON parse, ~1 s for cq-10's 90 MB on 1,000 reports, is not the server's time).
(`make bench` runs it on the 37-report build and on the 1,000-report benchmark graph, and prints the two
side by side: `compare`.) Loading is timed on its own: the in-memory store (`bulk_load`, what `policykg
query --graph` does before every query), `serve` (the same load in its worker keeper, then the HTTP
server) and `serve --store` (`oxigraph load` into a store folder, then the server's start). Nothing is
asserted: times are printed and returned.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from bench_args import at_least, graph_file, parser, question_folder, question_texts, run as run_main

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SLOW = 10.0  # seconds: a question slower than this once is not repeated
MODES = ("local", "serve", "store")


def _timed(fn, runs: int) -> tuple[float, int]:
    """(median seconds, rows) of fn() over `runs` runs (one run if the first is slower than SLOW)."""
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
        rows = out() if callable(out) else out   # remote: counted after the clock stopped
        if times[0] > SLOW:
            break
    return statistics.median(times), rows


def _local(graph: Path):
    """(run(text) → rows, seconds the load took) on an in-memory pyoxigraph store of GRAPH."""
    import pyoxigraph as ox
    t = time.perf_counter()
    store = ox.Store()
    fmt = ox.RdfFormat.from_extension(graph.suffix.lstrip(".")) or ox.RdfFormat.TRIG
    store.bulk_load(path=str(graph), format=fmt)
    seconds = time.perf_counter() - t
    return (lambda text: sum(1 for _ in store.query(text, use_default_graph_as_union=True))), seconds


def _remote(url: str):
    """run(text) → a row counter, timed to the whole answer's arrival. http.client on one kept-alive
    connection: requests' `r.content` reads in 10 KiB pieces (~1 s of the time for cq-10's 88 MB)."""
    import http.client
    from urllib.parse import urlencode, urlsplit

    where = urlsplit(url)
    conn = http.client.HTTPConnection(where.hostname, where.port, timeout=900)

    def run(text: str):
        conn.request("POST", where.path, urlencode({"query": text}),
                     {"Accept": "application/sparql-results+json",
                      "Content-Type": "application/x-www-form-urlencoded"})
        r = conn.getresponse()
        body = r.read()  # the whole answer has arrived
        if r.status != 200:
            raise RuntimeError(f"HTTP {r.status}: {body[:200]!r}")
        return lambda: len(json.loads(body)["results"]["bindings"])
    return run


def bench_questions(graph: Path, runs: int = 5, queries: Path = ROOT / "policykg" / "queries", skip=(),
                    modes=MODES) -> dict:
    """{"baseline": {...}, "questions": {name: {...}}} for every cq-*.rq of QUERIES on GRAPH (those
    whose name starts with one of SKIP left out: e.g. an old version that never finishes), in MODES."""
    texts = {name: text for name, text in question_texts(queries).items() if not name.startswith(tuple(skip))}
    out: dict = {"graph": str(graph), "runs": runs, "modes": list(modes), "questions": {}, "load": {},
                 "baseline": {}}
    for where in modes:
        fn, stop = _place(where, graph, out["load"])
        try:
            fn(BASELINE)  # warm up (store caches, HTTP connection)
            out["baseline"][where] = _timed(lambda: fn(BASELINE), runs)[0]
            for name, text in texts.items():
                row = out["questions"].setdefault(name, {})
                seconds, rows = _timed(lambda: fn(text), runs)
                row[where], row[f"{where}_rows"] = seconds, rows
                row[f"{where}_ratio"] = seconds / out["baseline"][where]
                print(f"  … {where} {name}: {rows} rows, {seconds:.3f} s", flush=True)  # a large graph takes minutes
        finally:
            stop()
    return out


def _place(where: str, graph: Path, load: dict):
    """(run(text), stop()) for one mode; the time its loading took goes into LOAD."""
    t = time.perf_counter()
    if where == "local":
        fn, load[where] = _local(graph)
        return fn, lambda: None
    if where == "serve":
        from policykg.use.serve import start
        server = start([str(graph)], port=0, timeout=900)
    else:
        from policykg.use.serve_oxigraph import start
        server = start([str(graph)], port=0, timeout=900)   # a temporary RocksDB store
    load[where] = time.perf_counter() - t
    return _remote(server.url + "query"), server.stop


def print_table(res: dict) -> None:
    b, load, modes = res["baseline"], res["load"], res.get("modes", ["local", "serve"])
    print(f"\ncompetency questions on {res['graph']} (median of {res['runs']} runs; ratio = time / one full "
          f"scan: " + ", ".join(f"{m} {b[m] * 1000:.1f} ms" for m in modes) + ")")
    print("  loading, not in the times below: " + ", ".join(f"{m} {load[m]:.2f} s" for m in modes))
    print(f"  {'question':<38}{'rows':>6}" + "".join(f"{m:>11}{'ratio':>8}" for m in modes))
    for name, r in res["questions"].items():
        rows = {r[f"{m}_rows"] for m in modes}
        same = "" if len(rows) == 1 else f"  (rows differ: {[r[f'{m}_rows'] for m in modes]})"
        print(f"  {name:<38}{r[modes[0] + '_rows']:>6}" + "".join(
            f"{r[m] * 1000:>9.1f}ms{r[m + '_ratio']:>8.2f}" for m in modes) + same, flush=True)
    worst = max(max(r[m] for m in modes if m != "store") for r in res["questions"].values())
    print(f"  slowest question (local, serve): {worst:.3f} s")


def compare(small: dict, large: dict, limits: tuple[float, float] = (1.0, 5.0)) -> None:
    """One table: every question on the small and the large graph in each mode, each time marked
    against its limit (issue 15: ≤ 1 s on 37 reports, ≤ 5 s on 1,000)."""
    modes = [m for m in small.get("modes", ["local", "serve"]) if m in large.get("modes", ["local", "serve"])]

    def cell(r: dict | None, where: str, limit: float) -> str:
        if r is None or where not in r:
            return f"{'—':>11}"
        return f"{r[where] * 1000:>9.1f}ms" + ("✔" if r[where] <= limit else "✘")

    print(f"\ncompetency questions: {small['graph']} | {large['graph']} (median seconds; ✔ within "
          f"{limits[0]:g} s / {limits[1]:g} s)")
    print(f"  {'question':<38}{'rows':>7}" + "".join(f"{m:>12}" for m in modes) + f" |{'rows':>8}"
          + "".join(f"{m:>12}" for m in modes))
    for name in sorted(set(small["questions"]) | set(large["questions"])):
        a, b = small["questions"].get(name), large["questions"].get(name)
        print(f"  {name:<38}{a[modes[0] + '_rows'] if a else '—':>7}"
              + "".join(cell(a, m, limits[0]) for m in modes)
              + f" |{b[modes[0] + '_rows'] if b else '—':>8}" + "".join(cell(b, m, limits[1]) for m in modes),
              flush=True)
    for res in (small, large):
        print(f"  {res['graph']}: loading " + ", ".join(f"{m} {res['load'][m]:.1f} s" for m in modes)
              + " (not in the times above)")


def main() -> None:
    ap = parser()
    ap.add_argument("graph", type=graph_file)
    ap.add_argument("--runs", type=at_least(1), default=5)
    ap.add_argument("--queries", type=question_folder, default=ROOT / "policykg" / "queries", help="folder of cq-*.rq to time")
    ap.add_argument("--skip", nargs="*", default=[], help="question names (prefixes) to leave out")
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    print_table(bench_questions(args.graph, args.runs, args.queries, args.skip, args.modes))


if __name__ == "__main__":
    run_main(main)
