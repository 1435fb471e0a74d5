"""review60: the competency questions on a figure with two owners (a park's or project's pkg:hasTarget beside its
task's, figties113), on tests/fixtures/figure-two-owners.ttl (hailaer-2013 and hailaer-2014 sentences)."""
from __future__ import annotations

import pytest

from policykg.use import query as Q

from query_helpers import FIXTURES, dicts

GRAPH = FIXTURES / "figure-two-owners.ttl"


@pytest.mark.parametrize("engine", ["default", "reference"])
def test_cq06_gives_one_row_per_figure_with_the_park_as_holder(engine):
    """A Target the park and its task both own was two rows (one per holder); the park's Outcome had no holder."""
    rows = Q.run(Q.named_query("cq-06"), graphs=[str(GRAPH)], engine=engine,
                 params=["indicatorName=中俄蒙国际物流园区投资"])
    got = [(str(d["factName"]), str(d["holderName"])) for d in dicts(rows)]
    assert got == [("计划投资3亿元", "中俄蒙国际物流园区"), ("完成投资1.7亿元", "中俄蒙国际物流园区")]


@pytest.mark.parametrize("engine", ["default", "reference"])
def test_cq02_lists_a_target_its_task_and_park_own_once(engine):
    """做强三产 owns the target and names the park that owns it too: it came twice, via the task and via the park."""
    rows = Q.run(Q.named_query("cq-02"), graphs=[str(GRAPH)], engine=engine, params=["areaName=做强三产"])
    assert [(str(d["targetName"]), str(d["viaName"])) for d in dicts(rows)] == [("计划投资3亿元", "中俄蒙国际物流园区")]
