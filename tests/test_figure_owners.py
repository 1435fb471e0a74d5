"""The park or project a figure is of (figties113): pkg:hasTarget / pkg:hasOutcome from it, one test per rule and
guard on a real dev sentence, and the dev measure's counting (policykg/scoring_ties.py)."""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from policykg.model import Entity, Facts, Link, Quantity, Span
from policykg.scoring_ties import score_figure_ties

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"


@cache
def _facts(path: str) -> Facts:
    from policykg.evaluation import report_facts
    return report_facts(CORPUS / path)


def _ties(path: str) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(figure indicator, value+unit) → {(predicate, owner label)} of the report's figures."""
    out: dict = {}
    for link in _facts(path).links:
        q = link.object
        if isinstance(q, Quantity) and link.predicate in ("hasTarget", "hasOutcome"):
            owner = link.subject if isinstance(link.subject, str) else getattr(link.subject, "label", "?")
            out.setdefault((q.indicator, f"{q.value.normalize():f}{q.unit}"), set()).add((link.predicate, owner))
    return out


@pytest.mark.parametrize("path, figure, tie", [
    # 总投资7亿元的时代广场商业项目开工建设 (an Outcome qualifying the project)
    ("hailaer/hailaer-2017.txt", ("时代广场商业项目总投资", "7亿元"), ("hasOutcome", "时代广场商业项目")),
    # 确保投资4800万元的成吉思汗广场改造提升工程如期完工 (a Target: the project's tie beside its task's)
    ("hailaer/hailaer-2017.txt", ("成吉思汗广场改造提升工程投资", "4800万元"), ("hasTarget", "成吉思汗广场改造提升工程")),
    # 双良集团集中供热项目完成投资8.3亿元 (the project as the figure's clause subject)
    ("hailaer/hailaer-2014.txt", ("双良集团集中供热项目投资", "8.3亿元"), ("hasOutcome", "双良集团集中供热项目")),
    # 明月湖科创园8家企业亮相国际消费电子展 (the number counts the park's firms, not parks: a noun follows its classifier)
    ("provincial-2026/chongqing-2026.txt", ("明月湖科创园企业亮相国际消费电子展数量", "8家"), ("hasOutcome", "明月湖科创园")),
    # 部区共建内蒙古牛羊肉交易中心，力争交易额达到100亿元
    ("provincial-2026/neimenggu-2026.txt", ("内蒙古牛羊肉交易中心交易额", "100亿元"), ("hasTarget", "内蒙古牛羊肉交易中心")),
])
def test_a_figure_named_after_a_park_or_project_is_tied_to_it(path, figure, tie):
    assert tie in _ties(path)[figure]


def test_a_target_keeps_its_task_or_report_owner_beside_the_project():
    ties = _ties("hailaer/hailaer-2017.txt")[("成吉思汗广场改造提升工程投资", "4800万元")]
    assert len(ties) == 2 and any(p == "hasTarget" and o != "成吉思汗广场改造提升工程" for p, o in ties)


@pytest.mark.parametrize("path, figure, owner", [
    # 双良集团集中供热项目完成投资8.3亿元，铺设主管网31.6公里
    ("hailaer/hailaer-2014.txt", ("铺设主管网长度", "31.6公里"), "双良集团集中供热项目"),
    # 长三角生态绿色一体化发展示范区新推出7项制度创新成果、累计达到161项
    ("provincial-2026/shanghai-2026.txt", ("制度创新成果数量", "161项"), "长三角生态绿色一体化发展示范区"),
])
def test_an_act_clause_right_after_an_item_figure_is_the_item_too(path, figure, owner):
    assert ("hasOutcome", owner) in _ties(path)[figure]


def test_a_figure_of_a_list_of_parks_is_tied_to_none_of_them():
    """19个项目落地沪明临港产业园、广龙合作产业园: the 19 projects are the two parks' together."""
    figure = ("沪明临港产业园、广龙合作产业园落地项目数量", "19个")
    assert not _ties("provincial-2026/fujian-2026.txt").get(figure)


def test_a_count_of_such_parks_is_no_figure_of_the_park():
    """建成闽宁产业园12个: twelve parks built, not a figure of one 闽宁产业园."""
    assert not _ties("provincial-2026/ningxia-2026.txt").get(("闽宁产业园建成数量", "12个"))


def _entity(kind: str, label: str) -> Entity:
    return Entity(kind=kind, label=label, spans=[Span(0, len(label))])


def _q(kind, name, value, start):
    return Quantity(kind, name, Decimal(value), "亿元", "=", Span(start, start + 6))


def test_the_measure_counts_right_and_wrong_ties_and_missed_owned_figures():
    """A tie whose figure's gold name holds the owner is right; a tie whose gold name holds no item is wrong (the
    check report reads those); an owned gold figure with no tie is missed."""
    a, b = _entity("Project", "甲项目"), _entity("Park", "乙园区")
    owned, other = _q("Outcome", "甲项目投资", "7", 10), _q("Outcome", "投资", "3", 30)
    missed = _q("Outcome", "乙园区产值", "5", 50)
    facts = Facts(entities=[a, b], quantities=[owned, other, missed],
                  links=[Link(a, "hasOutcome", owned), Link(b, "hasOutcome", other)])
    gold_q = [{"kind": "Outcome", "indicator": n, "value": v, "unit": "亿元", "quote": "x" * 6, "start": s}
              for n, v, s in (("甲项目投资", "7", 10), ("地区投资", "3", 30), ("乙园区产值", "5", 50))]
    gold_e = {"projects": [{"label": "甲项目"}], "parks": [{"label": "乙园区"}]}
    c = score_figure_ties(facts, gold_e, gold_q, ["Outcome"])
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
