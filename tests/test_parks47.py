"""Park names a new report would have (parks47, issue #12), on real dev sentences: a place before a zone's kind
(经开区, 新开区…) makes a general candidate the decision does not mark ``general_only``; other general candidates
(a cue's, or a place before 新区, a Place's kind) still are."""
from __future__ import annotations

import pytest

from entity_helpers import tok_sentence
from policykg.extract.decide import features, grammar_candidates
from test_parks35 import report_parks

pytestmark = pytest.mark.unit

ZERO_CARBON = "长春、松原、白城入选国家能源领域首批氢能区域试点，松原石化园区、辽源高新区、四平新开区入选首批国家级零碳园区建设名单。"  # jilin-2026
NEW_AREA = "推动开发区资源集约、功能集成、产业集聚，支持苏州工业园区深化开放创新综合试验，支持南京江北新区高质量发展。"    # jiangsu-2026
NO_LEXICON_HEAD = "大力推进紫金山国际科创基金街区建设"                                                          # jiangsu-2026


def _features(text: str, place: str, name: str) -> dict[str, float]:
    st, surfaces = tok_sentence(text, place)
    [c] = [c for c in grammar_candidates(st, (), surfaces) if c.kind == "Park" and c.name == name]
    return features(c, surfaces, set(), lambda n: 1)


def test_a_place_before_a_zone_kind_is_not_general_only():
    f = _features(ZERO_CARBON, "吉林省", "四平新开区")
    assert f["Park:general=place"] == 1.0 and "Park:general_only" not in f


@pytest.mark.parametrize("text, name", [(NEW_AREA, "南京江北新区"), (NO_LEXICON_HEAD, "紫金山国际科创基金街区")])
def test_other_general_candidates_stay_general_only(text, name):
    assert _features(text, "江苏省", name)["Park:general_only"] == 1.0


def test_a_new_development_zone_is_kept_in_its_report():
    assert "四平新开区" in report_parks("jilin-2026")


def test_a_short_zone_kind_inside_a_verb_is_no_head():
    text = "长沙全球研发中心城市新增研发机构800余家，湘江科学城首开区“五大建”主体封顶。"   # hunan-2026: 首开 a verb
    st, surfaces = tok_sentence(text, "湖南省")
    assert [c.name for c in grammar_candidates(st, (), surfaces) if c.kind == "Park"] == ["湘江科学城"]
