"""Indicator lists, periods and restatements on real report sentences (extract/lists.py, names.py, period
rules, quantities.first_statements)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from policykg.extract.lists import complete_member, members
from policykg.extract.names import clean
from quantity_helpers import extract

REVIEW_BOTH = "“十四五”时期和2025年工作回顾"


def named(snippet: str, part: str = "review", year: int = 2026, heading: str = REVIEW_BOTH) -> list:
    return [(q.indicator, q.value) for q in extract(snippet, part, year, heading)]


@pytest.mark.parametrize("snippet, expected", [
    ("现代农业产业集群体系加快构建，农产品网络零售额、乡村旅游经营收入分别增长6.5%、10.1%。",        # Chongqing
     [("农产品网络零售额", Decimal("6.5")), ("乡村旅游经营收入", Decimal("10.1"))]),
    ("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。",                                # Jiangsu
     [("城镇常住居民人均可支配收入", Decimal("6.9")), ("农村常住居民人均可支配收入", Decimal("3.4")),
      ("城镇常住居民人均可支配收入", Decimal("4.2")), ("农村常住居民人均可支配收入", Decimal("5.3"))]),
    ("学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率分别达到93.5%、98.3%、98.5%、64.3%。",
     [("学前教育毛入园率", Decimal("93.5")), ("义务教育巩固率", Decimal("98.3")),
      ("高中阶段毛入学率", Decimal("98.5")), ("高等教育毛入学率", Decimal("64.3"))]),
    ("制造业、普惠小微贷款余额分别增长10.7%、13.3%。",
     [("制造业贷款余额", Decimal("10.7")), ("普惠小微贷款余额", Decimal("13.3"))]),
    ("水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。",
     [("水果产量", Decimal("2050")), ("蔬菜产量", Decimal("4200")), ("茶叶产量", Decimal("19"))]),
])
def test_value_lists_name_each_member(snippet, expected):
    assert named(snippet) == expected


def test_ordinals_before_a_shared_head_are_members():
    """Guizhou 2026: 一二三产增加值 with three values names the three sectors, by their full names (the gold)."""
    text = "主要预期目标是：地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。"
    assert named(text, "plan", heading="2026年工作安排")[1:] == [
        ("第一产业增加值", Decimal("3.5")), ("第二产业增加值", Decimal("6")), ("第三产业增加值", Decimal("5"))]
    assert members("一二三产增加值", 2) is None


def test_members_and_completion():
    assert members("城乡居民人均可支配收入", 2) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert members("一、二、三产业增加值", 3) == ["一产业增加值", "二产业增加值", "三产业增加值"]
    assert members("生产安全事故起数、死亡人数", 3) is None
    assert complete_member("国内游客", "入境游客数量") == "国内游客数量"


@pytest.mark.parametrize("raw, name", [("地区生产总值按", "地区生产总值"), ("地区生产总值迈上", "地区生产总值"),
                                       ("粮食综合生产能力2030年", "粮食综合生产能力"), ("要确保里程", "里程"),
                                       ("九是为既有住宅加装电梯", "为既有住宅加装电梯")])
def test_name_clean_up(raw, name):
    assert clean(raw) == name


def test_gdp_target_worded_with_an() -> None:
    """Jiangsu 2026: 地区生产总值按增长5%安排 is a GDP target, not one of 地区生产总值按."""
    (q,) = extract("全省地区生产总值按增长5%安排。", "plan", 2026)
    assert (q.indicator, q.value) == ("地区生产总值", Decimal("5"))


def review_periods(text: str, heading: str) -> dict:
    """(indicator, value) → (start year, end year) of the figures of a 2026 review part under ``heading``."""
    return {(q.indicator, q.value): (q.start_year, q.end_year) for q in extract(text, "review", 2026, heading)}


def test_five_year_review_paragraphs_until_the_year_opens_one():
    """Jiangsu 2026: the 十四五 opening holds for the sub-sections after it; 刚刚过去的2025年 and its
    —— paragraphs are 2025."""
    text = ("“十四五”时期是江苏发展历程中极不平凡的五年。\n"
            "（一）经济实力显著增强。地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%，"
            "人均地区生产总值达16.7万元。\n"
            "各位代表，刚刚过去的2025年，全省上下着力稳就业、稳企业。\n"
            "——“向优”的质效稳步提升。规上工业企业利润增长6%。\n")
    periods = review_periods(text, REVIEW_BOTH)
    assert periods[("地区生产总值", Decimal("14.2"))] == (2021, 2025)
    assert periods[("人均地区生产总值", Decimal("16.7"))] == (2021, 2025)
    assert periods[("规上工业企业利润", Decimal("6"))] == (2025, 2025)


def test_dash_paragraphs_opening_with_these_five_years():
    """Anhui 2026: "——这五年，…" paragraphs after "2025年是“十四五”收官之年。…" are the five-year review."""
    text = ("2025年是“十四五”收官之年。回望“十四五”这极不寻常、极不平凡的五年，我们坚定不移推进高质量发展。\n"
            "——这五年，创新动能更加强劲。研发人员总量年均增长11.2%，科技型中小企业数增长4.9倍。\n")
    periods = review_periods(text, "一、“十四五”时期和2025年工作回顾")
    assert periods[("研发人员总量", Decimal("11.2"))] == (2021, 2025)
    assert periods[("科技型中小企业数", Decimal("4.9"))] == (2021, 2025)


def test_a_second_sentence_looking_back_five_years_opens_the_five_year_review():
    """Guizhou and Fujian 2026: "2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，…"
    opens the five-year review although its first clause names 2025; the sub-sections after it are
    2021–2025, and the year's own paragraphs before it stay 2025."""
    text = ("——民生福祉持续增进。城镇新增就业62.6万人。\n"
            "各位代表！2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，贵州经济社会发展条件明显改善。\n"
            "（一）全面转向高质量发展新阶段。电力装机规模突破1亿千瓦。\n")
    periods = review_periods(text, "2025年和“十四五”时期工作回顾")
    assert periods[("城镇新增就业人数", Decimal("62.6"))] == (2025, 2025)
    assert periods[("电力装机规模", Decimal("1"))] == (2021, 2025)


