"""Which numbers are figures (issue #13, item 2): units that were missed (岁, 年 of a length of schooling,
computing power, 度, ratios to one, concentrations, a unit written two ways) and counts that are
scopes (existing sets, a plan's own items) or capacities inside a project's name. Real text of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract


def _figures(snippet: str, part: str = "plan", year: int = 2026) -> list[tuple]:
    return [(q.value, q.unit, q.comparator) for q in extract(snippet, part, year)]


@pytest.mark.parametrize("snippet, expected", [
    # anhui, guangdong, guizhou, hunan, shanxi 2026: a life expectancy in years of age
    ("基本公共服务均等化水平明显提升，人均预期寿命提高到80岁以上，社会治理更高效。", (Decimal("80"), "岁", ">=")),
    # guizhou, heilongjiang, ningxia, qinghai 2026: years of schooling, 年 as a measure after 年限
    ("完善社会保障体系，新增劳动力平均受教育年限达到14.2年，人均预期寿命再提高1.5岁。", (Decimal("14.2"), "年", "=")),
    # anhui, qinghai 2026 (万P), guizhou 2026 (Eflops): computing power
    ("提升统筹调度能力，新增智能算力1.7万P。", (Decimal("1.7"), "万P", "=")),
    ("制定算电协同长效措施，全省算力规模突破190Eflops。", (Decimal("190"), "Eflops", ">")),
    # neimenggu, ningxia, qinghai 2026: 度 is a kilowatt-hour
    ("确保新增新能源装机3000万千瓦、新能源发电量超3000亿度。", (Decimal("3000"), "亿度", ">")),
    # chongqing, hainan, yunnan, guangdong 2026: a ratio to one, the colon of 1：1 no clause mark
    ("力争到2030年，城乡居民收入比缩小至2.1∶1左右，常住人口城镇化率达到70%。", (Decimal("2.1"), "∶1", "≈")),
    ("农产品加工业总产值与农业总产值之比突破1：1。", (Decimal("1"), "：1", ">")),
    # guizhou, hunan (微克/立方米), jilin 2026 (克/千克): concentrations
    ("力争PM2.5浓度下降到33微克/立方米左右。", (Decimal("33"), "微克/立方米", "≈")),
    ("全省土壤有机质平均含量28克/千克。", (Decimal("28"), "克/千克", "=")),
    # jilin, liaoning, sichuan, guangdong 2026: a count written in two units keeps both
    ("新建和改善提升绿水长廊1000公里，建设幸福河湖10条（段）。", (Decimal("10"), "条（段）", "=")),
    ("开放共享科研设施和科研仪器1万台（套）以上。", (Decimal("1"), "万台（套）", ">=")),
])
def test_a_figure_in_a_unit_once_missed_is_found(snippet, expected):
    assert expected in _figures(snippet)


def test_an_age_bounding_who_qualifies_is_no_figure_and_stays_in_the_name():
    # guangdong 2026
    qs = extract("其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上。", "plan", 2026)
    assert [q.unit for q in qs] == ["%", "%"]
    assert any(q.indicator.startswith("0—6岁") for q in qs)


@pytest.mark.parametrize("snippet, value", [
    # sichuan, shanxi, liaoning, shandong, hunan 2026: a count of an existing set strengthened or focused on
    ("加快打造6个万亿级产业，做优做强5个国家先进制造业集群，提升省级产业集群能级。", Decimal("5")),
    ("聚焦13个产业集群，细分培育30条以上产业链。", Decimal("13")),
    ("建强2个国家级和22个省级区域医疗中心。", Decimal("22")),
    ("守护、利用好531处国保单位。", Decimal("531")),
    # neimenggu, guizhou, jilin 2026: ... or said to run better
    ("推动呼和浩特、鄂尔多斯、满洲里3个综保区高质量发展。", Decimal("3")),
    # anhui, liaoning, shanxi, xinjiang, shandong 2026: a count of a plan's own items
    ("统筹安排省级财政资金350亿元以上，实施稳经济30项举措。", Decimal("30")),
    ("为实现上述指标，《纲要（草案）》安排了18个领域的重点任务。", Decimal("18")),
    # jiangxi, qinghai, shanxi 2026: how many leading industries each county is to pick
    ("支持各县集中资源发展1-2个主导产业。", Decimal("1")),
])
def test_a_count_that_is_a_scope_is_no_figure(snippet, value):
    assert value not in [v for v, _, _ in _figures(snippet)]


def test_a_plans_items_counted_in_a_review_are_what_was_done():
    # the review counts the measures carried out (hubei 2026), unlike a plan's
    assert (Decimal("352"), "项", "=") in _figures("352项重要改革举措稳步实施。", "review")


@pytest.mark.parametrize("snippet, value", [
    # jilin 2026: capacity a project releases is no figure of it
    ("发展玉米精深加工业，推动吉林梅花60万吨赖氨酸等项目释放产能，抓好中粮油脂项目建设。", Decimal("60")),
    # hailaer-2013/2014: a mine's capacity inside its name
    ("另一方面要抓好现有工业项目。确保大唐700万吨露天矿一季度完成核准并开工建设。", Decimal("700")),
])
def test_a_capacity_inside_a_project_name_is_no_figure(snippet, value):
    assert value not in [v for v, _, _ in _figures(snippet)]

