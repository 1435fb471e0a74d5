"""`policykg export`: every format is the union of the input graphs, deterministic, and readable by the
tools researchers use (rdflib, networkx/Gephi) — JSON-LD offline, with its context inline."""
from __future__ import annotations

import json
import socket
import urllib.request

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from policykg.use import export as E
from policykg.use.export_graphml import TYPES_SEPARATOR
from policykg.cli import cli

ZIYA = "https://w3id.org/policykg/id/park/jinghaiqu/ziyajingjijishukaifaqu"


@pytest.fixture(scope="module")
def exported(seed_out, tmp_path_factory):
    """Each format written once from graph.ttl through the CLI."""
    folder = tmp_path_factory.mktemp("export")
    out = {}
    for fmt in E.FORMATS:
        path = folder / f"graph.{fmt}"
        r = CliRunner().invoke(cli, ["export", "--format", fmt, "--graph", str(seed_out / "graph.ttl"),
                                     "--out", str(path)])
        assert r.exit_code == 0, (fmt, r.output, r.exception)
        out[fmt] = path
    return out


def test_ntriples_isomorphic(exported, seed_graph):
    g = Graph().parse(exported["nt"], format="nt")
    assert isomorphic(g, seed_graph)
    lines = exported["nt"].read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)


def test_turtle_is_the_build_turtle(exported, seed_out):
    assert exported["ttl"].read_bytes() == (seed_out / "graph.ttl").read_bytes()


def test_jsonld_isomorphic_and_offline(exported, seed_graph, monkeypatch):
    def no_network(*a, **k):
        raise AssertionError("JSON-LD parsing tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    data = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    ctx = data["@context"]
    assert isinstance(ctx, dict)                       # inline, not a URL
    assert ctx["label"] == {"@id": "rdfs:label", "@container": "@language"}
    assert ctx["altLabel"] == {"@id": "skos:altLabel", "@container": "@language"}
    assert ctx["pkg"] == "https://w3id.org/policykg/ontology#"
    g = Graph().parse(exported["jsonld"], format="json-ld")
    assert isomorphic(g, seed_graph)
    ziya = next(n for n in data["@graph"] if n["@id"] == ZIYA)
    assert ziya["label"]["zh"] == "天津子牙经济技术开发区"   # a language map: the place the text writes kept (identity48)
    assert "子牙经济技术开发区" in json.dumps(ziya["altLabel"], ensure_ascii=False)


def test_graphml_loads_in_networkx(exported, seed_graph):
    G = nx.read_graphml(exported["graphml"])
    assert G.number_of_nodes() > 100 and G.number_of_edges() > 100
    for _, attrs in G.nodes(data=True):
        assert "label" in attrs
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())
    for _, _, attrs in G.edges(data=True):
        assert set(attrs) >= {"predicate"} and all(isinstance(v, str) for v in attrs.values())
    ziya = G.nodes[ZIYA]
    assert ziya["label"] == "天津子牙经济技术开发区" and ziya["type"] == "Park"
    assert ziya["label_en"].startswith("Ziya Economic")
    assert ziya["parkKind"] == "development zone"
    # no blank nodes, and IRIs only
    assert all(n.startswith("http") for n in G.nodes)
    # a target carries its quantity as flat attributes
    targets = [a for _, a in G.nodes(data=True) if a.get("type") == "Target"]
    assert targets and all({"value", "unitText"} <= set(a) for a in targets)
    # edges for object properties, named by local name
    preds = {a["predicate"] for _, _, a in G.edges(data=True)}
    assert {"locatedIn", "evidence", "indicator", "partOf"} <= preds and "type" not in preds
    # the park → project → target chain is walkable in networkx
    projects = [u for u, v, a in G.in_edges(ZIYA, data=True) if a["predicate"] == "locatedIn"]
    assert projects


@pytest.mark.parametrize("fmt", E.FORMATS)
def test_export_twice_byte_identical(fmt, seed_out, tmp_path):
    """From graph.trig: named graphs and the ontology's blank nodes included."""
    paths = []
    for i in (1, 2):
        p = tmp_path / f"{i}.{fmt}"
        E.export([str(seed_out / "graph.trig")], fmt, str(p))
        paths.append(p)
    assert paths[0].read_bytes() == paths[1].read_bytes()


def test_quads_keep_named_graphs(seed_out, tmp_path):
    out = tmp_path / "graph.nq"
    E.export([str(seed_out / "graph.trig")], "nq", str(out))
    ds = Dataset()
    ds.parse(out, format="nquads")
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert {"https://w3id.org/policykg/ontology", "https://w3id.org/policykg/id/graph/inferred"} <= names
    src = Dataset()
    src.parse(seed_out / "graph.trig", format="trig")
    for c in src.graphs():
        if len(c):
            expected = Graph()
            for s, p, o in c:
                expected.add((s, p, E._plain(o)))
            assert isomorphic(expected, ds.graph(c.identifier))
    trig = tmp_path / "graph.trig"
    E.export([str(out)], "trig", str(trig))
    again = Dataset()
    again.parse(trig, format="trig")
    assert sorted((str(c.identifier), len(c)) for c in again.graphs() if len(c)) == \
        sorted((str(c.identifier), len(c)) for c in ds.graphs() if len(c))