def test_annual_average_target_runs_over_the_plan():
    """Liaoning 2026: a 年均 target in the part “十五五”时期目标任务和2026年工作 is 2026–2030."""
    text = "《纲要（草案）》明确了经济社会发展主要指标：一是围绕经济发展，提出6项指标，其中地区生产总值年均增长5%左右。"
    qs = [q for q in extract(text, "plan", 2026, "“十五五”时期目标任务和2026年工作") if q.indicator == "地区生产总值"]
    assert [(q.start_year, q.end_year) for q in qs] == [(2026, 2030)]


PLAN_BOTH = "二、“十五五”时期目标任务和2026年工作安排"
OUTLINE = ("《纲要（草案）》明确了经济社会发展主要指标：三是围绕民生福祉，提出8项指标，其中居民人均可支配收入增长与经济增长同步，"
           "城镇调查失业率5.5%左右。四是围绕绿色低碳，提出7项指标，其中非化石能源占能源消费总量比重21%。\n")
YEAR_TARGETS = "全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右，城镇调查失业率5.5%左右。\n"


def plan_periods(text: str, heading: str = PLAN_BOTH) -> list:
    """(indicator, value, start year, end year) of the figures of a 2026 plan part under ``heading``."""
    return [(q.indicator, q.value, q.start_year, q.end_year) for q in extract(text, "plan", 2026, heading)]


