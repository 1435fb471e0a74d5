"""Zones of a general head (X试验区, X创业园, as X小镇 before) as parks when their sentence draws firms or people
into them or extends them (parks28), on real dev sentences: the rule pass proposes them, the whole pipeline keeps
them; a province's designation, a production base's second phase and a zone nothing draws into stay out."""
from __future__ import annotations

import pytest

from entity_helpers import get, labels, proposed_parks, run

pytestmark = pytest.mark.unit

HAILAER = ("海拉尔区", ["内蒙古自治区", "呼伦贝尔市"])
CAMPUS_ZONE = "陵水黎安国际教育创新试验区初具规模，签约入驻国内外知名高校26所，在园师生达1万人"          # hainan-2026
OWN_STARTUP_PARK = "重点扶持非公经济创业园建设，支持企业做好项目规划和产业布局，全面启动二期建设"      # hailaer-2014
PROVINCE_PILOT = ("我省成为国家首批数据要素综合试验区，26个项目入选国家级数据要素应用场景典型案例，"
                  "东北亚具身智能创新中心落户沈阳")                                                  # liaoning-2026
WHOLE_PROVINCE = "江西内陆开放型经济试验区建设初见成效，一批国家物流枢纽、海关特殊监管区等获批"          # jiangxi-2026
PLANT_PHASE = "提速山钢日照基地二期、永锋临港焦钢一体化等重大项目，力争高端精品钢产量占比达到50%左右"   # shandong-2026
UNDRAWN_PARK = "加快中小微企业创业园建设，拓展“助保贷”业务，积极为中小微企业提供发展平台"            # hailaer-2014


def test_a_placed_pilot_zone_people_move_into_is_a_park():
    assert "陵水黎安国际教育创新试验区" in proposed_parks(CAMPUS_ZONE, "海南省")
    ents, _ = run(CAMPUS_ZONE, place="海南省", parents=[])
    assert get(ents, "Park", "陵水黎安国际教育创新试验区").attrs["parkKind"] == "other"


def test_a_city_own_startup_park_being_extended_is_a_park_without_its_verb():
    assert "非公经济创业园" in proposed_parks(OWN_STARTUP_PARK, *HAILAER)
    ents, _ = run(OWN_STARTUP_PARK, place=HAILAER[0], parents=HAILAER[1])
    assert get(ents, "Park", "非公经济创业园").attrs["parkKind"] == "industrial park"


@pytest.mark.parametrize("text, place", [(PROVINCE_PILOT, "辽宁省"), (WHOLE_PROVINCE, "江西省"),
                                         (PLANT_PHASE, "山东省")])
def test_a_designation_or_a_plant_phase_is_no_park(text, place):
    ents, _ = run(text, place=place, parents=[])
    assert not any(n.endswith(("试验区", "基地")) for n in labels(ents, "Park"))


def test_a_startup_park_nothing_draws_into_is_notproposed_parks():
    assert not any(n.endswith("创业园") for n in proposed_parks(UNDRAWN_PARK, *HAILAER))


FREE_TRADE_ZONE = "广西自贸试验区新增3项改革成果获全国最佳实践案例"                                   # guangxi-2026


def test_a_free_trade_zone_keeps_its_kind_though_it_ends_with_a_drawn_head():
    """review21: 试验区 is a drawn zones' head, but the longer suffix 自贸试验区 says the kind."""
    ents, _ = run(FREE_TRADE_ZONE, place="广西壮族自治区", parents=[])
    parks = [e for e in ents if e.kind == "Park" and e.label.endswith("试验区")]
    assert parks and all(e.attrs["parkKind"] == "free trade zone" for e in parks)
