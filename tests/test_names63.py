"""List members named right (issue 13, names63): the modifier members before a list's last member borrow one
head, the longest any of them borrowed (docs/checks/indicator-names63.md). The sentences are dev sentences."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # guangdong 2026: 刑事治安 kept no head while 涉诈 borrowed 警情
    ("积极预防、依法打击各类违法犯罪活动，刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%。",
     ["刑事治安警情数量", "涉诈警情数量", "涉毒警情数量"]),
    # shandong 2026: the first member took only 零售额 from the heads while 智能家电 took 限上零售额
    ("新能源汽车、智能家电、智能手机限上零售额分别增长8.7%、31.5%和32.3%。",
     ["新能源汽车限上零售额", "智能家电限上零售额", "智能手机限上零售额"]),
    # liaoning 2026: 电子专用材料 took only 增加值 while 船舶 took 行业增加值
    ("船舶、电子专用材料、航空航天行业增加值分别增长84.8%、17.5%、12.3%。",
     ["船舶行业增加值", "电子专用材料行业增加值", "航空航天行业增加值"]),
])
def test_members_before_the_last_borrow_one_head(sentence, expected):
    assert [n for n, _ in names(sentence, "review", 2026)][:len(expected)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # fujian 2026: a whole name before a measure that is its cost keeps its own (事故起数, 事故死亡人数)
    ("生产安全事故起数、死亡人数分别下降15.2%、13.3%。", ["生产安全事故起数", "生产安全事故死亡人数"]),
    # jilin 2026: a measure after an owner's measure is the owner's
    ("省属企业营业收入、利润分别增长6%、60.7%。", ["省属企业营业收入", "省属企业利润"]),
    # chongqing 2026: complete members borrow nothing
    ("农村卫生厕所普及率、生活垃圾分类行政村覆盖率、生活污水治理率分别提高到88%、83.6%、87.5%。",
     ["农村卫生厕所普及率", "生活垃圾分类行政村覆盖率", "农村生活污水治理率"]),
])
def test_lists_whose_members_need_no_shared_head_keep_their_names(sentence, expected):
    assert [n for n, _ in names(sentence, "review", 2026)] == expected


def test_values_stay_with_their_members():
    got = names("刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%。", "review", 2026)
    assert got == [("刑事治安警情数量", Decimal("-17.7")), ("涉诈警情数量", Decimal("-17.4")),
                   ("涉毒警情数量", Decimal("-68"))]


@pytest.mark.parametrize("sentence, expected", [
    # qinghai 2026: 均 gives the one value to each member joined by 和; 花费 is the tourists' as 人次 is
    ("旅游人次和花费增长均超20%。", [("旅游人次", Decimal("20")), ("旅游花费", Decimal("20"))]),
    # chongqing 2026: two figures, not one name holding both
    ("运输箱量和货值均增长3倍以上。", [("运输箱量", Decimal("3")), ("货值", Decimal("3"))]),
])
def test_members_joined_by_he_with_one_value_each(sentence, expected):
    assert names(sentence, "review", 2026) == expected


@pytest.mark.parametrize("sentence, expected", [
    # heilongjiang 2026 (gold): no word says each member has the value; one figure
    ("新能源和可再生能源装机占比达到70%。", [("新能源和可再生能源装机占比", Decimal("70"))]),
    # chongqing 2026 (gold): the 和 of 和美 joins nothing
    ("巴渝和美乡村建成率达到80%。", [("巴渝和美乡村建成率", Decimal("80"))]),
])
def test_names_holding_he_without_a_respective_word_stay_whole(sentence, expected):
    assert names(sentence, "plan", 2026) == expected
