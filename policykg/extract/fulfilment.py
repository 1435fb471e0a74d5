"""How far a task is done: a share of a task completed (完成目标任务的117%, 完成规划任务85%以上) measures that
task's completion rate, as the dev readers name it (docs/checks/indicator-district-names30.md)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import class_of_unit, qwords, split_unit, unit_classes

Rename = Callable[[Quantity, str], None]


def _w(key: str):
    return qwords("fulfilment", key)


def task_share_name(base: str, action: str) -> str:
    """The completion rate a share of a task done names (X完成Y任务 → XY任务完成率; 基础教育优化布局总任务,
    act 完成 → 基础教育优化布局任务完成率), or '' when the name is no task completed."""
    m = re.fullmatch(_w("task_done"), base)
    if not m or not (m["act"] or action in _w("done_acts")):
        return ""
    return (m["owner"] or "") + m["task"] + _w("task_word") + _w("rate_word")


def own_task_shares(sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a percentage of a task completed (完成目标任务的117%) is the task's completion rate: 目标任务完成率;
    the owner before the act stays (X攻坚战完成规划任务85% → X攻坚战规划任务完成率), a whole task (总任务) is the task."""
    for q in starting_in(sspan, out):
        if class_of_unit(q.unit) != "percent":
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


def _shared_work(members: list[str]) -> list[str]:
    """The members with the verb closing the last one (its work: 政务移动应用整合) given to those ending in none."""
    from .qlexicon import pos_of
    tags = pos_of(members[-1])
    if len(tags) < 2 or tags[-1][1] not in _w("member_work_tags"):
        return members
    work = tags[-1][0]
    return [m if m.endswith(work) or (pos_of(m) or (("", ""),))[-1][1] in _w("member_work_tags") else m + work
            for m in members]


def own_respective_shares(text: str, sspan: Span, out: list[Quantity], rename: Rename) -> None:
    """Rule: a list whose members are each done by a share (A、B、C整合分别完成25%、50%、20%; A、B分别完成年计划的
    118.2%、248.57%) names each member's share of its work done: A整合完成比例, A年计划完成率; a verb closing the last
    member is every member's work. Only when there are as many members as percentages, in text order."""
    sentence = text[sspan.start:sspan.end]
    for m in re.finditer(_w("respective_done"), sentence):
        members = _shared_work(re.split(_w("member_marks"), m["members"]))
        shares = [q for q in starting_in(Span(sspan.start + m.start("members"), sspan.start + m.end("values")), out)
                  if class_of_unit(q.unit) == "percent"]
        if len(shares) != len(members) or any(len(x) < 2 for x in members):
            continue
        ending = (m["task"] + _w("rate_word")) if m["task"] else _w("share_done_word")
        for q, member in zip(shares, members):
            rename(q, member + ending)
