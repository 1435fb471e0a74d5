"""A corridor is a region's designation, not works (issue #12, projprec28: ``走廊`` of ``role_tails`` and
``designation_tails`` of ``not_works`` in projects.yaml): a name ending with it, or one a corridor's designation
continues (天府大道科创大走廊), is no project; works of the same head or beside a corridor stay. Sentences of dev
reports."""
from __future__ import annotations

import re

import pytest

from policykg.extract import not_works, reach
from policykg.extract.grammar import lexicon_raw
from policykg.extract.not_works import designated, not_works as not_works_at

from entity_helpers import run

JIANGXI = ("探索“飞地研发、江西转化”模式，积极对接长三角G60科创走廊、粤港澳大湾区等科创中心，推动“科创飞地”建设提质增效，"
           "让赣鄱大地到处都是活跃跃的创新创造。")
SICHUAN = ("提升创新平台能级，增强成渝（兴隆湖）综合性科学中心、西部（成都）科学城、中国（绵阳）科技城高端创新资源集聚能力，"
           "推进天府大道科创大走廊、成渝中线科创大走廊、德阳高端装备科技城建设；")
HUBEI = ("充分发挥湖北山水资源丰富、历史人文厚重优势，拓展“文旅+百业”，发展“全域旅游、四季旅游”，做强“神武峡”“赤黄红”两大"
         "文旅主轴，提升“荆襄随”荆楚文化旅游走廊影响力，打造百里长江生态廊道、汉口百年历史文化街区、长江中游游轮母港等一批标志性项目。")


def _labels(sentence, place):
    return {e.label for e in run(sentence, "plan", place)[0] if e.kind == "Project"}


def _without(monkeypatch, module, key, word):
    raw = dict(lexicon_raw())
    raw[key] = [t for t in raw[key] if t != word]
    monkeypatch.setattr(module, "lexicon_raw", lambda: raw)


@pytest.mark.unit
def test_a_corridor_is_no_project(monkeypatch):
    """jiangxi-2026 keeps it when read unseen (loro_projects.py dump), not in one sentence: tested on the filter."""
    name = JIANGXI[JIANGXI.index("长三角"):JIANGXI.index("、粤港澳")]
    assert reach.unnamed_amount(name, {})
    _without(monkeypatch, reach, "role_tails", "走廊")                 # the role word is what drops it
    assert not reach.unnamed_amount(name, {})


@pytest.mark.unit
@pytest.mark.parametrize("name", ["天府大道", "成渝中线"])
def test_a_name_a_corridor_continues_is_no_project(name):
    """sichuan-2026 keeps both when read unseen, cut before 科创大走廊: tested on the filter."""
    a = SICHUAN.index(name)
    assert designated(SICHUAN, a, a + len(name))
    assert not not_works_at(SICHUAN, a, a + len(name))     # not in not_works: the fit's examples keep it


@pytest.mark.unit
def test_the_corridor_tail_is_what_drops_the_road(monkeypatch):
    a = SICHUAN.index("天府大道")
    lex = {**not_works._lex(), "designations": re.compile("(?!)")}    # no designation tail
    monkeypatch.setattr(not_works, "_lex", lambda: lex)
    assert not designated(SICHUAN, a, a + 4)


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, name", [
    (HUBEI, "湖北省", "百里长江生态廊道"),       # hubei-2026, required: a corridor of works (廊道), beside a 走廊
    (HUBEI, "湖北省", "汉口百年历史文化街区"),   # hubei-2026, required
])
def test_works_beside_a_corridor_stay(sentence, place, name):
    assert name in _labels(sentence, place)


@pytest.mark.unit
@pytest.mark.parametrize("name, says", [
    ("长三角G60科创走廊", True),           # jiangxi-2026
    ("南宁—柳州—桂林经济走廊", True),      # guangxi-2026 (a corridor its gold notes call no park)
    ("百里长江生态廊道", False),           # hubei-2026, required
    ("狮子洋通道", False),                 # guangdong-2026, required
])
def test_role_tail_corridor(name, says):
    assert reach.unnamed_amount(name, {}) is says
