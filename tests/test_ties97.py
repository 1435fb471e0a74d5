"""Place ties on dev sentences (ties97): a division written later in a name that opens with none, a town the
report writes with its unit word, a metropolitan area, a place the sentence writes before the verb that builds a
work (policykg/extract/name_places.py, stated_places.py); and the places that are none: a gazetteer name straddling
two words, a place glued onto a known one by the suffix rule, a place naming a river, bay or road. Each rule with
a dev sentence it must leave alone."""
from __future__ import annotations

import pytest

from entity_helpers import run

pytestmark = pytest.mark.unit

HAILAER = ("海拉尔区", ["呼伦贝尔市", "内蒙古自治区"])


def _ties(text: str, place: str, parents: list[str]) -> set[tuple[str, str]]:
    _, links = run(text, place=place, parents=parents)
    return {(ln.subject.label, ln.object.label) for ln in links
            if ln.predicate == "locatedIn" and ln.object.kind == "Place"}


def _places(text: str, place: str, parents: list[str]) -> set[str]:
    entities, _ = run(text, place=place, parents=parents)
    return {e.label for e in entities if e.kind == "Place"}


def test_a_later_division_is_the_site_of_a_name_opening_with_none():
    """fujian-2026 (dev): 潮南高速 is no place of Fujian; its 三明段 is at 三明 (the gold's tie)."""
    text = ("打造现代化综合立体交通网，开工建设潮南高速三明段、上浦高速浦城段等出入省通道，推动福州长乐国际机场二期、"
            "厦门翔安国际机场通航，推进现代化东南沿海港口群建设，加快昌福厦高铁等前期工作。")
    assert ("潮南高速三明段", "三明市") in _ties(text, "福建省", [])


def test_a_later_division_past_a_route_joiner_is_no_site():
    """qinghai-2026 (dev): 小柴旦湖至老茫崖 is a road to 老茫崖, not a work at 茫崖."""
    text = ("加快西宁至成都铁路建设、青藏铁路格拉段电气化改造，开工同德至玛沁等公路项目，建成尖扎至贵德、小柴旦湖至老茫崖等公路，"
            "推进扁都口至峨堡等省际大通道建设，新增公路通车里程1500公里。")
    assert not {t for t in _ties(text, "青海省", []) if t[0] == "小柴旦湖至老茫崖"}


@pytest.mark.parametrize("text, place, project", [
    # jiangsu-2026 (dev): a Yangtze crossing named by its two banks
    ("推进北沿江、通苏嘉甬等高铁建设，积极谋划沿海高铁通道建设，建成江阴靖江等过江通道，实施连云港徐圩港区疏港航道等项目。",
     "江苏省", "江阴靖江"),
    # qinghai-2026 (dev): a power line between 果洛 and 玉树
    ("青藏直流二期扩建、香加750千伏主变扩建、330千伏果洛玉树第二回线路工程相继投运。", "青海省", "330千伏果洛玉树第二回线路工程"),
], ids=["crossing", "line"])
def test_two_places_side_by_side_name_a_links_ends(text, place, project):
    assert not {t for t in _ties(text, place, []) if t[0].startswith(project)}


JILIN = ("启动长四辽通、敦牡和四梅集扩能等铁路项目，建好长春都市圈西环、白山至临江、松江河至长白等高速公路续建项目，"
         "开工G334文旅大通道改造升级项目，抓好延吉机场迁建和长春龙嘉机场三期扩建进度。")


def test_a_place_before_an_area_word_ties_the_work_to_the_area():
    """jilin-2026 (dev): the gold ties 长春都市圈西环 to the metropolitan area, not to 长春市."""
    ties = _ties(JILIN, "吉林省", [])
    assert ("长春都市圈西环", "长春都市圈") in ties and ("长春都市圈西环", "长春市") not in ties, ties


def test_a_place_before_no_area_word_stays_the_tie():
    """jilin-2026 (dev): 长春龙嘉机场三期扩建 is at 长春, in the same sentence."""
    assert ("长春龙嘉机场三期扩建", "长春市") in _ties(JILIN, "吉林省", [])


HAKE_CLINIC = "公共卫生服务项目全面实施，哈克卫生院综合门诊部、健康社区卫生服务中心投入使用，胜利社区卫生服务中心被授予国家级示范中心称号。"


