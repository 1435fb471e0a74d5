"""Indicator names (issue 13, names57): 建成投产 is a making act written after the things it counts, a list each
done by a share names each member's share of its work, and a count after a bare 惠及 is of who benefits; see
docs/checks/indicator-names57.md. The sentences are dev sentences (guizhou, heilongjiang, guangdong, jiangxi,
fujian 2026), the neighbours that keep their names too (hailaer-2013, hailaer-2018, shandong, shanxi 2026)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, part, expected", [
    # guizhou 2026: the act before the things, shared by both
    ("加快推进煤矿资源整合和露天煤矿建设，建成投产3个露天煤矿和15个井工煤矿，调度原煤产量达1.9亿吨。", "plan",
     [("露天煤矿建成投产数量", Decimal("3")), ("井工煤矿建成投产数量", Decimal("15")), ("调度原煤产量", Decimal("1.9"))]),
    # heilongjiang 2026: the act after the things
    ("省级重点产业项目完成投资1865.7亿元、增长4%，243个重点项目建成投产。", "review",
     [("省级重点产业项目投资", Decimal("1865.7")), ("省级重点产业项目投资", Decimal("4")),
      ("重点项目建成投产数量", Decimal("243"))]),
])
def test_jiancheng_touchan_stands_after_the_things_it_counts(sentence, part, expected):
    assert names(sentence, part, 2026) == expected


def test_a_grouped_count_moves_jiancheng_touchan_after_the_things():
    # guangdong 2026: X等N个Y建成投产 (the name opened with the act before)
    got = names("揭阳中石油炼化一体化等23个投资额百亿元以上重大工业项目建成投产。", "review", 2026)
    assert got == [("投资额百亿元以上重大工业项目建成投产数量", Decimal("23"))]


def test_a_size_completed_keeps_its_work_name():
    # hailaer-2013: 400万吨 sizes the work; 建成投产 is no part of its name
    got = names("抓好园区外工业项目，大唐700万吨露天矿完成核准，400万吨褐煤提质建成投产。", "plan", 2013)
    assert ("褐煤提质", Decimal("400")) in got
    assert not any("投产" in n for n, _ in got)


@pytest.mark.parametrize("sentence, part, expected", [
    # guizhou 2026 (its gold: X整合完成比例): the verb closing the last member is every member's work
    ("实施治理数智化转型三年行动，加快夯实政务云、政务网等一体化数智底座，省级政务信息系统、自建非涉密业务专网、"
     "政务移动应用整合分别完成25%、50%、20%。", "plan",
     [("省级政务信息系统整合完成比例", Decimal("25")), ("自建非涉密业务专网整合完成比例", Decimal("50")),
      ("政务移动应用整合完成比例", Decimal("20"))]),
    # jiangxi 2026: a share of a plan done is that plan's completion rate
    ("城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%。", "review",
     [("城镇新增就业年计划完成率", Decimal("118.2")), ("创业担保贷款年计划完成率", Decimal("248.57"))]),
])
def test_a_list_each_done_by_a_share_names_each_members_share_done(sentence, part, expected):
    assert names(sentence, part, 2026) == expected


def test_a_single_task_share_keeps_its_completion_rate():
    # hailaer-2018's neighbour: one task, no list: 目标任务完成率 as before
    assert ("目标任务完成率", Decimal("117")) in names("全年完成目标任务的117%。", "review", 2018)


@pytest.mark.parametrize("sentence, part, expected", [
    # guangdong 2026: the work is three clauses back, none named right before 惠及
    ("支持超10所县域公办普通高中补短板，改善校舍床位、就餐场所、厕所等基础设施，配置教学仪器、体育器材、照明灯具等"
     "基本设备，惠及超3万名学生。", "plan", ("受益学生人数", Decimal("3"))),
    # fujian 2026 (since names95 the driver of the figure before, 以旧换新, is what they benefit from)
    ("开展“全闽乐购”等促消费活动近万场，加力扩围以旧换新，带动消费791亿元，惠及消费者750多万人次。", "review",
     ("以旧换新受益消费者人次", Decimal("750"))),
])
def test_a_count_after_a_bare_huiji_is_of_who_benefits(sentence, part, expected):
    assert expected in names(sentence, part, 2026)


@pytest.mark.parametrize("sentence, expected", [
    # shandong 2026 and shanxi 2026: the work before 惠及 still owns its beneficiaries
    ("“非直供电小区”改造惠及群众106万户。", ("“非直供电小区”改造受益群众户数", Decimal("106"))),
    ("改造老旧小区4000个，惠及120万户居民。", ("老旧小区改造受益居民户数", Decimal("120"))),
])
def test_a_work_named_before_huiji_still_owns_its_beneficiaries(sentence, expected):
    assert expected in names(sentence, "review", 2026)
