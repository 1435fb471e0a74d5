"""A bare measure written in a list right after a figure of a thing and its measure measures that thing (names94,
issue 13; docs/checks/names-owners-names94.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import family_only, without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

BUDGET = ("完成地区生产总值32765亿元、增长4.1%，地方一般公共预算收入增长2.3%、支出首次超过7000亿元，"
          "城镇调查失业率均值5.2%。")


@pytest.mark.parametrize("text, value, expected", [
    # yunnan-2026: the spending of the budget whose revenue the figure before is
    (BUDGET, "7000", "地方一般公共预算支出"),
    # hunan-2026: a respective list, the visitors' spending
    ("旅发大会带动游客人数和总花费分别增长10.6%、9%，其中接待入境游客突破240万人次、增长19.1%。", "9",
     "旅发大会带动游客总花费"),
    # jilin-2026: the value of the properties the count before counts
    ("盘活省级行政部门房产345处、货币价值8.83亿元，用于高校、医院、康养项目改善条件。", "8.83",
     "省级行政部门房产盘活货币价值"),
    # fujian-2026: the chains' output share (the act 强链补链延链 stays, as the count before writes it)
    ("164条县域重点产业链强链补链延链、产值占全省比重超50%，7个县市入选全国综合实力百强。", "50",
     "县域重点产业链强链补链延链产值占全省比重"),
])
def test_a_bare_measure_listed_after_a_figure_measures_its_thing(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("text, value, expected", [
    # hubei-2026: 其中 — the tax is a part of the revenue before it, not a measure of the budget: left as written
    ("税收持续增长，地方一般公共预算收入突破4000亿元、达到4211亿元，其中税收收入增长3%，"
     "计算机通信、航空航天制造等新兴产业税收增长30%以上。", "3", "税收收入"),
    # jinghai-2021 (its gold: 税收占比): a share of what a whole is made of after another figure joined by a comma
    ("预计地区生产总值年均增长2.3%，税收占比由54.6%提高到84.5%，财政收入结构大幅优化。", "84.5", "税收占比"),
])
def test_paired_measure_controls(text, value, expected):
    assert name_of(text, value) == expected


def test_the_paired_rule_is_audited_on_four_families():
    """Written from four provinces: no family-only rule, so the held-out measure keeps it on."""
    assert not family_only("own_paired_measures")
    assert without_rule("own_paired_measures", lambda: name_of(BUDGET, "7000")) == ("支出", "地方一般公共预算支出")


@pytest.mark.parametrize("name, expected", [
    ("支出", True), ("投入资金", True), ("企业数量", True), ("产值占全省比重", True),
    ("地方一般公共预算支出", False), ("社保惠民工程资金", False), ("国家高新技术企业数量", False),
])
def test_the_bare_name_count_tells_a_name_with_no_owner(name, expected):
    import bare_names
    assert bare_names.bare(name) is expected
