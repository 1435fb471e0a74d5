"""Hostile use, round 10: `table`, `export` and `validate` writing into a build's output, `add` on an output
whose graph.trig was edited, graph files with a byte-order mark or of binary data, and the further cases
found by attacking `table`, `add`, `query`, `serve` and `push` again.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import shutil

import pytest

from cli_helpers import SEED, one_line, run_cli, tree


@pytest.mark.corpus
@pytest.mark.parametrize("verb", ["table", "export", "validate"])
@pytest.mark.parametrize("name", ["graph.ttl", "summary.csv", ".policykg-output"])
def test_a_file_of_a_build_output_is_not_replaced_by_another_command(tmp_path, seed_out, verb, name):
    """`table --out out/graph.ttl` replaced the build's Turtle with CSV: the folder still looked like a whole
    output (its marker lists graph.ttl) and the next `add` or `query` read a broken graph."""
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    graph = tmp_path / "g.trig"
    shutil.copy(seed_out / "graph.trig", graph)
    before = tree(out)
    args = {"table": ("table", "targets", "--graph", graph, "--out", out / name),
            "export": ("export", "--format", "ttl", "--graph", graph, "--out", out / name),
            "validate": ("validate", graph, "--out", out / name)}[verb]
    one_line(run_cli(*args, timeout=120), 2, rf"is {name} of the policykg output in \S+out; .*write elsewhere")
    assert tree(out) == before
    if verb == "table":  # a name of its own beside the outputs is the user's choice (the next build names it)
        r = run_cli("table", "targets", "--graph", graph, "--out", out / "mine.csv", timeout=120)
        assert r.returncode == 0, r.stderr
        assert (out / "mine.csv").read_text(encoding="utf-8").startswith("report,")


@pytest.mark.corpus
def test_add_on_an_output_whose_graph_trig_nests_blank_nodes_deep_is_one_line(tmp_path, seed_out):
    """A report graph of graph.trig edited to nest blank nodes 3,000 deep (no build writes blank nodes in a
    report graph) ended `add` in 'internal error: RecursionError' from the Turtle writer."""
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    n = 3000
    with open(out / "graph.trig", "a", encoding="utf-8") as fh:
        fh.write("<https://w3id.org/policykg/id/graph/jinghaiqu-2021> { <http://x.test/a> <http://x.test/p> "
                 + "[ <http://x.test/p> " * n + '"v"' + " ]" * n + " . }\n")
    before = tree(out)
    r = run_cli("add", SEED, "--year", "2022", "--out", out, "--jobs", "1", "--quiet", timeout=300)
    one_line(r, 2, r"blank nodes nested deeper than the Turtle writer can follow")
    assert tree(out) == before


@pytest.mark.unit
def test_the_turtle_writer_names_blank_nodes_nested_too_deep():
    from rdflib import BNode, Graph, Literal, URIRef

    from policykg.emit.serialise import turtle
    from policykg.errors import InputError

    g, p = Graph(), URIRef("http://x.test/p")
    node = URIRef("http://x.test/a")
    for _ in range(3000):
        nxt = BNode()
        g.add((node, p, nxt))
        node = nxt
    g.add((node, p, Literal("v")))
    with pytest.raises(InputError, match="nested deeper"):
        turtle(g)
    shallow = Graph()
    shallow.add((URIRef("http://x.test/a"), p, BNode()))
    assert "ns1:p" in turtle(shallow)  # a shallow blank node is written as before
