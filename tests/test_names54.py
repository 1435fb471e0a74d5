"""Indicator names (issue 13, names54): lead words are cut off a name's ends as whole words, never as a set of
characters that also cuts the first character of a longer word (并网线路 → 网线路, 共享 → 享); see
docs/checks/indicator-names54.md. The sentences are made up around real dev words (并网: hebei, sichuan 2026)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.extract.lead_words import strip_words
from policykg.extract.qlexicon import qwords
from quantity_helpers import names

pytestmark = pytest.mark.unit

_LEAD, _MARKS = qwords("act_beneficiaries", "lead"), qwords("act_beneficiaries", "lead_marks")


@pytest.mark.parametrize("words, kept", [
    ("并网线路改造", "并网线路改造"),     # 并 opens 并网
    ("共享充电设施改造", "共享充电设施改造"),   # 共 opens 共享
    ("全域旅游", "全域旅游"),             # 全 opens 全域, 全年 is the lead word
    ("内河航道改造", "内河航道改造"),        # 内 closes 年内 only
])
def test_a_lead_character_of_a_longer_word_stays(words, kept):
    assert strip_words(words, _LEAD, _MARKS) == kept


@pytest.mark.parametrize("words, left", [
    ("全年共", ""),
    ("，年内共改造老旧小区", "改造老旧小区"),
    ("老旧小区改造累计", "老旧小区改造"),
])
def test_whole_lead_words_are_cut(words, left):
    assert strip_words(words, _LEAD, _MARKS) == left


def test_the_joining_word_before_a_second_figures_member_is_cut_whole():
    joining, marks = qwords("name_figures", "joining"), qwords("name_figures", "joining_marks")
    assert strip_words("和种子独角兽企业", joining, marks, ends="left") == "种子独角兽企业"
    assert strip_words("和美乡村", joining, marks, ends="left") == "和美乡村"
    assert strip_words("及时响应平台", joining, marks, ends="left") == "及时响应平台"


@pytest.mark.parametrize("sentence, expected", [
    # the work that benefits opens with 并网; a lead word before it goes, 并 stays
    ("全年并网线路改造惠及群众3万户。", ("并网线路改造受益群众户数", Decimal("3"))),
    # the neighbour: a lead word before a work that opens with no lead character (shandong 2026's work)
    ("全年“非直供电小区”改造惠及群众106万户。", ("“非直供电小区”改造受益群众户数", Decimal("106"))),
])
def test_a_work_opening_with_a_lead_character_keeps_it(sentence, expected):
    assert expected in names(sentence)
