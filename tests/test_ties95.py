"""A place written in a route's name at one of its ends is no place the work is located in (the guideline: "a route
is not located_in its end points"); a place naming the route's section, or the sites of a zone joined by a dash,
stays (policykg/extract/entity_links.py, words in data/lexicons/placement.yaml; ties95) — on dev sentences."""
from __future__ import annotations

import pytest

from entity_helpers import run
from policykg.extract.entity_links import route_end

pytestmark = pytest.mark.unit


def _place_ties(text: str, place: str, parents: list[str]) -> set[tuple[str, str]]:
    _, links = run(text, place=place, parents=parents)
    return {(ln.subject.label, ln.object.label) for ln in links
            if ln.predicate == "locatedIn" and ln.object.kind == "Place"}


@pytest.mark.parametrize("text, place, parents, project", [
    # hailaer-2014 (dev): the section runs from 海拉尔 to 牙克石
    ("投资1.3亿元的客运总站投入使用，绥满高速海拉尔至牙克石段全线通车，城市功能日趋完善。", "海拉尔区", ["呼伦贝尔市"],
     "绥满高速海拉尔至牙克石段"),
    # hainan-2026 (dev): a line between two provinces, named with a dash
    ("适度超前推进电力基础设施建设，实现昌江核电二期三号机组并网发电，加快建设海南—广东第三回500千伏交流线路工程，"
     "保障重点园区用电稳定性。", "海南省", [], "海南—广东第三回500千伏交流线路工程"),
], ids=["zhi-section", "dash-line"])
def test_a_route_is_not_located_in_its_end_points(text, place, parents, project):
    ties = _place_ties(text, place, parents)
    assert not {t for t in ties if t[0] == project}, ties


def test_a_place_naming_the_section_stays():
    """chongqing-2026 (dev): 黔江至吉首 are the route's ends, 重庆段 the section in Chongqing (the gold's tie)."""
    text = ("稳定基础设施投资，提速建设藻渡水库、重庆站、永自高速荣昌段、垫丰武高速、川渝千亿立方米天然气生产基地、渝黔背靠背联网、"
            "复兴油田等项目，开工黔江至吉首高铁重庆段、福寿岩水库、川渝特高压交流加强工程等项目，建成奉节至建始高速等项目。")
    assert ("黔江至吉首高铁重庆段", "重庆市") in _place_ties(text, "重庆市", [])


@pytest.mark.parametrize("name, place, end", [
    ("济南至宁津", "济南", True),                          # shandong-2026: the gold's own example
    ("广州东至新塘五六线", "广州", True),                  # guangdong-2026: a station's direction word before 至
    ("伊犁—吐鲁番国家植物园", "伊犁", False),              # xinjiang-2026: a garden at both sites (gold ties both)
    ("黔江至吉首高铁重庆段", "重庆", False),               # chongqing-2026: the section's place
])
def test_route_end(name, place, end):
    a = name.index(place)
    assert route_end(name, a, a + len(place)) is end
