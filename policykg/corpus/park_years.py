"""One park node across the years of a jurisdiction in a build (``extract/identity_years.py``).

Each report is extracted alone, so a spelling one year writes alone (奋斗镇农业园区) and the longer name another
year writes (奋斗镇农业发展园区) would be two Park nodes. Once every report of the build is there, the parks each
report's shared part describes are read back (identity name: the zh label or alt label the IRI is made of; the
zh label for the place guard), grouped by the jurisdiction of their IRI, and a park that ``year_identities``
joins takes the other year's IRI, in its report's graph and shared part alike. The joins depend on the set of
reports only (never their order or ``--jobs``); the stream build applies the same renames in its phase 2.
"""
from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..emit import ids
from ..extract.identity_years import year_identities
from ..vocab import ID, PKG

PARK = str(ID) + "park/"


def park_rows(slug: str, shared) -> list[tuple[str, str, str, str]]:
    """(jurisdiction segment, report slug, identity name, zh label) of each park a report's shared part describes."""
    parks = {s for s, p, o in shared if p == RDF.type and o == PKG.Park and str(s).startswith(PARK)}
    names, zh = defaultdict(set), {}
    for s, p, o in shared:
        if s in parks and p in (RDFS.label, SKOS.altLabel) and getattr(o, "language", None) == "zh":
            names[s].add(str(o))
            if p == RDFS.label:
                zh[s] = str(o)
    rows = []
    for s in parks:
        jur, _, segment = str(s)[len(PARK):].partition("/")
        ident = next((n for n in sorted(names[s]) if ids.slug(n) == segment), None)
        if ident is not None:       # a node another year's join already renamed (add) keeps its IRI
            rows.append((jur, slug, ident, zh.get(s, ident)))
    return sorted(rows)


def park_renames(parts: list[tuple[str, object]]) -> dict[str, dict[URIRef, URIRef]]:
    """report slug → {park IRI → the IRI of the identity it takes across years}, from (slug, shared part) pairs;
    reports with no join are not listed."""
    by_jur = defaultdict(list)
    for slug, shared in parts:
        for jur, _, ident, label in park_rows(slug, shared):
            by_jur[jur].append((slug, ident, label))
    out: dict[str, dict[URIRef, URIRef]] = defaultdict(dict)
    for jur, parks in sorted(by_jur.items()):
        for (slug, ident), other in sorted(year_identities(parks).items()):
            out[slug][ID[f"park/{jur}/{ids.slug(ident)}"]] = ID[f"park/{jur}/{ids.slug(other)}"]
    return dict(out)


def renamed(triples, names: dict) -> set:
    """The triples with every subject or object ``names`` holds replaced by its new IRI (themselves when none)."""
    if not names:
        return triples
    return {(names.get(s, s), p, names.get(o, o)) for s, p, o in triples}


def join_park_years(reports) -> set[str]:
    """Give each park a year's join names the other year's IRI in its report's graph and shared part (reports as
    ``build.process_for_union`` gives them); the slugs of the reports changed (their Turtle body is rendered again)."""
    from .triples import TripleSet

    names = park_renames([(r.slug, r.shared) for r in reports if r.shared is not None])
    for r in reports:
        if r.slug in names:
            r.graph = TripleSet(renamed(r.graph, names[r.slug]))
            r.shared = TripleSet(renamed(r.shared, names[r.slug]))
            r.body, r.parks_joined = None, True
            r.counts["triples"] = len(r.graph)
    return set(names)
