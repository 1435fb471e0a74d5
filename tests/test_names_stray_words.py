"""Indicator names free of the stray words the guideline excludes (issue 13, names26): a point of the
year opening the phrase (年末) says when, not what; what a thing is used for before 的 owns it, 的 and the
verbs dropped. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected, part", [
    # hailaer 2014 (a target of the year): 年末 opening the phrase
    ("构建以龙头企业、专业合作社、种养大户为主体的产业化经营模式，促进农牧业健康发展。年末规模以上企业销售收入达到81亿元，同比增长16%。",
     ("规模以上企业销售收入", Decimal("81")), "plan"),
    # hailaer 2014, sichuan 2026: 用于X的Y → XY
    ("坚持民生优先，全面推进民生、社会事业发展。全年用于民生的财政支出达到9.7亿元，占全年支出的50.2%。",
     ("民生财政支出", Decimal("9.7")), "review"),
    ("坚持民生优先，全面推进民生、社会事业发展。全年用于民生的财政支出达到9.7亿元，占全年支出的50.2%。",
     ("民生财政支出占全年支出比重", Decimal("50.2")), "review"),
    ("获批地方政府专项债券项目“自审自发”试点，发行用于项目建设的专项债券1833亿元；出台稳增长“21条”“18条”等政策。",
     ("项目建设专项债券", Decimal("1833")), "review"),
])
def test_stray_words_leave_the_name(snippet, expected, part):
    assert expected in names(snippet, part)


def test_a_relative_clause_before_de_is_kept():
    # hailaer 2013: 的 after a clause describing the firms (no 用于) stays
    got = dict(names("把非公有制经济作为助推经济快速发展的重要支撑，进一步优化环境，加大扶持力度，年内实现非公经济增加值占地区"
                     "生产总值的比重达到70%以上，销售收入超亿元的非公企业达到20家。", "plan", 2013))
    assert got.get("销售收入超亿元的非公企业数量") == Decimal("20")
