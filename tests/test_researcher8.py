"""A place named by a division's short name, or by a county's newer name, is that division's node.

A prefecture a provincial report names without 市 (the report's own usage), and a county since made a
district (the gazetteer keeps 县), had no code and no parent: one node per wording instead of the
division everyone else names.
"""
from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import RDFS, SKOS

from policykg import divisions
from policykg.vocab import PKG
from query_helpers import ROOT


@pytest.mark.unit
def test_short_and_renamed_names_resolve_inside_the_province_only():
    jiangxi, qinghai = divisions.resolve("江西省"), divisions.resolve("青海省")
    assert divisions.resolve_place("景德镇", jiangxi).code == "360200"
    assert divisions.resolve_place("湟中区", qinghai).code == "630122"     # 湟中县 in the gazetteer
    assert divisions.resolve_place("景德镇", qinghai) is None               # another province's city
    assert divisions.resolve_place("景德镇") is None                        # no report to say where
    assert divisions.resolve_place("湟中", qinghai) is None                 # a county's bare stem: no
    assert divisions.resolve_place("静海区", None).code == "120118"         # full names as before


@pytest.fixture(scope="module")
def qinghai_graph(tmp_path_factory):
    from policykg.corpus.build import build, write_outputs
    out = tmp_path_factory.mktemp("qinghai") / "out"
    write_outputs(build([str(ROOT / "data/corpus/provincial-2026/qinghai-2026.txt")]), str(out))
    return Graph().parse(out / "graph.ttl", format="turtle")


@pytest.mark.corpus
def test_renamed_county_is_the_gazetteer_division(qinghai_graph):
    g = qinghai_graph
    nodes = set(g.subjects(SKOS.altLabel, None)) | set(g.subjects(RDFS.label, None))
    named = [n for n in nodes if "湟中区" in {str(x) for x in g.objects(n, RDFS.label)} | {str(x) for x in g.objects(n, SKOS.altLabel)}]
    assert named, "the report names 湟中区"
    for n in named:
        assert str(g.value(n, SKOS.notation)) == "630122"
        assert str(g.value(g.value(n, PKG.parentPlace), SKOS.notation)) == "630100"
