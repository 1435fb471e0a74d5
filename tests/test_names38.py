"""Indicator names (issue 13, names38): an upgrade written as one compound is the treatment whole, also after the
things and 的 and in the order 提升改造 (docs/annotation-guideline.md, indicator; docs/checks/indicator-names38.md).
Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


def test_an_upgrade_after_the_things_and_de_keeps_both_verbs():
    # hailaer 2018: the roads upgraded, not only renovated
    got = names("实施道路畅通工程。重点实施城区20条道路的改造提升，加快推进海拉尔至宝日希勒、特尼河农村公路建设。")
    assert ("道路改造提升数量", Decimal("20")) in got


def test_an_upgrade_written_tisheng_gaizao_before_the_road_keeps_both_verbs():
    # jinghai 2021: the length of road upgraded, the compound after the thing; 提升 alone before firms is no upgrade
    got = names("推进“四好农村路”建设，提升改造乡村公路25公里。加快发展新型农业经营主体，提升合作社30家。")
    assert ("乡村公路提升改造里程", Decimal("25")) in got
    assert ("合作社数量", Decimal("30")) in got

