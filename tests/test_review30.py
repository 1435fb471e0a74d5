"""Review 30: regressions found on a second reading of hostile34 and names64."""
from __future__ import annotations

import pytest
from click.testing import CliRunner


@pytest.mark.unit
def test_a_foreign_graph_of_blank_nodes_is_refused_before_its_blank_nodes_are_labelled(tmp_path, monkeypatch):
    """table gave canonical blank-node labels (which take 10 s for 500 nested blank nodes, 9 min for 2,000)
    before asking whether the graph holds anything of policykg's, so another tool's RDF was refused minutes
    late. It is refused first now; a policykg graph of blank nodes still gets the labels."""
    from policykg.cli import cli
    from policykg.errors import InputError
    from policykg.use import canon
    called = []
    real = canon.canonical_ox
    monkeypatch.setattr(canon, "canonical_ox", lambda quads: called.append(1) or real(quads))
    g = tmp_path / "other.ttl"
    g.write_text('@prefix ex: <http://ex.org/> .\n' + "".join(
        f'ex:s{i % 5} ex:p [ ex:v "{i}" ; ex:w [ ex:u {i % 7} ] ] .\n' for i in range(40)), encoding="utf-8")
    r = CliRunner().invoke(cli, ["table", "targets", "--graph", str(g)])
    assert isinstance(r.exception, InputError) and "nothing in the graph is of a policykg class" in str(r.exception)
    assert called == []
    g.write_text('@prefix pkg: <https://w3id.org/policykg/ontology#> .\n[] a pkg:Target .\n', encoding="utf-8")
    CliRunner().invoke(cli, ["table", "targets", "--graph", str(g)])
    assert called == [1]
