"""多/余 written after a magnitude (24万多户, 197万余人次) is the comparator's, and a later 、 member written as acts
alone keeps the owner of the member before (figures48; docs/checks/figures-approx-figures48.md). Dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import brief, extract

pytestmark = pytest.mark.unit


def _review(text: str, year: int = 2026) -> list[tuple]:
    return [brief(q) for q in extract(text, "review", year)]


# ---- 多/余 after the magnitude (the number pattern)
def test_more_after_the_magnitude_is_a_figure_above_its_value():
    """ningxia-2026: 24万多户 gave no candidate at all; it is 24 万户, more than that (guideline: 多 → >)."""
    got = _review("着力解决“办证难”，历史遗留的24万多户不动产登记问题得到有效化解。")
    assert [(v, u, c) for _, v, u, c in got] == [(24, "万户", ">")]


def test_remainder_after_the_magnitude_of_people_and_money():
    """sichuan-2026 197万余人次, ningxia-2026 10亿多元: 余 and 多 after 万 and 亿, whatever the unit."""
    assert _review("提前转移避险197万余人次，实现洪涝灾害“零亡人”。") == [("提前转移避险人次", 197, "万人次", ">")]
    assert [(v, u, c) for _, v, u, c in _review("为群众挽回非法集资损失10亿多元。")] == [(10, "亿元", ">")]


def test_the_unit_keeps_no_remainder_word():
    from policykg.extract.qlexicon import unit_remainder   # (figures48: the other tests import at cbc35ea)
    assert unit_remainder("万多户") == ("万户", "多")
    assert unit_remainder("亿余元") == ("亿元", "余")
    assert unit_remainder("万户") == ("万户", None)


def test_more_before_the_magnitude_reads_as_before():
    """shanxi-2026: 3000余名 (余 right after the digits) is read as it was: 3000 名, more than that."""
    assert [(v, u, c) for _, v, u, c in _review("六是帮扶3000余名符合条件的残疾人就业创业。")] == [(3000, "名", ">")]


def test_a_bare_magnitude_with_a_remainder_stays_no_figure():
    """jilin-2026: 千余家 is a Chinese numeral with a classifier (the guideline's not-quantities), as before."""
    assert _review("带动上下游千余家企业形成产业集群。") == []


# ---- the owner across a 、 list
def test_a_member_written_as_acts_keeps_the_owner_before():
    """sichuan-2026: with 5万余户 a figure of its own, 治理排危 still names 地质灾害 (not 排危治理数量)."""
    got = _review("实施地质灾害避险搬迁5万余户、治理排危4968处。")
    assert [(n, v) for n, v, _, _ in got] == [("地质灾害避险搬迁户数", 5), ("地质灾害治理排危数量", 4968)]
    # xinjiang-2026: a lead (累计) before the acts is no part of the name
    got = _review("全疆普通高等学校达66所、累计招生117.6万人。")
    assert got[1][0] == "全疆普通高等学校招生人数"


def test_a_member_of_the_same_kind_of_unit_is_left_to_inheritance():
    """shanghai-2026: 折合 restates the amount before it in another currency: the same figure's name."""
    got = _review("实际使用外资达到160.6亿美元、折合1148亿元。")
    assert [n for n, _, _, _ in got] == ["实际使用外资", "实际使用外资"]
