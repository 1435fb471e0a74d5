"""Two readings of the decision for project recall (issue #12), on real dev report text: the `own_level`
feature (a division's level word opening a name stands for the report's own province or district) and
the heads 集结中心, 物流枢纽, 综合服务平台 (heads.yaml), weighed apart from 中心, 枢纽, 平台."""
from __future__ import annotations

import pytest

from policykg.extract.decide import features, grammar_candidates, name_counter
from policykg.extract.grammar import TokSentence
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences


def _own_level(text: str, place: str) -> dict[str, bool]:
    [s] = make_sentences(text, place, [], part_kind="plan")
    st, surfaces = TokSentence(s), place_surfaces(s.context)
    return {c.name: "Project:own_level" in features(c, surfaces, set(), name_counter([s]))
            for c in grammar_candidates(st, (), surfaces) if c.kind == "Project"}


@pytest.mark.unit
@pytest.mark.parametrize("text, place, name, level", [
    ("建成省美术馆，推动省华侨博物馆项目建设", "海南省", "省美术馆", True),                       # hainan-2026
    ("建成省美术馆，推动省华侨博物馆项目建设", "海南省", "省华侨博物馆", True),
    ("建设省级投融资综合服务平台", "黑龙江省", "省级投融资综合服务平台", False),                  # heilongjiang-2026: 省级 is a title
    ("启动区医院扩建工程，力争年内晋升为二级甲等医院", "海拉尔区", "区医院扩建工程", True),         # hailaer-2014
    ("启动区医院扩建工程，力争年内晋升为二级甲等医院", "海拉尔区", "医院扩建工程", False),
])
def test_a_level_word_first_marks_the_reports_own_division(text, place, name, level):
    assert _own_level(text, place)[name] is level


def _heads(text: str, place: str) -> dict[str, str]:
    [s] = make_sentences(text, place, [], part_kind="plan")
    st = TokSentence(s)
    return {c.name: c.attrs["head"] for c in grammar_candidates(st, (), place_surfaces(s.context)) if c.kind == "Project"}


@pytest.mark.unit
@pytest.mark.parametrize("text, place, name, head", [
    ("加快建设合肥中欧班列集结中心和国际港务区", "安徽省", "合肥中欧班列集结中心", "集结中心"),  # anhui-2026
    ("成都中欧班列集结中心获批建设", "四川省", "成都中欧班列集结中心", "集结中心"),           # sichuan-2026
    ("加快建设二手车国际贸易综合服务平台", "上海市", "二手车国际贸易综合服务平台", "综合服务平台"),  # shanghai-2026
    ("建设贵阳、遵义国家物流枢纽，打造5条多式联运示范线", "贵州省", "遵义国家物流枢纽", "物流枢纽"),                      # guizhou-2026
])
def test_a_kind_of_hub_or_platform_is_weighed_by_its_own_head(text, place, name, head):
    assert _heads(text, place)[name] == head
