"""Park lexicon entries that one dev report alone supported are gone (docs/checks/parks-generalisation-parks14.md,
``scripts/park_ablation.py``): an 产业基地 is a city's role as often as a park, left to the project heads; 设立
is no context cue of a park's status. On real dev report text."""
from __future__ import annotations

import pytest

from policykg.extract.candidates import park_candidates
from policykg.extract.decide import features, grammar_candidates, name_counter
from policykg.extract.grammar import TokSentence, parks_raw
from policykg.extract.surfaces import place_surfaces

from entity_helpers import make_sentences

pytestmark = pytest.mark.unit

BASE = "建设西部科技影视城和两江影视（微短剧）产业基地"                                         # chongqing-2026
SET_UP = "设立中国—东盟产业合作区协同发展区，沿边临港产业园区工业投资增长11.7%"                  # guangxi-2026


def _sentence(text: str, place: str):
    [s] = make_sentences(text, place, [], part_kind="plan")
    return TokSentence(s), place_surfaces(s.context)


def test_an_industrial_base_is_no_park_suffix():
    assert "产业基地" not in {s["suffix"] for s in parks_raw()["suffixes"]}
    st, surfaces = _sentence(BASE, "重庆市")
    assert [c.name for c in park_candidates(st, surfaces)[0]] == []


def test_set_up_is_no_status_cue_of_the_park_decision():
    st, surfaces = _sentence(SET_UP, "广西壮族自治区")
    cands = [c for c in grammar_candidates(st, park_candidates(st, surfaces)[0], surfaces) if c.kind == "Park"]
    assert cands                                                    # the sentence has park candidates
    assert not any("Park:status_before" in features(c, surfaces, set(), name_counter([st.s])) for c in cands)
