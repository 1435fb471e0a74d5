"""Canonical indicators (docs/contract.md): the SKOS scheme compiled from ``data/concepts/indicators.yaml``
and the matcher that links an indicator name to a concept.

The patterns are data: each concept lists regexes for names that mean the same measure (``exact`` →
``skos:exactMatch``) and for names of narrower measures (``broad`` → ``skos:broadMatch``). ``match``
tries every exact list in file order, then every broad list in file order, so the first concept the
file names wins and the result never depends on anything but the name.

``python -m policykg.emit.concepts [FILE]`` writes the whole scheme as Turtle (``ontology/indicators.ttl``).
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .. import resources
from ..vocab import CONCEPT_SCHEME, PKG

DATA = resources.concepts()
TURTLE = resources.ontology("indicators.ttl")
SCHEME = CONCEPT_SCHEME
CONCEPT = Namespace(str(SCHEME))
FIXED = ("gdp", "general-budget-revenue", "urban-new-jobs", "urban-surveyed-unemployment-rate",
         "urban-registered-unemployment-rate", "cpi", "disposable-income", "urban-disposable-income",
         "rural-disposable-income", "grain-output", "energy-intensity", "carbon-intensity",
         "fixed-asset-investment", "retail-sales", "foreign-trade", "industrial-value-added",
         "rd-expenditure", "rd-intensity", "pm25", "good-air-days", "urbanization-rate", "forest-coverage")


@dataclass(frozen=True)
class Concept:
    code: str
    zh: str
    en: str
    definition_en: str
    definition_zh: str
    family: str
    sdg: str | None = None
    better: str | None = None           # pkg:preferredDirection: "up" or "down"
    broader: str | None = None
    exact: tuple[re.Pattern, ...] = field(default=(), compare=False)
    broad: tuple[re.Pattern, ...] = field(default=(), compare=False)

    @property
    def iri(self) -> URIRef:
        return CONCEPT[self.code]


def _concept(raw: dict) -> Concept:
    en, _, zh = str(raw["def"]).partition(" | ")
    return Concept(code=raw["code"], zh=raw["zh"], en=raw["en"], definition_en=en.strip(),
                   definition_zh=zh.strip(), family=raw["family"],
                   sdg=str(raw["sdg"]) if raw.get("sdg") else None, broader=raw.get("broader"),
                   better=raw.get("better"),
                   exact=tuple(re.compile(p) for p in raw.get("exact") or ()),
                   broad=tuple(re.compile(p) for p in raw.get("broad") or ()))


@cache
def _raw() -> dict:
    return resources.yaml_file(DATA)


@cache
def concepts() -> tuple[Concept, ...]:
    """Every concept of the scheme, in file order."""
    return tuple(_concept(c) for c in _raw()["concepts"])


@cache
def by_code() -> dict[str, Concept]:
    return {c.code: c for c in concepts()}


@cache
def match(name: str) -> tuple[Concept, str] | None:
    """(concept, "exact" | "broad") for an indicator name, or None when no pattern fits.

    The first concept with a fitting exact pattern wins; failing that, a name holding the act or flow
    that defines its count (新增X数量, X引进数量: name_flows) whose name without the act fits an exact
    pattern is a broad match of that concept (a narrower measure: assessments pair exact matches only, so
    it adds no verdict); a name opening with the level of government whose figure it is (区本级X) is an exact
    match of X's concept, as a report's targets and results stated at that level pair; failing that, the broad pattern that covers the most characters of the name (the
    most specific family), the first in file order on a tie, and then the name without its act."""
    from ..extract.name_doers import counts_divisions
    from ..extract.name_flows import without_act
    bare = without_act(name)
    if found := _exact(name):
        return found, "exact"
    if counts_divisions(name):
        return None               # 开展县域医共体建设县市区数量 counts counties, not 医共体 (names52)
    if (own := _without_level(name)) and (found := _exact(own)):
        return found, "exact"     # 区本级固定资产投资: a district states its targets and results at its own level
    if bare and (found := _exact(bare)):
        return found, "broad"     # 新建5G基站数量: a count of things made or added, narrower than their count
    if found := _broad(name):
        return found, "broad"     # 农民工培训人次: the act may be what a family counts
    return (_broad(bare), "broad") if bare and _broad(bare) else None


def _without_level(name: str) -> str:
    """The name without the level of government opening it (区本级X → X), or ''."""
    from ..extract.qlexicon import lexicon
    level = next((w for w in lexicon("indicators")["level_words"] if name.startswith(w)), "")
    return name[len(level):] if level and len(name) > len(level) + 1 else ""


def _exact(name: str) -> Concept | None:
    return next((c for c in concepts() if any(p.search(name) for p in c.exact)), None)


def _broad(name: str) -> Concept | None:
    best, width = None, 0
    for c in concepts():
        for p in c.broad:
            m = p.search(name)
            if m and len(m.group()) > width:
                best, width = c, len(m.group())
    return best


def describe(g: Graph, c: Concept) -> None:
    """The triples that describe concept ``c`` (labels, definition, notation, family, SDG, preferred
    direction, broader)."""
    node = c.iri
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, SKOS.inScheme, SCHEME))
    g.add((node, SKOS.notation, Literal(c.code)))
    for lang, label in (("zh", c.zh), ("en", c.en)):
        g.add((node, SKOS.prefLabel, Literal(label, lang=lang)))
        g.add((node, RDFS.label, Literal(label, lang=lang)))
    g.add((node, SKOS.definition, Literal(c.definition_en, lang="en")))
    if c.definition_zh:
        g.add((node, SKOS.definition, Literal(c.definition_zh, lang="zh")))
    g.add((node, PKG.unitFamily, Literal(c.family)))
    if c.sdg:
        g.add((node, PKG.sdgIndicator, Literal(c.sdg)))
    if c.better:
        g.add((node, PKG.preferredDirection, Literal(c.better)))
    if c.broader:
        g.add((node, SKOS.broader, CONCEPT[c.broader]))
    else:
        g.add((node, SKOS.topConceptOf, SCHEME))


def describe_scheme(g: Graph) -> None:
    """The concept scheme node itself."""
    names = _raw()["scheme"]
    g.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    for lang in ("zh", "en"):
        g.add((SCHEME, RDFS.label, Literal(names[lang], lang=lang)))
        g.add((SCHEME, SKOS.prefLabel, Literal(names[lang], lang=lang)))


def scheme_graph() -> Graph:
    """The whole scheme: every concept, with skos:hasTopConcept on the scheme."""
    g = Graph()
    g.bind("skos", SKOS)
    g.bind("pkg", PKG)
    g.bind("concept", CONCEPT)
    describe_scheme(g)
    for c in concepts():
        describe(g, c)
        if not c.broader:
            g.add((SCHEME, SKOS.hasTopConcept, c.iri))
    return g


def link(g: Graph, indicator: URIRef, name: str) -> Concept | None:
    """Link an indicator node to its concept (exactMatch or broadMatch) and describe the concept."""
    found = match(name)
    if found is None:
        return None
    c, how = found
    g.add((indicator, SKOS.exactMatch if how == "exact" else SKOS.broadMatch, c.iri))
    if (c.iri, SKOS.inScheme, SCHEME) in g:
        # described already (only describe adds this triple), with the scheme and every ancestor:
        # adding them again changed nothing and was ~3 % of a corpus build
        return c
    describe(g, c)
    describe_scheme(g)
    for parent in _ancestors(c):
        describe(g, parent)
    return c


def _ancestors(c: Concept) -> list[Concept]:
    out, seen = [], {c.code}
    while c.broader and c.broader not in seen:
        c = by_code()[c.broader]
        seen.add(c.code)
        out.append(c)
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the scheme as Turtle (default: the package's ontology/indicators.ttl), replacing only a regular file."""
    import argparse

    from ..corpus.safefile import write_atomic
    from .serialise import turtle
    ap = argparse.ArgumentParser(prog="python -m policykg.emit.concepts", description=main.__doc__)
    ap.add_argument("file", nargs="?", help="Turtle file to write (a file policykg did not write is kept)")
    given = ap.parse_args(argv).file
    out = str(TURTLE) if given is None else given   # '' (an unset variable) is refused, not the package's file
    write_atomic(out, turtle(scheme_graph()), option="FILE", only_ours=given is not None)
    print(f"{len(concepts())} concepts → {out}")
    return 0


