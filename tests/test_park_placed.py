"""Rule candidates of parks named by a place and a head the suffixes leave to the decision
(``placed_heads`` and the family heads of ``parks.yaml``, ``park_placed.py``), and the places a
park's name may start with (``candidates._named``), on real dev report text."""
from __future__ import annotations

import pytest

from policykg.extract.candidates import park_candidates
from policykg.extract.decide import features, grammar_candidates, name_counter
from policykg.extract.grammar import TokSentence

from entity_helpers import tok_sentence

pytestmark = pytest.mark.unit

ZERO = "大同经开区、阳泉高新区入选首批国家级零碳园区建设名单"                                   # shanxi-2026
HYDROGEN = "建设包头氢能装备制造产业园、鄂尔多斯制氢装备检验检测实证平台"                      # neimenggu-2026
SEAPORT = "拓展国际海运航线网络，加快汕头、湛江临港经济区建设"                                  # guangdong-2026
REGION = "支持江淮生态经济区发展优势产业和富民产业"                                              # jiangsu-2026
AREAS = "深化自贸试验区提升战略，推动大连片区整合提升，支持沈阳片区扩大保税维修业务"            # liaoning-2026
SCIENCE = "提升西部（成都）科学城、中国（绵阳）科技城高端创新资源集聚能力"                     # sichuan-2026
SIBLINGS = "加快光子科创城、聚变科创城等高能级产业平台建设"                                      # sichuan-2026


def _rules(text: str, place: str, parents=()) -> tuple[list, TokSentence, object]:
    st, surfaces = tok_sentence(text, place, parents)
    return park_candidates(st, surfaces)[0], st, surfaces


def _names(text: str, place: str, parents=()) -> list[str]:
    return [c.name for c in _rules(text, place, parents)[0]]


def test_a_division_that_is_a_common_word_starts_a_park():
    assert "大同经开区" in _names(ZERO, "山西省")                 # 大同 is a common word too
    assert _names(HYDROGEN, "内蒙古自治区") == ["包头氢能装备制造产业园"]
    assert "大同经开区" not in _names(ZERO, "内蒙古自治区")       # not a division of that province


def test_a_family_head_after_a_place_is_a_rule_park():
    assert _names(SEAPORT, "广东省") == ["湛江临港经济区"]
    assert _names(REGION, "江苏省") == []                          # a region before 生态经济区, no place


def test_a_placed_head_needs_a_proper_name_before_it():
    assert _names(SIBLINGS, "四川省") == []                         # 光子, 聚变: common words
    cands, st, surfaces = _rules(SEAPORT, "广东省")
    [park] = [c for c in grammar_candidates(st, cands, surfaces) if c.name == "湛江临港经济区"]
    f = features(park, surfaces, {(c.kind, c.a, c.b) for c in cands}, name_counter([st.s]))
    assert "Park:rule=same" not in f                       # the decision weighs it by its head and place
    assert f["Park:head=*经济区"] == 1.0                                   # by its family, as the grammar's


def test_a_sub_area_after_its_zone_is_a_rule_park():
    assert _names(AREAS, "辽宁省") == ["大连片区", "沈阳片区"]
    assert _names("推动大连片区整合提升", "辽宁省") == []          # no zone named before it


def test_a_place_in_brackets_names_the_park():
    assert _names(SCIENCE, "四川省")[:2] == ["西部（成都）科学城", "中国（绵阳）科技城"]


def _rules_alone(text: str, place: str) -> list[str]:
    from policykg.extract.name_grammar import shaped
    cands, _, surfaces = _rules(text, place)
    return [c.name for c in cands if shaped(c, surfaces)]


def test_the_rule_passes_keep_only_what_the_decisions_grammar_allows():
    honour = "湘潭经开区纳入全国首批零碳园区"                                    # hunan-2026 (yunnan-2026 alike)
    assert not any("纳入" in n for n in _rules_alone(honour, "湖南省"))     # a park and the list it joins
    assert _rules_alone("建强劳动密集型产业园", "云南省") == []              # yunnan-2026 (hunan-2026 alike)
    assert _rules_alone(ZERO, "山西省") == ["大同经开区", "阳泉高新区"]


PURPOSE = "能源绿色低碳转型示范区加快建设，核准在建核电机组装机容量居全国前列"                      # shandong-2026
PURPOSE_AREA = "川西北生态示范区提高生态保护和绿色发展水平"                                        # sichuan-2026
NAMED_AREA = "博鳌零碳示范区零碳运行，实现国内一流、国际先进"                                      # hainan-2026


def test_a_demonstration_area_named_by_its_purpose_alone_is_no_rule_park():
    assert _names(PURPOSE, "山东省") == []              # a sentence's topic, but a policy, not a zone
    assert _names(PURPOSE_AREA, "四川省") == []
    assert _names(NAMED_AREA, "海南省") == ["博鳌零碳示范区"]     # a place first: a zone


OWN_TITLE = "协同推进降碳、减污、扩绿、增长，加快建设省域美丽中国先行区"                             # chongqing-2026
HONOURED = "我省获建全国首批省域美丽中国先行区"                                                     # hubei-2026
TITLES = "海口、五指山分别入选全国首批美丽城市先行区、美丽乡村先行区"                               # hainan-2026
PARKS_HONOURED = "银川苏银产业园、中卫工业园入选首批国家级零碳园区建设名单"                         # ningxia-2026


def test_a_title_a_jurisdiction_becomes_or_receives_is_no_park():
    assert _names(OWN_TITLE, "重庆市") == []
    assert _names(TITLES, "海南省") == []
    assert _rules_alone(HONOURED, "湖北省") == []            # the predicate of an honour, then its title
    assert _names(PARKS_HONOURED, "宁夏回族自治区")[:2] == ["银川苏银产业园", "中卫工业园"]


ORDERLY = "支持丹东有序推进边民互市贸易区建设"                                                     # liaoning-2026
SUPPLY = "大力发展为工业园区和周边大企业提供配套"                                                  # hailaer-2013


def _grammar_parks(text: str, place: str) -> list[str]:
    cands, st, surfaces = _rules(text, place)
    return [c.name for c in grammar_candidates(st, cands, surfaces) if c.kind == "Park"]


def test_an_adverb_or_a_preposition_inside_opens_a_clause_not_a_park_name():
    names = _grammar_parks(ORDERLY, "辽宁省")
    assert "边民互市贸易区" in names and "丹东有序推进边民互市贸易区" not in names
    names = _grammar_parks(SUPPLY, "呼伦贝尔市")
    assert not any("为" in n for n in names)
