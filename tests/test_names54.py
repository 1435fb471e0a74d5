"""Indicator names (issue 13, names54): lead words are cut off a name's ends as whole words, never as a set of
characters that also cuts the first character of a longer word (并网线路 → 网线路, 共享 → 享); see
docs/checks/indicator-names54.md. The sentences are made up around real dev words (并网: hebei, sichuan 2026)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.extract.lead_words import strip_words
from policykg.extract.phrases import normalise_indicator
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


@pytest.mark.parametrize("name, canonical", [
    ("及新能源汽车产量", "新能源汽车产量"),     # a joining word of its own opening the name goes
    ("以及新建学校数量", "新建学校数量"),
    ("，和美乡村数量", "和美乡村数量"),         # 和 opens 和美 (joining_not), after a mark
    ("并网线路里程", "并网线路里程"),           # the tagger splits 并网 after 并: kept by joining_not
    ("并购重组企业数量", "并购重组企业数量"),
])
def test_normalise_indicator_cuts_a_joining_word_only_whole(name, canonical):
    """normalise_indicator cuts its joining word with lead_words.strip_words, as the other name passes (tidy26)."""
    assert normalise_indicator(name) == canonical


@pytest.mark.parametrize("sentence, expected", [
    # the work that benefits opens with 并网; a lead word before it goes, 并 stays
    ("全年并网线路改造惠及群众3万户。", ("并网线路改造受益群众户数", Decimal("3"))),
    # the neighbour: a lead word before a work that opens with no lead character (shandong 2026's work)
    ("全年“非直供电小区”改造惠及群众106万户。", ("“非直供电小区”改造受益群众户数", Decimal("106"))),
])
def test_a_work_opening_with_a_lead_character_keeps_it(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # shanghai 2026: a list, then 分别新增 before its numbers; the stock after it keeps the plain names
    ("“上海标准”、“上海品牌”分别新增12项和44项，累计分别达到64项和288项。",
     [("新增“上海标准”数量", Decimal("12")), ("新增“上海品牌”数量", Decimal("44")),
      ("“上海标准”数量", Decimal("64")), ("“上海品牌”数量", Decimal("288"))]),
    # shandong 2026: 分别增加 with one number for the three members, named as 新增 (names114)
    ("国家现代农业产业园、优势特色产业集群、地理标志保护示范区分别增加2个。",
     [("新增国家现代农业产业园数量", Decimal("2")), ("新增优势特色产业集群数量", Decimal("2")),
      ("新增地理标志保护示范区数量", Decimal("2"))]),
])
def test_a_list_before_a_respective_flow_counts_what_is_added(sentence, expected):
    assert names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # shanxi 2026: a respective growth of amounts is no flow of things
    ("规上制造业、工业战略性新兴产业增加值年均分别增长7%、6.8%。", ("规上制造业增加值", Decimal("7"))),
    # anhui 2026: a respective growth keeps the members' plain names
    ("国内游客、入境游客数量分别增长6.9%、68.4%。", ("国内游客数量", Decimal("6.9"))),
])
def test_a_respective_growth_keeps_its_names(sentence, expected):
    assert expected in names(sentence)
