"""Per-report counts, written with every build (out/summary.csv) and printed by the CLI."""
from __future__ import annotations

import csv
import io

from rdflib import Graph
from rdflib.namespace import RDF

from ..sheetcells import guarded_row
from ..vocab import PKG

CLASSES = ("Section", "Goal", "Task", "Target", "Outcome", "Park", "Project", "Organization", "Place",
           "Indicator", "Evidence")


def counts(g) -> dict[str, int]:
    """Distinct nodes per class and the number of triples of a Graph or a set of triples."""
    if isinstance(g, Graph):
        c = {name: len(set(g.subjects(RDF.type, PKG[name]))) for name in CLASSES}
    else:
        wanted = {PKG[name]: name for name in CLASSES}
        members: dict[str, set] = {name: set() for name in CLASSES}
        for s, p, o in g:
            if p == RDF.type and o in wanted:
                members[wanted[o]].add(s)
        c = {name: len(members[name]) for name in CLASSES}
    from ..emit.concepts import coverage
    c.update(coverage(g))
    c["triples"] = len(g)
    return c


def summary_csv(reports) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["report", "file", *CLASSES, "triples", "truncated"])
    for r in reports:
        file = getattr(r, "file", None) or _relative(r.path)  # kept as written when `add` reloads a report
        w.writerow(guarded_row([r.slug, file, *(r.counts[c] for c in CLASSES), r.counts["triples"],
                                "yes" if r.truncated else "no"]))
    return buf.getvalue()


def _relative(path: str) -> str:
    """The report file's own name (a symlink's target's): no folder, so summary.csv is the same from any
    current folder, a relative or absolute path, a symlinked folder or another machine (the path from the
    current folder made a build run from elsewhere differ). Bytes of a name that are not UTF-8 (a GBK name
    from a Windows archive) are written as \\xNN, under any locale (ostext.shown_name)."""
    from pathlib import Path

    from ..ostext import shown_name
    return shown_name(Path(path).resolve().name)


def table(total: dict[str, int]) -> str:
    width = max(len(k) for k in total)
    return "\n".join(f"  {k:<{width}}  {v:>7}" for k, v in total.items())
