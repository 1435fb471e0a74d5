"""Indicator names (issue 13, item 2): a percentage before things and what they did or reached (N%的X达到Y)
is the share of X in that state, XY比例: not the stock of X, nor X and its verb with no measure. Real
sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # anhui 2026, ningxia 2026, hainan 2026: the name was the things alone
    ("197家二级以上医院开设体重管理门诊，90%的县医院达到三级医院服务能力水平。",
     ("县医院达到三级医院服务能力水平比例", Decimal("90"))),
    ("90%的化工园区降至较低风险等级，90%的煤矿达到安全生产标准化二级以上。",
     ("煤矿达到安全生产标准化二级以上比例", Decimal("90"))),
    ("96.2%的养老机构开展医养结合，43个社区获评。", ("养老机构开展医养结合比例", Decimal("96.2"))),
    # ningxia 2026, shandong 2026, guangxi 2026: the things and their verb, no measure
    ("90%的化工园区降至较低风险等级，90%的煤矿达到安全生产标准化二级以上。",
     ("化工园区降至较低风险等级比例", Decimal("90"))),
    ("61%的城市污水处理厂完成提标改造。", ("城市污水处理厂完成提标改造比例", Decimal("61"))),
    ("99%乡镇通三级及以上等级公路，优良天数比例保持在90%以上。", ("乡镇通三级及以上等级公路比例", Decimal("99"))),
])
def test_a_share_of_things_in_a_state(snippet, expected):
    assert expected in names(snippet, "review")



@pytest.mark.parametrize("snippet, expected", [
    # anhui 2026, hainan 2026: some of the things counted before, named by a predicate only
    ("中国（安徽）自贸试验区累计推出259项制度创新成果，其中56项为全国首创。",     # the zone's, as the 259 (names42)
     ("中国（安徽）自贸试验区全国首创制度创新成果数量", Decimal("56"))),
    ("累计培育形成21批173项制度集成创新案例，82项获国家层面认可、37项向全国推广，极简审批走在前列。",
     ("全国推广制度集成创新案例数量", Decimal("37"))),
])
def test_a_count_of_some_of_the_things_before(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # anhui 2026, chongqing 2026, sichuan 2026: a zone opening the quote owns what is counted after the number
    ("中国（安徽）自贸试验区累计推出259项制度创新成果，其中56项为全国首创。",
     ("中国（安徽）自贸试验区制度创新成果数量", Decimal("259"))),
    ("石漠化面积1033平方公里，三峡库区431处存量危岩全面除险清患，铜锣山矿区生态修复。", ("三峡库区存量危岩除险清患数量", Decimal("431"))),
    ("对外投资累计达到149.6亿美元，自贸试验区159项改革试验任务全面实施。", ("自贸试验区改革试验任务数量", Decimal("159"))),
])
def test_a_zone_before_the_number_owns_the_count(snippet, expected):
    assert expected in names(snippet, "review")


def test_a_town_before_the_number_is_where_works_are():
    # hailaer 2013: in a district's plan a town names where the works are, not whose the figure is
    assert ("节水灌溉面积", Decimal("1")) in names("实施奋斗镇1万亩节水灌溉。", "plan")
