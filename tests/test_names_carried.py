"""Indicator names (issue 13): a rate with no words of its own after a count, a size or an amount
(接待游客N亿人次、增长M%) is the rate of that count, size or amount, its measure word kept (接待游客人次), not of
the bare thing (游客). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # guangdong 2026: a count of visits
    ("预计全年接待游客9.6亿人次、增长10.3%，旅游总收入1.24万亿元、增长12.5%。", ("接待游客人次", Decimal("10.3"))),
    # shanghai 2026: a count of shops
    ("优化离境退税环境，全市离境退税商店达到1837家、增长136%。", ("离境退税商店数量", Decimal("136"))),
    # jilin 2026: an area
    ("保护性耕作面积达到4179万亩，实现适宜区全覆盖，规模保持全国第一。推广高产优质品种3874万亩、增长23.5%。",
     ("高产优质品种面积", Decimal("23.5"))),
    # xinjiang 2026: an amount of power named by its measure (交易量)
    ("绿电交易31.7亿千瓦时、增长52.8%。", ("绿电交易量", Decimal("52.8"))),
])
def test_a_bare_rate_after_a_count_or_size_is_of_that_count_or_size(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # guangdong 2026: after money the name is the same
    ("预计全年接待游客9.6亿人次、增长10.3%，旅游总收入1.24万亿元、增长12.5%。", ("旅游总收入", Decimal("12.5"))),
    # hailaer 2013: income and its growth (the series as the text writes it: names80)
    ("城镇居民人均可支配收入达到23267元，同比增长14.9%。", ("城镇居民人均可支配收入", Decimal("14.9"))),
])
def test_a_rate_after_money_keeps_the_moneys_name(snippet, expected):
    assert expected in names(snippet, "review")
