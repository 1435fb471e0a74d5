"""Routes named by their ends (issue #12, projrec32): a 至 route is read from its first end, not cut at its second
(the fault the issue names), and a stretch of a river named like a segment stays out. Sentences of dev reports; the
reading of every dev route is docs/checks/projects-routes-projrec32.csv."""
from __future__ import annotations

import pytest

from policykg.extract.project_rules import project_candidates

from entity_helpers import labels, run, tok_sentence

JIANGSU = ("北沿江、通苏嘉甬、盐泰锡常宜高铁和南京北站、苏州北站综合枢纽等重大工程开工建设，改扩建京沪高速新沂至江都段，"
           "建成过江通道4座、在建8座，改扩建一批机场，淮河入海水道二期工程启动实施。")          # jiangsu-2026
CHONGQING = ("稳定基础设施投资，提速建设藻渡水库、重庆站、永自高速荣昌段、垫丰武高速、川渝千亿立方米天然气生产基地、"
             "渝黔背靠背联网、复兴油田等项目，开工黔江至吉首高铁重庆段、福寿岩水库、川渝特高压交流加强工程等项目，"
             "建成奉节至建始高速等项目。")                                                      # chongqing-2026
RIVER = "“千里轻舟”货运班轮开通13条航线，嘉陵江重庆段实现全线夜航。"                                # chongqing-2026


def _proposed(text: str, place: str) -> set[str]:
    st, surfaces = tok_sentence(text, place, (), 2026, "plan")
    return {c.name for c in project_candidates(st, surfaces)}


@pytest.mark.unit
@pytest.mark.parametrize("text, place, route, cut", [
    (JIANGSU, "江苏省", "京沪高速新沂至江都段", "江都段"),
    (CHONGQING, "重庆市", "黔江至吉首高铁重庆段", "吉首高铁重庆段"),
])
def test_a_route_is_proposed_from_its_first_end(text, place, route, cut):
    proposed = _proposed(text, place)
    assert route in proposed
    assert cut not in proposed


@pytest.mark.unit
def test_a_stretch_of_a_river_is_no_segment_of_works():
    assert not any(n.endswith("重庆段") for n in _proposed(RIVER, "重庆市"))



@pytest.mark.unit
def test_a_route_before_a_list_word_is_extracted_whole():
    """建成奉节至建始高速等项目: the rule left edge stops at 至 here (jieba tags 奉节 a verb, so _route_start refuses
    it), yet the grammar candidates start at the first end and the decision keeps the whole route."""
    found = labels(run(CHONGQING, "plan", "重庆市", [])[0], "Project")
    assert "奉节至建始高速" in found
    assert "建始高速" not in found


@pytest.mark.unit
def test_the_river_stretch_is_extracted_as_nothing():
    assert not labels(run(RIVER, "review", "重庆市", [])[0], "Project")
