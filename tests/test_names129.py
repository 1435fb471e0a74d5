"""Days counted, and owners named earlier in the sentence (names129; docs/checks/names129.md). N天 is a figure after
天数 (空气质量优良天数达到228天), as N年 is after 年限; elsewhere it stays a span (每天, 30天内). A zone opening the clause
before, named in that clause's figure, owns the figure named without it (sibling_owners.py); a work said to open owns
what the opening adds (opened_owners.py). One path names a finishing act before bare 项目
(name_completed.bare_project_act). The probe texts are read whole (tests/data/constructed, annotated before the tool
ran on them)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from audit_helpers import without_rule
from quantity_helpers import extract, name_of, probe_figure

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("stem, quote, expected, value", [
    # all three were missed on 5edfc4d9: 天 was no unit
    ("figs-city-2013", "天数达到305天", "市区空气质量二级以上天数", "305"),
    ("figs-district-2023", "全区空气质量优良天数达到228天", "空气质量优良天数", "228"),
    ("figs-district-2023", "重污染天数减少6天", "重污染天数", "-6"),
])
def test_days_counted_are_figures(stem, quote, expected, value):
    q = probe_figure(stem, quote)
    assert (q.indicator, q.value, q.unit) == (expected, Decimal(value), "天")


@pytest.mark.parametrize("snippet", [
    # controls: days that are a span, not a count of days
    "每天24小时提供免费心理疏导服务。",
    "连续30天开展专项整治。",
])
def test_days_elsewhere_are_no_figures(snippet):
    assert not [q for q in extract(snippet, "plan", 2026) if q.unit.endswith("天")]


@pytest.mark.parametrize("stem, quote, off, on", [
    ("figs-county-2015", "竣工投产项目23个", "竣工投产项目数量", "项目竣工投产数量"),
    ("figs-city-2016", "竣工投产项目63个", "竣工投产项目数量", "项目竣工投产数量"),
    ("figs-city-2020", "竣工投产项目146个", "竣工投产项目数量", "项目竣工投产数量"),
    ("figs-countycity-2017", "竣工项目38个", "竣工项目数量", "项目竣工数量"),
])
def test_one_path_names_a_finishing_act_before_bare_projects(stem, quote, off, on):
    """name_completed.bare_project_act alone puts 竣工/竣工投产 after bare 项目: with it turned off the act stays where
    it is written. A second path (names126's guard in reading_names, removed at 5edfc4d9) makes ``off`` the act after."""
    assert without_rule("bare_project_act", lambda: probe_figure(stem, quote).indicator) == (off, on)


@pytest.mark.parametrize("stem, quote, expected", [
    # the zone opening the clause before owns the figure named without it: were 投资, 主营业务收入, 工业投资
    ("figs-city-2013", "完成投资62亿元", "衡水工业新区投资"),
    ("figs-city-2013", "主营业务收入突破300亿元", "衡水工业新区主营业务收入"),
    ("figs-district-2025", "其中工业投资410亿元", "综合保税区和双福工业园区工业投资"),
])
def test_a_zone_owns_the_figure_after_its_own(stem, quote, expected):
    assert probe_figure(stem, quote).indicator == expected


@pytest.mark.parametrize("stem, quote, expected", [
    # controls: the zone's own figures keep their names; a ；ends what the subject owns
    ("figs-city-2013", "新入驻企业43家", "衡水工业新区新入驻企业数量"),
    ("figs-district-2025", "累计完成固定资产投资650亿元", "综合保税区和双福工业园区固定资产投资"),
])
def test_a_zone_owns_its_own_figures(stem, quote, expected):
    assert probe_figure(stem, quote).indicator == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # a group's figure (省重大项目) owns nothing after it: the place's private investment (jiangsu 2026, whole sentence)
    ("省重大项目完成投资达7290亿元，民间投资占比稳定在60%以上。", "60", "民间投资占比"),
    # a ；closes the zone's statement
    ("衡水工业新区新入驻企业43家；完成投资62亿元。", "62", "投资"),
])
def test_no_owner_from_a_group_or_across_a_semicolon(sentence, value, expected):
    assert name_of(sentence, value) == expected


def test_the_audit_turns_the_sibling_owners_off_and_back():
    assert without_rule("sibling_owners", lambda: probe_figure("figs-city-2013", "完成投资62亿元").indicator) == (
        "投资", "衡水工业新区投资")


@pytest.mark.parametrize("stem, quote, expected", [
    # a clause saying only that a work opened owns what the opening adds: were 新增床位数量, 新增白酒产能, 床位数量
    ("figs-county-2013", "新增床位300张", "县第二人民医院新住院大楼新增床位数量"),
    ("figs-county-2013", "新增白酒产能3万吨", "酒业园区技改项目新增白酒产能"),
    ("figs-county-2018", "开放床位1200张", "县人民医院新院区开放床位数量"),
])
def test_an_opened_work_owns_what_it_adds(stem, quote, expected):
    assert probe_figure(stem, quote).indicator == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # controls: no adding word, or a place before the act, or a ；between: the figure stays the place's
    ("县人民医院新院区正式启用，全县医疗卫生机构床位达到3200张。", "3200", "医疗卫生机构床位数量"),
    ("全县新建学校正式启用，新增学位3000个。", "3000", "新增学位数量"),
    ("县人民医院新院区正式启用；新增床位500张。", "500", "新增床位数量"),
])
def test_no_owner_without_an_adding_word_a_work_or_a_comma(sentence, value, expected):
    assert name_of(sentence, value) == expected


def test_the_audit_turns_the_opened_owners_off_and_back():
    assert without_rule("opened_owners", lambda: probe_figure("figs-county-2018", "开放床位1200张").indicator) == (
        "床位数量", "县人民医院新院区开放床位数量")
