"""A VoID/DCAT description of the built dataset (no timestamp: rebuilds stay byte-identical)."""
from __future__ import annotations

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from .. import __version__
from ..emit import ids
from ..emit.shared import SHARED_GRAPH
from ..vocab import ID, PKG
from .package_digest import provenance

VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")


DATASET = ID["dataset/policykg"]


def dataset_header(g: Graph, triples: int, reports, shared: int = 0) -> None:
    """What every description states: the dataset, its licence, size, one subset per report and the
    shared graph (``shared`` triples: the descriptions of nodes several reports name, shared.py)."""
    ds = DATASET
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal("policykg knowledge graph of government work reports", lang="en")))
    g.add((ds, DCTERMS.title, Literal("政府工作报告知识图谱", lang="zh")))
    g.add((ds, DCTERMS.license, LICENCE))
    g.add((ds, VOID.vocabulary, URIRef(str(PKG))))
    g.add((ds, VOID.triples, Literal(triples, datatype=XSD.integer)))
    g.add((ds, DCTERMS.hasVersion, Literal(__version__)))
    g.add((ds, DCTERMS.provenance, Literal(provenance())))   # add reuses an output of these files only
    for r in reports:
        sub = ids.graph_iri(r.slug)
        g.add((ds, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, DCTERMS.source, ids.report_iri(r.slug)))
        g.add((sub, VOID.triples, Literal(r.counts["triples"], datatype=XSD.integer)))
        g.add((sub, RDFS.label, Literal(f"named graph of {r.slug}", lang="en")))
    g.add((ds, VOID.subset, SHARED_GRAPH))
    g.add((SHARED_GRAPH, RDF.type, VOID.Dataset))
    g.add((SHARED_GRAPH, VOID.triples, Literal(shared, datatype=XSD.integer)))
    g.add((SHARED_GRAPH, RDFS.label, Literal("shared graph: labels, types, codes and parents of the places, "
                                             "parks, organisations and indicators reports name", lang="en")))


def void_graph(result) -> Graph:
    """VoID of a union build; ``result.asserted`` is any collection of triples (a Graph or a set)."""
    g = Graph()
    ds = DATASET
    asserted = result.asserted
    dataset_header(g, len(asserted), result.reports, len(result.shared or ()))
    subjects, predicates, members = set(), set(), {}
    rdf_type = str(RDF.type)   # p == RDF.type without a namespace lookup and a Python __eq__ per triple
    for s, p, o in asserted:
        subjects.add(s)
        predicates.add(p)
        if type(p) is URIRef and str.__eq__(p, rdf_type):
            members.setdefault(o, set()).add(s)
    g.add((ds, VOID.entities, Literal(len(subjects), datatype=XSD.integer)))
    g.add((ds, VOID.distinctSubjects, Literal(len(subjects), datatype=XSD.integer)))
    g.add((ds, VOID.properties, Literal(len(predicates), datatype=XSD.integer)))
    g.add((ds, VOID.classes, Literal(len(members), datatype=XSD.integer)))
    for cls in sorted(members):
        part = ID[f"dataset/policykg/class/{str(cls).rsplit('#', 1)[-1]}"]
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], cls))
        g.add((part, VOID.entities, Literal(len(members[cls]), datatype=XSD.integer)))
    return g
