"""Indicator names of figures over a span of years (issue 13, item 2): a span word opening the phrase
(五年, 近五年) says when, as the period does, not what is measured; the name is read past it, so a
treating verb after it goes behind the thing as anywhere else. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # chongqing 2026: five years' works and new firms, each opening with the span
    ("五年改造城镇老旧小区8074个，新增城市绿地3300公顷。", ("城镇老旧小区改造数量", Decimal("8074"))),
    ("五年建成“四好农村路”1.67万公里。", ("“四好农村路”里程", Decimal("1.67"))),
    ("五年新设外资企业1770家。", ("新设外资企业数量", Decimal("1770"))),
    # shanxi 2026: output over the span
    ("五年生产原煤65亿吨、外调原煤37亿吨。", ("原煤产量", Decimal("65"))),
])
def test_a_span_word_is_no_part_of_the_name(snippet, expected):
    assert expected in names(snippet, "review")
