"""Every competency question (queries/cq-*.rq) timed on one graph, locally in pyoxigraph (union
default graph, as `policykg query` and `serve` see a TriG) and through `policykg serve` (the oxigraph
server, HTTP, JSON results), each beside a baseline measured the same way in the same run: one full
scan of the graph, ``SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }``. A ratio below 1 means the
question costs less than reading every triple once.

    .venv/bin/python benchmarks/questions.py out/graph.trig [--runs 5] [--queries DIR] [--skip cq-12 …]

(`make bench` runs it on the 37-report build and on the 1,000-report benchmark graph, and prints the two
side by side: `compare`.) Loading is timed on its own: the in-memory pyoxigraph store (`bulk_load`, what
`policykg query --graph` does before every query) and `policykg serve` (`oxigraph load` into a store
folder, then the server's start). Nothing is asserted: times are printed and returned.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SLOW = 10.0  # seconds: a question slower than this once is not repeated


def _timed(fn, runs: int) -> tuple[float, int]:
    """(median seconds, rows) of fn() over `runs` runs (one run if the first is slower than SLOW)."""
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows = fn()
        times.append(time.perf_counter() - t)
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
    import requests
    session = requests.Session()

    def run(text: str) -> int:
        r = session.post(url, data={"query": text}, headers={"Accept": "application/sparql-results+json"},
                         timeout=600)
        r.raise_for_status()
        return len(r.json()["results"]["bindings"])
    return run


def bench_questions(graph: Path, runs: int = 5, queries: Path = ROOT / "policykg" / "queries", skip=()) -> dict:
    """{"baseline": {...}, "questions": {name: {...}}} for every cq-*.rq of QUERIES on GRAPH (those
    whose name starts with one of SKIP left out: e.g. an old version that never finishes)."""
    from policykg.use.serve import start

    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(queries.glob("cq-*.rq"))
             if not p.stem.startswith(tuple(skip))}
    out: dict = {"graph": str(graph), "runs": runs, "questions": {}}
    local, load_local = _local(graph)
    t = time.perf_counter()
    server = start([str(graph)], port=0, timeout=600)
    out["load"] = {"local": load_local, "serve": time.perf_counter() - t}
    try:
        remote = _remote(server.url + "query")
        for where, fn in (("local", local), ("serve", remote)):
            fn(BASELINE)  # warm up (store caches, HTTP connection)
            out.setdefault("baseline", {})[where] = _timed(lambda: fn(BASELINE), runs)[0]
        for name, text in texts.items():
            row = out["questions"][name] = {}
            for where, fn in (("local", local), ("serve", remote)):
                seconds, rows = _timed(lambda: fn(text), runs)
                row[where], row[f"{where}_rows"] = seconds, rows
                row[f"{where}_ratio"] = seconds / out["baseline"][where]
            print(f"  … {name}: {row['local_rows']} rows, local {row['local']:.3f} s, serve {row['serve']:.3f} s",
                  flush=True)  # progress: a large graph takes minutes
    finally:
        server.stop()
    return out


def print_table(res: dict) -> None:
    b, load = res["baseline"], res["load"]
    print(f"\ncompetency questions on {res['graph']} (median of {res['runs']} runs; ratio = time / one full "
          f"scan: local {b['local'] * 1000:.1f} ms, serve {b['serve'] * 1000:.1f} ms)")
    print(f"  loading, not in the times below: in-memory store {load['local']:.2f} s, serve (oxigraph load "
          f"+ start) {load['serve']:.2f} s")
    print(f"  {'question':<38}{'rows':>6}{'local':>11}{'ratio':>8}{'serve':>11}{'ratio':>8}")
    for name, r in res["questions"].items():
        same = "" if r["local_rows"] == r["serve_rows"] else f"  (serve rows {r['serve_rows']})"
        print(f"  {name:<38}{r['local_rows']:>6}{r['local'] * 1000:>9.1f}ms{r['local_ratio']:>8.2f}"
              f"{r['serve'] * 1000:>9.1f}ms{r['serve_ratio']:>8.2f}{same}", flush=True)
    worst = max(max(r["local"], r["serve"]) for r in res["questions"].values())
    print(f"  slowest question: {worst:.3f} s")


def compare(small: dict, large: dict, limits: tuple[float, float] = (1.0, 5.0)) -> None:
    """One table: every question on the small and the large graph, locally and through serve, each
    time marked against its limit (issue 15: ≤ 1 s on 37 reports, ≤ 5 s on 1,000)."""
    def cell(r: dict | None, where: str, limit: float) -> str:
        if r is None:
            return f"{'—':>11}"
        return f"{r[where] * 1000:>9.1f}ms" + ("✔" if r[where] <= limit else "✘")

    print(f"\ncompetency questions: {small['graph']} | {large['graph']} (median seconds; ✔ within "
          f"{limits[0]:g} s / {limits[1]:g} s)")
    print(f"  {'question':<38}{'rows':>7}{'local':>12}{'serve':>12} |{'rows':>8}{'local':>12}{'serve':>12}")
    for name in sorted(set(small["questions"]) | set(large["questions"])):
        a, b = small["questions"].get(name), large["questions"].get(name)
        print(f"  {name:<38}{a['local_rows'] if a else '—':>7}{cell(a, 'local', limits[0])}"
              f"{cell(a, 'serve', limits[0])} |{b['local_rows'] if b else '—':>8}{cell(b, 'local', limits[1])}"
              f"{cell(b, 'serve', limits[1])}", flush=True)
    for res in (small, large):
        print(f"  {res['graph']}: loading {res['load']['local']:.1f} s in memory, "
              f"{res['load']['serve']:.1f} s for serve (not in the times above)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--queries", type=Path, default=ROOT / "policykg" / "queries", help="folder of cq-*.rq to time")
    ap.add_argument("--skip", nargs="*", default=[], help="question names (prefixes) to leave out")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    print_table(bench_questions(args.graph, args.runs, args.queries, args.skip))


if __name__ == "__main__":
    main()
