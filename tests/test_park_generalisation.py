"""Park lexicon entries that one dev report alone supported and others contradicted are gone
(docs/checks/parks-generalisation-parks14.md, ``scripts/park_ablation.py``): a 先行区 names a policy
zone, not a park, whatever place starts it; an 产业基地 is a city's role as often as a park, left to the
project heads. On real dev report text."""
from __future__ import annotations

import pytest

from policykg.extract.candidates import park_candidates
from policykg.extract.grammar import TokSentence, parks_raw
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences

pytestmark = pytest.mark.unit

PILOT = "推动民族地区高质量发展，支持梅州苏区融湾先行区建设"                                  # guangdong-2026
LINKED = "建设江海联动产业发展先行区"                                                          # guangxi-2026
PARKS = "加力推进深汕特别合作区、广清经济特别合作区建设"                                        # guangdong-2026
BASE = "建设西部科技影视城和两江影视（微短剧）产业基地"                                         # chongqing-2026


def _names(text: str, place: str) -> list[str]:
    [s] = make_sentences(text, place, [], part_kind="plan")
    return [c.name for c in park_candidates(TokSentence(s), place_surfaces(s.context))[0]]


def test_a_pilot_zone_is_no_rule_park():
    assert _names(PILOT, "广东省") == []
    assert _names(LINKED, "广西壮族自治区") == []
    assert _names(PARKS, "广东省") == ["深汕特别合作区", "广清经济特别合作区"]   # the same sentences' parks stay


def test_an_industrial_base_is_no_park_suffix():
    suffixes = {s["suffix"] for s in parks_raw()["suffixes"]}
    assert "产业基地" not in suffixes and "先行区" not in suffixes
    assert _names(BASE, "重庆市") == []
