"""A count of people or households followed in its clause by an amount or an age bound is a figure (figures47;
docs/checks/figures-people-figures47.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import brief, extract, names

pytestmark = pytest.mark.unit

ELDERLY = "为1467位80岁以上低收入老年人发放高龄补贴176万元；为3729户低收入农牧户发放冬煤补贴223.7万元。"   # hailaer-2014
WAGES = "全面落实农民工工资支付保障制度，为2.15万名劳动者追回工资2.65亿元。"      # qinghai-2026


def _review(text: str, year: int = 2026) -> list[tuple]:
    return [brief(q) for q in extract(text, "review", year)]


def test_a_served_count_before_an_amount_is_no_qualifier():
    """为N户X发放Y M万元: the households are counted (hailaer-2014's gold 冬煤补贴受益农牧户数), the amount too."""
    got = _review(ELDERLY, 2014)
    assert ("冬煤补贴受益低收入农牧户户数", 3729, "户", "=") in got
    assert ("冬煤补贴", pytest.approx(223.7), "万元", "=") in [(n, float(v), u, c) for n, v, u, c in got]


def test_a_served_count_before_an_amount_names_the_act_done_for_them():
    """为N名X追回工资M亿元: the people the wages were got back for, the amount named as before."""
    assert [(n, float(v)) for n, v in names(WAGES, "review")] == [("追回工资的劳动者人数", 2.15), ("劳动者追回工资", 2.65)]


def test_an_age_bound_after_the_count_is_skipped_and_stays_no_figure():
    """为N位80岁以上X发放Y: the count is named by the people past the age bound; 80岁 is no figure."""
    got = _review(ELDERLY, 2014)
    assert ("高龄补贴受益低收入老年人人数", 1467, "位", "=") in got
    assert not [g for g in got if g[2] == "岁"]
    # shanxi-2026: no amount after the benefit
    assert _review("为87万名80岁以上老年人发放高龄津贴。") == [("高龄津贴受益老年人人数", 87, "万名", "=")]


def test_a_count_of_visits_served_is_named_by_who_is_served():
    """hailaer-2013: 人次 is the count's unit, not the first character of who is served."""
    got = _review("创业就业优惠政策全面落实，为9373人次就业困难人员发放社保补贴2368万元。", 2013)
    assert got[0] == ("社保补贴受益就业困难人员人次", 9373, "人次", "=")


# ---- what the rules leave alone
def test_a_people_qualifier_not_after_wei_stays_a_qualifier():
    """hainan-2026: 每10万人口 is the base of the rate, no count of people served."""
    got = names("新增普通高校7所，每10万人口高等教育平均在校生增长27%；硕士点数量增长50%，博士点数量翻番。", "review")
    assert [v for _, v in got] == [7, 27, 50]


def test_an_age_figure_stays_a_figure():
    """shanxi-2026: an age that closes its clause is the figure (人均预期寿命), no bound."""
    assert names("推动人均预期寿命达到80岁。") == [("人均预期寿命", 80)]


def test_an_age_bound_after_a_count_of_people_without_wei():
    """guangdong-2026: 3岁以下 is no figure and no longer takes the people from the count's name."""
    got = _review("新建设5个市级托育综合服务中心、10个县级托育服务机构，惠及超50万名3岁以下婴幼儿。")
    assert got[-1] == ("受益婴幼儿人数", 50, "万名", ">")
    assert not [g for g in got if g[2] == "岁"]


def test_a_count_of_things_before_another_count_keeps_its_span():
    """guizhou-2026: the cut at the next number is for people only; things keep the span they had."""
    qs = extract("优化省市县乡村五级医疗卫生服务体系，推进5个国家区域医疗中心和6个省级区域医疗中心高效运行。", "plan", 2026)
    assert qs[0].label == "5个国家区域医疗中心和6个省级区域医疗中心高效运行"
