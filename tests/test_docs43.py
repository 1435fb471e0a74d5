"""docs43: a researcher's afternoon with the shipped corpus (docs/checks/docs43.md)."""
from __future__ import annotations

import pytest
from rdflib import Graph

from policykg.use import export as E


def test_to_networkx_reads_a_graph_file_with_the_export_reader(cli_seed_out, monkeypatch):
    """Regression (docs43): `to_networkx("out/graph.ttl")`, the README's networkx line, parsed the file with
    rdflib and copied it twice (16 s on the 37 shipped reports, against 2.6 s for the same graph through
    `export --format graphml`'s pyoxigraph reader). It now takes that reader, and gives the graph an rdflib
    Graph of the same file gives."""
    ttl = cli_seed_out / "graph.ttl"
    expected = E.to_networkx(Graph().parse(ttl, format="turtle"))

    def rdflib_path(paths):
        raise AssertionError(f"to_networkx read {paths} through rdflib")
    monkeypatch.setattr(E, "load", rdflib_path)
    G = E.to_networkx(str(ttl))
    assert G.number_of_nodes() > 500
    assert dict(G.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(G.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))
    targets = [a for _, a in G.nodes(data=True) if a.get("type") == "Target" and a["value"] > 100]
    assert targets
