"""A footnote mark the report numbers its notes by (［2］, 【2】, [2]) is no part of an indicator's name (hainan 2026
writes them after terms its notes explain). The sentences are hainan's, the first also with the other brackets."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("mark", ["［2］", "【2】", "[2]"])
def test_a_footnote_mark_is_cut_from_the_name(mark):
    sentence = f"四大主导产业{mark}占GDP比重较2020年提高约14个百分点。"
    assert ("四大主导产业占GDP比重", Decimal("14")) in names(sentence, "review", 2026)


def test_hainans_marked_sentence_names_no_mark():
    got = names("ESI［5］全球排名前1%的学科数量增长两倍。", "review", 2026)
    assert got and not any("［" in name for name, _ in got)
