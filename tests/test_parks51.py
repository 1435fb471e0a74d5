"""False parks a report nobody tuned to gets (parks51, issue #12), on real dev sentences: an economic region's
plan area (成都平原经济区: 经济区 with no port or airport word before it) and a framework between China and a partner
(中国—东盟…) weigh as ``Park:region``, while a zone beside a port or an airport (湛江临港经济区, 廊坊临空经济区) and a
pair of border towns (二连浩特—扎门乌德经济合作区) do not; a sister city (国际友城) is no park candidate, a science city is."""
from __future__ import annotations

import pytest

from entity_helpers import tok_sentence
from policykg.extract.decide import features, grammar_candidates

pytestmark = pytest.mark.unit

REGIONS = "五大片区共兴发展不断深化，成都平原经济区经济总量达到4万亿元、占全省比重达61.3%，川南经济区经济总量迈上万亿元台阶。"  # sichuan-2026
GULF = "优化向海图强发展格局，优先发展北部湾经济区，建设南宁都市圈，推进北钦防一体化发展。"                               # guangxi-2026
PORT_ZONE = "拓展国际海运航线网络，加快汕头、湛江临港经济区建设。"                                                  # guangdong-2026
AIRPORT_ZONE = "通州区与廊坊北三县一体化高质量发展示范区、廊坊临空经济区建设提速。"                                   # hebei-2026
CHINA_ASEAN = "设立中国—东盟产业合作区协同发展区，沿边临港产业园区工业投资增长11.7%。"                                # guangxi-2026
BORDER_PAIR = "加快建设中蒙二连浩特—扎门乌德经济合作区、满洲里产业协作园区。"                                          # neimenggu-2026
SISTER_CITY = "与蒙古国东方省乔巴山市正式建立国际友城关系，荣获全国友协国际友城联合会授予的“国际友好城市交流合作奖”。"  # hailaer-2017
FRIENDS = "外国获批在川设立领事机构增至24家、居内地第3位，国际友城和友好合作关系达到567对。"                      # sichuan-2026
SCIENCE_CITY = "打造“世界一流、百年不衰”的合肥滨湖科学城，牵引形成全省域创新空间格局。"                    # anhui-2026


def _parks(text: str, place: str) -> dict:
    st, surfaces = tok_sentence(text, place)
    return {c.name: features(c, surfaces, set(), lambda n: 1)
            for c in grammar_candidates(st, (), surfaces) if c.kind == "Park"}


@pytest.mark.parametrize("text, place, name", [(REGIONS, "四川省", "成都平原经济区"), (REGIONS, "四川省", "川南经济区"),
                                               (GULF, "广西壮族自治区", "北部湾经济区"),
                                               (CHINA_ASEAN, "广西壮族自治区", "中国—东盟产业合作区")])
def test_a_region_or_a_framework_between_states_weighs_as_a_region(text, place, name):
    assert _parks(text, place)[name].get("Park:region") == 1.0


@pytest.mark.parametrize("text, place, name", [(PORT_ZONE, "广东省", "湛江临港经济区"), (AIRPORT_ZONE, "河北省", "廊坊临空经济区"),
                                               (BORDER_PAIR, "内蒙古自治区", "中蒙二连浩特—扎门乌德经济合作区")])
def test_a_zone_beside_a_port_an_airport_or_a_border_is_no_region(text, place, name):
    assert "Park:region" not in _parks(text, place)[name]


@pytest.mark.parametrize("text, place", [(SISTER_CITY, "内蒙古自治区"), (FRIENDS, "四川省")])
def test_a_sister_city_is_no_park_candidate(text, place):
    assert not [n for n in _parks(text, place) if n.endswith("友城")]


def test_a_science_city_stays_a_candidate():
    assert "合肥滨湖科学城" in _parks(SCIENCE_CITY, "安徽省")
