"""Golden graphs: small real snippets built end to end and compared by isomorphism.

A change in extraction shows up here as a diff to review; after reviewing it, regenerate with
`pytest tests/test_golden.py --regen-golden` and commit the new golden files.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from policykg.corpus.build import process
from policykg.emit.serialise import turtle

HERE = Path(__file__).resolve().parent
SNIPPETS = sorted((HERE / "fixtures" / "snippets").glob("*.txt"))


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[p.stem for p in SNIPPETS])
def test_snippet_matches_golden_graph(snippet, regen_golden):
    golden = HERE / "golden" / f"{snippet.stem}.ttl"
    built = process(str(snippet), {"report_id": f"golden-{snippet.stem}"}).graph
    if regen_golden or not golden.exists():
        golden.write_text(turtle(built), encoding="utf-8")
        pytest.skip(f"wrote {golden.name}")
    expected = Graph().parse(golden, format="turtle")
    if not isomorphic(built, expected):
        _, only_built, only_golden = graph_diff(to_isomorphic(built), to_isomorphic(expected))
        lines = sorted(f"+ {t}" for t in only_built)[:15] + sorted(f"- {t}" for t in only_golden)[:15]
        pytest.fail("graph differs from golden (+ built, - golden):\n" + "\n".join(lines))
