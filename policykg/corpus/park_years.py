"""One park node across the years of a jurisdiction in a build (``extract/identity_years.py``).

Each report is extracted alone, so a spelling one year writes alone (奋斗镇农业园区) and the longer name another
year writes (奋斗镇农业发展园区) would be two Park nodes. Once every report of the build is there, the parks each
report's shared part describes are read back (identity name: the zh label or alt label the IRI is made of; the
zh label for the place guard), grouped by the jurisdiction of their IRI, and a park that ``year_identities``
joins takes the other year's IRI, in its report's graph and shared part alike. The joins depend on the set of
reports only (never their order or ``--jobs``); ``YearJoins`` applies them for the build, ``add`` and
``--stream`` alike.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

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
        if ident is not None:
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


def renamed(triples, names: dict | None):
    """The triples with every subject or object ``names`` holds replaced by its new IRI (themselves when none)."""
    if not names:
        return triples
    from .triples import TripleSet
    return TripleSet((names.get(s, s), p, names.get(o, o)) for s, p, o in triples)


@dataclass(frozen=True)
class YearJoins:
    """A build's cross-year renames, the one applier of the full build, ``add`` and ``--stream``: ``names``
    (slug → renames of its shared part as written) and ``moves`` (slug → renames of its graph)."""
    names: dict
    moves: dict

    def shared(self, slug: str, triples):
        """Triples of a report's shared nodes (its shared part as written, or what is validated of them) joined."""
        return renamed(triples, self.names.get(slug))

    def graph(self, slug: str, triples):
        """A report's graph with its parks moved to the IRIs they take (the triples themselves when none moves)."""
        return renamed(triples, self.moves.get(slug))

    def of(self, slug: str) -> "YearJoins":
        """The joins of one report (what a ``--stream`` worker needs)."""
        return YearJoins({k: v for k, v in self.names.items() if k == slug},
                         {k: v for k, v in self.moves.items() if k == slug})


def moves(now: dict, before: dict | None = None) -> dict:
    """{IRI a report's graph holds → IRI it takes}: each park's own IRI goes where ``now`` (its renames in this
    build) sends it, from where ``before`` (its renames in the output an ``add`` reloads) had sent it; parks that
    stay where they are are not listed. ``year_identities`` never sends two parks of one report to one IRI, nor
    one onto an IRI the report writes itself, so the IRI a park was given says which park it is."""
    before = before or {}
    out = {before.get(iri, iri): now.get(iri, iri) for iri in set(now) | set(before)}
    return {a: b for a, b in out.items() if a != b}


def year_joins(parts: list[tuple[str, object]], before: dict | None = None) -> YearJoins:
    """The joins of (slug, shared part as written) pairs; ``before``: slug → the renames an ``add``'s reloaded
    output was written with (its graphs move from there)."""
    names = park_renames(parts)
    graph_moves = {slug: moves(names.get(slug, {}), (before or {}).get(slug)) for slug, _ in parts}
    return YearJoins(names, {slug: m for slug, m in graph_moves.items() if m})


def join_park_years(reports, before: dict | None = None) -> set[str]:
    """Give each park a year's join names the other year's IRI, in its report's graph and shared part (reports as
    ``build.process_for_union`` gives them, or as ``add`` reloads them, ``before`` then holding the renames the
    reloaded output was written with); the slugs of the reports changed (their Turtle body is rendered again).
    Each report's shared part as written (``written_shared``) is what shared/<slug>.nt keeps, so an ``add``
    joins from the names each report wrote and gives the output a full build of the same reports gives."""
    parts = [r for r in reports if r.shared is not None]
    for r in parts:
        r.written_shared = r.shared if r.written_shared is None else r.written_shared
    joins = year_joins([(r.slug, r.written_shared) for r in parts], before)
    changed = set()
    for r in parts:
        r.shared = joins.shared(r.slug, r.written_shared)
        if r.slug in joins.moves:
            r.graph = joins.graph(r.slug, r.graph)
            r.body, r.parks_joined = None, True
            r.counts["triples"] = len(r.graph)
            changed.add(r.slug)
    return changed
