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
    """The path from the current folder when the file is inside it (data/reports/… for `make run`),
    else the file name: no absolute path, so the file does not depend on where the folder lives.
    Bytes of a name that are not UTF-8 (a GBK name from a Windows archive) are written as \\xNN, under
    any locale (ostext.shown_name)."""
    from pathlib import Path
    p = Path(path).resolve()
    try:
        name = str(p.relative_to(Path.cwd().resolve()))
    except ValueError:
        name = p.name
    from ..ostext import shown_name
    return shown_name(name)


def table(total: dict[str, int]) -> str:
    width = max(len(k) for k in total)
    return "\n".join(f"  {k:<{width}}  {v:>7}" for k, v in total.items())
