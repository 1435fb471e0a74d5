"""Stage 4 — emit: Document + Outline + Facts → the report's named graph (rdflib)."""
from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from . import ids
from .exact import check_exact
from .english import english_division, english_place
from .. import divisions as places
from ..extract import figures
from ..extract.identity import indicator_identity
from ..model import Document, Entity, Facts, Heading, Outline, Quantity, Span
from ..structure.metadata import place_level
from ..vocab import PKG


def _decimal(v: Decimal) -> Literal:
    # canonical xsd:decimal lexical form: no exponent, no trailing zeros beyond one decimal
    s = format(v.normalize(), "f")
    if "." not in s:
        s += ".0"
    return Literal(s, datatype=XSD.decimal)


def _int(v: int) -> Literal:
    return Literal(int(v), datatype=XSD.integer)


class Emitter:
    def __init__(self, doc: Document):
        self.doc = doc
        md = doc.metadata
        self.slug = doc.report_id or ids.report_slug(md.place, md.year, md.place_parents)
        self.report = ids.report_iri(self.slug)
        self.g = Graph(store="SimpleMemory")
        self.iris: dict[int, URIRef] = {}
        # the report's jurisdiction as a GB/T 2260 division (None if the gazetteer does not know it), the units above
        self.division = places.resolve_jurisdiction(md.place, md.place_parents) if md.place else None
        self.above = places.units_above(self.division, md.place_parents)

    # -- helpers ---------------------------------------------------------
    def evidence(self, node: URIRef, span: Span) -> None:
        ev = ids.scoped(self.slug, "evidence", f"{span.start}-{span.end}")
        g = self.g
        if (ev, RDF.type, PKG.Evidence) not in g:
            g.add((ev, RDF.type, PKG.Evidence))
            g.add((ev, RDFS.label, Literal(f"证据 {span.start}–{span.end}", lang="zh")))
            g.add((ev, RDFS.label, Literal(f"evidence {span.start}–{span.end}", lang="en")))
            g.add((ev, PKG.inReport, self.report))
            g.add((ev, PKG.start, _int(span.start)))
            g.add((ev, PKG.end, _int(span.end)))
            g.add((ev, PKG.quote, Literal(span.quote(self.doc.text))))
        g.add((node, PKG.evidence, ev))

    def iri_of(self, obj) -> URIRef:
        return self.iris[id(obj)]

    # -- nodes -----------------------------------------------------------
    def report_node(self) -> None:
        g, md, r = self.g, self.doc.metadata, self.report
        label = f"{md.place}{md.year}年政府工作报告"
        g.add((r, RDF.type, PKG.Report))
        g.add((r, RDFS.label, Literal(label, lang="zh")))
        g.add((r, RDFS.label, Literal(f"{english_place(md.place)} {md.year} government work report", lang="en")))
        g.add((r, DCTERMS.title, Literal(label, lang="zh")))
        if md.date:
            g.add((r, DCTERMS.date, Literal(md.date, datatype=XSD.date)))
        g.add((r, PKG.year, _int(md.year)))
        if md.speaker:
            g.add((r, PKG.speaker, Literal(md.speaker)))
        if md.meeting:
            g.add((r, PKG.meeting, Literal(md.meeting)))
        g.add((r, PKG.textSha256, Literal(self.doc.sha256)))
        if self.division is not None:
            self._jurisdiction_division(r)
            return
        place = ids.entity_iri("Place", md.place, md.place)
        g.add((r, PKG.jurisdiction, place))
        self._place(place, md.place, _level(md.place, md.place_level), md.spans.get("place"))
        parent_iri = place
        for parent in reversed(md.place_parents):
            p = ids.entity_iri("Place", parent, parent)
            guess = "province" if place_level([parent]) == "province" else "city"
            self._place(p, parent, _level(parent, guess), md.spans.get("place"))
            g.add((parent_iri, PKG.parentPlace, p))
            parent_iri = p

    def _jurisdiction_division(self, r: URIRef) -> None:
        """The jurisdiction and the units above it from the gazetteer; those the meeting line names
        get its evidence."""
        md, d = self.doc.metadata, self.division
        place = self.division_node(d)
        self.g.add((r, PKG.jurisdiction, place))
        if md.place != d.name:
            self.g.add((place, SKOS.altLabel, Literal(md.place, lang="zh")))
        span = md.spans.get("place")
        named = {d.code: md.place}
        for parent in md.place_parents:
            named.update((a.code, parent) for a in places.chain(d)[1:] if a in places.candidates(parent))
        for a in places.chain(d):
            if span and a.code in named:
                self._place_evidence(ids.division_iri(a), named[a.code], span)

    def division_node(self, d: "places.Division") -> URIRef:
        """The division and every unit above it up to the province: type, labels, level, code
        (skos:notation) and pkg:parentPlace. Returns the division's IRI."""
        g, below = self.g, None
        for a in places.chain(d):
            iri = ids.division_iri(a)
            g.add((iri, RDF.type, PKG.Place))
            g.add((iri, RDFS.label, Literal(a.name, lang="zh")))
            g.add((iri, RDFS.label, Literal(english_division(a), lang="en")))
            g.add((iri, PKG.placeLevel, Literal(a.level)))
            g.add((iri, SKOS.notation, Literal(a.code)))
            if below is not None:
                g.add((below, PKG.parentPlace, iri))
            below = iri
        return ids.division_iri(d)

    def _place_evidence(self, iri: URIRef, name: str, span: Span) -> None:
        # the meeting line names the place; point at the name itself when it is there
        i = self.doc.text.find(name, span.start, span.end)
        self.evidence(iri, Span(i, i + len(name)) if i >= 0 else span)

    def _place(self, iri: URIRef, name: str, level: str | None, span: Span | None) -> None:
        g = self.g
        g.add((iri, RDF.type, PKG.Place))
        g.add((iri, RDFS.label, Literal(name, lang="zh")))
        g.add((iri, RDFS.label, Literal(english_place(name), lang="en")))
        if level:
            g.add((iri, PKG.placeLevel, Literal(level)))
        if span:
            self._place_evidence(iri, name, span)

    def heading(self, h: Heading) -> None:
        g = self.g
        node = ids.scoped(self.slug, "outline", h.key)
        self.iris[id(h)] = node
        kinds = {h.kind} | ({"Section"} if h.also_section else set())
        for k in sorted(kinds):
            g.add((node, RDF.type, PKG[k]))
        g.add((node, RDFS.label, Literal(h.label, lang="zh")))
        g.add((node, PKG.ordinal, _int(h.ordinal)))
        if h.level == 1 and h.part_kind:
            g.add((node, PKG.partKind, Literal(h.part_kind)))
        g.add((node, PKG.partOf, ids.scoped(self.slug, "outline", h.parent) if h.parent else self.report))
        self.evidence(node, h.span)

    def entity(self, e: Entity) -> None:
        g = self.g
        d = places.resolve_place(e.label, self.division) if e.kind == "Place" else None
        if d is not None:
            self._division_entity(e, d)
            return
        label = e.attrs.get("zh") or e.label     # a park's: its identity name, the place its text writes kept
        # a project's status and year are one report's, so its node is the report's; a park's IRI is its identity name
        node = ids.scoped(self.slug, "project", ids.slug(e.label)) if e.kind == "Project" else \
            ids.entity_iri(e.kind, e.attrs.get("identity") or e.label, self.doc.metadata.place, self.above)
        self.iris[id(e)] = node
        g.add((node, RDF.type, PKG[e.kind]))
        g.add((node, RDFS.label, Literal(label, lang="zh")))
        if en := e.attrs.get("en"):
            g.add((node, RDFS.label, Literal(str(en), lang="en")))
        for alt in sorted((e.alt_labels | {e.label}) - {label}):
            g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
        for attr, prop in (("status", PKG.status), ("parkKind", PKG.parkKind), ("placeLevel", PKG.placeLevel)):
            if e.attrs.get(attr):
                g.add((node, prop, Literal(str(e.attrs[attr]))))
        if e.attrs.get("year"):
            g.add((node, PKG.statementYear, _int(int(e.attrs["year"]))))
        for span in sorted(set(e.spans)):
            self.evidence(node, span)

    def _division_entity(self, e: Entity, d: "places.Division") -> None:
        """A place the gazetteer knows: its division node (official name as label, the name as
        written as an alias) and the evidence of each mention."""
        node = self.iris[id(e)] = self.division_node(d)
        for alt in sorted((e.alt_labels | {e.label}) - {d.name}):
            self.g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
        for span in sorted(set(e.spans)):
            self.evidence(node, span)

    def quantity(self, q: Quantity, indicator: URIRef) -> URIRef:
        g = self.g
        node = ids.scoped(self.slug, q.kind.lower(), f"{q.span.start}-{q.span.end}")
        n = 2
        while (node, RDF.type, None) in g:
            node = ids.scoped(self.slug, q.kind.lower(), f"{q.span.start}-{q.span.end}-{n}")
            n += 1
        check_exact(q, self.doc)
        self.iris[id(q)] = node
        g.add((node, RDF.type, PKG[q.kind]))
        g.add((node, RDFS.label, Literal(q.label or q.span.quote(self.doc.text), lang="zh")))
        g.add((node, PKG.indicator, indicator))
        g.add((node, PKG.value, _decimal(q.value)))
        g.add((node, PKG.unitText, Literal(q.unit)))
        g.add((node, PKG.comparator, Literal(q.comparator)))
        if q.start_year is not None:
            g.add((node, PKG.startYear, _int(q.start_year)))
        if q.end_year is not None:
            g.add((node, PKG.endYear, _int(q.end_year)))
        if q.kind == "Target":
            g.add((node, PKG.aspirational, Literal(bool(q.aspirational))))
        if q.attrs.get("direction"):
            g.add((node, PKG.direction, Literal(str(q.attrs["direction"]))))
        if q.from_value is not None:
            g.add((node, PKG.fromValue, _decimal(q.from_value)))
        if q.upper_value is not None:
            g.add((node, PKG.upperValue, _decimal(q.upper_value)))
        self.figure(node, q)
        self.evidence(node, q.span)
        return node

    def figure(self, node: URIRef, q: Quantity) -> None:
        """Kind of figure, normalised unit, unit family and the value in the base unit."""
        g = self.g
        g.add((node, PKG.figureKind, Literal(figures.figure_kind(q.attrs.get("measure"), q.unit))))
        g.add((node, PKG.normalisedUnit, Literal(figures.normalised_unit(q.unit))))
        family = figures.unit_family(q.unit)
        if family:
            g.add((node, PKG.unitFamily, Literal(family)))
        value, unit = figures.base(q.value, q.unit)
        g.add((node, PKG.baseValue, _decimal(value)))
        g.add((node, PKG.baseUnit, Literal(unit)))

    def indicator(self, name: str, spans: list[Span]) -> URIRef:
        ident = indicator_identity(name)     # one label per node whichever spelling each report uses
        node = ids.entity_iri("Indicator", ident, "")
        g = self.g
        g.add((node, RDF.type, PKG.Indicator))
        g.add((node, RDFS.label, Literal(ident, lang="zh")))
        if name != ident:
            g.add((node, SKOS.altLabel, Literal(name, lang="zh")))
        from . import concepts   # imported here: `python -m policykg.emit.concepts` warned that it was loaded twice
        concepts.link(g, node, name)
        for s in spans:
            self.evidence(node, s)
        return node


def emit(doc: Document, outline: Outline, facts: Facts, english: dict[str, str] | None = None) -> Graph:
    em = Emitter(doc)
    em.report_node()
    for h in outline.headings:
        em.heading(h)
    for e in facts.entities:
        em.entity(e)
    spans_by_indicator: dict[str, list[Span]] = {}
    for q in facts.quantities:
        spans_by_indicator.setdefault(q.indicator, []).append(q.span)
    indicators = {name: em.indicator(name, spans) for name, spans in spans_by_indicator.items()}
    for q in facts.quantities:
        em.quantity(q, indicators[q.indicator])
    for link in facts.links:
        s, o = em.iris.get(id(link.subject)), em.iris.get(id(link.object))
        if s is None and link.subject == "report":
            s = em.report
        if s is not None and o is not None:
            em.g.add((s, PKG[link.predicate], o))
    if english:
        for node, label in english.items():
            em.g.add((URIRef(node), RDFS.label, Literal(label, lang="en")))
    return em.g


def _level(name: str, guess: str | None) -> str | None:
    """The level of the one division so named (mentions of it give its node that level too), else the guess."""
    known = places.candidates(name)
    return known[0].level if len(known) == 1 else guess
