"""General park candidates (parks35, ``park_general.py``): a name ending in a kind of area whose start grammar finds,
on real dev sentences. A park whose head no lexicon holds (街区) is made and kept; the middle stops at a predicate;
a place that ends like an area (连云港) or a town's common name (德钦县城) stays out."""
from __future__ import annotations

from functools import lru_cache

import pytest

from entity_helpers import labels, report_entities, run, tok_sentence
from policykg.evaluation import manifest
from policykg.extract.decide import grammar_candidates
from policykg.extract.park_general import general_parks

pytestmark = pytest.mark.unit

NO_LEXICON_HEAD = "大力推进紫金山国际科创基金街区建设"                                  # jiangsu-2026
PREDICATE_AFTER = "子牙经开区晋升为国家级经济技术开发区，天津现代建筑产业园获批国家装配式建筑产业基地"   # jinghai-2021
COUNTY_TOWN = "推动德钦县城避险搬迁建设"                                                 # yunnan-2026


@lru_cache(maxsize=2)
def report_parks(stem: str) -> frozenset[str]:
    """The parks the shipped pipeline keeps in a whole dev report (its names counted across the report)."""
    return frozenset(e.label for e in report_entities(manifest()[stem]["path"], "Park"))


def _general(text: str, place: str) -> dict[str, str]:
    st, surfaces = tok_sentence(text, place)
    return {text[a:b]: how for _, a, b, how in general_parks(st, set(), surfaces)}


def test_a_head_no_lexicon_holds_is_made_after_its_cue_and_kept():
    assert _general(NO_LEXICON_HEAD, "江苏省") == {"紫金山国际科创基金街区": "cue"}
    ents, _ = run(NO_LEXICON_HEAD, place="江苏省", parents=[])
    assert "紫金山国际科创基金街区" in labels(ents, "Park")


def test_the_middle_stops_at_a_predicate():
    st, surfaces = tok_sentence(PREDICATE_AFTER, "静海区", ["天津市"])
    names = {c.name for c in grammar_candidates(st, (), surfaces) if c.kind == "Park"}
    assert "国家装配式建筑产业基地" not in _general(PREDICATE_AFTER, "静海区")      # a title: 国家…
    assert not any("晋升" in n or "获批" in n for n in names)
    ents, _ = run(PREDICATE_AFTER, place="静海区", parents=["天津市"])
    assert not any("晋升" in n or "获批" in n for n in labels(ents, "Park"))


def test_a_county_town_is_proposed_but_not_kept_and_a_place_is_not_proposed():
    assert "德钦县城" in _general(COUNTY_TOWN, "云南省")
    ents, _ = run(COUNTY_TOWN, place="云南省", parents=[])
    assert not labels(ents, "Park")
    assert "连云港" not in _general("加快连云港、盐城港口建设", "江苏省")


@pytest.mark.parametrize("stem, park", [("jiangsu-2026", "紫金山国际科创基金街区"),
                                        ("hunan-2026", "湘琼先进制造业共建产业园")])
def test_kept_in_the_whole_report(stem, park):
    assert park in report_parks(stem)
