"""A kept project right after a joining mark takes the first half of its name back (issue #12, projprec33;
``name_edges.rejoined``, ``name_edges`` of projects.yaml). Sentences of dev reports."""
from __future__ import annotations

import pytest

from policykg.extract import name_edges
from policykg.extract.grammar import Candidate, lexicon_raw

from entity_helpers import labels, run, tok_sentence

# guangxi-2026 and shandong-2026 require the whole names; both were kept cut after the join
GUANGXI = "实施医疗卫生强基、扩容、下沉项目785个，中国—东盟医疗保健合作中心等3个重大项目投入使用。"
SHANDONG = "国内首个风光火储一体化工程——陇东到山东特高压直流工程投运。"
# a long run before the join (a verb and a place: no first half of a name) is left as it is
NO_MARK = "加快建设南宁至贵港铁路。"


def _candidate(sentence: str, name: str, place: str):
    st, _ = tok_sentence(sentence, place, ["中国"], year=2026, part_kind="review")
    a = st.text.index(name)
    return Candidate("Project", name, a, a + len(name), st, {})


@pytest.mark.unit
@pytest.mark.parametrize("sentence,cut,whole,place", [
    (GUANGXI, "东盟医疗保健合作中心", "中国—东盟医疗保健合作中心", "广西壮族自治区"),
    (SHANDONG, "山东特高压直流工程", "陇东到山东特高压直流工程", "山东省")])
def test_a_name_after_a_join_takes_its_first_half(sentence, cut, whole, place):
    c = name_edges.rejoined(_candidate(sentence, cut, place))
    assert (c.name, sentence[c.a:c.b]) == (whole, whole)


@pytest.mark.unit
@pytest.mark.parametrize("sentence,whole,cut,place", [
    (GUANGXI, "中国—东盟医疗保健合作中心", "东盟医疗保健合作中心", "广西壮族自治区"),
    (SHANDONG, "陇东到山东特高压直流工程", "山东特高压直流工程", "山东省")])
def test_the_whole_name_is_kept_in_its_sentence(sentence, whole, cut, place):
    got = labels(run(sentence, "review", place, ["中国"])[0], "Project")
    assert whole in got and cut not in got


@pytest.mark.unit
def test_the_joins_are_what_rejoin(monkeypatch):
    raw = {**lexicon_raw(), "name_edges": {**lexicon_raw()["name_edges"], "joins": []}}
    monkeypatch.setattr(name_edges, "lexicon_raw", lambda: raw)
    name_edges._lex.cache_clear()
    try:
        c = name_edges.rejoined(_candidate(SHANDONG, "山东特高压直流工程", "山东省"))
        assert c.name == "山东特高压直流工程"
    finally:
        name_edges._lex.cache_clear()


@pytest.mark.unit
@pytest.mark.parametrize("name", ["贵港铁路", "南宁至贵港铁路"])
def test_no_first_half_without_a_mark_before_it(name):
    """至 is no join (no dev report keeps a name cut after it), and a verb before the run is no mark."""
    c = name_edges.rejoined(_candidate(NO_MARK, name, "广西壮族自治区"))
    assert c.name == name
