"""Indicator names (issue 13, names39): money ending its own clause is the work's that the next clause builds or
carries out with a count after it (建成X N套, 实施X项目N个), as docs/annotation-guideline.md (indicator) has it for
the work money pays for and a group's investment; a bare 项目 names no work (docs/checks/indicator-names38.md).
Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


def test_investment_ending_its_clause_is_the_housing_built_in_the_next():
    # hailaer 2014: the 5.2亿元 built the housing counted after it
    got = names("2411名受灾群众的基本生活得到保障。完成投资5.2亿元，建成保障性住房2262套。")
    assert ("保障性住房投资", Decimal("5.2")) in got
    assert ("投资", Decimal("5.2")) not in got


def test_funds_ending_their_clause_are_the_projects_counted_in_the_next():
    # jinghai 2021: the funds paid for the 49 aid projects
    got = names("全面完成东西部扶贫协作和支援合作任务，累计投入资金2.4亿元，实施帮扶项目49个，消费扶贫超过1.5亿元。")
    assert ("帮扶项目资金", Decimal("2.4")) in got
    assert ("帮扶项目数量", Decimal("49")) in got


def test_a_bare_project_count_in_the_next_clause_names_no_work():
    # qinghai 2026: 实施项目681个 names no work; the programme of the clause before keeps the funds
    got = names("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。")
    assert ("对口援青和东西部协作资金", Decimal("27.3")) in got
    assert ("项目资金", Decimal("27.3")) not in got
