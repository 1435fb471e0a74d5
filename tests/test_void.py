"""void.ttl describes every named graph that holds asserted facts: one subset per report and the
shared graph (id/graph/shared), each with its triple count, in the union and the streaming build."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.namespace import RDF, XSD

from policykg.emit.shared import SHARED_GRAPH
from policykg.corpus.void import DATASET, VOID

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"


def _graph_sizes(path: Path, fmt) -> dict[str, int]:
    store = ox.Store()
    store.bulk_load(path=str(path), format=fmt)
    sizes: dict[str, int] = {}
    for q in store:
        if isinstance(q.graph_name, ox.NamedNode):
            sizes[q.graph_name.value] = sizes.get(q.graph_name.value, 0) + 1
    return sizes


def _subsets(void_file: Path) -> dict[str, int]:
    g = Graph().parse(void_file, format="turtle")
    out = {}
    for sub in g.objects(DATASET, VOID.subset):
        assert (sub, RDF.type, VOID.Dataset) in g
        out[str(sub)] = int(g.value(sub, VOID.triples))
    return out


def test_void_lists_the_shared_graph_with_its_size(seed_out):
    subsets = _subsets(seed_out / "void.ttl")
    sizes = _graph_sizes(seed_out / "graph.trig", ox.RdfFormat.TRIG)
    assert str(SHARED_GRAPH) in subsets
    assert subsets[str(SHARED_GRAPH)] == sizes[str(SHARED_GRAPH)] > 0
    # the report subsets and the shared graph add up to the dataset's asserted triples
    g = Graph().parse(seed_out / "void.ttl", format="turtle")
    total = g.value(DATASET, VOID.triples)
    assert total == Literal(sum(subsets.values()), datatype=XSD.integer)
    assert set(subsets) == {name for name in sizes if name.rsplit("/", 1)[-1] not in ("inferred",)
                            and "/id/graph/" in name}


def test_streaming_void_lists_the_shared_graph(tmp_path, seed_out):
    from policykg.corpus.stream import build_stream
    build_stream([str(SEED)], str(tmp_path / "s"))
    subsets = _subsets(tmp_path / "s" / "void.ttl")
    sizes = _graph_sizes(tmp_path / "s" / "graph.nq", ox.RdfFormat.N_QUADS)
    assert subsets[str(SHARED_GRAPH)] == sizes[str(SHARED_GRAPH)]
    assert subsets == _subsets(seed_out / "void.ttl")
