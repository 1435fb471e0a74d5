"""Promise vs result: a year-N Target → the Outcome another report built in the same run states for
the same jurisdiction, indicator, unit (compared after NFKC, so ％ = %) and period — normally the
year-N+1 report's review of year N. When that report states several such outcomes, the first one in
its text is taken. Indicators of three characters or fewer (投资, 总投资, 面积) name no specific
measure, so they are never compared across reports."""
from __future__ import annotations

import re
import unicodedata

from rdflib.namespace import RDF, RDFS

from .namespaces import PKG


def _key(g, q):
    rep = next(g.subjects(RDF.type, PKG.Report))
    sy, ey = g.value(q, PKG.startYear), g.value(q, PKG.endYear)
    ind, unit = g.value(q, PKG.indicator), g.value(q, PKG.unitText)
    if ind is None or ey is None or len(str(g.value(ind, RDFS.label) or "")) <= 3:
        return None
    return (g.value(rep, PKG.jurisdiction), ind, unicodedata.normalize("NFKC", str(unit or "")),
            int(sy) if sy is not None else None, int(ey))


def _position(iri) -> tuple[int, str]:
    m = re.search(r"/(\d+)-\d+(?:-\d+)?$", str(iri))
    return (int(m.group(1)) if m else 0, str(iri))


def keys(g) -> tuple[list, list]:
    """(targets, outcomes) of one report graph, each a list of (node, comparison key) for the nodes
    that have one; computed where the graph lives (a worker), matched by ``links``."""
    targets = [(t, k) for t in sorted(g.subjects(RDF.type, PKG.Target)) if (k := _key(g, t))]
    outcomes = [(o, k) for o in g.subjects(RDF.type, PKG.Outcome) if (k := _key(g, o))]
    return targets, outcomes


def links(per_report) -> dict[str, list[tuple]]:
    """per_report: [(slug, targets, outcomes)] as ``keys`` gives them → {slug: [(target, outcome)]}:
    each target linked to the first-stated matching outcome of another report."""
    outcomes: dict[tuple, list] = {}
    for slug, _, found in per_report:
        for o, k in found:
            outcomes.setdefault(k, []).append((slug, o))
    out: dict[str, list[tuple]] = {}
    for slug, targets, _ in per_report:
        for t, k in targets:
            found = [o for other, o in outcomes.get(k, []) if other != slug]
            if found:
                out.setdefault(slug, []).append((t, min(found, key=_position)))
    return out


def assess(reports) -> None:
    """Add the pkg:assessedBy links to the report graphs (reports with a ``slug`` and a ``graph``)."""
    graphs = {r.slug: r.graph for r in reports}
    for slug, pairs in links([(r.slug, *keys(r.graph)) for r in reports]).items():
        for t, o in pairs:
            graphs[slug].add((t, PKG.assessedBy, o))
