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


def assess(reports) -> None:
    outcomes: dict[tuple, list] = {}
    for r in reports:
        g = r.graph
        for o in g.subjects(RDF.type, PKG.Outcome):
            k = _key(g, o)
            if k:
                outcomes.setdefault(k, []).append((r.slug, o))
    for r in reports:
        g = r.graph
        for t in sorted(g.subjects(RDF.type, PKG.Target)):
            k = _key(g, t)
            found = [o for slug, o in outcomes.get(k, []) if slug != r.slug] if k else []
            if found:
                g.add((t, PKG.assessedBy, min(found, key=_position)))