def test_a_town_written_without_its_unit_word_is_the_reports_town():
    """hailaer-2014 (dev): the report writes 哈克镇; 哈克卫生院 is its clinic (the gold's tie)."""
    text = "推进奋斗镇新镇区和哈克镇滨河新区建设，促进新农村建设和城市居民休闲度假基地建设协调发展。" + HAKE_CLINIC
    assert ("哈克卫生院综合门诊部", "哈克镇") in _ties(text, *HAILAER)


def test_a_word_is_no_town_where_the_report_writes_no_such_town():
    """The same clinic alone: no 哈克镇 written, so 哈克 is no place."""
    assert not {t for t in _ties(HAKE_CLINIC, *HAILAER) if t[0] == "哈克卫生院综合门诊部"}


HUBEI = "实施自贸试验区提升战略和综保区提质升级行动，支持鄂州申建空港综保区，支持荆州申建保税物流中心。"


def test_a_place_before_the_verb_that_builds_a_work_is_its_site():
    """hubei-2026 (dev): 支持鄂州申建空港综保区 (the gold ties the zone to 鄂州)."""
    assert ("空港综保区", "鄂州市") in _ties(HUBEI, "湖北省", [])


def test_a_verb_with_no_place_before_it_ties_nothing():
    """hubei-2026 (dev): 实施自贸试验区提升战略 names no place before its verb."""
    text = "推动国家药品和医疗器械审评检查华中分中心建设，加快建设长江中游游轮母港。"
    assert not _ties(text, "湖北省", [])


def test_a_gazetteer_name_straddling_two_words_is_no_place():
    """ningxia-2026 (dev): 贺兰山东麓 is 贺兰山 + 东麓; 山东 is no place there."""
    text = "黄河干流宁夏段水质连续9年保持Ⅱ类进出，贺兰山东麓防洪治理工程、六盘山“山水工程”、罗山国土绿化示范工程等全面启动。"
    assert "山东省" not in _places(text, "宁夏回族自治区", [])


def test_a_gazetteer_name_on_its_own_word_stays_a_place():
    """shandong-2026 (dev): 山东时代新能源电池基地 is tied to 山东省 by the gold."""
    text = "山东时代新能源电池基地、先导激光雷达等项目建成投产，裕龙石化一期稳产达产。"
    assert ("山东时代新能源电池基地", "山东省") in _ties(text, "山东省", [])


HUNAN = ("推进长沙宁乡圣钘科技新一代锂电池、浏阳蓝思科技3D玻璃研发生产、株洲中车新能源电驱系统制造、湘潭中联矿山机械装备、"
         "郴州新能源动力和储能、娄底高性能软磁和钛材料等“十大产业项目”建设。")


def test_the_suffix_rule_does_not_glue_a_place_onto_a_known_one():
    """hunan-2026 (dev): 宁乡 ends in the suffix 乡 but 长沙 before it is a place of its own (the gold: 长沙)."""
    ties = _ties(HUNAN, "湖南省", [])
    assert ("长沙宁乡圣钘科技新一代锂电池", "长沙市") in ties and "长沙宁乡" not in _places(HUNAN, "湖南省", []), ties


def test_the_suffix_rule_still_extends_over_a_proper_word():
    """hailaer-2014 (dev): 哈克镇 is made by its suffix from the proper word 哈克."""
    text = "推进奋斗镇新镇区和哈克镇滨河新区建设，促进新农村建设和城市居民休闲度假基地建设协调发展。"
    assert "哈克镇" in _places(text, *HAILAER)


GUANGDONG = "建成广州南沙大湾区文化体育中心、深圳湾文化广场、湛江文化中心等重大文化设施，新增58名国家级非遗代表性传承人。"


def test_a_place_naming_a_bay_or_road_is_no_tie():
    """guangdong-2026 (dev): 深圳湾 is a bay; hailaer-2014 (dev): 根河路 is a street of Hailar."""
    assert not {t for t in _ties(GUANGDONG, "广东省", []) if t[0] == "深圳湾文化广场"}
    text = "实施根河路、火车站规划三路、建华路等道路工程，确保城市东外环道路开工建设，西出口道路建成通车。"
    assert not {t for t in _ties(text, *HAILAER) if t[0] == "根河路"}


def test_a_place_before_another_word_stays_the_tie():
    """guangdong-2026 (dev): 湛江文化中心, in the same list, is at 湛江."""
    assert ("湛江文化中心", "湛江市") in _ties(GUANGDONG, "广东省", [])