def test_union_of_several_graphs(tmp_path, seed_out):
    extra = tmp_path / "extra.ttl"
    extra.write_text('<https://w3id.org/policykg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "额外"@zh .\n',
                     encoding="utf-8")
    out = tmp_path / "u.nt"
    E.export([str(seed_out / "graph.ttl"), str(extra)], "nt", str(out))
    g = Graph().parse(out, format="nt")
    assert (URIRef("https://w3id.org/policykg/id/x"), RDFS.label, Literal("额外", lang="zh")) in g
    assert len(g) == len(Graph().parse(seed_out / "graph.ttl")) + 1


def test_xsd_string_written_plain(tmp_path):
    src = tmp_path / "s.ttl"
    src.write_text('<http://ex/a> <http://ex/p> "x"^^<http://www.w3.org/2001/XMLSchema#string> , "x" .\n',
                   encoding="utf-8")
    out = tmp_path / "s.nt"
    E.export([str(src)], "nt", str(out))
    assert out.read_text(encoding="utf-8") == '<http://ex/a> <http://ex/p> "x" .\n'


def test_cli_export_errors(tmp_path):
    runner = CliRunner()
    r = runner.invoke(cli, ["export", "--format", "ttl", "--graph", str(tmp_path / "missing.ttl"),
                            "--out", str(tmp_path / "o.ttl")])
    assert r.exit_code != 0 and not (tmp_path / "o.ttl").exists()
    r = runner.invoke(cli, ["export", "--format", "xml", "--graph", "x.ttl", "--out", "o"])
    assert r.exit_code == 2


def test_graphml_typed_values_types_and_parallel_edges(exported, seed_out):
    """Numbers as numbers, years as integers, booleans as booleans, every rdf:type of a node, and
    parallel edges (two predicates between one pair) survive a round trip through networkx."""
    G = nx.read_graphml(exported["graphml"])
    assert isinstance(G, nx.MultiDiGraph)
    target = next(a for _, a in G.nodes(data=True) if a.get("type") == "Target")
    assert type(target["value"]) is float and type(target["endYear"]) is int
    assert type(target["aspirational"]) is bool
    report = next(a for _, a in G.nodes(data=True) if a.get("type") == "Report")
    assert type(report["year"]) is int
    both = [a for _, a in G.nodes(data=True) if set(a.get("types", "").split(TYPES_SEPARATOR)) >= {"Section", "Task"}]
    assert both and all(a["type"] == "Section" for a in both)
    pair = next((u, v) for u, v in G.edges() if G.number_of_edges(u, v) > 1)
    assert {a["predicate"] for a in G.get_edge_data(*pair).values()} >= {"inScheme", "topConceptOf"}
    # the package loader gives the same graph from the GraphML file and from the Turtle
    loaded, built = E.to_networkx(exported["graphml"]), E.to_networkx(seed_out / "graph.ttl")
    assert dict(loaded.nodes(data=True)) == dict(built.nodes(data=True))
    assert sorted(loaded.edges(keys=True, data=True)) == sorted(built.edges(keys=True, data=True))


def test_graphml_one_type_per_attribute(tmp_path):
    """A property with a number on one node and two values on another is one string column."""
    src = tmp_path / "m.ttl"
    src.write_text('@prefix pkg: <https://w3id.org/policykg/ontology#> .\n'
                   '<http://ex/a> pkg:value 5.0 ; pkg:year 2026 .\n'
                   '<http://ex/b> pkg:value 1.5 , 2.5 ; pkg:year 2027 .\n', encoding="utf-8")
    out = tmp_path / "m.graphml"
    E.export([str(src)], "graphml", str(out))
    G = nx.read_graphml(out)
    assert G.nodes["http://ex/a"]["value"] == "5.0" and G.nodes["http://ex/b"]["value"] == "1.5; 2.5"
    assert G.nodes["http://ex/a"]["year"] == 2026


def test_graphml_opens_in_igraph(exported):
    igraph = pytest.importorskip("igraph")
    g = igraph.Graph.Read_GraphML(str(exported["graphml"]))
    G = nx.read_graphml(exported["graphml"])
    assert (g.vcount(), g.ecount()) == (G.number_of_nodes(), G.number_of_edges())
    assert isinstance(g.vs.find(type_eq="Target")["value"], float)


@pytest.mark.parametrize("fmt", E.FORMATS)
def test_fast_path_gives_the_rdflib_bytes_on_a_build(seed_out, fmt):
    """graph.trig of a build (report graphs, the ontology's blank nodes, the inferred graph) is read by
    pyoxigraph, and every format has the bytes of the rdflib path."""
    from policykg.use import export_fast

    paths = [str(seed_out / "graph.trig")]
    assert export_fast.read(paths) is not None
    assert E.render(paths, fmt) == E.WRITERS[fmt](E.load(paths))
