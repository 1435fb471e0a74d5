"""Project names the decision's grammar must reach (issue #12), on sentences of dev reports."""
from __future__ import annotations

from policykg.extract.decide import grammar_candidates
from policykg.extract.grammar import TokSentence

from test_entities import make_sentences


def _names(sentence: str, place: str) -> set[str]:
    [s] = make_sentences(sentence, place, [], part_kind="review")
    return {c.name for c in grammar_candidates(TokSentence(s)) if c.kind == "Project"}


def test_an_abbreviation_tagged_as_a_verb_still_names_works():
    names = _names("集大原高铁、包银高铁开通运行，赤大白铁路开行旅客列车", "内蒙古自治区")   # neimenggu-2026
    assert {"集大原高铁", "包银高铁", "赤大白铁路"} <= names
    assert "引江济淮工程" in _names("江淮儿女期盼多年的引江济淮工程通水通航", "安徽省")        # anhui-2026


def test_a_common_verb_still_does_not_open_a_name():
    names = _names("加快建设成达万高铁，推进沿江高铁", "四川省")
    assert "成达万高铁" in names and "沿江高铁" in names
    assert not any(n.startswith(("加快", "推进")) for n in names)
