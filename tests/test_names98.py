"""Money named by the flow it came to, after the thing that raised or received it, is that flow's amount: …额
(names98, issue 13; docs/checks/names-read-names98.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import family_only, without_rule
from quantity_helpers import name_of, names

pytestmark = pytest.mark.unit

FINANCING = "实现城投公司由政府平台型向产业型转变,政府投融资平台不断做大,资产总额达到100亿元,完成融资21.8亿元。"
ARRIVED = ("发挥工场网、谷川联行、梧桐树基金等专业招商平台作用，整合完善招商引资政策，确保新引进5000万元以上项目不少于100个，"
           "市外内资、外资到位达到100亿元。")


def test_financing_after_its_raiser_is_its_amount():
    # hailaer-2017's gold: 政府投融资平台融资额
    assert name_of(FINANCING, "21.8") == "政府投融资平台融资额"


def test_money_arrived_is_its_amount():
    # jinghai-2021's gold: 市外内资外资到位额 (it also drops the list mark, which this rule does not touch)
    assert [n for n, v in names(ARRIVED, "plan") if str(v) == "100"][-1] == "市外内资、外资到位额"


def test_a_platforms_financing_is_its_amount():
    # fujian-2026 (no gold): the platform's financing served
    assert name_of("“金服云”服务实体融资1.58万亿元，福建（厦门）社保科创基金落地。", "1.58") == "“金服云”服务实体融资额"


@pytest.mark.parametrize("text, value, expected", [
    # hubei-2026: 直接融资 after no thing is the place's standard whole, left as it is
    ("重构多层次资本市场公开募资培育体系，17家企业通过上市和并购融资，175家企业发行各类债券1193只，全省直接融资7990亿元。",
     "7990", "直接融资"),
    # hailaer-2017's gold: a money figure that names its measure keeps its name
    (FINANCING, "100", "政府投融资平台资产总额"),
])
def test_flow_controls(text, value, expected):
    assert name_of(text, value) == expected


def test_the_flow_rule_is_audited_on_two_families():
    """Written from hailaer-2017's and jinghai's golds: two families, so the held-out measure keeps it on."""
    assert not family_only("flow_amounts")
    assert without_rule("flow_amounts", lambda: name_of(FINANCING, "21.8")) == ("政府投融资平台融资", "政府投融资平台融资额")
