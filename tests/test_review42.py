"""review42: annex_joined (projbounds48) reads the annex's own words only and closes a bracket the annex opened.
qinghai-2026's dev sentence (gold 香日德水库及配套灌溉工程), with a later clause or a bracketed phase added."""
from __future__ import annotations

import pytest

from policykg.extract.grammar import Candidate
from policykg.extract.name_edges import annex_joined

from entity_helpers import tok_sentence

pytestmark = pytest.mark.unit

IRRIGATION = "推动三滩引水生态综合治理一期、香日德水库及配套灌溉工程立项审批{}，加快引黄济宁、引通济柴工程前期{}。"


def _joined(sentence: str, left: str) -> str:
    st, _ = tok_sentence(sentence, "青海省", [], year=2026, part_kind="plan")
    a = st.text.index(left)
    return annex_joined(Candidate("Project", left, a, a + len(left), st, {})).name


def test_a_break_word_in_a_later_clause_does_not_stop_the_annex():
    """annexed() was given the whole rest of the sentence: 产业 or 重大 anywhere after (培育重大产业项目) kept the
    left half alone."""
    sentence = IRRIGATION.format("", "，培育重大产业项目")
    assert _joined(sentence, "香日德水库") == "香日德水库及配套灌溉工程"


def test_a_bracket_the_annex_opens_is_closed():
    """The last head inside the bracket (一期) ended the name: 香日德水库及配套灌溉工程（一期, the bracket left open."""
    sentence = IRRIGATION.format("", "").replace("灌溉工程", "灌溉工程（一期）")
    assert _joined(sentence, "香日德水库") == "香日德水库及配套灌溉工程（一期）"
