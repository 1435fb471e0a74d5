"""Where each asserted triple lives: its report's named graph, or the one shared graph (docs/contract.md).

Parks, places, organisations, indicators and concepts are one node across reports. If every report
graph repeated their labels and types, a store's union default graph (``policykg serve``, oxigraph's
``use_default_graph_as_union``) would return such a row once per report graph, and every COUNT or
SUM over it would be inflated. So a triple goes to ``id/graph/shared`` when neither its subject nor
its object belongs to one report (IRIs under ``id/report/``: the report, its outline, projects,
targets, outcomes, evidence), and to its report's graph otherwise. Then:

* report graphs are pairwise disjoint (each of their triples names a node of that report), and
  disjoint from the shared graph, so the union default graph repeats no triple;
* the shared graph is a deterministic function of all reports: the union of ``split(g)[1]`` over
  their graphs, whatever the order (a park two reports label two ways keeping one zh label), so adding
  or replacing a report means replacing its graph and recomputing this union from the reports' shared
  parts (``shared_union``).
"""
from __future__ import annotations

from rdflib import BNode, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..vocab import ID, PKG

SHARED_GRAPH = ID["graph/shared"]
REPORT_SCOPE = str(ID) + "report/"


def report_scoped(term) -> bool:
    """Does the term belong to one report (an IRI under id/report/, or a blank node)?"""
    return isinstance(term, BNode) or (isinstance(term, URIRef) and term.startswith(REPORT_SCOPE))


def split(triples) -> tuple[set, set]:
    """(the report's own triples, the descriptions of shared nodes) of one report's triples."""
    own, shared = set(), set()
    for t in triples:
        (own if report_scoped(t[0]) or report_scoped(t[2]) else shared).add(t)
    return own, shared


def shared_union(parts) -> set:
    """The shared graph: the union of the reports' shared parts, a park keeping one zh label."""
    out: set = set()
    for p in parts:
        out |= p
    return one_park_label(out)


def one_park_label(triples: set) -> set:
    """A park two reports label two ways (上海化工区 where one year writes the place, 化工区 where another does
    not) keeps the longest zh label (then the first by text), the others as skos:altLabel: one label whatever
    reports are built together, since it depends on the set of labels only (``add`` equals a full build)."""
    labels: dict = {}
    for s, p, o in triples:
        if p == RDFS.label and getattr(o, "language", None) == "zh" and (s, RDF.type, PKG.Park) in triples:
            labels.setdefault(s, []).append(o)
    for s, ls in labels.items():
        if len(ls) > 1:
            keep = min(ls, key=lambda o: (-len(o), str(o)))
            triples -= {(s, RDFS.label, o) for o in ls if o != keep} | {(s, SKOS.altLabel, keep)}
            triples |= {(s, SKOS.altLabel, o) for o in ls if o != keep}
    return triples
