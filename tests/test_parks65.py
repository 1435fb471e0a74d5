"""Parks on text nobody tuned to (parks65, issue 12; probe reports of tests/data/constructed, written and annotated
before the tool was run on them): a county's 工业集中区 is a park's suffix (probe-city-2017's 攸县工业集中区,
probe-county-2020's 龙潭镇工业集中区), and a category word after one verb (坚持园区 of probe-city-2017, 开发园区 of
probe-countycity-2016's 各类开发园区, 涉台园区 of fujian-2026) names a kind of zone or opens a clause, not one zone."""
from __future__ import annotations

from pathlib import Path

import pytest

from entity_helpers import proposed_parks, report_entities, tok_sentence
from policykg.extract.name_grammar import grammar_candidates
from policykg.extract.park_shape import verb_then_category

pytestmark = pytest.mark.unit

HERE = Path(__file__).parent / "data" / "constructed"


def _report_parks(name: str) -> set[str]:
    """The Park labels and alternative labels of a whole constructed report, as ``pk build`` reads it."""
    return {n for e in report_entities(HERE / name, "Park") for n in (e.label, *e.alt_labels)}


@pytest.fixture(scope="module")
def zhuzhou():
    return _report_parks("probe-city-2017.txt")


def test_a_county_industrial_concentration_zone_is_a_park(zhuzhou):
    assert "攸县工业集中区" in zhuzhou
    assert "龙潭镇工业集中区" in _report_parks("probe-county-2020.txt")


def test_a_verb_before_a_category_word_is_no_park(zhuzhou):
    assert "坚持园区" not in zhuzhou
    assert "开发园区" not in _report_parks("probe-countycity-2016.txt")


def test_the_rule_pass_leaves_a_verb_and_a_category_word():
    assert verb_then_category("开发园区") and verb_then_category("涉台园区")
    assert not verb_then_category("坪上园区") and not verb_then_category("奋斗镇农业园区")
    assert "坚持园区" not in proposed_parks("坚持园区主战场。", "株洲市", ["湖南省"])              # probe-city-2017
    assert "开发园区" not in proposed_parks(OPEN, "昆山市", ["江苏省", "苏州市"])                      # probe-countycity-2016
    assert "涉台园区" not in proposed_parks(TAIWAN, "福建省")                                          # fujian-2026


def test_the_grammar_leaves_a_verb_and_a_category_word():
    st, surfaces = tok_sentence(TAIWAN, "福建省")
    names = {c.name for c in grammar_candidates(st, (), surfaces) if c.kind == "Park"}
    assert "涉台园区" not in names and "台园区" not in names


OPEN = "积极争创国家级高新区考核先进，推动各类开发园区转型升级。"
TAIWAN = ("加强电子信息、机械装备、石油化工、生物医药、现代农业、海洋渔业等重点领域合作，推动涉台园区高质量发展，"
          "推进平潭台湾小镇创新发展。")
