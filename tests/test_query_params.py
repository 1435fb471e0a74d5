"""Query parameters: bound as RDF terms (a bare string becomes @zh), defaults overridden, unknown names
refused, and injection attempts carried as one escaped literal."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from policykg.use import query as Q
from policykg.cli import cli

from query_helpers import INJECTIONS, contains, dicts


# --- parameters --------------------------------------------------------------------------------

def test_parse_term():
    zh = Literal("地区生产总值", lang="zh")
    assert Q.parse_term('"地区生产总值"@zh') == zh
    assert Q.parse_term("地区生产总值", like=zh) == zh
    assert Q.parse_term("地区生产总值") == Literal("地区生产总值")
    assert Q.parse_term('"5"^^xsd:integer') == Literal("5", datatype=XSD.integer)
    assert Q.parse_term('"5"^^<http://www.w3.org/2001/XMLSchema#decimal>') == Literal("5", datatype=XSD.decimal)
    assert Q.parse_term("<https://w3id.org/policykg/id/place/jinghaiqu>") == \
        URIRef("https://w3id.org/policykg/id/place/jinghaiqu")
    assert Q.parse_term("2021") == Literal("2021", datatype=XSD.integer)
    assert Q.parse_term("4.5") == Literal("4.5", datatype=XSD.decimal)
    assert Q.parse_term('"a \\"quoted\\" word"') == Literal('a "quoted" word')
    for bad in INJECTIONS + ["<http://x> } DROP ALL {", '"x"^^<a b>']:
        t = Q.parse_term(bad)
        assert isinstance(t, Literal) and str(t) == bad


def test_bare_string_parameter_becomes_zh(stores):
    text = Q.named_query("cq-06")
    for value in ("固定资产投资", '"固定资产投资"@zh'):
        rows = Q.run_store(stores("ttl"), text, Q.parse_params([f"indicatorName={value}"], text))
        assert len(rows.rows) >= 2
        assert {str(d["indicatorLabel"]) for d in dicts(rows)} == {"固定资产投资"}


def test_parameters_override_defaults(stores):
    cmp = Q.named_query("cq-03")
    rows = Q.run_store(stores("ttl"), cmp, Q.parse_params(["comparator=<="], cmp))
    assert rows.rows and {str(d["cmp"]) for d in dicts(rows)} == {"<="}
    ev = Q.named_query("cq-12")
    iri = "https://w3id.org/policykg/id/org/shengbaojituan"
    rows = Q.run_store(stores("ttl"), ev, Q.parse_params([f"node=<{iri}>"], ev))
    assert rows.rows and {str(d["item"]) for d in dicts(rows)} == {iri}
    area = Q.named_query("cq-02")
    rows = Q.run_store(stores("ttl"), area, Q.parse_params(["areaName=着力推进乡村振兴"], area))
    assert rows.rows and {str(d["areaLabel"]) for d in dicts(rows)} == {"着力推进乡村振兴"}
    assert contains(rows, {"targetName": "新建高标准农田6.3万亩", "value": 6.3})


def test_unknown_parameter_is_a_usage_error():
    with pytest.raises(Q.UsageError):
        Q.parse_params(["nosuch=1"], Q.named_query("cq-06"))
    with pytest.raises(Q.UsageError):
        Q.parse_params(["a b=1"])


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_is_a_literal(value, seed_out):
    store = Q.load_store([seed_out / "graph.ttl"])
    before = len(store)
    for name, param in (("cq-06", "indicatorName"), ("cq-12", "node"), ("cq-01", "parkLabel")):
        text = Q.named_query(name)
        params = Q.parse_params([f"{param}={value}"], text)
        assert isinstance(params[param], Literal) and str(params[param]) == value
        rows = Q.run_store(store, text, params)
        assert rows.rows == []
    assert len(store) == before
    # the VALUES block carries the value as one escaped literal
    block = Q.values_block({"x": Literal(value)})
    assert block == "VALUES (?x) { (" + Literal(value).n3() + ") }"


def test_injection_through_the_cli(seed_out):
    ttl = seed_out / "graph.ttl"
    before = ttl.read_bytes()
    for value in INJECTIONS:
        r = CliRunner().invoke(cli, ["query", "cq-06", "--graph", str(ttl), "--param", f"indicatorName={value}",
                                     "--format", "json"])
        assert r.exit_code == 0, r.output
        assert json.loads(r.output)["results"]["bindings"] == []
    assert ttl.read_bytes() == before


def test_bind_values_places_block_inside_where():
    q = '#+ summary: x { not this }\nSELECT ?a WHERE { BIND(COALESCE(?p, "d") AS ?a) }'
    out = Q.bind_values(q, {"p": Literal("v")})
    assert out.index('VALUES (?p) { ("v") }') > out.index("WHERE {")
