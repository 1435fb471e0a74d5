"""Pace and aspect adverbs of the sentence inside an indicator name (names102, issue 13 item 2;
docs/checks/names-verbs-names102.md), on dev sentences: an adverb of ``predicate_adverbs`` (如期, 按期, 已…) read as an
adverb by the tagger, right before a verb in a name, is the sentence's, not the name's."""
from __future__ import annotations

import pytest

from audit_helpers import audit, audit_rule
from quantity_helpers import name_of
from policykg.extract.names import clean

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value, part, year, expected", [
    # hailaer-2017 (= gold): was 成吉思汗广场改造提升工程如期投资
    ("确保投资4800万元的成吉思汗广场改造提升工程如期完工。", "4800", "plan", 2017, "成吉思汗广场改造提升工程投资"),
    # guangxi-2026 (no gold: its outcomes are not annotated): was 购房群众如期拿到合格房屋户数
    ("保交房保障超10万户购房群众如期拿到合格房屋。", "10", "review", 2026, "购房群众拿到合格房屋户数"),
])
def test_pace_adverb_before_the_act_leaves_the_name(text, value, part, year, expected):
    assert name_of(text, value, part, year) == expected


@pytest.mark.parametrize("name", [
    "民间投资占全部投资比重",      # hebei/jiangxi-style share: 全部 read as a noun, a word of the name
    "基本养老保险参保率",          # 基本 of the insurance's name, a noun
    "失业人员再就业人数",          # 再 is no pace adverb: 再就业 is the thing counted
])
def test_words_of_the_name_stay(name):
    assert clean(name) == name


def test_rule_is_registered_with_its_two_source_families():
    rule = audit_rule("pace_adverbs")
    assert {audit.family(s) for s in rule[2].split()} == {"hailaer", "guangxi"}
