"""Indicator names (issue 13, names32): words that say nothing of what is counted (各类, 投入 between who spends
and the funds) leave the name; 减免 defines what a figure of fees counts (docs/checks/indicator-district-names32.md).
Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, part, year, expected", [
    # hailaer 2018: 各类 is no part of the things removed
    ("完成178座燃煤锅炉拆改，拆除各类违建9.6万平方米。", "review", 2017, ("违建拆除面积", Decimal("9.6"))),
    # chongqing 2026 and hubei 2026
    ("建设筹集各类保障性住房89.6万套。", "review", 2026, ("保障性住房建设筹集套数", Decimal("89.6"))),   # names120
    ("各类贷款余额达到9.38万亿元。", "review", 2026, ("贷款余额", Decimal("9.38"))),
    # sichuan 2026: 各级各类 alike
    ("建成各级各类概念验证中心和中试熟化平台230个以上。", "review", 2026,
     ("概念验证中心和中试熟化平台建成数量", Decimal("230"))),
])
def test_of_all_kinds_leaves_the_name(snippet, part, year, expected):
    assert expected in names(snippet, part, year)


@pytest.mark.parametrize("snippet, part, year, expected", [
    # hailaer 2013: the funds the government puts in are its guidance funds
    ("年内政府投入引导资金6000万元，实施10个蔬菜基地项目。", "plan", 2013, ("政府引导资金", Decimal("6000"))),
    # sichuan 2026: the giver stays, the verb goes
    ("强化39个欠发达县域托底性帮扶集中攻坚。浙江省投入财政帮扶资金33.9亿元。", "review", 2026,
     ("浙江省财政帮扶资金", Decimal("33.9"))),
])
def test_putting_in_funds_is_no_part_of_their_name(snippet, part, year, expected):
    assert expected in names(snippet, part, year)


def test_funds_put_in_alone_keep_the_verb():
    # jinghai 2021: with no funds named, the verb names the money (投入资金), as before
    assert ("投入资金", Decimal("2.4")) in names("全面完成东西部扶贫协作和支援合作任务，累计投入资金2.4亿元。", "review", 2021)


@pytest.mark.parametrize("snippet, part, year, expected", [
    # jinghai 2021: the fees waived, not the fees
    ("落实惠企21条、支持中小微企业27条，优惠减免各类费用6.2亿元，落实贷款16.5亿元。", "review", 2021,
     ("优惠减免费用", Decimal("6.2"))),
    # shanxi 2026: the children whose fees were waived
    ("育儿补贴政策惠及80余万名婴幼儿。减免27万名学前一年幼儿保教费。", "review", 2026,
     ("减免学前一年幼儿保教费人数", Decimal("27"))),
])
def test_waiving_defines_what_is_counted(snippet, part, year, expected):
    assert expected in names(snippet, part, year)
