"""Indicator names (issue 13, names35): a placing word before a making act is no part of it (布局建设N家X →
X建设数量), and the making act closing the words right before a number named after it is the act on the things,
past a frame verb read first (围绕X布局建设N条Y). docs/checks/indicator-names34.md (names35). Real sentences of dev
reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # jiangxi 2026: the blind gold writes X建设数量 for both members
    ("强化中试服务支撑，布局建设5家左右专业类省级概念验证中心、10家左右省级制造业中试平台；发展壮大技术经理人队伍。",
     [("专业类省级概念验证中心建设数量", Decimal("5")), ("省级制造业中试平台建设数量", Decimal("10"))]),
    # guizhou 2026: 围绕 is read first; the act on the things is 布局建设 right before the number (the blind gold)
    ("全力稳定基础设施投资。围绕产业需求布局建设5条铁路专用线、26条产业路，推动高速公路项目加快建设。",
     [("铁路专用线建设数量", Decimal("5")), ("产业路建设数量", Decimal("26"))]),
    # shanxi 2026: an adverb before the plain act (the gold)
    ("细分培育30条以上产业链，打造一批特色产业集群。", [("产业链培育数量", Decimal("30"))]),
])
def test_the_making_act_right_before_the_number_is_the_things(snippet, expected):
    got = names(snippet)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("snippet, expected", [
    # liaoning 2026: counties are designated, not built (the gold keeps X重点县数量)
    ("实施粮食产能提升行动，布局建设20个国家级、19个省级粮食产能提升重点县。",
     ("省级粮食产能提升重点县数量", Decimal("19"))),
    # guangdong 2026: 新建设 is the readers' 新建, written before the thing (names53; the gold), no 建设 after it
    ("新建设5个市级托育综合服务中心、10个县级托育服务机构。", ("新建市级托育综合服务中心数量", Decimal("5"))),
])
def test_no_making_act_for_counties_or_after_new(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # guangdong 2026: the member after 和 shares the act of the one before (the blind gold)
    ("推动绿道、碧道有机融合，重点建设40个绿美点和6条绿美带，加快推进大湾区内湾绿带建设。",
     ("绿美带建设数量", Decimal("6"))),
    # hailaer 2014: the same for 建成 (the gold, names35)
    ("年内建成2家标准化菜市场和10个大型储菜库，确保市场菜源充足、菜价稳定。", ("大型储菜库建成数量", Decimal("10"))),
])
def test_a_member_joined_by_he_shares_the_act_before(snippet, expected):
    assert expected in names(snippet)
