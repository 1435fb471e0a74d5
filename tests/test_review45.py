"""review45: a second reading of verdicts47 and speed45 found no fault; these pin the inputs speed45's tests did
not cover (an N-Quads file for `table`; literals with odd characters and nested blank nodes for `export --format
ttl`) and the edges of verdicts47's verdict branches (a zero ≈ promise, a lowered level stated with <=)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

ODD = """@prefix ex: <http://example.org/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:list ( "一" "two\\"quoted\\"" [ ex:in "nested" ; ex:deeper [ ex:deepest ( ex:x ex:y ) ] ] ( "inner" 1 ) ) ;
     ex:empty () ;
     ex:multi \"\"\"line one
line two with ""quotes"" and \\\\ backslash\"\"\" ;
     ex:tab "a\\tb\\rc" ; ex:ctl "esc\\u001Bhere" ; ex:lang "Hello"@en-gb , "你好"@zh ;
     ex:num 1.0 , 01 , "1e3"^^xsd:double , "abc"^^ex:custom ;
     ex:blank [ ex:p ex:b ; ex:q [ ex:r "r" ] ] .
ex:b ex:shared _:s . ex:c ex:shared _:s . _:s rdfs:label "shared" .
_:c1 ex:next _:c2 . _:c2 ex:next _:c1 .
<http://example.org/ns#with.dot.> ex:p ex:a .
ex:d a rdfs:Class ; ex:v "多" , \"\"\"two
lines\"\"\" , 2 , ex:a ; rdfs:label "d"@zh .
ex:G { ex:g1 ex:p [ ex:q ( "g" ) ] . ex:a ex:multi "in a named graph" . }
"""


@pytest.mark.unit
def test_table_of_an_nquads_file_takes_the_short_path_with_the_relabelled_paths_bytes(seed_out, tmp_path,
                                                                                     monkeypatch):
    """The seed's graph.trig written as N-Quads (the ontology's blank nodes in their named graph): one load,
    and the same store and csv/json/parquet bytes as the relabelling path."""
    from policykg.use import table, table_store
    from policykg.use.export import render

    nq = tmp_path / "graph.nq"
    nq.write_text(render([str(seed_out / "graph.trig")], "nq"), encoding="utf-8")
    assert table_store.kept([str(nq)]) is not None
    got = []
    for relabelled in (False, True):
        if relabelled:
            monkeypatch.setattr(table_store, "kept", lambda paths: None)
        store = table.asserted_store([str(nq)])
        out = [list(store)]
        for which in ("targets", "outcomes", "assessments"):
            columns, data = table.rows(store, which)
            out += [write(columns, data) for write in table.WRITERS.values()]
        got.append(out)
    assert got[0] == got[1]
    assert len(got[0][1].splitlines()) > 1


@pytest.mark.unit
def test_ttl_export_of_odd_literals_and_nested_blank_nodes_is_the_rdflib_paths(tmp_path):
    """Lists of literals, lists and blank nodes nested in lists, a blank-node cycle, a shared blank node,
    quotes, a backslash, a tab, an ESC, a line break, language tags and odd datatypes, a class with four objects of one
    predicate: the index path writes the bytes of the rdflib path."""
    from policykg.use import export_fast
    from policykg.use.export import WRITERS, load, render

    path = tmp_path / "odd.trig"
    path.write_text(ODD, encoding="utf-8")
    assert export_fast.read([str(path)]) is not None    # the fast path is the one taken (no @en-GB, no _:g {})
    fast = render([str(path)], "ttl")
    assert fast == WRITERS["ttl"](load([str(path)]))
    assert '"esc\\u001Bhere"' in fast     # the ESC escaped on both paths


@pytest.mark.unit
def test_verdict_edges_zero_promise_and_a_lowered_ceiling():
    """A ≈ promise of 0: met at 0 (no better side) or above it (gdp: up), missed just off it, no division;
    a level to be lowered stated with <= (降至X以内) is judged by the ceiling rule, not the floor."""
    from rdflib import Graph

    from policykg.emit.concepts import scheme_graph
    from policykg.use.query import named_query, run_query
    from test_verdicts47 import PREFIXES, _pair
    cases = [("cpi", "0", "≈", "0", False, "met|approximately (≈): the result is within 10%"),
             ("cpi", "0", "≈", "0.1", False, "missed|approximately (≈): the result is more than 25%"),
             ("gdp", "0", "≈", "0.5", False, "met|approximately (≈), higher is better"),
             ("logistics-cost-ratio", "13.8", "<=", "14", True, "partly|the result exceeds the ceiling (<=)")]
    g = Graph().parse(data=PREFIXES + "".join(_pair(n, "承诺", *c[:5]) for n, c in enumerate(cases)),
                      format="turtle")
    g += scheme_graph()
    res = run_query(named_query("cq-10-promise-vs-result"), graphs=[g])
    got = {str(r[res.vars.index("target")]).rsplit("/", 1)[-1]:
           f'{r[res.vars.index("verdict")]}|{r[res.vars.index("rule")]}' for r in res.rows}
    assert len(got) == len(res.rows) == len(cases)
    for n, c in enumerate(cases):
        assert got[f"t{n}"].startswith(c[5]), (c, got[f"t{n}"])


@pytest.mark.unit
def test_a_falling_word_before_a_floor_gives_no_direction():
    """Regression (review45): 降至100家以上 or a range 下降至13%—14% is a floor (>=), which cq-10 judges as one;
    pkg:direction "down" beside it called the value a ceiling. The plain level keeps its direction."""
    from policykg.extract.reading_kinds import direction_of
    rinfo = {"level_word": "下降至"}
    assert direction_of(rinfo, 13.8, "=") == "down"
    assert direction_of(rinfo, 13, ">=") is None and direction_of(rinfo, 100, ">") is None
