"""tidy64: `policykg query` gives the same bytes for the same input whatever PYTHONHASHSEED, on both engines.

rdflib's evaluator (--engine reference) matches triples in the order of its indexes' sets, so a query without
ORDER BY (SELECT DISTINCT ?p) gave its rows in another order each run, and LIMIT kept other rows. Rows of a
query that imposes no order are now sorted by their terms before its LIMIT/OFFSET; pyoxigraph's order (the
default engine) was already fixed for the same files.
"""
from __future__ import annotations

import pytest

from cli_helpers import run_cli

QUERIES = {
    "distinct.rq": "SELECT DISTINCT ?p WHERE { ?s ?p ?o }\n",
    "window.rq": "SELECT DISTINCT ?p WHERE { ?s ?p ?o } LIMIT 5 OFFSET 2\n",
    "offset.rq": "SELECT DISTINCT ?p WHERE { ?s ?p ?o } OFFSET 3\n",
}


def _answers(tmp_path, seed_out, name: str, engine: str) -> set[str]:
    (tmp_path / name).write_text(QUERIES[name])
    seen = set()
    for seed in ("1", "2"):
        r = run_cli("query", name, "--graph", seed_out / "graph.ttl", "--engine", engine, "--format", "csv",
                    cwd=tmp_path, env={"PYTHONHASHSEED": seed}, timeout=120)
        assert r.returncode == 0, r.stderr
        seen.add(r.stdout)
    return seen


@pytest.mark.parametrize("name", sorted(QUERIES))
@pytest.mark.parametrize("engine", ["reference", "default"])
def test_a_query_without_order_by_gives_the_same_rows_under_two_hash_seeds(tmp_path, seed_out, name, engine):
    answers = _answers(tmp_path, seed_out, name, engine)
    assert len(answers) == 1, answers
    rows = answers.pop().splitlines()[1:]
    assert len(rows) > 3 and len(set(rows)) == len(rows)
    if engine == "reference":
        assert rows == sorted(rows)      # IRIs only, so the terms' order is the text's


def test_the_window_is_taken_from_the_sorted_rows(tmp_path, seed_out):
    """LIMIT 5 OFFSET 2 keeps the third to seventh of the rows the query gives without it."""
    whole = _answers(tmp_path, seed_out, "distinct.rq", "reference").pop().splitlines()
    window = _answers(tmp_path, seed_out, "window.rq", "reference").pop().splitlines()
    assert window == whole[:1] + whole[3:8]


def test_a_query_that_orders_its_rows_keeps_its_order(tmp_path, seed_out):
    (tmp_path / "desc.rq").write_text("SELECT DISTINCT ?p WHERE { ?s ?p ?o } ORDER BY DESC(?p) LIMIT 4\n")
    r = run_cli("query", "desc.rq", "--graph", seed_out / "graph.ttl", "--engine", "reference", "--format", "csv",
                cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = r.stdout.splitlines()[1:]
    assert rows == sorted(rows, reverse=True) and len(rows) == 4
