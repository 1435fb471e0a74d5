"""Indicator names (issue 13, item 2): a percentage before things and what they did or reached (N%的X达到Y)
is the share of X in that state, XY比例: not the stock of X, nor X and its verb with no measure. Real
sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # anhui 2026, ningxia 2026, hainan 2026: the name was the things alone
    ("197家二级以上医院开设体重管理门诊，90%的县医院达到三级医院服务能力水平。",
     ("县医院达到三级医院服务能力水平比例", Decimal("90"))),
    ("90%的化工园区降至较低风险等级，90%的煤矿达到安全生产标准化二级以上。",
     ("煤矿达到安全生产标准化二级以上比例", Decimal("90"))),
    ("96.2%的养老机构开展医养结合，43个社区获评。", ("养老机构开展医养结合比例", Decimal("96.2"))),
    # ningxia 2026, shandong 2026, guangxi 2026: the things and their verb, no measure
    ("90%的化工园区降至较低风险等级，90%的煤矿达到安全生产标准化二级以上。",
     ("化工园区降至较低风险等级比例", Decimal("90"))),
    ("61%的城市污水处理厂完成提标改造。", ("城市污水处理厂完成提标改造比例", Decimal("61"))),
    ("99%乡镇通三级及以上等级公路，优良天数比例保持在90%以上。", ("乡镇通三级及以上等级公路比例", Decimal("99"))),
])
def test_a_share_of_things_in_a_state(snippet, expected):
    assert expected in names(snippet, "review")

