"""A researcher's pass over a built graph (research55): every competency question's rows, repeats and time,
and the tidy tables' agreement across CSV, JSON and Parquet.

    python scripts/research_probe.py GRAPH ... [--tables DIR] [--runs 3]

For each shipped question: rows, exact repeated rows, groups of rows that share every IRI column but
differ elsewhere (a label spelling, a language, a second evidence), and the median time of ``--runs``
runs on one pyoxigraph store (loading excluded). With ``--tables DIR`` it writes ``table
targets|outcomes|assessments`` in the three formats there and counts the cells that differ between them
as pandas reads them (README: CSV and JSON with ``jurisdiction_code`` as text, JSON with precise floats).
"""
from __future__ import annotations

import argparse
import collections
import statistics
import sys
import time
from pathlib import Path

from rdflib import URIRef

from policykg.use.query import load_store, run_store
from policykg.use.query_files import competency_questions

TABLES = ("targets", "outcomes", "assessments")


def question_report(store, runs: int) -> list[str]:
    """One line per competency question: rows, repeats, IRI groups with several rows, median seconds."""
    lines = []
    for q in competency_questions():
        text, times = q.read_text(encoding="utf-8"), []
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = run_store(store, text)
            times.append(time.perf_counter() - t0)
        data = rows.rows
        iri_cols = [i for i in range(len(rows.vars)) if any(isinstance(r[i], URIRef) for r in data)]
        groups = collections.Counter(tuple(r[i] for i in iri_cols) for r in set(data))
        lines.append(f"{q.name[:5]}  rows {len(data):6}  repeated {len(data) - len(set(data)):4}  "
                     f"iri-groups>1 {sum(1 for n in groups.values() if n > 1):4}  "
                     f"median {statistics.median(times):.3f} s")
    return lines


def _same(a, b) -> bool:
    """Two table cells agree: both empty, equal as numbers when either is one, else equal as text."""
    import pandas as pd
    if pd.isna(a) and pd.isna(b):
        return True
    if pd.isna(a) or pd.isna(b):
        return False
    if isinstance(a, (int, float)) or isinstance(b, (int, float)):
        try:
            return float(a) == float(b)
        except (TypeError, ValueError):
            return False
    return str(a) == str(b)


def _write_tables(graphs: list[str], folder: Path) -> None:
    """Each table of ``TABLES`` of the graphs, written by `policykg table` as CSV, JSON and Parquet into ``folder``."""
    import subprocess
    folder.mkdir(parents=True, exist_ok=True)
    for kind in TABLES:
        for fmt in ("csv", "json", "parquet"):
            args = [sys.executable, "-m", "policykg", "table", kind, "--format", fmt,
                    "--out", str(folder / f"{kind}.{fmt}")]
            for g in graphs:
                args += ["--graph", g]
            subprocess.run(args, check=True, capture_output=True)


def _compare_tables(graphs: list[str], folder: Path, pd) -> list[str]:
    """One line per table: its rows in each format, repeated rows and IRIs, the cells where CSV or JSON differ from
    Parquet and the columns the three type apart."""
    _write_tables(graphs, folder)
    lines = []
    for kind in TABLES:
        p = pd.read_parquet(folder / f"{kind}.parquet")
        c = pd.read_csv(folder / f"{kind}.csv", dtype={"jurisdiction_code": str})
        j = pd.read_json(folder / f"{kind}.json", dtype={"jurisdiction_code": str}, precise_float=True)
        cells = {name: sum(not _same(a, b) for col in p.columns for a, b in zip(p[col], other[col]))
                 for name, other in (("csv", c), ("json", j))}
        types = [col for col in p.columns if len({str(p[col].dtype), str(c[col].dtype), str(j[col].dtype)}) > 1]
        lines.append(f"{kind:12} rows {len(p):6} / {len(c)} / {len(j)}  repeated rows {int(p.duplicated().sum())}  "
                     f"repeated iri {int(p.duplicated('iri').sum())}  cells differing from parquet: csv "
                     f"{cells['csv']}, json {cells['json']}  columns typed apart: {types or 'none'}")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graphs", nargs="+")
    ap.add_argument("--tables", type=Path, help="folder to write and compare the tables in")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    store = load_store(args.graphs)
    print(f"{len(store)} quads")
    print("\n".join(question_report(store, args.runs)))
    if args.tables:
        import pandas as pd
        print("\n".join(_compare_tables(args.graphs, args.tables, pd)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
