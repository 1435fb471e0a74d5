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
  their graphs, whatever the order, so adding or replacing a report means replacing its graph and
  recomputing this union from the reports' shared parts (``shared_union``).
"""
from __future__ import annotations

from rdflib import BNode, URIRef

from ..vocab import ID

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
    """The shared graph: the union of the reports' shared parts."""
    out: set = set()
    for p in parts:
        out |= p
    return out
