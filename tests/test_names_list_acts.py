"""Indicator names of the members of a list sharing one treating verb (issue 13, names26): the verb written
after the last member (实施N个X、M个Y改造) or before the first (改造N套X、M户Y) is each member's, after its
thing, before the measure; a member naming its own work, or a verb of another clause, lends it nothing.
Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected, part", [
    # sichuan 2026: the treating verb after the list
    ("高质量推进城市更新，实施3000个老旧小区、120个老旧街区（厂区）改造，既有住宅加装（更新）电梯6000部。",
     ("老旧小区改造数量", Decimal("3000")), "plan"),
    # hailaer 2014: the work after the list, its qualifying verb kept (建筑节能 → 节能)
    ("投资3600万元，完成54栋住宅楼、14万平方米既有建筑节能改造;投资1168万元，完成21个老旧小区供热管网改造。",
     ("住宅楼节能改造数量", Decimal("54")), "review"),
    # neimenggu 2026: a grouped member before the treated one
    ("开展大黑河和美岱沟等13条河流、300条中型以上侵蚀沟治理。", ("河流治理数量", Decimal("13")), "plan"),
    # sichuan 2026: the treating verb before the list, the second member named right of its number
    ("既有住宅加装（更新）电梯6000部，改造2.5万套（间）城市危旧房、2.6万户城中村，新（改）建燃气、供排水管网4000公里。",
     ("城中村改造户数", Decimal("2.6")), "plan"),
])
def test_a_treating_verb_of_a_list_is_each_members(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # hubei 2026: the first member names its own work (关改搬转)
    ("长江大保护纵深推进，严格落实长江十年禁渔，完成478家沿江化工企业关改搬转、12480个入河排污口整治，长江干流、"
     "丹江口水库水质稳定在Ⅱ类及以上。", ("沿江化工企业关改搬转数量", Decimal("478")), "review"),
    # chongqing 2026: 治理 belongs to an earlier clause of the sentence, not to the member before
    ("统筹治山治岸，深入推进林长制，全市森林覆盖率超过55%，累计治理水土流失面积8000平方公里、石漠化面积1033平方公里，"
     "三峡库区431处存量危岩全面除险清患，铜锣山矿区生态修复项目入选联合国“生态恢复十年”优秀案例，"
     "2个矿山修复项目、3个生物多样性保护成果入选全国典型案例。",
     ("全国典型案例生物多样性保护成果数量", Decimal("3")), "review"),
])
def test_no_list_verb_is_lent_where_the_member_has_its_own_or_none(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # jilin, liaoning 2026 (names33): every later member of a list named right of its number shares the act
    # written in the first member, not only the member right after it
    ("实施100条客运班线公交化改造。建设10个县级综合养老服务中心、60个乡镇区域养老服务中心、120个村级养老服务站点。",
     ("村级养老服务站点建设数量", Decimal("120")), "plan"),
    ("推动产业集群与实验室群深度对接，着力培育6个世界级、7个国家级、9个区域级产业集群。",
     ("区域级产业集群培育数量", Decimal("9")), "plan"),
])
def test_a_list_act_reaches_every_later_member(snippet, expected, part):
    assert expected in names(snippet, part)
