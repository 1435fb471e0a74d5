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
# guangxi-2026's sentence with the pair written as a clause (从…到…): a function word opens no name
CLAUSE = "实施医疗卫生强基、扩容、下沉项目785个，从中国到东盟医疗保健合作中心等3个重大项目投入使用。"


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
def test_a_clause_is_no_first_half():
    c = name_edges.rejoined(_candidate(CLAUSE, "东盟医疗保健合作中心", "广西壮族自治区"))
    assert c.name == "东盟医疗保健合作中心"


@pytest.mark.unit
@pytest.mark.parametrize("name", ["贵港铁路", "南宁至贵港铁路"])
def test_no_first_half_without_a_mark_before_it(name):
    """至 is no join (no dev report keeps a name cut after it), and a verb before the run is no mark."""
    c = name_edges.rejoined(_candidate(NO_MARK, name, "广西壮族自治区"))
    assert c.name == name


# national designations named by the nation and a rank (``role_opening``), and 综合性国家科学中心 (``role_tails``): both
# kept when their report is read unseen (loro_projects.py dump), optional in the dev gold
NINGXIA = "着力推进国家重要算力保障基地和调度交易中心、超大规模智算中心、算电协同工程等建设"
XINJIANG = "建成国家优质棉花棉纱基地，纺织服装全产业链带动就业超百万人。"
GUANGDONG = "加快建设大湾区国际科技创新中心、综合性国家科学中心，预计全社会研发投入5350亿元"


@pytest.mark.unit
@pytest.mark.parametrize("name,key", [("国家重要算力保障基地", "role_opening"), ("国家优质棉花棉纱基地", "role_opening"),
                                      ("综合性国家科学中心", "role_tails")])
def test_a_national_designation_is_no_project(monkeypatch, name, key):
    from policykg.extract import reach
    assert any(name in s for s in (NINGXIA, XINJIANG, GUANGDONG))
    assert reach.unnamed_amount(name, {})
    raw = dict(lexicon_raw())
    raw[key] = "^$" if key == "role_opening" else [t for t in raw[key] if t != "综合性国家科学中心"]
    monkeypatch.setattr(reach, "lexicon_raw", lambda: raw)
    assert not reach.unnamed_amount(name, {})


@pytest.mark.unit
@pytest.mark.parametrize("name", ["国家碳计量中心", "国家绿色化工和新材料制造业中试平台", "国家超算深圳中心二期",
                                  "合肥综合性国家科学中心能源研究院"])
def test_national_works_are_no_designation(name):
    """Required dev projects (shandong, guangdong) opening with 国家, and a works inside a designated centre."""
    from policykg.extract import reach
    assert not reach.unnamed_amount(name, {})


@pytest.mark.unit
def test_the_designation_is_not_kept_in_its_sentence():
    """Kept there with ``role_opening`` emptied (checked by hand)."""
    got = labels(run(NINGXIA + "。", "plan", "宁夏回族自治区", ["中国"])[0], "Project")
    assert "国家重要算力保障基地" not in got


# a level of government and class words before 项目 (``reach.levelled_group``): the level's group of projects, a kind.
# hainan-2026 (加快省重大项目建设进度, kept by the full fit and its strict fold) and guangxi-2026 (自治区重大项目开工390个,
# kept when read unseen); neither is kept in its sentence alone, so the filter is tested


@pytest.mark.unit
@pytest.mark.parametrize("name", ["省重大项目", "自治区重大项目", "市重点工程"])
def test_a_level_and_class_words_name_a_group(monkeypatch, name):
    from policykg.extract import reach
    assert reach.levelled_group(name) and reach.unnamed_amount(name, {})
    monkeypatch.setattr(reach, "levelled_group", lambda n: False)
    assert not reach.unnamed_amount(name, {})


@pytest.mark.unit
@pytest.mark.parametrize("name", ["省人民医院", "市图书馆新馆项目", "区人民医院迁建工程", "重大项目", "省"])
def test_a_level_with_a_named_work_is_no_group(name):
    from policykg.extract import reach
    assert not reach.levelled_group(name)
