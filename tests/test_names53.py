"""Indicator names (issue 13, names53; docs/checks/indicator-district-names53.md). Real sentences of dev reports.

A 新+verb before the counted things stays in the name (the guideline: 新建5G-A基站N座 → 新建5G-A基站数量), also
新实施 and 新筹建, and also when it stands right before a number whose things follow it (新获批1所X → 新获批X数量);
新建设 is written 新建, as the dev readers write it, and a later list member without its own verb shares it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # chongqing 2026 (its gold)
    ("扩大制造业投资，加快推动600个以上亿元级工业项目建设，新实施1500个以上技改项目。",
     [("新实施技改项目数量", Decimal("1500"))]),
    # hainan 2026 (its gold, both members)
    ("支持海南热带海洋学院加快强海，争取新获批1所境外高校独立办学机构、新筹建1个独立办学项目。",
     [("新获批境外高校独立办学机构数量", Decimal("1")), ("新筹建独立办学项目数量", Decimal("1"))]),
    # hainan 2026, a review figure
    ("新获批13个中外合作办学机构（项目）。", [("新获批中外合作办学机构（项目）数量", Decimal("13"))]),
    # guangdong 2026 (its gold): 新建设 read as 新建, shared by the member after it
    ("新建设5个市级托育综合服务中心、10个县级托育服务机构，惠及超50万名3岁以下婴幼儿。",
     [("新建市级托育综合服务中心数量", Decimal("5")), ("新建县级托育服务机构数量", Decimal("10"))]),
])
def test_a_new_act_before_the_counted_things_stays(sentence, expected):
    got = names(sentence)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("sentence, expected", [
    # chongqing 2026: plain 实施 is still dropped (the guideline: 实施重点项目N个 → 重点项目数量)
    ("打通一批未贯通道路，实施50个社区停车综合治理项目。", ("社区停车综合治理项目数量", Decimal("50"))),
    # fujian 2026: 滚动实施 is no 新+verb
    ("滚动实施1500个以上省重点技改项目。", ("省重点技改项目数量", Decimal("1500"))),
    # jiangxi 2026
    ("布局20个左右重大专项，实施100个左右重大项目。", ("重大项目数量", Decimal("100"))),
])
def test_plain_acts_before_the_number_still_drop(sentence, expected):
    assert expected in names(sentence)
