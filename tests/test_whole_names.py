"""Project names that are their own head: a transfer named by its two ends (issue #12)."""
from __future__ import annotations

import pytest

from policykg.extract.decide import grammar_candidates
from policykg.extract.grammar import TokSentence

from entity_helpers import make_sentences


def _whole(sentence: str, place: str) -> list[str]:
    [s] = make_sentences(sentence, place, [], part_kind="plan")
    return [c.name for c in grammar_candidates(TokSentence(s)) if c.kind == "Project" and c.attrs["family"] == "whole"]


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, names", [
    ("统筹推进疆电入渝、川渝特高压交流工程", "重庆市", ["疆电入渝"]),                   # chongqing-2026
    ("加快引黄济宁、引通济柴工程建设", "青海省", ["引黄济宁"]),                          # qinghai-2026: 引通济柴 has its head
    ("“聊热入济”全线贯通投用", "山东省", ["“聊热入济”"]),                               # shandong-2026: its quotes close it
    ("宁电入湘工程投产送电", "湖南省", []),                                             # hunan-2026: the head's name holds it
])
def test_a_transfer_named_by_its_two_ends_is_a_candidate(sentence, place, names):
    assert _whole(sentence, place) == names
