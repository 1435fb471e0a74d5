"""Promise vs result: a year-N Target → the Outcome for the same indicator, jurisdiction and year
that another report built in the same run states (normally the year-N+1 report)."""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDF

from .namespaces import PKG


def _quantities(report, kind):
    g = report.graph
    rep = next(g.subjects(RDF.type, PKG.Report))
    place = g.value(rep, PKG.jurisdiction)
    for q in g.subjects(RDF.type, PKG[kind]):
        ind, sy, ey = g.value(q, PKG.indicator), g.value(q, PKG.startYear), g.value(q, PKG.endYear)
        if ind is not None and ey is not None:
            yield place, ind, int(sy) if sy is not None else None, int(ey), q


def assess(reports) -> None:
    outcomes: dict[tuple, list[URIRef]] = {}
    for r in reports:
        for place, ind, sy, ey, q in _quantities(r, "Outcome"):
            outcomes.setdefault((place, ind, sy, ey), []).append(q)
    for r in reports:
        for place, ind, sy, ey, q in _quantities(r, "Target"):
            for o in sorted(outcomes.get((place, ind, sy, ey), [])):
                if not str(o).startswith(str(q).split("/target/")[0] + "/"):
                    r.graph.add((q, PKG.assessedBy, o))
