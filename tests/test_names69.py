"""Figure names of dev outcomes read wrong in names69's sample (issue 13; docs/checks/indicator-names69.md):
what a thing drives (带动/拉动) lost its driver when the driven thing was more than a bare 消费 or 就业.
The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # hunan 2026: the subsidy drove the sales (was 销售金额)
    ("大力实施提振消费专项行动，发放以旧换新补贴121.9亿元、带动销售金额905亿元，各类文体赛事活动拉动消费超500亿元。",
     "905", "以旧换新补贴带动销售金额"),
    # sichuan 2026: the shows drove the spending (was 综合消费)
    ("全省接待游客超11亿人次，其中入境游客340万人次，引进营业性演出1.2万场、带动综合消费184亿元，办好第十四届中国艺术节。",
     "184", "营业性演出带动综合消费"),
    # hubei 2026: the new firms drove the jobs (was 就地就业人数)
    ("大规模推进以科技为支撑的校友回归与高校师生创新创业，新增返乡创业市场经营主体13.9万户、带动就地就业36.8万人，"
     "城镇新增就业超额完成全年任务。", "36.8", "返乡创业市场经营主体带动就地就业人数"),
    # shanghai 2026: the exhibition drove the spending, not its revenue (was 城市综合消费)
    ("全市博物馆、美术馆举办文化展览1565场、接待海内外观众4900万人次，上海博物馆“古埃及文明大展”总营收7.6亿元，"
     "带动城市综合消费350亿元，成为现象级文博大展。", "350", "上海博物馆“古埃及文明大展”带动城市综合消费"),
])
def test_what_a_thing_drives_keeps_the_driver(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # heilongjiang 2026 (control): a bare 消费 after the clause that names its driver, as before
    ("消费潜能不断激活，开展提振消费专项行动，扩围实施消费品以旧换新，组织系列促消费活动，拉动消费728.4亿元。",
     "728.4", "系列促消费活动拉动消费"),
    # shandong 2026 (control): its own driver written before 带动 stays
    ("就业方面，城镇新增就业124.9万人，以工代赈带动就业16.4万人，新就业形态人员职业伤害保障试点惠及165.3万人。",
     "16.4", "以工代赈带动就业人数"),
])
def test_drivers_already_found_are_unchanged(sentence, value, expected):
    assert name_of(sentence, value) == expected
