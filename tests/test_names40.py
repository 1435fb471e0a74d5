"""Indicator names (issue 13, names40): a task's work written after the counted things in the units of that work
keeps its act, as the guideline's names40 sentence has it (docs/annotation-guideline.md, indicator;
docs/checks/indicator-names40.md). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


def test_a_building_task_in_dwellings_counts_the_dwellings_built():
    # hailaer 2013: the task is to build the 200 dwellings, not to have them
    got = names("加强重点民生项目建设，改造建华路、根河路等背街巷道10条；完成200套结转公租房建设任务。")
    assert ("结转公租房建设套数", Decimal("200")) in got
    assert ("背街巷道改造数量", Decimal("10")) in got


def test_a_building_task_after_another_work_of_the_list_keeps_its_act():
    # hailaer 2014: the task shares 完成 with the area retrofitted before it; its own work is 建设
    got = names("加快推进“百姓安居工程”，年内完成15万平方米老旧小区既有建筑节能改造，2595套保障性住房建设任务。")
    assert ("保障性住房建设套数", Decimal("2595")) in got
    assert ("老旧小区既有建筑节能改造面积", Decimal("15")) in got


@pytest.mark.parametrize("sentence, expected", [
    # hailaer 2018: a task whose work is a treatment keeps the treatment, in households or in things counted
    ("全年投资90.07亿元，完成1.8万户、189万平方米棚改任务，结束了海拉尔区集中连片棚户区的历史。", ("棚改户数", Decimal("1.8"))),
    ("大力开展小区物业管理整顿工作，全年接管80个弃管小区，完成45个老旧小区改造任务。", ("老旧小区改造数量", Decimal("45"))),
    # hailaer 2018: tasks counted one by one stay tasks
    ("深化重要领域和关键环节改革，全年完成43项改革任务。", ("改革任务数量", Decimal("43"))),
    # neimenggu 2026: a number after the task measures the task
    ("完成生态建设任务4000万亩，其中防沙治沙1500万亩。", ("生态建设任务面积", Decimal("4000"))),
    # jinghai 2021: 建设 of projects closing the clause is dropped
    ("推进生态黑猪养殖、蚯蚓养殖等6个农业项目建设，生猪出栏量30万头。", ("农业项目数量", Decimal("6"))),
])
def test_neighbouring_tasks_and_project_works_keep_their_names(sentence, expected):
    assert expected in names(sentence)
