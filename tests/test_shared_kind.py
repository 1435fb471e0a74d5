"""List members that share one works word written once after the list are decision candidates (issue #12)."""
from __future__ import annotations

import pytest

from policykg.extract import entities
from policykg.extract.decide import grammar_candidates
from policykg.extract.grammar import TokSentence

from entity_helpers import make_sentences, run


def _listed(sentence: str, place: str) -> list[str]:
    """The longest listed candidate ending at each end (the first member also gets its shorter starts)."""
    [s] = make_sentences(sentence, place, [], part_kind="review")
    longest = {}
    for c in grammar_candidates(TokSentence(s)):
        if c.kind == "Project" and c.attrs["family"] == "listed" and (c.b not in longest or c.a < longest[c.b].a):
            longest[c.b] = c
    return sorted(c.name for c in longest.values())


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, names", [
    # hailaer-2013: hotels under 等酒店 (包商银行培训中心 has its own head: a head candidate, not a listed one)
    ("确保包商银行培训中心、呼伦贝尔大饭店、碧海云天等酒店投入运营", "海拉尔区", ["呼伦贝尔大饭店", "碧海云天"]),
    # chongqing-2026: a member before 等项目 with no works word of its own
    ("渝黔背靠背联网、复兴油田等项目", "重庆市", ["复兴油田", "渝黔背靠背联网"]),
    # hailaer-2014: a pair joined by 、 and counted (两个地下商城: 商城 ends with the head 城)
    ("华汇、地壹街两个地下商城投入使用", "海拉尔区", ["地壹街", "华汇"]),
    # a kind after 等 (领域) makes the members kinds, not works
    ("推进高技术、服务业等领域项目建设", "重庆市", []),
])
def test_members_of_a_list_sharing_a_works_word_are_candidates(sentence, place, names):
    assert _listed(sentence, place) == sorted(names)


@pytest.mark.unit
def test_a_count_after_one_name_is_no_list():
    """hailaer-2013: "3个重点项目" after one word counts a kind; only a pair or a list shares the word."""
    assert _listed("建成东山组团3个重点项目", "海拉尔区") == []


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, sector, kept", [
    # hainan-2026: a sector before 等项目 (sector_tails: 制造); since projprec27 the member with no tail of the list
    # goes too, a sector beside a sector (sector_lists.py, tests/test_projprec27.py): nothing of the list stays
    ("推动集成电路封装测试、传感器研发制造等项目落地，壮大以半导体为重点的电子信息制造业。", "海南省",
     "传感器研发制造", None),
    # ningxia-2026: data sets of key industries (数据集) beside a firm's base
    ("加快实施数字产业化能级提升行动，扎实推进重点行业高质量数据集、科大讯飞人工智能基地等项目建设，促进“聚储通算用”全产业链发展，"
     "推动服务器制造业产值持续增长。", "宁夏回族自治区", "重点行业高质量数据集", "科大讯飞人工智能基地"),
])
def test_a_sector_the_decision_keeps_from_a_list_is_dropped(sentence, place, sector, kept, monkeypatch):
    """projprec25: the decision's list members are filtered for sector kinds as a group's members are."""
    projects = lambda: {e.label for e in run(sentence, "review", place)[0] if e.kind == "Project"}
    assert sector not in projects() and (kept is None or kept in projects())
    monkeypatch.setattr(entities, "sector_kind", lambda *_: False)     # the filter is what drops it
    # (kept without it, a governing word opening the name is cut since projprec46: 重点行业… → 行业…)
    assert any(sector.endswith(label) for label in projects())
