"""Indicator names (issue 13, item 2): generating capacity named only by the stage its plants reach
(开工, 投产, 并网) is the capacity at that stage, of the thing its own words or the list member before it
name; an amount of electricity (千瓦时) is no capacity. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit

_YUNNAN = "新能源开工1600万千瓦、投产1000万千瓦以上，推进煤炭与新能源融合发展。"


@pytest.mark.parametrize("snippet, expected", [
    # yunnan 2026: the thing before the first stage, and the bare second stage of the same list; with no
    # 装机 in the text the capacity is the thing's 规模, as the blind dev gold writes it (names30)
    (_YUNNAN, ("新能源开工规模", Decimal("1600"))),
    (_YUNNAN, ("新能源投产规模", Decimal("1000"))),
    # shanxi 2026: a stage after the capacity of the same thing
    ("探索新能源一体化、融合化发展路径，安排风电光伏装机规模3000万千瓦、并网2000万千瓦。",
     ("风电光伏并网规模", Decimal("2000"))),
])
def test_capacity_named_by_a_stage_is_the_capacity_at_that_stage(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # jilin 2026: electricity used is no capacity
    ("全社会用电量突破1000亿千瓦时，铁路货物发送量增长14.9%。", ("全社会用电量", Decimal("1000"))),
    # shanxi 2026: a capacity named by its thing keeps its name
    ("安排风电光伏装机规模3000万千瓦、并网2000万千瓦。", ("风电光伏装机规模", Decimal("3000"))),
])
def test_other_energy_figures_keep_their_names(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # qinghai 2026: a share named by 装机 alone after the capacity of the same power
    ("清洁能源发电装机规模超7900万千瓦、装机占比超93%，其中新能源装机占比超73%、位居全国第一。",
     ("清洁能源装机占比", Decimal("93"))),
    # liaoning 2026: a share of output after the share of capacity of the same power
    ("清洁能源装机占比54.8%、发电量占比51.3%。", ("清洁能源发电量占比", Decimal("51.3"))),
])
def test_a_share_named_by_its_measure_alone_is_of_the_power_before(snippet, expected):
    assert expected in names(snippet, "review")


def test_a_share_after_its_own_clause_keeps_its_name():
    # qinghai 2026: the share after 其中 names its own power
    assert ("新能源装机占比", Decimal("73")) in names(
        "清洁能源发电装机规模超7900万千瓦、装机占比超93%，其中新能源装机占比超73%、位居全国第一。", "review")
