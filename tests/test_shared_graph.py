"""One answer wherever asked: a small multi-report corpus (the seed, two Hailar years, Inner Mongolia
2026 — they share places, parks, organisations and indicators) gives the same rows for every
competency question locally on graph.trig (union default graph), locally on graph.ttl (questions that
do not need the inferred graph) and through `policykg serve` (from memory and with --store); no quad of graph.trig repeats a triple
of another graph."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from policykg.use import query as Q
from policykg.emit.shared import SHARED_GRAPH, report_scoped, split

ROOT = Path(__file__).resolve().parent.parent
CQS = sorted((ROOT / "policykg" / "queries").glob("cq-*.rq"))
NEEDS_INFERENCE = {"cq-13-report-tasks-transitive"}
REPORTS = ["data/reports/jinghai-2021.txt", "data/corpus/hailaer/hailaer-2018.txt",
           "data/corpus/hailaer/hailaer-2019.txt", "data/corpus/provincial-2026/neimenggu-2026.txt"]
PLACE_LABELS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?l WHERE { ?s a pkg:Place ; rdfs:label ?l }"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from policykg.corpus.build import build, write_outputs
    out = tmp_path_factory.mktemp("shared") / "out"
    write_outputs(build([str(ROOT / p) for p in REPORTS]), str(out))
    return out


@pytest.fixture(scope="module")
def local(corpus):
    trig, ttl = ox.Store(), ox.Store()
    trig.bulk_load(path=str(corpus / "graph.trig"), format=ox.RdfFormat.TRIG)
    ttl.bulk_load(path=str(corpus / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return trig, ttl


@pytest.fixture(scope="module", params=["memory", "store"])
def endpoint(corpus, request, tmp_path_factory):
    """`policykg serve` from memory, and with --store (oxigraph's server on a RocksDB store)."""
    from policykg.use.serve import start
    store = str(tmp_path_factory.mktemp("store") / "kept") if request.param == "store" else None
    server = start([str(corpus / "graph.trig")], port=0, store=store)
    try:
        yield server.url + "query"
    finally:
        server.stop()


def _key(term) -> str:
    return "" if term is None else str(term)


def rows_local(store, text: str, union: bool) -> list[tuple]:
    res = store.query(text, use_default_graph_as_union=union) if union else store.query(text)
    names = [v.value for v in res.variables]
    return sorted(tuple(_key(s[n]) for n in names) for s in res)


def rows_remote(url: str, text: str) -> list[tuple]:
    r = requests.post(url, data={"query": text}, headers={"Accept": "application/sparql-results+json"},
                      timeout=120)
    r.raise_for_status()
    data = r.json()

    def term(b):  # as a pyoxigraph term, so that both sides print the same way
        if b is None:
            return ""
        if b["type"] == "uri":
            return str(ox.NamedNode(b["value"]))
        if "xml:lang" in b:
            return str(ox.Literal(b["value"], language=b["xml:lang"]))
        if b.get("datatype"):
            return str(ox.Literal(b["value"], datatype=ox.NamedNode(b["datatype"])))
        return str(ox.Literal(b["value"]))
    names = data["head"]["vars"]
    return sorted(tuple(term(b.get(n)) for n in names) for b in data["results"]["bindings"])


def test_no_triple_in_two_graphs(local):
    trig, _ = local
    seen = Counter((q.subject, q.predicate, q.object) for q in trig)
    assert seen and max(seen.values()) == 1, [t for t, n in seen.items() if n > 1][:5]


def test_report_graphs_keep_only_their_own_facts(local):
    trig, _ = local
    graphs = {str(g.value) for g in trig.named_graphs()}
    assert str(SHARED_GRAPH) in graphs
    for q in trig:
        g = str(q.graph_name.value)
        if "/id/graph/" in g and not g.endswith(("/inferred", "/shared")):
            assert q.subject.value.startswith("https://w3id.org/policykg/id/report/") or \
                (isinstance(q.object, ox.NamedNode) and q.object.value.startswith("https://w3id.org/policykg/id/report/")), q


def test_split_is_a_partition():
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS
    rep, place = URIRef("https://w3id.org/policykg/id/report/x-2021"), URIRef("https://w3id.org/policykg/id/place/x")
    triples = {(place, RDFS.label, Literal("x", lang="zh")), (rep, RDFS.label, Literal("r")),
               (place, URIRef("https://w3id.org/policykg/ontology#evidence"), URIRef(str(rep) + "/evidence/1-2"))}
    own, shared = split(triples)
    assert own | shared == triples and not own & shared
    assert shared == {(place, RDFS.label, Literal("x", lang="zh"))}
    assert report_scoped(rep) and not report_scoped(place) and not report_scoped(Literal("x"))


def test_place_label_count_is_the_same_everywhere(local, endpoint):
    trig, ttl = local
    on_trig, on_ttl = rows_local(trig, PLACE_LABELS, True), rows_local(ttl, PLACE_LABELS, False)
    assert on_trig == on_ttl and len(set(on_trig)) == len(on_trig) > 20
    assert len(rows_remote(endpoint, PLACE_LABELS)) == len(on_trig)


@pytest.mark.parametrize("path", CQS, ids=[p.stem for p in CQS])
def test_cq_same_rows_on_trig_ttl_and_serve(path, local, endpoint):
    trig, ttl = local
    text = path.read_text(encoding="utf-8")
    on_trig = rows_local(trig, text, True)
    assert rows_remote(endpoint, text) == on_trig, "serve differs from graph.trig"
    if path.stem not in NEEDS_INFERENCE:
        assert rows_local(ttl, text, False) == on_trig, "graph.ttl differs from graph.trig"
    assert len(set(on_trig)) == len(on_trig) or "DISTINCT" not in text


def test_default_parameters_answer(local):
    """The defaults of the parameterised questions find rows in this corpus (not a vacuous check)."""
    trig, _ = local
    for name in ("cq-02", "cq-05", "cq-06", "cq-12"):
        assert rows_local(trig, Q.named_query(name), True), name


def test_push_sends_the_shared_graph(corpus):
    from policykg.use.push import read_graphs
    graphs = read_graphs([corpus / "graph.trig"])
    assert str(SHARED_GRAPH) in graphs and len(graphs[str(SHARED_GRAPH)]) > 100


def test_shared_graph_does_not_depend_on_report_order(tmp_path, corpus):
    from policykg.corpus.build import build, write_outputs
    out = tmp_path / "out"
    write_outputs(build([str(ROOT / p) for p in reversed(REPORTS)], jobs=2), str(out))
    for name in ("graph.trig", "graph.ttl"):
        assert (out / name).read_bytes() == (corpus / name).read_bytes()


def test_streaming_build_repeats_no_row_either(tmp_path, local):
    """build_stream (the corpus-scale path): graph.nq holds the same shared graph once, no triple in
    two graphs, and the questions that need no inference give the rows of the union build."""
    from policykg.corpus.stream import build_stream
    build_stream([str(ROOT / p) for p in REPORTS], str(tmp_path / "s"), jobs=2)
    nq = ox.Store()
    nq.bulk_load(path=str(tmp_path / "s" / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    seen = Counter((q.subject, q.predicate, q.object) for q in nq)
    assert max(seen.values()) == 1, [t for t, n in seen.items() if n > 1][:5]
    trig, ttl = local
    shared = ox.NamedNode(str(SHARED_GRAPH))
    assert set(nq.quads_for_pattern(None, None, None, shared)) == set(trig.quads_for_pattern(None, None, None, shared))
    for path in CQS:
        if path.stem not in NEEDS_INFERENCE:
            text = path.read_text(encoding="utf-8")
            assert rows_local(nq, text, True) == rows_local(ttl, text, False), path.stem
