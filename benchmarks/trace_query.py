"""The trace question cq-01 on the 37-report graph, pyoxigraph beside rdflib (part `query` of
`benchmarks/run.py`): medians of both engines in the same run and whether their rows are identical."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = ROOT / "policykg" / "queries" / "cq-01-park-project-target.rq"


def ratio(ref: float | None, fast: float | None) -> str:
    return "—" if not ref or not fast else f"{ref / fast:.1f}×"


def bench_query(graph: Path, runs: int = 50, rdflib_runs: int = 5) -> dict:
    """The shipped cq-01 (QUERY, read from queries/ at run time) on ``graph``: the median of ``runs``
    pyoxigraph runs and of ``rdflib_runs`` rdflib runs, and the rows of both engines printed, with
    whether they are identical (same rows, same order)."""
    import pyoxigraph
    from rdflib import Graph, Literal

    from policykg.use.query import to_rdflib

    q = QUERY.read_text(encoding="utf-8")
    store = pyoxigraph.Store()
    store.load(path=str(graph), format=pyoxigraph.RdfFormat.TURTLE)
    ox, rows_ox = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows_ox = len(list(store.query(q)))
        ox.append(time.perf_counter() - t)
    res = store.query(q)                                   # once more, untimed, for the rows themselves
    names = [v.value for v in res.variables]
    table_ox = [tuple(to_rdflib(s[v]) for v in names) for s in res]
    g = Graph().parse(graph, format="turtle")
    rl, rows_rl, table_rl = [], 0, []
    for _ in range(rdflib_runs):
        t = time.perf_counter()
        table_rl = [tuple(r) for r in g.query(q)]
        rl.append(time.perf_counter() - t)
        rows_rl = len(table_rl)
    # literals compared by value and datatype: pyoxigraph writes 6.0 (xsd:decimal) as 6 on loading
    def same_term(a, b) -> bool:
        if isinstance(a, Literal) and isinstance(b, Literal):
            return a.datatype == b.datatype and a.language == b.language and a.eq(b)
        return a == b

    same = len(table_ox) == len(table_rl) and all(
        len(a) == len(b) and all(map(same_term, a, b)) for a, b in zip(table_ox, table_rl))

    def show(row: tuple) -> str:
        return " | ".join("" if t is None else str(t) if isinstance(t, Literal) else t.n3() for t in row)

    print(f"\ncq-01 rows ({QUERY.name}; {' '.join(names)}):")
    for row in table_ox[:50]:
        print("  " + show(row))
    if len(table_ox) > 50:
        print(f"  … {len(table_ox) - 50} more")
    print(f"  pyoxigraph {len(table_ox)} rows, rdflib {len(table_rl)} rows: "
          + ("identical (same rows, same order)" if same else "DIFFERENT"))
    if not same:
        print("  rdflib rows:")
        for row in table_rl[:50]:
            print("  " + show(row))
    return {"oxigraph_median": statistics.median(ox), "rdflib_median": statistics.median(rl),
            "rows": rows_ox, "rows_rdflib": rows_rl, "rows_identical": same,
            "runs": runs, "rdflib_runs": rdflib_runs}


def print_query(q: dict) -> None:
    print(f"\ntrace query cq-01 on the corpus graph: pyoxigraph median {q['oxigraph_median'] * 1000:.2f} ms "
          f"({q['runs']} runs), rdflib median {q['rdflib_median'] * 1000:.0f} ms ({q['rdflib_runs']} runs), "
          f"{ratio(q['rdflib_median'], q['oxigraph_median'])}; rows {q['rows']} / {q['rows_rdflib']}",
          flush=True)
