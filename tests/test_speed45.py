"""speed45: `export --format ttl` and `table` take shorter paths, and write the same bytes as the paths they
replaced (kept callable: forced here on dev reports' builds)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HAILAER = [ROOT / "data" / "corpus" / "hailaer" / f"hailaer-{y}.txt" for y in (2013, 2014)]


@pytest.fixture(scope="module")
def hailaer_out(tmp_path_factory) -> Path:
    """out/ of a build of two dev reports of one place (a promise and its result: assessments have rows)."""
    from policykg.corpus.build import build, write_outputs

    out = tmp_path_factory.mktemp("speed45") / "out"
    write_outputs(build([str(p) for p in HAILAER]), str(out))
    return out


def _tables(paths, monkeypatch, relabelled: bool) -> dict:
    from policykg.use import table, table_store

    if relabelled:   # the path every graph with a blank node took before: a second load, relabelled
        monkeypatch.setattr(table_store, "kept", lambda paths: None)
    store = table.asserted_store([str(p) for p in paths])
    out = {"store": list(store)}
    for which in ("targets", "outcomes", "assessments"):
        columns, data = table.rows(store, which)
        out.update({(which, fmt): write(columns, data) for fmt, write in table.WRITERS.items()})
    monkeypatch.undo()
    return out


@pytest.mark.unit
@pytest.mark.parametrize("files", [["graph.trig"], ["graph.trig", "graph.ttl"], ["graph.ttl", "graph.trig"]])
def test_table_without_relabelling_gives_the_relabelled_paths_bytes(hailaer_out, seed_out, monkeypatch, files):
    """Regression: a table of a build's graph.trig loaded it twice, the second time relabelling the ontology's
    blank nodes, which the table then dropped. Loaded once now: the same quads in the same order (the queries'
    rows follow it), so the same csv, json and parquet bytes."""
    from policykg.use import table_store

    for out in (hailaer_out, seed_out):
        paths = [out / f for f in files]
        assert table_store.kept([str(p) for p in paths]) is not None   # the short path is the one taken
        fast, old = _tables(paths, monkeypatch, False), _tables(paths, monkeypatch, True)
        assert fast.keys() == old.keys() and all(fast[k] == old[k] for k in fast), out
    assert len(fast[("assessments", "csv")].splitlines()) > 1


@pytest.mark.unit
def test_a_kept_blank_node_takes_the_relabelling_path(seed_out, tmp_path):
    """The short path serves no graph whose kept triples hold a blank node: their labels reach the table."""
    from policykg.use import table_store

    extra = tmp_path / "extra.ttl"
    extra.write_text('[] <https://w3id.org/policykg/ontology#quote> "十四五" .\n', encoding="utf-8")
    assert table_store.kept([str(seed_out / "graph.trig")]) is not None
    assert table_store.kept([str(seed_out / "graph.trig"), str(extra)]) is None


def _old_turtle(triples) -> str:
    from policykg.emit.serialise import _fresh, longturtle
    from policykg.use.export_fast import _memo_longturtle
    return longturtle(_fresh(triples), _memo_longturtle())


@pytest.mark.unit
def test_ttl_export_from_the_index_is_rdflibs_longturtle(hailaer_out, seed_out):
    """Regression: `export --format ttl` copied the union into an rdflib Graph for longturtle (the ontology's
    blank nodes send it there): it reads an index now, and writes the same bytes."""
    from policykg.use import export_fast as f

    for paths in ([seed_out / "graph.trig"], [hailaer_out / "graph.trig", seed_out / "graph.ttl"]):
        triples = f.canonical(f.union(f.read([str(p) for p in paths])))
        assert f.has_bnode(triples)
        assert f.turtle(triples) == _old_turtle(triples)


@pytest.mark.unit
def test_ttl_from_the_index_nests_lists_and_shared_blank_nodes_as_longturtle_does(seed_out):
    """The blank-node shapes longturtle lays out in its own ways: a list (one ending at an IRI that has two
    properties of its own), a blank node named by two subjects, one named by none, a class listed first."""
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS

    from policykg.use import export_fast as f

    pkg = "https://w3id.org/policykg/ontology#"
    a, b, shared, tail, top = BNode(), BNode(), BNode(), URIRef(pkg + "Tail"), BNode()
    triples = f.canonical(f.union(f.read([str(seed_out / "graph.trig")])))
    triples |= {(URIRef(pkg + "Figure"), OWL.unionOf, a), (a, RDF.first, URIRef(pkg + "Target")), (a, RDF.rest, b),
                (b, RDF.first, URIRef(pkg + "Outcome")), (b, RDF.rest, tail), (tail, RDF.first, Literal("末")),
                (tail, RDF.rest, RDF.nil), (URIRef(pkg + "X"), RDFS.seeAlso, shared),
                (URIRef(pkg + "Y"), RDFS.seeAlso, shared), (shared, RDFS.label, Literal("共", lang="zh")),
                (top, RDFS.comment, Literal("无主")), (URIRef(pkg + "K"), RDF.type, RDFS.Class),
                (URIRef(pkg + "K"), RDFS.label, Literal("二")), (URIRef(pkg + "K"), RDFS.label, Literal("一"))}
    assert f.turtle(triples) == _old_turtle(triples)


@pytest.mark.unit
def test_export_escapes_a_control_character_and_leaves_other_text_as_it_is():
    """The translate is skipped for a text with no control character; one with an ESC is still escaped."""
    from policykg.use.export import _escaped

    assert _escaped(lambda g: g)('"a\x1bb\x7f"\n') == '"a\\u001Bb\\u007F"\n'
    assert _escaped(lambda g: g)('"a\tb"\n') == '"a\tb"\n'
