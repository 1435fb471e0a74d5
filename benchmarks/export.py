"""`policykg export` of the shipped corpus's graph.trig in every format: the whole CLI process (fast
path: pyoxigraph reads, N-Triples/N-Quads rows written directly) beside the rdflib path it replaced
(export.load + export.WRITERS, still the path for inputs the fast one cannot read exactly), run in the
same script on the same file, and whether the two outputs are byte-identical. Part `export` of run.py."""
from __future__ import annotations

import sys
from pathlib import Path

FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "graphml")

# the rdflib path, as `policykg export` ran it before the fast path
RDFLIB_PATH = r"""
import sys
from policykg.corpus.safefile import write_atomic
from policykg.use import export as e
fmt, graph, out = sys.argv[1:4]
write_atomic(out, e.WRITERS[fmt](e.load([graph])))
"""


def bench_export(run, graph: Path, tmp: Path, formats=FORMATS) -> dict:
    """{format: {"fast": run result, "rdflib": run result, "identical": bool}}; RUN is run.run."""
    py = sys.executable
    rows = {}
    for fmt in formats:
        fast_out, old_out = tmp / f"export-fast.{fmt}", tmp / f"export-rdflib.{fmt}"
        fast = run([py, "-m", "policykg.cli", "export", "--graph", str(graph), "--format", fmt,
                    "--out", str(fast_out)], timings=False)
        old = run([py, "-c", RDFLIB_PATH, fmt, str(graph), str(old_out)], timings=False)
        rows[fmt] = {"fast": fast, "rdflib": old, "identical": fast_out.read_bytes() == old_out.read_bytes()}
        print(f"  {fmt:<8}{fast['wall']:>8.2f} s {fast['rss_kib'] / 1024:>6.0f} MiB"
              f"{old['wall']:>9.2f} s {old['rss_kib'] / 1024:>6.0f} MiB"
              f"{old['wall'] / fast['wall']:>7.1f}×  identical: {rows[fmt]['identical']}", flush=True)
    return rows


def print_header(graph: Path) -> None:
    print(f"\nexport of {graph.name} (whole CLI process; fast path vs rdflib path, same run)")
    print(f"  {'format':<8}{'fast':>10}{'peak':>11}{'rdflib':>9}{'peak':>11}{'ratio':>8}")
