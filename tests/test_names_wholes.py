"""Indicator names (issue 13, item 2): a share that names only its part, right after 其中 and the figure
of an amount, is the part's share of that amount (A增长N%，其中B占比M% → B占A比重); a share after a share
stays as it was. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit

_JILIN = ("主要目标包括：地区生产总值年均增长5%以上，其中制造业增加值占比25%左右，全社会研发经费投入年均增长9%以上，"
          "其中规上工业企业研发投入占比60%左右。")


@pytest.mark.parametrize("snippet, expected", [
    # guangxi 2026: the share of the year's investment, not of the whole economy
    ("细化落实各项对接交流成果，力争签约落地项目投资完成额增长6%，其中制造业占比70%以上。",
     ("制造业占项目投资完成额比重", Decimal("70"))),
    # jilin 2026: the growth of a total before 其中, twice in one sentence (the first keeps its concept's form)
    (_JILIN, ("制造业增加值占地区生产总值比重", Decimal("25"))),
    (_JILIN, ("规上工业企业研发投入占全社会研发经费投入比重", Decimal("60"))),
])
def test_a_share_after_qizhong_is_of_the_amount_before(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # qinghai 2026: after a share, 其中 picks a part of that share's things; no whole to add
    ("清洁能源发电装机规模超7900万千瓦、装机占比超93%，其中新能源装机占比超73%。", ("新能源装机占比", Decimal("73"))),
    # liaoning 2026: a share that names its whole already
    ("四是围绕绿色低碳，提出7项指标，其中非化石能源占能源消费总量比重21%。", ("非化石能源占能源消费总量比重", Decimal("21"))),
])
def test_no_whole_added_after_a_share_or_to_a_named_whole(snippet, expected):
    assert expected in names(snippet, "review")
