"""Indicator names (issue 13, names50): the first member of a counted list selected into a title is named by
it as the last member is (N所X、M个Y入选Z), and a 满意率 after counted things handled rates those things
(docs/checks/indicator-lists-names50.md). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # jiangsu 2026
    ("16所高校、48个学科入选“双一流”建设名单。", [("“双一流”建设名单高校数量", Decimal("16")),
                                          ("“双一流”建设名单学科数量", Decimal("48"))]),
    # fujian 2026
    ("6个企业品牌、2个区域品牌入选首批中国消费名品。", [("首批中国消费名品企业品牌数量", Decimal("6")),
                                            ("首批中国消费名品区域品牌数量", Decimal("2"))]),
    # chongqing 2026: 纳入, and a later clause with a count of its own
    ("数字重庆底座归集共享数据21万类，5个高质量数据集、4个可信数据空间纳入国家试点，6.5万个智能预案全市配置。",
     [("国家试点高质量数据集数量", Decimal("5")), ("国家试点可信数据空间数量", Decimal("4"))]),
])
def test_every_member_of_a_selected_list_is_named_by_the_title(sentence, expected):
    got = names(sentence)
    assert all(e in got for e in expected)


@pytest.mark.parametrize("sentence, expected", [
    # fujian 2026: the members are no list before one selection verb, each clause its own
    ("新增9家国家卓越级智能工厂、38家国家级5G工厂，规上高技术制造业对工业增长贡献率达36.5%，漳州入选国家中小企业数字化转型试点城市。",
     ("新增国家卓越级智能工厂数量", Decimal("9"))),
    # hubei 2026: the selection is in another clause
    ("国家级绿色工厂达到268家、绿色矿山达到53家，荆门高新区入选首批国家级零碳园区建设名单。", ("绿色矿山数量", Decimal("53"))),
])
def test_a_list_without_a_shared_selection_keeps_its_names(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # heilongjiang 2026
    ("高质量办理省人大代表建议396件、省政协提案876件，满意率100%。",
     ("省人大代表建议和省政协提案满意率", Decimal("100"))),
    # liaoning 2026: 均 before the rate
    ("办结人大代表议案建议608件、政协提案684件，满意率均100%，提请省人大常委会审议地方性法规10件。",
     ("人大代表议案建议和政协提案满意率", Decimal("100"))),
])
def test_a_satisfaction_rate_rates_the_things_handled_before_it(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # anhui 2026: the rate names what it rates
    ("公众生态环境满意率稳定在90%以上。", ("公众生态环境满意率", Decimal("90"))),
    # yunnan 2026: a list of named rates
    ("群众安全感综合满意率、法治建设群众综合满意率均超97%。", ("法治建设群众综合满意率", Decimal("97"))),
])
def test_a_named_satisfaction_rate_stays(sentence, expected):
    assert expected in names(sentence)
