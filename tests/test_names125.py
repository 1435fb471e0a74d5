"""Places inside the places reached, written after 的, named by what reaches them (names125;
docs/checks/names125.md). The sentences are dev sentences, whole."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

CHONGQING = ("西部陆海新通道扩面提质，构建起以重庆为物流和运营组织中心的通道网络，辐射全国75个城市、164个铁路站点，通达全球127个"
             "国家和地区的584个港口，运输货物品类增至1342种，运输箱量和货值均增长3倍以上，枢纽通道联运量达到17.3万标箱，成为高质量"
             "共建“一带一路”标志性项目。")
GUANGXI = ("北部湾港通达全球100多个国家及地区的200多个港口，集装箱航线突破百条，海铁联运班列突破万列，集装箱吞吐量历史性突破"
           "千万标箱。")


@pytest.mark.parametrize("sentence, value, expected", [
    # chongqing 2026: was 港口数量 (the ports after 的 inside the countries the corridor network reaches)
    (CHONGQING, "584", "通道网络通达港口数量"),
    # guangxi 2026: was 港口数量 (the subject written before the verb, names61's subjects rule)
    (GUANGXI, "200", "北部湾港通达港口数量"),
])
def test_places_inside_places_reached_are_reached_by_the_same_thing(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # the places reached before 的 keep their names (controls)
    (CHONGQING, "127", "通道网络通达国家和地区数量"),
    (GUANGXI, "100", "北部湾港通达国家及地区数量"),
])
def test_reach_part_controls_keep_their_names(sentence, value, expected):
    assert name_of(sentence, value) == expected


def test_the_audit_turns_the_reach_pass_off_and_back():
    assert without_rule("reach_openers", lambda: name_of(GUANGXI, "200")) == ("港口数量", "北部湾港通达港口数量")