if __name__ == "__main__":
    from ..errors import run_module
    sys.exit(run_module(main, "python -m policykg.emit.concepts"))


def coverage(triples) -> dict[str, int]:
    """How many Targets and Outcomes reach a concept (their indicator has skos:exactMatch or
    skos:broadMatch): {"Target→concept": n, "Outcome→concept": m} over a Graph or any triples."""
    if isinstance(triples, Graph):
        found = _graph_coverage(triples)
        if found is not None:
            return found
    matched, kinds, indicator = set(), {}, {}
    wanted = {PKG.Target: "Target", PKG.Outcome: "Outcome"}
    for s, p, o in triples:
        if p in (SKOS.exactMatch, SKOS.broadMatch):
            matched.add(s)
        elif p == RDF.type and o in wanted:
            kinds[s] = wanted[o]
        elif p == PKG.indicator:
            indicator[s] = o
    out = {"Target→concept": 0, "Outcome→concept": 0}
    for node, kind in kinds.items():
        if indicator.get(node) in matched:
            out[f"{kind}→concept"] += 1
    return out


def _graph_coverage(g: Graph) -> dict[str, int] | None:
    """coverage() of a Graph through its indexes instead of a scan of every triple; None when a node is
    both Target and Outcome or has two indicators (the scan's last triple decides those)."""
    kinds: dict = {}
    for kind in ("Target", "Outcome"):
        for node in g.subjects(RDF.type, PKG[kind]):
            if kinds.setdefault(node, kind) != kind:
                return None
    out = {"Target→concept": 0, "Outcome→concept": 0}
    for node, kind in kinds.items():
        indicators = list(g.objects(node, PKG.indicator))
        if len(indicators) > 1:
            return None
        if indicators and any(True for p in (SKOS.exactMatch, SKOS.broadMatch)
                              for _ in g.triples((indicators[0], p, None))):
            out[f"{kind}→concept"] += 1
    return out
