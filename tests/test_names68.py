"""Figure names of dev targets and outcomes read wrong in names68's sample (issue 13; docs/checks/
indicator-names68.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of, names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, kind, expected", [
    # shanghai 2026: 新集聚 was dropped (海内外人才人数, the stock)
    ("深入推进高水平人才高地建设，建立超常规快速引才机制，完善高潜力青年科技人才发现培养、出入境便利“服务包”、"
     "事业单位科研人员创新创业等政策，新集聚海内外人才近15万人，引进国家级和市级海外高层次人才1630人，人才创新活力竞相迸发。",
     "15", "review", "新集聚海内外人才人数"),
    # shandong 2026 (the gold writes 新集聚青年人才数量)
    ("开展新兴支柱产业人才汇聚行动，建立青年人才来鲁“第一站”服务机制，新集聚青年人才100万人左右。",
     "100", "plan", "新集聚青年人才人数"),
    # guangxi 2026: 新筹集 was dropped
    ("新筹集保障性住房6.6万套，改造城镇老旧小区1195个，建设完整社区试点19个。", "6.6", "review", "新筹集保障性住房套数"),
    # shandong 2026
    ("住房方面，累计打造省级高品质住宅试点项目213个，开工城中村改造安置住房14.1万套，新筹集保障性租赁住房2.5万套，"
     "改造老旧小区13.7万户，保交房任务全面完成。", "2.5", "review", "新筹集保障性租赁住房套数"),
    # fujian 2026 (control): 开工筹集 without 新 stays after the thing, as its gold writes
    ("高质量推进城市更新，开工筹集城中村改造安置住房1500套，建设城市片区更新、社区改造省级项目15个。",
     "1500", "plan", "城中村改造安置住房开工筹集套数"),
])
def test_a_new_gathering_is_a_flow(sentence, value, kind, expected):
    assert name_of(sentence, value, kind) == expected


def test_a_list_with_one_value_for_each_shares_its_making_act():
    # hainan 2026: 争创 is a making act since names114's guideline line (hainan's gold 国家现代农业产业园争创数量;
    # names116 made it one, was …数量 for each); each member shares it
    sentence = "争创国家现代农业产业园、产业集群、产业强镇各1个，农产品加工业总产值与农业总产值之比突破1：1。"
    got = [n for n, v in names(sentence, "plan", 2026) if str(v) == "1" and n.endswith("数量")]
    assert got == ["国家现代农业产业园争创数量", "产业集群争创数量", "产业强镇争创数量"]
