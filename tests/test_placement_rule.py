"""The hand-written placement rule (placement.rule_choice) on dev paragraphs: when the park that opens
a paragraph is its topic, so that projects of its later sentences are placed in it; when the park that
opens a sentence hosts the projects of its later clauses; and the gold ends scripts/placement_oracle.py
gives the tie finder."""
from __future__ import annotations

import sys

import pytest

from cli_helpers import ROOT
from policykg.extract.placement import rule_choice
from policykg.model import Entity, Sentence, Span
from policykg.structure.sentences import sentence_spans

sys.path.insert(0, str(ROOT / "scripts"))
from placement_oracle import gold_entities  # noqa: E402

pytestmark = pytest.mark.unit


def _choice(paragraph: str, park: str, project: str) -> Entity | None:
    """The rule's park for the first mention of PROJECT in a one-paragraph text naming PARK once."""
    whole = Span(0, len(paragraph))
    sentences = [Sentence(span=s, text=paragraph[s.start:s.end], paragraph=whole) for s in sentence_spans(paragraph)]
    p = paragraph.index(park)
    parks = [(Span(p, p + len(park)), Entity("Park", park))]
    at = paragraph.index(project)
    span = Span(at, at + len(project))
    st = next(s for s in sentences if s.span.start <= at < s.span.end)
    return rule_choice(span, st, parks, paragraph)


@pytest.mark.parametrize("paragraph, park, project", [
    # hailaer-2013 (dev): the opening park's name closes its clause; the next sentence starts its works
    ("做强三产。全力建设中俄蒙国际物流园区，全年计划投资3亿元，用于基础设施和项目建设。完成起步区2.6公里路网等配套设施，"
     "启动蒙东机械装备交易中心、恒达二手车交易市场搬迁等项目。", "中俄蒙国际物流园区", "蒙东机械装备交易中心"),
    # shanghai-2026 (dev): a short sentence that names the park, then what is built in it
    ("高标准建设东方枢纽国际商务合作区。推动先行启动区开展压力测试，加快建设全球医疗器械培训展示交易和创新中心。",
     "东方枢纽国际商务合作区", "全球医疗器械培训展示交易和创新中心"),
], ids=["topic-then-comma", "topic-sentence"])
def test_a_paragraph_about_a_park_places_its_later_projects(paragraph, park, project):
    chosen = _choice(paragraph, park, project)
    assert chosen is not None and chosen.label == park


@pytest.mark.parametrize("paragraph, park, project", [
    # hainan-2026 (dev): the park is the subject of its own predicate; the next sentence has its own
    ("“南繁硅谷”建成全国数量最多、空间最大、体系最全的生物育种创新平台，南繁种业年产值突破200亿元。"
     "国家海洋综合试验场（深海）投入运营，一批重大深海装备落地。", "“南繁硅谷”", "国家海洋综合试验场（深海）"),
    # neimenggu-2026 (dev): 以X为牵引 frames a part; the ports of the next sentence are not in the zone
    ("以创建中国（内蒙古）自由贸易试验区为牵引，打造我国向北开放重要桥头堡。一要做强开放平台。"
     "实施满洲里、二连浩特等重点口岸提升工程。", "中国（内蒙古）自由贸易试验区", "满洲里"),
], ids=["park-as-subject", "park-as-frame"])
def test_a_park_opening_a_paragraph_with_its_own_predicate_hosts_nothing_after(paragraph, park, project):
    assert _choice(paragraph, park, project) is None


@pytest.mark.parametrize("sentence, park, project", [
    # chongqing-2026 (dev): the park's own figures, another subject's, then a port that opens for itself
    ("枢纽港产业园新签约产业项目139个、总投资1022亿元，主要枢纽节点集装箱到发增长14%，黄磏港投入运营。",
     "枢纽港产业园", "黄磏港"),
    # shanxi-2026 (dev): the park's first, then a platform that is the subject of its own predicate
    ("国家级人力资源服务产业园实现“零的突破”，就业大数据智慧服务平台建成运行。",
     "国家级人力资源服务产业园", "就业大数据智慧服务平台"),
], ids=["after-another-subject", "next-clause-subject"])
def test_a_project_that_opens_its_own_clause_is_not_in_the_park_that_opens_the_sentence(sentence, park, project):
    assert _choice(sentence, park, project) is None