def test_outline_paragraphs_of_a_plan_part_are_the_plans_until_the_year_opens():
    """Liaoning 2026: in “十五五”时期目标任务和2026年工作安排 the 《纲要（草案）》 paragraphs after the one naming
    the outline state 2026–2030 figures; 今年是… opens the year, and its targets are 2026's."""
    text = ("党的二十届四中全会对未来五年我国经济社会发展作出顶层设计和战略擘画。省政府编制了《辽宁省国民经济和社会发展"
            "第十五个五年规划纲要（草案）》，提请本次大会审议。\n"
            "《纲要（草案）》提出了经济社会发展奋斗目标：全省经济实力显著增强。\n" + OUTLINE +
            "今年是“十五五”开局之年，必须迈好第一步、展现新气象。\n" + YEAR_TARGETS)
    assert plan_periods(text) == [
        ("城镇调查失业率", Decimal("5.5"), 2026, 2030), ("非化石能源占能源消费总量比重", Decimal("21"), 2026, 2030),
        ("地区生产总值", Decimal("4.5"), 2026, 2026), ("城镇调查失业率", Decimal("5.5"), 2026, 2026)]


def test_the_years_main_targets_open_the_year_and_a_year_heading_keeps_its_year():
    """Liaoning 2026: …主要预期目标是： opens the year right after the outline; under a heading naming only the
    year (2026年工作安排) the outline's short name opens nothing."""
    periods = plan_periods(OUTLINE + YEAR_TARGETS)
    assert [p[2:] for p in periods] == [(2026, 2030), (2026, 2030), (2026, 2026), (2026, 2026)]
    assert {p[2:] for p in plan_periods(OUTLINE + YEAR_TARGETS, "三、2026年工作安排")} == {(2026, 2026)}


def test_a_figure_restated_in_the_same_words_is_kept_where_first_stated():
    """Inner Mongolia 2026: the year's targets and tasks, then the same figures in its 民生实事 list; Guangdong
    2026: a task's road figure repeated under its 民生实事 heading."""
    text = ("今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.7%左右，城镇新增就业18万人以上。\n"
            "二要实施稳岗扩容提质工程。用足用好稳岗返还、税费减免等政策工具，开展职业技能培训40万人次。\n"
            "2.实现城镇新增就业18万人以上，发布就业岗位50万个以上，开展职业技能培训40万人次（牵头单位：人社厅）。\n"
            "组团式推进镇村片区建设，新建和改造提升农村公路2500公里，推进农村厕所革命。\n"
            "新建和改造提升农村公路2500公里，其中县道提档升级建设里程超600公里。\n")
    qs = extract(text, "plan", 2026, "2026年重点工作")
    spans = {}
    for q in qs:
        spans.setdefault(text[q.span.start:q.span.end], []).append(q.span.start)
    for quote in ("城镇新增就业18万人以上", "开展职业技能培训40万人次", "新建和改造提升农村公路2500公里"):
        assert spans[quote] == [text.index(quote)]
    assert len(qs) == len({(q.indicator, q.value, text[q.span.start:q.span.end]) for q in qs})


def test_the_same_reading_in_other_words_stays_two():
    """Jinghai 2021: two parks' 等7个项目 name other projects: two figures, each named after its park (names42)."""
    text = ("中旺航空产业园重点发挥中航表面处理中心引领作用，推进科维尔等7个项目加快建设。"
            "国际商贸物流园加快红星美凯龙二期、鲲宝物流等7个项目建设。")
    qs = [q for q in extract(text, "plan", 2021, "2021年工作安排") if q.value == Decimal("7")]
    assert sorted(q.indicator for q in qs) == ["中旺航空产业园项目数量", "国际商贸物流园项目数量"]


@pytest.mark.parametrize("snippet", [
    "5.5%左右的预期增长目标与“十五五”发展目标总体衔接，与湖北经济增长潜力基本吻合。",         # Hubei 2026
    "确定4.5%左右的增长目标，在实际工作中努力争取更好结果。",                                   # Liaoning 2026
    "推进长江沿线1公里化工腾退地块修复。",
    "地区生产总值连续迈上4个万亿元台阶。",
])
def test_not_figures(snippet):
    assert extract(snippet, "plan", 2026) == []
