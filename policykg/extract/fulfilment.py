"""How far a task is done: a share of a task completed (完成目标任务的117%, 完成规划任务85%以上) measures that
task's completion rate, as the dev readers name it (docs/checks/indicator-district-names30.md)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import qwords, split_unit, unit_classes

Rename = Callable[[Quantity, str], None]


def _w(key: str):
    return qwords("fulfilment", key)


def task_share_name(base: str, action: str) -> str:
    """The completion rate a share of a task done names (X完成Y任务 → XY任务完成率; 基础教育优化布局总任务,
    act 完成 → 基础教育优化布局任务完成率), or '' when the name is no task completed."""
    m = re.fullmatch(_w("task_done"), base)
    if not m or not (m["act"] or action in _w("done_acts")):
        return ""
    return m["owner"] + m["task"] + _w("task_word") + _w("rate_word")


def own_task_shares(sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a percentage of a task completed (完成目标任务的117%) is the task's completion rate: 目标任务完成率;
    the owner before the act stays (X攻坚战完成规划任务85% → X攻坚战规划任务完成率), a whole task (总任务) is the task."""
    for q in starting_in(sspan, out):
        if unit_classes().get(split_unit(q.unit)[1], "") != "percent":
            continue
        name = task_share_name(q.name_base, str(q.attrs.get("action") or ""))
        if name:
            rename(q, name)


def own_task_measures(sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a task measured in the units of its work, written after the number (完成1.8万户棚改任务, 40期国家援外培训
    任务), measures the work: 棚改户数, 国家援外培训期数; tasks counted one by one (43项改革任务) stay tasks, and so does
    a task the number measures after it (完成生态建设任务N万亩 → 生态建设任务面积)."""
    word = _w("task_word")
    for q in starting_in(sspan, out):
        base = q.name_base
        unit = split_unit(q.unit)[1]
        if base.endswith(word) and len(base) >= len(word) + 2 and q.attrs.get("source") in _w("task_sources") \
                and (unit in _w("task_units") or unit_classes().get(unit, "") in _w("task_unit_classes")):
            rename(q, base[:-len(word)])
