"""review64: `query --engine reference` with an ORDER BY that ranks rows equal (two predicates used as often) gave
those rows in the order of rdflib's index sets, which PYTHONHASHSEED changes: four seeds, four outputs on the seed
build, and a LIMIT kept one tied row or the other. The selected variables now break the ties, ascending."""
from __future__ import annotations

import pytest

from cli_helpers import run_cli

pytestmark = pytest.mark.unit

RANKED = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)"


def _outputs(tmp_path, seed_out, query: str) -> set[str]:
    (tmp_path / "q.rq").write_text(query + "\n")
    seen = set()
    for seed in ("1", "2", "3"):
        r = run_cli("query", "q.rq", "--graph", seed_out / "graph.trig", "--engine", "reference", "--format", "csv",
                    cwd=tmp_path, env={"PYTHONHASHSEED": seed}, timeout=120)
        assert r.returncode == 0, r.stderr
        seen.add(r.stdout)
    return seen


def test_rows_an_order_by_ranks_equal_come_in_one_order(tmp_path, seed_out):
    outputs = _outputs(tmp_path, seed_out, RANKED)
    assert len(outputs) == 1
    rows = [line.rsplit(",", 1) for line in outputs.pop().splitlines()[1:]]
    counts = [int(n) for _, n in rows]
    assert counts == sorted(counts, reverse=True)       # the query's own order first
    tied = [(a[0], b[0]) for a, b in zip(rows, rows[1:]) if a[1] == b[1]]
    assert tied and all(a < b for a, b in tied)          # then the selected ?p, ascending (IRIs: their text)


def test_a_limit_after_tied_rows_keeps_the_same_rows(tmp_path, seed_out):
    whole = _outputs(tmp_path, seed_out, RANKED).pop().splitlines()
    window = _outputs(tmp_path, seed_out, RANKED + " LIMIT 6")
    assert window == {"\n".join(whole[:7]) + "\n"}
