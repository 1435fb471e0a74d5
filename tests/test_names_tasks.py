"""Indicator names (issue 13): a task named by its act alone (完成N户的改造任务, 完成N人搬迁任务) is the task
of the work its sentence, or the sentence before, pushes with that act, and measures that work (X改造户数), not a
bare 改造任务 of nothing.
Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2018: the work is the sentence before's
    ("继续推进棚户区改造工程。拆除有碍城市观瞻、影响城市布局的城区内剩余平房，努力完成4000户的改造任务，"
     "加快推进17个棚改区域的道路、供水、污水等配套基础设施建设。", ("棚户区改造户数", Decimal("4000"))),
    # guizhou 2026: the work is the clause before's
    ("（4）持续提升“一老一小”服务能力。（5）推进地质灾害避险搬迁，完成2.08万人搬迁任务。",
     ("地质灾害避险搬迁人数", Decimal("2.08"))),
])
def test_a_bare_task_is_the_task_of_the_work_pushed_before_it(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2018 (the review): a task that names its work (棚改) keeps its work's name, not the work before it
    # (棚户区改造); households of it measure the work, as the blind gold writes (names30: fulfilment.own_task_measures)
    ("继续举全区之力推进棚户区改造工程。全年投资90.07亿元，完成1.8万户、189万平方米棚改任务。",
     ("棚改户数", Decimal("1.8"))),
    # hailaer 2018 (the review): a task of another act (改革) is not the work's
    ("深化重要领域和关键环节改革，为加快发展释放活力、增添动力，全年完成43项改革任务。",
     ("改革任务数量", Decimal("43"))),
])
def test_a_task_that_names_its_work_or_another_act_is_left_alone(snippet, expected):
    assert expected in names(snippet)


def test_stacked_lead_verbs_are_no_part_of_the_work():
    """The guizhou 2026 sentence with two lead verbs (加快推进, as reports often write): the work's name began
    at the first verb and kept the second (推进地质灾害避险搬迁人数)."""
    snippet = "（5）加快推进地质灾害避险搬迁，完成2.08万人搬迁任务。"
    assert ("地质灾害避险搬迁人数", Decimal("2.08")) in names(snippet)
