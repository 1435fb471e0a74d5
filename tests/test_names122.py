"""Places reached named by what reaches them (names122; docs/checks/names122.md). The sentences are dev sentences,
whole: the rules read the clauses before a figure."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

CHONGQING = ("西部陆海新通道扩面提质，构建起以重庆为物流和运营组织中心的通道网络，辐射全国75个城市、164个铁路站点，通达全球127个"
             "国家和地区的584个港口，运输货物品类增至1342种，运输箱量和货值均增长3倍以上，枢纽通道联运量达到17.3万标箱，成为高质量"
             "共建“一带一路”标志性项目。")
QINGHAI_POWER = "稳步实施“碳达峰十大行动”，绿电外送拓展至22个省区市，输出345亿度、增长32%，减少碳排放2810万吨，绿电成为青海名片。"
QINGHAI_FARM = "建成高原冷凉蔬菜万吨级出口产业集群，“青字号”农产品远销54个国家和地区，绿色有机农畜产品输出超146万吨。"


@pytest.mark.parametrize("sentence, value, expected", [
    # qinghai 2026: was 省区市数量 (a reach grown after the reach: 外送 then 拓展至)
    (QINGHAI_POWER, "22", "绿电外送省区市数量"),
    # qinghai 2026: was 国家和地区数量 (远销, a verb of reach the subjects rule did not know)
    (QINGHAI_FARM, "54", "“青字号”农产品远销国家和地区数量"),
    # chongqing 2026: were 城市数量, 铁路站点数量, 国家和地区数量 (the clause opens with the verb; the thing the
    # clause before closes on reaches them, and the next clause of reach has the same subject)
    (CHONGQING, "75", "通道网络辐射城市数量"),
    (CHONGQING, "164", "通道网络辐射铁路站点数量"),
    (CHONGQING, "127", "通道网络通达国家和地区数量"),
])
def test_places_reached_are_named_by_what_reaches_them(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # shanxi 2026 (control): the subject and its one verb, as before
    ("电力装机容量达到1.64亿千瓦，晋电外送24个省份、规模居全国前列。", "24", "晋电外送省份数量"),
    # jiangxi 2026 (control): a grown reach alone leaves no verb
    ("对内对外双向开放深层次推进，7家企业上榜全球国际承包商250强、数量居全国第2，对外贸易扩大至228个国家和地区，"
     "江西的国际“朋友圈”越来越大。", "228", "对外贸易国家和地区数量"),
])
def test_reach_controls_keep_their_names(sentence, value, expected):
    assert name_of(sentence, value) == expected


@pytest.mark.parametrize("rule_id, sentence, value, off", [
    ("reach_verbs", QINGHAI_FARM, "54", "“青字号”农产品国家和地区数量"),
    ("reach_grown", QINGHAI_POWER, "22", "省区市数量"),
    ("reach_openers", CHONGQING, "75", "城市数量"),
])
def test_the_audit_turns_each_reach_rule_off_and_back(rule_id, sentence, value, off):
    on = name_of(sentence, value)
    assert without_rule(rule_id, lambda: name_of(sentence, value)) == (off, on)
