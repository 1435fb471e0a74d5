"""Indicator names (issue 13, names37): the owner the dev readers keep. A zone, base or market that its quote names
as the subject of what it does keeps its name (docs/checks/indicator-names36.md, "names37"). Real sentences of dev
reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


def test_a_base_before_the_act_of_its_things_owns_them():
    # liaoning 2026: the base does the new cultivating, and the act stays (the blind gold)
    got = names("高水平建设辽宁数据要素综合试验区，沈阳国家级数据标注基地新培育数据集20个以上，"
                "大连国家级数据产业集聚区营业收入达到1000亿元。")
    assert ("沈阳国家级数据标注基地新培育数据集数量", Decimal("20")) in got


def test_a_market_opening_its_quote_owns_the_checks_after_a_bound():
    # shanxi 2026: a bound (不少于) between the market's verb and the number no longer hides the subject
    got = names("十一是大型农贸批发市场完成不少于100万批次农产品快检。")
    assert ("大型农贸批发市场农产品快检批次", Decimal("100")) in got


def test_a_thing_with_no_zone_before_its_act_keeps_its_plain_name():
    # liaoning 2026: the same act with no subject before it: no owner taken from elsewhere
    assert ("新培育数据集数量", Decimal("20")) in names("新培育数据集20个以上。")
