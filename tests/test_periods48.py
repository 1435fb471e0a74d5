"""periods48: a five-year review block dated as one year (docs/checks/periods-review-periods48.md). Qinghai's 五年来
block was dated 2025 (its opener looks back in its third sentence), hainan's paragraphs opening on a year a figure
names left the block, shanxi's year review under a heading naming only the plan was dated 2021–2025, and a change
from a named base year (2025年X较2020年增长N) was dated 2025. One regression test per fault, on dev report text; the
year's own review and a figure naming its own year keep it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract

BOTH = "2025年和“十四五”时期工作回顾"


def periods(text: str, heading: str, part: str = "review") -> dict:
    """(indicator, value) → (start year, end year) of the figures of a 2026 report's part."""
    return {(q.indicator, q.value): (q.start_year, q.end_year) for q in extract(text, part, 2026, heading)}


@pytest.mark.unit
def test_an_opener_looking_back_in_its_third_sentence_opens_the_five_year_review():
    """Qinghai 2026: 五年来 stands in the opener's third sentence (after 回首奋斗历程，…), so its first clause's
    2025 dated the "这是…的五年" sections 2025; the year's own review before it stays 2025."""
    text = ("2025年是“十四五”收官之年，是青海发展历程中很不平凡的一年。全省经济运行总体平稳、稳中有进，"
            "地区生产总值增长4.1%，全体居民人均可支配收入增长5.1%。\n"
            "各位代表！2025年主要目标任务圆满完成，标志着“十四五”胜利收官。回首奋斗历程，最让我们铭记于心、"
            "倍感振奋的是，习近平总书记始终心系青海大地、情系青海人民。五年来，我们牢记嘱托、感恩奋进，"
            "青海步入发展最好、变化最大、群众得实惠最多的历史时期。\n"
            "这是改革开放步伐显著加快的五年。\n"
            "共建全国统一大市场扎实推进，营商便利度逐年提升，经营主体突破62万户。\n")
    got = periods(text, BOTH)
    assert got[("地区生产总值", Decimal("4.1"))] == (2025, 2025)
    assert got[("经营主体户数", Decimal("62"))] == (2021, 2025)


@pytest.mark.unit
def test_a_year_a_figure_names_keeps_its_paragraph_in_the_five_year_review():
    """Hainan 2026: 2025年人均生产总值… in the second clause made the whole paragraph 2025 (年均增长9% too);
    the figure naming its own year keeps it, and so does 13个重点园区2025年营业收入."""
    text = ("五年来，我们坚定不移贯彻新发展理念，在推动高质量发展中实现综合实力新跨越。经济实力显著提升。\n"
            "全省地区生产总值连跨3个千亿级台阶，2025年人均生产总值提升至7.6万元。规上工业增加值年均增长9%。"
            "税收占一般公共预算收入比重超75%，一般公共预算支出增长31.3%。\n"
            "成功创建石化新材料、现代金融、现代商贸3个千亿级，食品工业、现代种业2个百亿级产业集群。"
            "13个重点园区2025年营业收入突破2.5万亿元。\n")
    got = periods(text, BOTH)
    assert got[("人均生产总值", Decimal("7.6"))] == (2025, 2025)
    assert got[("规模以上工业增加值", Decimal("9"))] == (2021, 2025)
    assert got[("一般公共预算支出", Decimal("31.3"))] == (2021, 2025)
    assert got[("重点园区营业收入", Decimal("2.5"))] == (2025, 2025)


@pytest.mark.unit
def test_the_year_opened_as_a_topic_closes_the_five_year_review():
    """Yunnan 2026: 刚刚过去的2025年，是… opens the year's review after the 这五年 sections; its sub-sections are 2025."""
    text = ("这五年，我们完整准确全面贯彻新发展理念，全力推动高质量发展，经济实力迈上新台阶。\n"
            "地区生产总值突破3万亿元、年均增长4.7%，人均地区生产总值超1万美元。\n"
            "各位代表！刚刚过去的2025年，是云南发展历程中具有重要里程碑意义的一年。\n"
            "（一）经济运行顶住压力、稳中有进。\n"
            "强化经济运行分析研究，出台稳增长政策32项，向民间资本推介项目325个。\n")
    got = periods(text, "“十四五”时期和2025年工作回顾")
    assert got[("地区生产总值", Decimal("4.7"))] == (2021, 2025)
    assert got[("稳增长政策数量", Decimal("32"))] == (2025, 2025)
    assert got[("向民间资本推介项目数量", Decimal("325"))] == (2025, 2025)


@pytest.mark.unit
def test_the_year_review_under_a_heading_naming_only_the_plan_is_the_year():
    """Shanxi 2026: under “十四五”时期工作回顾 the paragraphs after 刚刚过去的2025年，… were dated 2021–2025."""
    text = ("——经济运行稳中有进。地区生产总值超过2.5万亿元、年均增长5%。\n"
            "刚刚过去的2025年，习近平总书记党的十八大以来第五次亲临山西考察，全省上下深受鼓舞、倍感振奋。"
            "全年GDP增长4%，快于2024年1.8个百分点。\n"
            "加强科技创新，驱动能源转型。全年规上原煤产量13.05亿吨、增长2.1%。布局13个绿电产业园区。\n")
    got = periods(text, "“十四五”时期工作回顾")
    assert got[("地区生产总值", Decimal("5"))] == (2021, 2025)
    assert got[("规上原煤产量", Decimal("13.05"))] == (2025, 2025)
    assert got[("绿电产业园区数量", Decimal("13"))] == (2025, 2025)


@pytest.mark.unit
def test_a_target_year_inside_its_name_stays_the_plan_deadline():
    """Shanxi 2026: 非常规天然气产量2030年达到300亿立方米 is a 十五五 target (gold 2026–2030): the year between
    owner and thing dates Outcomes only."""
    text = "发挥煤电兜底保障和系统调节作用，力争新增可再生能源装机1亿千瓦，非常规天然气产量2030年达到300亿立方米。"
    got = periods(text, "“十五五”时期总体要求和目标任务", part="outlook")
    assert got[("非常规天然气产量", Decimal("300"))] == (2026, 2030)


@pytest.mark.unit
@pytest.mark.parametrize("text, key", [
    ("经济实力实现新跨越，地区生产总值年均增长4.8%，2025年总量比2020年增加超7400亿元，经济结构持续优化。",   # Guangxi
     ("地区生产总值增加额", Decimal("7400"))),
    ("“百万人才进海南”行动计划提前完成。创新外国人工作许可制度，2025年外国人来琼工作人数较2020年增长90%。",   # Hainan
     ("外国人来琼工作人数", Decimal("90"))),
])
def test_a_change_from_a_named_base_year_runs_from_the_year_after_it(text, key):
    """2025年X较2020年增长N was dated 2025: like 从2020年的A提高到2025年的B, the change spans 2021–2025."""
    assert periods(text, BOTH)[key] == (2021, 2025)
