"""Read what the impact analysis needs from graph files: one pyoxigraph store, one scan per predicate.

rdflib parsing and per-node lookups took most of a minute on the 37-report graph; pyoxigraph loads the
TriG in under a second and a scan of one predicate over every graph takes milliseconds. The ontology
graph is left out (its class and property descriptions are not facts of the reports).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ...errors import UsageError
from ...vocab import ONTOLOGY_IRI, PKG

PKG_NS = str(PKG)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
SKOS_NOTATION = "http://www.w3.org/2004/02/skos/core#notation"
LINKS = ("locatedIn", "hosts", "hasTarget", "contributesTo", "mentions", "partOf")


@dataclass(frozen=True)
class Jurisdiction:
    """The place a report is about, and the province it lies in (for grouping)."""
    iri: str
    name: str
    code: str            # GB/T 2260 code, "" when the graph gives none
    province: str        # the province's name (the jurisdiction's own name for a province)
    province_code: str   # "" when unknown

    @property
    def sort_key(self) -> tuple:
        return (self.province_code or "999999", self.code or "999999", self.name, self.iri)


@dataclass
class Facts:
    """The triples the network is built from, as plain strings (IRIs and lexical forms)."""
    types: dict[str, set[str]] = field(default_factory=dict)         # node → pkg class local names
    labels: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # node → (language, text)
    alt: dict[str, set[str]] = field(default_factory=dict)
    values: dict[str, set[str]] = field(default_factory=dict)
    units: dict[str, set[str]] = field(default_factory=dict)
    links: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # pkg property → (s, o)
    home: dict[str, Jurisdiction] = field(default_factory=dict)     # node → its report's jurisdiction
    blank_parks: int = 0   # pkg:Park nodes that are blank nodes: left out (nodes are keyed by IRI)


def load_store(paths):
    """A pyoxigraph store of the graph files, without the ontology graph."""
    import pyoxigraph as ox

    from ..query import load_store as load_files

    from ...errors import InputError
    from ..preload import check_fits, refuse_foreign

    if not paths:
        raise UsageError("give at least one --graph file")
    check_fits(paths)   # pyoxigraph aborts the process when memory runs out: refused before loading
    # no pkg class, so no pkg:Park: said at once (another tool's 487 MB graph was loaded for 52 s first)
    refuse_foreign(paths, InputError(f"{', '.join(map(str, paths))}: no pkg:Park in the graph; nothing to analyse"))
    store = load_files(list(paths))
    onto = ox.NamedNode(str(ONTOLOGY_IRI))
    if any(g == onto for g in store.named_graphs()):
        store.remove_graph(onto)
    return store


def pairs(store, predicate: str) -> set[tuple]:
    """Distinct (subject IRI, object term) of one predicate over every graph of the store."""
    import pyoxigraph as ox

    out = set()
    for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
        if isinstance(q.subject, ox.NamedNode):
            out.add((q.subject.value, q.object))
    return out


def iri_pairs(store, predicate: str) -> set[tuple[str, str]]:
    import pyoxigraph as ox

    return {(s, o.value) for s, o in pairs(store, predicate) if isinstance(o, ox.NamedNode)}


def literal_map(store, predicate: str) -> dict[str, set[str]]:
    import pyoxigraph as ox

    out: dict[str, set[str]] = defaultdict(set)
    for s, o in pairs(store, predicate):
        if isinstance(o, ox.Literal):
            out[s].add(o.value)
    return dict(out)


def read_facts(store) -> Facts:
    """Every fact the analysis uses, from one scan per predicate."""
    import pyoxigraph as ox

    facts = Facts()
    for s, o in iri_pairs(store, RDF_TYPE):
        if o.startswith(PKG_NS):
            facts.types.setdefault(s, set()).add(o[len(PKG_NS):])
    labels: dict[str, list] = defaultdict(list)
    for s, o in pairs(store, RDFS_LABEL):
        if isinstance(o, ox.Literal):
            labels[s].append(((o.language or "").lower(), o.value))
    facts.labels = {s: sorted(v) for s, v in labels.items()}
    facts.alt = literal_map(store, SKOS_ALT)
    facts.values = literal_map(store, PKG_NS + "value")
    facts.units = literal_map(store, PKG_NS + "unitText")
    facts.links = {p: iri_pairs(store, PKG_NS + p) for p in LINKS}
    facts.home = node_jurisdictions(store, facts)
    facts.blank_parks = blank_typed(store, PKG_NS + "Park")
    return facts


def blank_typed(store, cls: str) -> int:
    """How many blank nodes are typed cls (another tool's graph): the analysis reads IRI subjects only."""
    import pyoxigraph as ox

    quads = store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls), None)
    return len({q.subject for q in quads if isinstance(q.subject, ox.BlankNode)})


def zh_label(facts: Facts, node: str, fallback: str) -> str:
    """The node's Chinese label (the first in order), else any label, else FALLBACK."""
    labels = facts.labels.get(node, [])
    zh = [text for lang, text in labels if lang.startswith("zh")]
    if zh:
        return zh[0]
    return sorted(text for _, text in labels)[0] if labels else fallback


def node_jurisdictions(store, facts: Facts) -> dict[str, Jurisdiction]:
    """node → the jurisdiction of the reports its evidence comes from (the most frequent one)."""
    report_of = dict(sorted(iri_pairs(store, PKG_NS + "inReport")))
    place_of = dict(sorted(iri_pairs(store, PKG_NS + "jurisdiction")))
    places = describe_places(store, facts, set(place_of.values()))
    counts: dict[str, Counter] = defaultdict(Counter)
    for node, ev in iri_pairs(store, PKG_NS + "evidence"):
        place = place_of.get(report_of.get(ev, ""))
        if place:
            counts[node][place] += 1
    for report, place in place_of.items():  # nodes that are part of a report but carry no evidence
        counts[report][place] += 1
    return {node: places[min(c, key=lambda p: (-c[p], p))] for node, c in counts.items()}


def describe_places(store, facts: Facts, iris: set[str]) -> dict[str, Jurisdiction]:
    """Name, division code and province of each jurisdiction (GB/T 2260 code first, then the
    pkg:parentPlace chain in the graph)."""
    from ...divisions import divisions

    codes = {s: min(v) for s, v in literal_map(store, SKOS_NOTATION).items()}
    parent = dict(sorted(iri_pairs(store, PKG_NS + "parentPlace")))
    out = {}
    for iri in sorted(iris):
        name = zh_label(facts, iri, iri.rsplit("/", 1)[-1])
        code = codes.get(iri, "")
        prov_code = code[:2] + "0000" if len(code) == 6 and code.isdigit() else ""
        prov = divisions().get(prov_code)
        if prov is not None:
            out[iri] = Jurisdiction(iri, name, code, prov.name, prov_code)
            continue
        top, seen = iri, {iri}
        while parent.get(top) and parent[top] not in seen:
            top = parent[top]
            seen.add(top)
        out[iri] = Jurisdiction(iri, name, code, zh_label(facts, top, name), codes.get(top, prov_code))
    return out
