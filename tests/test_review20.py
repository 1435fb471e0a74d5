"""Regression tests for the second reading of session 20's merged changes: one per bug it found."""
from __future__ import annotations

import pytest

from cli_helpers import run_cli, write_file

pytestmark = pytest.mark.unit

# one named graph holds both triples, as a build's graph.trig holds each report's
NAMED = ("@prefix ex: <http://ex.org/> .\n"
         "ex:g { ex:a ex:date-FROM ex:b . ex:a ex:b.FROM ex:c . ex:a ex:c\\~FROM ex:d . ex:a ex:date-TO ex:b . }\n")


@pytest.mark.parametrize("predicate", ["ex:date-FROM", "ex:b.FROM", "ex:c\\~FROM", "ex:date-TO"])
def test_a_prefixed_name_ending_in_from_keeps_the_union_of_graphs(predicate):
    """names_dataset took the end of ex:date-FROM for a FROM clause: the union of all graphs was dropped,
    so the default engine and serve found nothing in a TriG file's named graphs (--engine reference: 1 row)."""
    import pyoxigraph as ox

    from policykg.use.serve_answer import answer
    from policykg.use.sparql_form import names_dataset
    query = f"PREFIX ex: <http://ex.org/> SELECT ?s WHERE {{ ?s {predicate} ?o }}"
    assert not names_dataset(query)
    assert names_dataset("SELECT (COUNT(*) AS ?n)FROM <urn:g> { ?s ?p ?o }")      # a FROM right after ')'
    store = ox.Store()
    store.load(NAMED.encode(), ox.RdfFormat.TRIG)
    status, _, body = answer(store, {"query": query, "accept": "text/csv"})
    assert (status, body.decode().split()) == (200, ["s", "http://ex.org/a"])


def test_the_query_verb_reads_a_prefixed_name_ending_in_from_on_both_engines(tmp_path):
    graph = write_file(tmp_path, "g.trig", NAMED)
    q = write_file(tmp_path, "q.rq", "PREFIX ex: <http://ex.org/>\nSELECT ?s WHERE { ?s ex:date-FROM ?o }\n")
    for engine in ("default", "reference"):
        r = run_cli("query", q, "--graph", graph, "--format", "csv", "--engine", engine, timeout=60)
        assert (r.returncode, r.stdout) == (0, "s\nhttp://ex.org/a\n"), (engine, r.stdout, r.stderr)


@pytest.mark.parametrize("sentence, name", [
    ("实施BRT快速公交提升工程，加强", "BRT快速公交提升工程"),
    ("实施ＢＲＴ快速公交提升工程，加强", "ＢＲＴ快速公交提升工程"),      # full-width letters: the reader keeps them
    ("实施“青山”提升工程，加强", "“青山”提升工程"),
    ("实施「青山」提升工程，加强", "「青山」提升工程"),
])
def test_a_latin_letter_or_a_quoted_label_in_either_width_names_a_thing(sentence, name):
    """reach.marked (used by projprec26's campaigns filter) saw A-Z and “” but not Ａ-Ｚ or 「」, which the reader
    does not even out: 实施ＢＲＴ…工程 was a programme where 实施BRT…工程 names works."""
    from policykg.extract.campaigns import carried_out
    a = sentence.index(name)
    assert carried_out(sentence, a, a + len(name), None) is False
    assert carried_out("实施青山提升工程，加强", 2, 8, None) is True          # the same name unmarked: a programme


@pytest.mark.parametrize("indent", ["　　", "  ", "\t"])
def test_an_indented_paragraph_still_opens_with_the_thing_a_short_head_stands_for(indent):
    """short_heads (names41) looked for the thing at the very start of the sentence before, so a paragraph indented
    as reports are (two full-width spaces) kept the bare 产业规模 (jilin-2026's sentence, indented)."""
    from decimal import Decimal

    from quantity_helpers import names
    before = ("低空经济产业重点推动装备研发、生产和场景开放，拓展文化旅游、空中物流、应急处突等应用场景，适度布局建设起降设施，"
              "培育服务业态，打造产业集群示范区。")
    assert ("低空经济产业规模", Decimal("100")) in names(indent + before + "产业规模突破100亿元。")
