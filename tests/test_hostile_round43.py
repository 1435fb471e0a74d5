"""Hostile round 43: interrupted, concurrent and crowded runs, and two secret leaks (docs/checks/hostile43.md)."""
from __future__ import annotations

import pytest

from cli_helpers import one_line, run_cli, write_file

GRAPH = ('<https://w3id.org/policykg/id/park/jinghaiqu/ziya> <http://www.w3.org/2000/01/rdf-schema#label> '
         '"子牙经济技术开发区"@zh .\n')


@pytest.mark.unit
@pytest.mark.parametrize("service, shown", [
    ("http://su:p@ss?w/x@127.0.0.1:9/sparql?mail=a@b.org", "http://***@127.0.0.1:9/sparql?mail=a@b.org"),
    ("http://su:p@ss#w/x@127.0.0.1:9/sparql", "http://***@127.0.0.1:9/sparql"),
])
def test_a_service_password_holding_an_at_then_a_question_mark_is_hidden_whole(tmp_path, service, shown):
    """Regression: the userinfo was cut at the last @ before the first ? or #, so a password 'p@ss?w/x' showed its
    tail: <http://***@ss?w/x@127.0.0.1:9/sparql…>. Nothing is contacted (refused before any lookup)."""
    write_file(tmp_path, "g.nt", GRAPH)
    write_file(tmp_path, "svc.rq", f"SELECT * WHERE {{ SERVICE <{service}> {{ ?s ?p ?o }} }}\n")
    r = run_cli("query", tmp_path / "svc.rq", "--graph", tmp_path / "g.nt", "--allow-service", timeout=120)
    one_line(r, 2, "SERVICE names <" + shown.replace("*", r"\*").replace("?", r"\?") + ">")
    assert "ss?w" not in r.stderr and "ss#w" not in r.stderr and "su:" not in r.stderr, r.stderr
