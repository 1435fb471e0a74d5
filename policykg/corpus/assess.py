"""Promise vs result: a Target → the Outcome a later report states for the same thing (pkg:assessedBy).

A target and an outcome are compared only when all of these agree (``_key``):

- jurisdiction (the pkg:jurisdiction of their reports) and period (start and end year);
- what is measured: the canonical indicator (skos:exactMatch), or — for an indicator that reaches
  no concept exactly — the same specific indicator node. A generic indicator (three characters or
  fewer, or worded as the broad concept it falls under: 企业数量, 项目数量, 投资; 管网改造长度 under
  管网里程, the same thing with another measure or an act word, the figure in the concept's unit family) names no
  specific measure and is never compared, so a count of firms leaving a reserve is not judged by an
  unrelated count of firms given a subsidy;
- the kind of figure (growth rate, level, count …) and the unit family (money, person, area …;
  ％ = %), so 5% growth is never judged by a level in 亿元.

A target whose key another target of its report holds with a different value (the budgets of three
projects under one indicator, new and continued housing under one count) names no single measure: which
result answers it cannot be told, so it is not compared. The same promise stated twice (one value) is.

The outcome must come from a report delivered after the target's end year; the report of the
year right after it (the one that reviews that year) is preferred, and within it the first outcome
stated exactly (comparator =), else the first stated: a report often says a figure passed a round mark
before giving its value, and the mark is no result to judge a promise by. A target left without a
result is tried by the name rule (two spellings of one indicator, ``assess_names``). The verdict and the rule
behind it are in ``queries/cq-10-promise-vs-result.rq``.
"""
from __future__ import annotations

import re
import unicodedata

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS

from ..vocab import PKG
from .assess_names import name_links, named, specific_label


# every predicate _key and keys read: a graph holding only these triples gives the same keys
KEY_PREDICATES = frozenset({RDF.type, RDFS.label, SKOS.exactMatch, SKOS.broadMatch, SKOS.prefLabel, PKG.year,
                            PKG.jurisdiction, PKG.indicator, PKG.startYear, PKG.endYear, PKG.unitFamily,
                            PKG.unitText, PKG.figureKind, PKG.value, PKG.comparator})
# why a target is never compared (pkg:notCompared; the SHACL shape lists these two)
GENERIC, SHARED = "generic indicator", "key shared with another value"


def _what(g, ind, family=None):
    """The concept (exact match) or the specific indicator; None for a generic indicator (in the unit family
    of the figure read: ``specific_label``)."""
    concept = g.value(ind, SKOS.exactMatch)
    if concept is not None:
        return concept
    return ind if specific_label(g, ind, family) else None


def _key(g, q, rep):
    sy, ey = g.value(q, PKG.startYear), g.value(q, PKG.endYear)
    ind = g.value(q, PKG.indicator)
    if ind is None or ey is None or (what := _what(g, ind, g.value(q, PKG.unitFamily))) is None:
        return None
    family = g.value(q, PKG.unitFamily) or unicodedata.normalize("NFKC", str(g.value(q, PKG.unitText) or ""))
    return (g.value(rep, PKG.jurisdiction), what, str(g.value(q, PKG.figureKind) or ""), str(family),
            int(sy) if sy is not None else None, int(ey))


def _position(iri) -> tuple[int, str]:
    m = re.search(r"/(\d+)-\d+(?:-\d+)?$", str(iri))
    return (int(m.group(1)) if m else 0, str(iri))


def _targets(g, rep) -> tuple[list, dict]:
    """(the targets compared, as (node, key, named); {target never compared: why}, the why one of
    GENERIC and SHARED)."""
    found, why = [], {}
    for t in sorted(g.subjects(RDF.type, PKG.Target)):
        if k := _key(g, t, rep):
            found.append((t, k, named(g, t, rep)))
        elif g.value(t, PKG.indicator) is not None and g.value(t, PKG.endYear) is not None:
            why[t] = GENERIC        # _key gives None only for want of a specific measure here
    values: dict[tuple, set] = {}
    for t, k, _ in found:
        values.setdefault(k, set()).add(str(g.value(t, PKG.value)))
    why.update((t, SHARED) for t, k, _ in found if len(values[k]) > 1)
    return [x for x in found if x[0] not in why], why


def not_compared(g) -> None:
    """Add pkg:notCompared to each target of one report graph that is never compared, with why, so
    queries/cq-10 tells "not compared" from "not reported" (the later report silent)."""
    rep = next(g.subjects(RDF.type, PKG.Report), None)
    if rep is not None:
        for t, reason in sorted(_targets(g, rep)[1].items()):
            g.add((t, PKG.notCompared, Literal(reason)))


def keys(g) -> tuple[list, list]:
    """(targets, outcomes) of one report graph: targets as (node, key, named), outcomes as (node, key,
    report year, 1 for a bound and 0 for an exact value, named), named as ``assess_names.named`` gives
    it; computed where the graph lives (a worker), matched by ``links``."""
    rep = next(g.subjects(RDF.type, PKG.Report))
    year = int(g.value(rep, PKG.year) or 0)
    targets = _targets(g, rep)[0]
    outcomes = [(o, k, year, int(str(g.value(o, PKG.comparator) or "=") != "="), named(g, o, rep))
                for o in g.subjects(RDF.type, PKG.Outcome) if (k := _key(g, o, rep))]
    return targets, outcomes


def links(per_report) -> dict[str, list[tuple]]:
    """per_report: [(slug, targets, outcomes)] as ``keys`` gives them → {slug: [(target, outcome)]}:
    each target linked to the matching outcome of the earliest later report, the first stated exactly
    there (else the first stated); a target left without one, by the name rule (``assess_names``)."""
    outcomes: dict[tuple, list] = {}
    for slug, _, found in per_report:
        for o, k, year, bound, *_ in found:
            outcomes.setdefault(k, []).append((year, bound, slug, o))
    out: dict[str, list[tuple]] = {}
    for slug, targets, _ in per_report:
        for t, k, *_ in targets:
            later = [(year, bound, _position(o), o) for year, bound, other, o in outcomes.get(k, [])
                     if other != slug and year > k[-1]]
            if later:
                out.setdefault(slug, []).append((t, min(later)[-1]))
    linked = {t for pairs in out.values() for t, _ in pairs}
    for slug, pairs in name_links(per_report, linked).items():
        out[slug] = sorted(out.get(slug, []) + pairs)
    return out


def assess(reports) -> None:
    """Add the pkg:assessedBy links to the report graphs (reports with a ``slug`` and a ``graph``)."""
    graphs = {r.slug: r.graph for r in reports}
    for slug, pairs in links([(r.slug, *keys(r.graph)) for r in reports]).items():
        for t, o in pairs:
            graphs[slug].add((t, PKG.assessedBy, o))
