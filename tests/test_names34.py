"""Indicator names (issue 13, names34): a making act closing a clause of counted things is each thing's
(推进N个X、M个Y建设 → Y建设数量); an upgrade compound before the number is the act, not a rise (改造提升N个X);
people sent are named without where they go (选派N名X到基层). docs/checks/indicator-names34.md. Real sentences of
dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # shandong 2026: every member of the list shares the act closing it (the blind gold)
    ("推进3个未来产业先导区、6个未来产业加速园建设。",
     [("未来产业先导区建设数量", Decimal("3")), ("未来产业加速园建设数量", Decimal("6"))]),
    # ningxia 2026: a grouped count (A等N个X建设)
    ("推进国家物流枢纽、国家骨干冷链物流基地和银川陆港等5个物流园区建设，推动物流降本增效。",
     [("物流园区建设数量", Decimal("5"))]),
    # qinghai 2026: the power grade goes, the act stays; and a count after 支持
    ("加快格尔木、德令哈3座35万千瓦光热电站和光热产业科技创新中心建设，形成光热创新链产业链。",
     [("光热电站建设数量", Decimal("3"))]),
    ("实施康复护理扩容提升工程，支持100个农村养老服务设施建设，实现城市社区老年助餐服务全覆盖。",
     [("农村养老服务设施建设数量", Decimal("100"))]),
    # sichuan 2026 (no gold, read): three members
    ("建设宜居宜业和美乡村，推进21个先行片区、200个样板村、2000个补短村建设，改造农村危房2.1万户。",
     [("先行片区建设数量", Decimal("21")), ("样板村建设数量", Decimal("200")), ("补短村建设数量", Decimal("2000"))]),
])
def test_a_making_act_closing_the_clause_is_each_counted_things(snippet, expected):
    got = names(snippet)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2018: what is built belongs to the zones counted (的), not the zones themselves
    ("加快推进17个棚改区域的道路、供水、污水等配套基础设施建设。", ("棚改区域数量", Decimal("17"))),
    # xinjiang 2026: projects close the list, and 建设 of projects is dropped
    ("加快国能哈密煤制油、准东3个煤制气、慧能煤炭清洁高效利用等项目建设。", ("煤制气数量", Decimal("3"))),
    # hainan 2026: things already being built, and an act of another's (获批建设)
    ("加快2条在建国际海缆建设。", ("在建国际海缆数量", Decimal("2"))),
    ("3家全国重点实验室获批建设。", ("全国重点实验室数量", Decimal("3"))),
])
def test_a_closing_act_not_of_the_counted_things_stays_out(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # guizhou and neimenggu 2026: 提升 ends the upgrade compound, no rise of the count
    ("改造提升25个标准化养老机构，新建村卫生室。", ("标准化养老机构改造提升数量", Decimal("25"))),
    ("完善提升20个县乡村三级养老服务网络。", ("县乡村三级养老服务网络完善提升数量", Decimal("20"))),
    # guangdong 2026: built new as well as upgraded, the count is of the things (the blind gold)
    ("新建和加密建设、改造提升24个高速公路服务区，其中根据当地资源禀赋打造14个特色服务区。",
     ("高速公路服务区数量", Decimal("24"))),
])
def test_an_upgrade_compound_before_the_number_is_the_act(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # guizhou and liaoning 2026: where and what for the people are sent is no part of their name
    ("强化科技人才支撑，选派1200名以上科技特派员到基层开展科技服务。", ("科技特派员选派人数", Decimal("1200"))),
    ("选派2000名农村科技特派员服务县域特色产业发展。", ("农村科技特派员选派人数", Decimal("2000"))),
])
def test_people_sent_are_named_without_their_purpose(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # hunan and qinghai 2026: places added to a stock are counted as added (both blind golds)
    ("扩充优质普通高中公办学位8万个。", ("优质普通高中公办学位扩充数量", Decimal("8"))),
    ("扩充初高中学位1.4万个以上。", ("初高中学位扩充数量", Decimal("1.4"))),
])
def test_places_added_keep_the_act_after_them(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # ningxia 2026 (blind gold) and xinjiang 2026: 各级 opening a name says nothing of what is counted
    ("打造各级样板村300个。", ("样板村数量", Decimal("300"))),
    ("各级博物馆、纪念馆接待观众4500余万人次。", ("博物馆、纪念馆接待观众人次", Decimal("4500"))),
])
def test_of_all_levels_leaves_the_name(snippet, expected):
    assert expected in names(snippet)
