"""Park identity on text nobody tuned to (parks63, issue 12 item 3; probe reports of tests/data/constructed): one
node per park across its spellings — a level word inside the full form (株洲国家高新技术产业开发区 / 株洲高新区), a head
contracted to its word's first character (珲春边合区 / 珲春边境经济合作区), a zone's own full name that contracts the
abbreviation's full form (东湖高新区 / 武汉东湖新技术开发区), a name with a bracketed place shortened past its
brackets (深哈产业园 / 深圳（哈尔滨）产业园区); never a zone and a zone inside it, never two parks sharing a head."""
from __future__ import annotations

import pytest

from entity_helpers import run
from policykg.extract.identity import norm_park, park_identity

pytestmark = pytest.mark.unit


def park_nodes(text: str, place: str, parents: list[str]) -> list[set[str]]:
    """Each Park node's names (label and alt labels) when ``text`` is one report."""
    ents, _ = run(text, part="review", place=place, parents=parents)
    return [{e.label, *e.alt_labels} for e in ents if e.kind == "Park"]


def one_node(nodes: list[set[str]], *names: str) -> bool:
    return any(set(names) <= n for n in nodes)


# probe-city-2017, lines 13 and 23
ZHUZHOU = ("株洲国家高新技术产业开发区实现技工贸总收入1820亿元，动力谷自主创新园一期建成投用。"
           "以株洲高新区为载体，加快建设中国动力谷。在株洲经开区建设北汽新能源汽车株洲基地二期。")


def test_a_level_word_inside_the_full_form_is_one_park():
    nodes = park_nodes(ZHUZHOU, "株洲市", ["湖南省"])
    assert one_node(nodes, "株洲国家高新技术产业开发区", "株洲高新区")
    assert not one_node(nodes, "株洲高新区", "株洲经开区")
    # a year writing one spelling only reaches the same node: the identity name is the level word's dropped
    jurisdiction = ["株洲", "株洲市", "湖南", "湖南省"]
    assert norm_park("株洲国家高新技术产业开发区", jurisdiction) == norm_park("株洲高新区", jurisdiction)
    assert norm_park("佳木斯国家农业科技园区", ["黑龙江", "黑龙江省"]) == "佳木斯国家农业科技园区"   # 农业科技园区: no suffix whole


# probe-prefecture-2018, lines 13 and 23
HUNCHUN = ("珲春边境经济合作区新引进企业26家，和龙边境经济合作区启动建设南坪口岸物流园。"
           "推进中俄珲春跨境经济合作区建设。珲春边合区重点推进华宇水产品加工项目建设。")


def test_a_head_contracted_to_its_first_character_is_one_park():
    nodes = park_nodes(HUNCHUN, "延边朝鲜族自治州", ["吉林省"])
    assert one_node(nodes, "珲春边境经济合作区", "珲春边合区")
    assert not one_node(nodes, "和龙边境经济合作区", "珲春边合区")
    assert not one_node(nodes, "中俄珲春跨境经济合作区", "珲春边合区")


# probe-province-2019, lines 13 and 21
WUHAN = ("武汉东湖新技术开发区企业总收入突破1.2万亿元。武汉经济技术开发区汽车产量达到180万辆。"
         "以东湖高新区为载体，加快建设光谷科技创新大走廊。推动荆门高新区提档升级。")


def test_a_zone_own_full_name_and_the_abbreviation_are_one_park():
    nodes = park_nodes(WUHAN, "湖北省", [])
    assert one_node(nodes, "武汉东湖新技术开发区", "东湖高新区")
    assert not one_node(nodes, "武汉经济技术开发区", "东湖高新区")


# probe-province-2023, lines 13 and 25; probe-prefecture-2018, lines 13 and 23
SHENHA = "深圳（哈尔滨）产业园区注册企业突破800家。深哈产业园二期开工建设。"
TUMEN = "中国图们江区域（珲春）国际合作示范区建设全面提速。以珲春国际合作示范区为载体，推进珲春海洋经济发展示范区建设。"


def test_a_name_shortened_past_its_bracketed_place_is_one_park():
    assert one_node(park_nodes(SHENHA, "黑龙江省", []), "深圳（哈尔滨）产业园区", "深哈产业园")
    nodes = park_nodes(TUMEN, "延边朝鲜族自治州", ["吉林省"])
    assert one_node(nodes, "中国图们江区域（珲春）国际合作示范区", "珲春国际合作示范区")
    assert not one_node(nodes, "珲春国际合作示范区", "珲春海洋经济发展示范区")


def test_a_zone_is_not_its_own_section():
    # probe-province-2023, line 13: the free trade zone's name is written whole inside its 哈尔滨片区's
    zone, section = "中国（黑龙江）自由贸易试验区", "中国（黑龙江）自由贸易试验区哈尔滨片区"
    assert park_identity([zone, section])[zone] == zone


def test_two_parks_of_one_report_sharing_a_head_stay_two():
    # heilongjiang-2026: the sections of one free trade zone; probe-province-2023: development zones
    sections = ["绥芬河片区", "自贸试验区哈尔滨片区", "自贸试验区哈尔滨片区保税物流中心"]
    assert park_identity(sections) == {n: n for n in sections}
    zones = ["哈尔滨经济技术开发区", "双鸭山经济技术开发区", "宾西经济技术开发区", "大庆高新技术产业开发区",
             "大庆高新区新能源汽车产业园"]
    assert park_identity(zones) == {n: n for n in zones}
