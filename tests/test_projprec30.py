"""A programme on a ranked class is no project (issue #12, projprec30): a name opening with a rank (A级, 二三级:
``grade_opening`` of projects.yaml), ending with a work noun (``programme_works``) and naming no thing between them
works on every thing of that class (``reach.graded_programme``, read by ``reach.unnamed_amount`` after the
decision). Works of the same noun on one named thing stay. Sentences of dev reports."""
from __future__ import annotations

import pytest

from policykg.extract import reach
from policykg.extract.grammar import lexicon_raw

from entity_helpers import labels, run

HAILAER = ("群众居住、出行环境进一步改善，投资3500万元的二三级供水管网改造、3800万元的背街巷道改造、729万元的旧有小区供热改造、"
           "740万元的公交新型客车更换等项目全面完成，投资1.27亿元的公路客运总站基本完工,投资12.4亿元的保障性住房、"
           "1.3亿元的供水主管网改造等工程进展顺利。")                       # hailaer-2013
HEILONGJIANG = "A级旅游景区提升工程、“快进慢游”交通体系、智慧文旅等加快建设，出台对俄入境旅游便利化措施。"
NEIMENGGU = ("建成包银高铁银川至巴彦浩特支线、太子城至锡林浩特铁路，完成集通铁路动车改造工程，"
             "实现锡林郭勒盟、阿拉善盟开行动车。")
HAILAER_2018 = "加快民生基础设施建设，启动黑羊站水厂扩能改造、垃圾转运站建设工程，继续推进厕所革命，年内力争建成水冲式公厕30座。"


def _without_ranks(monkeypatch):
    raw = {**lexicon_raw(), "grade_opening": "(?!)"}
    monkeypatch.setattr(reach, "lexicon_raw", lambda: raw)


@pytest.mark.unit
@pytest.mark.parametrize("name", ["二三级供水管网改造", "A级旅游景区提升工程"])
def test_a_programme_on_a_ranked_class_is_no_project(monkeypatch, name):
    """Both are kept when their report is read unseen (loro_projects.py dump; no dev gold item): the rank drops
    them."""
    assert reach.unnamed_amount(name, {})
    _without_ranks(monkeypatch)
    assert not reach.unnamed_amount(name, {})


@pytest.mark.unit
def test_the_ranked_renovation_is_dropped_from_its_sentence():
    assert "二三级供水管网改造" not in labels(run(HAILAER, "review", "呼伦贝尔市海拉尔区", [])[0], "Project")


@pytest.mark.unit
@pytest.mark.parametrize("name", ["集通铁路动车改造工程", "黑羊站水厂扩能改造", "垃圾转运站建设工程",
                                  "二三级供水管网", "A级旅游景区"])
def test_works_on_a_named_thing_or_no_work_noun_is_no_ranked_programme(name):
    """A named railway or plant, a kind with no rank, a ranked class with no work noun: not this filter's."""
    assert not reach.graded_programme(name, {})


@pytest.mark.unit
def test_a_named_renovation_of_the_same_noun_stays():
    """neimenggu-2026 requires 集通铁路动车改造工程 (a named railway's renovation)."""
    assert "集通铁路动车改造工程" in labels(run(NEIMENGGU, "review", "内蒙古自治区", [])[0], "Project")


@pytest.mark.unit
def test_a_named_plant_beside_a_kind_stays():
    """hailaer-2018 requires 黑羊站水厂扩能改造."""
    assert "黑羊站水厂扩能改造" in labels(run(HAILAER_2018, "plan", "呼伦贝尔市海拉尔区", [])[0], "Project")
