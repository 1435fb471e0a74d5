"""Indicator names (issue 13, names44): a place scope (农村) or a size class of firms (规上, 规模以上, 限上) written
once at the head of a list of respective values is every later member's that has no scope of its own
(docs/annotation-guideline.md, indicator; docs/checks/indicator-names44.md). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # hainan 2026
    ("农村自来水、卫生户厕普及率分别提升至97.2%、99.8%。", ("农村卫生户厕普及率", Decimal("99.8"))),
    # hunan 2026
    ("农村供电可靠率、自来水普及率分别达99.9%、94.5%。", ("农村自来水普及率", Decimal("94.5"))),
    # guangxi 2026
    ("规上高技术制造业、装备制造业增加值分别增长23.7%、16.5%。", ("规上装备制造业增加值", Decimal("16.5"))),
    # ningxia 2026: joined by 和
    ("规模以上高技术制造业和装备制造业增加值分别增长13.8%、18.1%。", ("规模以上装备制造业增加值", Decimal("18.1"))),
    # jiangsu 2026: the class after the verb that opens the things
    ("消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长21.2%、39.5%。", ("限上节能家电零售额", Decimal("39.5"))),
])
def test_a_qualifier_at_the_head_of_a_list_is_every_members(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # liaoning 2026: the later member has a scope of its own
    ("城乡环卫一体化覆盖率、农村自来水普及率分别提高到60%、92%。", ("农村自来水普及率", Decimal("92"))),
    # shanxi 2026: 规上 after an owner (开发区) is no head of the list
    ("开发区规上工业增加值、工业投资年均分别增长5.9%、6.7%。", ("工业投资", Decimal("6.7"))),
    # jinghai 2021 (gold): one value for both members is not a list of respective values
    ("农村卫生厕所普及率和生活垃圾无害化处理率达到100%。", ("生活垃圾无害化处理率", Decimal("100"))),
    # jiangxi 2026: 城镇 is no shared scope (城镇新增就业 is a name of its own; each member's share of the plan
    # done is its completion rate, names57)
    ("城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%。", ("城镇新增就业年计划完成率", Decimal("118.2"))),
])
def test_a_member_with_its_own_scope_or_no_shared_head_keeps_its_name(sentence, expected):
    got = names(sentence)
    assert expected in got
    assert not any(name.startswith(("农村生活垃圾", "规上工业投资", "城镇创业")) for name, _ in got)
