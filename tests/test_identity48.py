"""identity48: a park's label keeps the place its text writes; a clause is no park's name; the audit tells
another year's pair from one report's (docs/checks/identity48.md)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS

from policykg.corpus.build import process
from policykg.emit.shared import shared_union, split
from policykg.vocab import ID, PKG

from test_identity47 import _excerpt

ROOT = Path(__file__).resolve().parents[1]


def _park_labels(path: str) -> dict[str, tuple[set, set]]:
    """park IRI → (its zh labels, its altLabels) in one report's graph."""
    g = process(path).graph
    return {str(p): ({str(l) for l in g.objects(p, RDFS.label) if l.language == "zh"},
                     {str(l) for l in g.objects(p, SKOS.altLabel)}) for p in g.subjects(RDF.type, PKG.Park)}


@pytest.mark.unit
def test_a_park_the_text_names_with_its_jurisdiction_keeps_that_name_as_its_label(tmp_path):
    # shanghai-2026: …调整优化上海化工区管理职能。 The label was 化工区 (the identity name), the place dropped.
    parks = _park_labels(_excerpt(tmp_path, "shanghai-2026", "上海化工区管理职能"))
    labels, alts = parks[str(ID["park/shanghaishi/huagongqu"])]     # the IRI stays the identity name's
    assert labels == {"上海化工区"}
    assert "化工区" in alts


@pytest.mark.unit
def test_a_park_the_text_names_without_a_place_gains_none(tmp_path):
    # guangxi-2026: 打造螺蛳粉产业园等工业旅游标杆 (a park of 柳州 in the region's report): no 广西 in front
    parks = _park_labels(_excerpt(tmp_path, "guangxi-2026", "打造螺蛳粉产业园"))
    assert parks[str(ID["park/guangxizhuangzuzizhiqu/luosifenchanyeyuan"])][0] == {"螺蛳粉产业园"}


@pytest.mark.unit
def test_two_reports_labelling_one_park_two_ways_give_one_label_whatever_their_order(tmp_path):
    # the shanghai excerpt labels the park 上海化工区; a later year writing only 化工区 labels it 化工区
    first = split(process(_excerpt(tmp_path, "shanghai-2026", "上海化工区管理职能")).graph)[1]
    park = ID["park/shanghaishi/huagongqu"]
    later = {t for t in first if t[0] != park} | {(park, RDF.type, PKG.Park), (park, RDFS.label, Literal("化工区", lang="zh"))}
    for parts in ([first, later], [later, first]):
        g = shared_union(parts)
        assert {o for s, p, o in g if s == park and p == RDFS.label and o.language == "zh"} == {
            Literal("上海化工区", lang="zh")}
        assert (park, SKOS.altLabel, Literal("化工区", lang="zh")) in g
    assert shared_union([first, later]) == shared_union([later, first])


@pytest.mark.unit
def test_a_park_and_the_verb_after_it_are_no_longer_park_name(tmp_path):
    # hainan-2026: 海口综保区进入全国A类综保区行列。 was one park's spelling, joined to 海口综保区 by contraction
    parks = _park_labels(_excerpt(tmp_path, "hainan-2026", "海口综保区进入全国A类综保区行列"))
    spellings = {s for labels, alts in parks.values() for s in labels | alts}
    assert not any("进入" in s for s in spellings)
    assert parks[str(ID["park/hainansheng/haikouzonghebaoshuiqu"])][0] == {"海口综合保税区"}


@pytest.mark.unit
def test_the_audit_tells_another_years_pair_from_one_reports():
    sys.path.insert(0, str(ROOT / "scripts"))
    import identity_audit as ia
    park = str(ID["park/hailaerqu/"])
    parks = {park + "a": {"labels": {"奋斗镇农业园区"}, "reports": {"hailaerqu-2017"}},
             park + "b": {"labels": {"奋斗镇农业发展园区"}, "reports": {"hailaerqu-2018"}},
             park + "c": {"labels": {"奋斗镇农业发展园区一期"}, "reports": {"hailaerqu-2018"}}}
    kinds = {(a[-1], b[-1]): why for a, b, why in ia.park_pairs(parks, {})}
    assert kinds[("a", "b")] == "contraction [one scope, two reports]"
    assert kinds[("b", "c")] == "longer ending [one scope]"
