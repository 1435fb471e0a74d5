"""Place ties a name holds only inside another name it opens with (ties112, policykg/extract/place_owners.py): an
organisation's own opening place, a firm's trade name before its plant's capacity, a park the work is named inside.
Each rule on a dev sentence it fixes and a dev sentence it must leave alone."""
from __future__ import annotations

import pytest

from entity_helpers import run

pytestmark = pytest.mark.unit


def _ties(text: str, place: str) -> set[tuple[str, str]]:
    _, links = run(text, place=place, parents=[])
    return {(ln.subject.label, ln.object.label) for ln in links
            if ln.predicate == "locatedIn" and ln.object.kind == "Place"}


HAINAN_CAMPUSES = ("全面建成海南师范大学桂林洋校区，加快建设海口永兴教育城、海南大学崖州校区、海南医科大学桂林洋校区、"
                   "海南警察学院二期，支持海南热带海洋学院加快强海，争取新获批1所境外高校独立办学机构、新筹建1个独立办学项目。")


def test_an_organisations_opening_place_is_its_seat_not_the_works_site():
    """hainan-2026 (dev): 海南 names the universities whose campuses and phases these are; the gold ties none to 海南省."""
    ties = _ties(HAINAN_CAMPUSES, "海南省")
    assert not {t for t in ties if t[0] in ("海南大学崖州校区", "海南医科大学桂林洋校区", "海南警察学院二期")}, ties


def test_a_firms_opening_place_is_its_seat_not_the_works_site():
    """hailaer-2013 (dev): the bus company's dispatch centre is not tied to 呼伦贝尔市 by the company's name."""
    text = ("合理规划公交线路，开通中心城新区河东部分、经济技术开发区等公交线路，"
            "确保新建的海拉尔客运总站和呼伦贝尔中心城汽车公司调度中心投入使用。")
    ties = _ties(text, "海拉尔区")
    assert not {t for t in ties if t[0] == "呼伦贝尔中心城汽车公司调度中心"}, ties


@pytest.mark.parametrize("text, place, project", [
    # jilin-2026 (dev): 吉林梅花 is the firm (the gold leaves the plant untied)
    ("食品产业突出精深加工和细加工，发展玉米肉蛋乳精深加工业和特色食品产业，推动吉林梅花60万吨赖氨酸等项目释放产能，"
     "抓好中粮油脂年产60万吨油料等项目建设。", "吉林省", "吉林梅花60万吨赖氨酸"),
    # qinghai-2026 (dev): 青海辉源 and 青海广泰 are firms
    ("围绕“以绿制绿”，加快推进实施绿电直连工程，推动桥头铝电50万吨绿电铝产能置换转型升级技改、青海辉源20万吨绿色高性能"
     "铝板带箔、青海广泰10万吨再生铝等项目建设，优化升级有色冶金、化工、建材等产业。", "青海省", "青海广泰10万吨再生铝"),
], ids=["jilin", "qinghai"])
def test_a_trade_name_before_a_plants_capacity_makes_the_place_the_firms(text, place, project):
    ties = _ties(text, place)
    assert not {t for t in ties if t[0] == project}, ties


@pytest.mark.parametrize("text, place, tie", [
    # fujian-2026 (dev): 6号 is a unit's number, no capacity: 宁德 stays the plant's site (the gold's tie)
    ("宁德核电6号机组、温福高铁、厦漳泉R1线先行段、沈海高速漳诏段扩容工程等开工建设。", "福建省", ("宁德核电6号机组", "宁德市")),
    # hainan-2026 (dev): 500千伏 is a voltage, no plant's capacity: the grid work stays in 海南省 (the gold's tie)
    ("海南电网500千伏主网架工程投产、实现历史性跨越。", "海南省", ("海南电网500千伏主网架工程", "海南省")),
], ids=["unit-number", "voltage"])
def test_a_place_before_a_word_and_a_number_that_is_no_capacity_stays_the_site(text, place, tie):
    assert tie in _ties(text, place)


def test_a_work_named_inside_a_park_is_not_tied_to_the_parks_place():
    """heilongjiang-2026 (dev): the bonded logistics centre is the 哈尔滨片区's (the gold places it there), not tied to
    哈尔滨市 by the park's name; the park itself keeps its tie."""
    text = ("开放平台创新发展，自贸试验区哈尔滨片区保税物流中心获批，绥芬河片区国际危险品道路运输“一证双线”新模式获评国家级"
            "制度创新成果，牡丹江产业协作园区获批建设。")
    ties = _ties(text, "黑龙江省")
    assert not {t for t in ties if "保税物流中心" in t[0]}, ties
    assert ("自贸试验区哈尔滨片区", "哈尔滨市") in ties, ties


CHONGQING_MIDDLE = ("实施双核联动联建七大专项行动和第四批合作项目事项，加快建设成渝中线高铁、渝西高铁、成渝高速改扩建等重点工程，"
                    "加密高铁动车组开行频次，推进璧山机场前期工作，协同提升成渝世界级机场群能级，构建成渝现代水网体系。")


def test_a_district_short_name_written_only_inside_names_is_no_place():
    """hainan-2026 (dev): 美兰 is written only in 美兰机场…; the gold lists no 美兰区 and ties the airport to nothing."""
    text = ("全国最大港口客滚综合枢纽新海港、美兰机场二期、洋浦港20万吨级泊位和深水航道投用，凤凰机场三期、博鳌机场三期完工。")
    ties = _ties(text, "海南省")
    assert not {t for t in ties if t[0] == "美兰机场二期"}, ties


def test_a_district_short_name_the_report_writes_on_its_own_stays_a_place():
    """chongqing-2026 (dev): 璧山 also stands on its own (璧山入选…), so 璧山机场 stays at 璧山 (the gold's tie); with
    the airport's sentence alone, 璧山 is only a word of the name."""
    alone = "璧山入选全国首批美丽乡村先行区，涪陵、北碚获批创建国家乡村振兴示范区。"
    assert ("璧山机场", "璧山区") in _ties(CHONGQING_MIDDLE + alone, "重庆市")
    assert not {t for t in _ties(CHONGQING_MIDDLE, "重庆市") if t[0] == "璧山机场"}


def test_a_district_naming_a_routes_section_stays_its_site():
    """chongqing-2026 (dev): 荣昌 is written only in 永自高速荣昌段, but the section is at 荣昌 (the guideline's
    团泊大道大邱庄段): the rule leaves a section's place alone."""
    text = ("稳定基础设施投资，提速建设藻渡水库、重庆站、永自高速荣昌段、垫丰武高速、川渝千亿立方米天然气生产基地、"
            "渝黔背靠背联网、复兴油田等项目，开工黔江至吉首高铁重庆段、福寿岩水库、川渝特高压交流加强工程等项目。")
    assert ("永自高速荣昌段", "荣昌区") in _ties(text, "重庆市")


def test_a_university_town_is_no_part_of_a_university():
    """fujian-2026 (dev): 福州大学城 is a university town at 福州 (the gold's tie), not a part of 福州大学."""
    text = ("提高福厦泉国家自主创新示范区创新引领能力，推动省创新实验室提质增效，支持福州大学城、厦门科学城等打造高能级"
            "创新策源地，争创更多国家级科创平台和基地。")
    assert ("福州大学城", "福州市") in _ties(text, "福建省")
