"""Indicator names (issue 13): a lead word that also qualifies a noun (重点) stays in the name before a
noun and is peeled before a verb. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected, part", [
    # heilongjiang 2026, hainan 2026, shandong 2026: 重点 before a noun names which of the things
    ("加强慢性病健康管理，重点人群家庭医生签约服务覆盖率达到95%。", ("重点人群家庭医生签约服务覆盖率", Decimal("95")), "plan"),
    ("巩固提升“禁塑”成效，重点行业场所替代品占有率达84%。", ("重点行业场所替代品占有率", Decimal("84")), "review"),
    ("建成国家知识产权运营中心1家、专利培育中心15家、重点产业专利池44个。", ("重点产业专利池建成数量", Decimal("44")), "review"),
])
def test_a_qualifying_lead_word_before_a_noun_stays(snippet, expected, part):
    got = names(snippet, part)
    assert expected in got and (expected[0][2:], expected[1]) not in got


@pytest.mark.parametrize("snippet, expected", [
    # ningxia 2026, hailaer 2018: before a verb it says how the work is pushed
    ("作为政府的主要责任，重点办好45件民生实事。", ("民生实事数量", Decimal("45"))),
    ("重点实施城区20条道路的改造提升。", ("道路改造提升数量", Decimal("20"))),
])
def test_a_qualifying_lead_word_before_a_verb_is_peeled(snippet, expected):
    assert expected in names(snippet, "plan")
