"""A class of things followed by a treating or improving action is a programme, a named thing treated is
works (issue #12: ``reach.treated_class``, ``improving_actions`` of projects.yaml), on dev text."""
from __future__ import annotations

import pytest

from policykg.extract.decide import head_res
from policykg.extract.reach import class_kind, treated_class
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences, run

_HUBEI = ("加快长江航道整治、武汉枢纽直通线、高速公路提质扩容、川气东送二线湖北段等重大项目建设，"
          "推动天河国际机场和花湖国际机场联动发展")                                                     # hubei-2026


def _heads():
    return [rx for _, rx in head_res()]


@pytest.mark.unit
def test_a_treated_class_is_a_programme_a_treated_name_is_works():
    surfaces = place_surfaces(make_sentences("湖北省", "湖北省", [])[0].context)
    for name in ("高速公路提质扩容", "提质扩面工程"):                                               # hubei, chongqing
        assert treated_class(name, surfaces, _heads()), name
    # a firm, an abbreviation's single characters, a rare or uncommon word, a number or letters name it
    for name in ("胶新铁路扩能改造", "中石油一体化转型升级项目", "金色大厅维修改造工程", "燕官公路提质改造",
                 "G334文旅大通道改造升级项目", "长江航道整治"):
        assert not treated_class(name, surfaces, _heads()), name
    assert not treated_class("高速公路", surfaces, _heads())              # no action: not this test's to judge


@pytest.mark.unit
def test_the_treated_class_leaves_the_sentence_its_named_works(monkeypatch):
    from policykg.extract import entities
    labels = {e.label for e in run(_HUBEI, "plan", "湖北省")[0]}
    assert "高速公路提质扩容" not in labels and "武汉枢纽直通线" in labels, labels
    monkeypatch.setattr(entities, "unnamed_amount", lambda *_: False)
    entities._ANALYSIS.clear()
    try:
        assert "高速公路提质扩容" in {e.label for e in run(_HUBEI, "plan", "湖北省")[0]}
    finally:
        entities._ANALYSIS.clear()


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, kind", [
    ("推进白龙核电一期、红沙核电三期、钦州电厂三期以及在建抽水蓄能电站等项目", "广西壮族自治区",
     "在建抽水蓄能电站"),                                                                             # guangxi-2026
    ("安全有序推进在建核电项目建设", "福建省", "在建核电项目"),                                         # fujian-2026
    ("新开工高速公路和国省干线1500公里", "内蒙古自治区", "新开工高速公路"),                           # neimenggu-2026
])
def test_a_kind_opened_by_its_status_is_no_project(sentence, place, kind):
    surfaces = place_surfaces(make_sentences(place, place, [])[0].context)
    assert class_kind(kind, surfaces, "status_modifiers")
    assert kind not in {e.label for e in run(sentence, "plan", place)[0]}


@pytest.mark.unit
def test_a_status_word_before_a_place_leaves_the_name():
    surfaces = place_surfaces(make_sentences("广西壮族自治区", "广西壮族自治区", [])[0].context)
    assert not class_kind("在建钦州电厂三期", surfaces, "status_modifiers")
    assert not class_kind("在建2座抽水蓄能电站", surfaces, "status_modifiers")