@pytest.mark.parametrize("sentence, park, project", [
    # jinghai-2021 (dev): the park is the subject, the project the object of its next clause's verb
    ("中旺航空产业园重点发挥中航表面处理中心引领作用，推进科维尔等7个项目加快建设。", "中旺航空产业园", "科维尔"),
    # hailaer-2014 (dev): the project opens its clause, but heads a 等 list of the park's works
    ("中俄蒙文化创意产业园项目扎实推进，主题酒店、文化交流中心等工程主体完工。", "中俄蒙文化创意产业园", "主题酒店"),
    ("中俄蒙文化创意产业园项目扎实推进，主题酒店、文化交流中心等工程主体完工。", "中俄蒙文化创意产业园", "文化交流中心"),
], ids=["object-of-next-clause", "heads-a-deng-list", "in-a-deng-list"])
def test_a_park_opening_the_sentence_hosts_the_works_of_its_later_clauses(sentence, park, project):
    chosen = _choice(sentence, park, project)
    assert chosen is not None and chosen.label == park


def test_the_oracle_gives_a_name_inside_a_longer_one_to_the_longer_one():
    # hainan-2026 (dev): the park's name opens a project's name; only its own mention is the park's
    text = "加快建设文昌国际航天城。文昌国际航天城卫星超级工厂建成交接。"
    gold = {"parks": [{"label": "文昌国际航天城"}], "projects": [{"label": "文昌国际航天城卫星超级工厂"}]}
    ents = {e.label: e for e in gold_entities(text, gold)}
    assert [(s.start, s.end) for s in ents["文昌国际航天城"].spans] == [(4, 11)]
    assert ents["文昌国际航天城卫星超级工厂"].kind == "Project"
    assert [(s.start, s.end) for s in ents["文昌国际航天城卫星超级工厂"].spans] == [(12, 25)]


def test_a_coordinator_is_read_as_a_word(monkeypatch):
    """placement.yaml's coordinators are words: one of two characters made each of its characters a
    coordinator of its own, so a project followed by 以…等 was taken to head a list."""
    from policykg.extract import placement

    coordinators = {**placement.cues(), "coordinators": ("以及", "、")}
    monkeypatch.setattr(placement, "cues", lambda: coordinators)
    text = "园区新签约项目二十个，新材料产业基地以技术创新等为引领"
    name = "新材料产业基地"
    span = Span(text.index(name), text.index(name) + len(name))
    assert placement._own_subject(span, text)
    listed = "园区新签约项目二十个，新材料产业基地以及智能制造基地等加快建设"
    assert not placement._own_subject(Span(span.start, span.end), listed)


def test_the_sentence_of_a_mention_is_found_by_binary_search():
    """placement looked up each mention's sentence by scanning every sentence (quadratic on a long
    report); the binary search finds the same sentence at every offset, and falls back to the scan
    when sentences overlap."""
    from policykg.extract.placement_features import sentence_finder, sentence_of

    text = (ROOT / "data" / "reports" / "jinghai-2021.txt").read_text(encoding="utf-8")
    sentences = [Sentence(sp, text[sp.start:sp.end]) for sp in sentence_spans(text)]
    find = sentence_finder(sentences)
    assert len(sentences) > 100
    assert all(find(Span(i, i + 1)) is sentence_of(Span(i, i + 1), sentences) for i in range(len(text) + 1))
    nested = [Sentence(Span(0, 10), "x" * 10), Sentence(Span(2, 4), "xx"), Sentence(Span(12, 14), "xx")]
    assert [sentence_finder(nested)(Span(i, i)) for i in (3, 11, 13)] == [nested[0], None, nested[2]]
