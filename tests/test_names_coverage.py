"""Indicator names of shares named by what covers and 覆盖, the things covered written after the number (issue 13,
names25): the coverage rate of those things, not the bare verb. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected, part", [
    # liaoning 2026 (plan): the things right after the number
    ("实施农村学前教育补短板工程，优质公办幼儿园覆盖95%乡镇。", ("优质公办幼儿园乡镇覆盖率", Decimal("95")), "plan"),
    # qinghai 2026 (review): a scope before the number and 的 after it are no part of the name
    ("常住人口城镇化率提高至64.7%，美丽城镇建设覆盖全省93%的建制镇，青藏铁路迈入“动车时代”，高速公路通车里程达5465公里。",
     ("美丽城镇建设建制镇覆盖率", Decimal("93")), "review"),
])
def test_a_share_of_things_covered_is_their_coverage_rate(snippet, expected, part):
    assert expected in names(snippet, part)

