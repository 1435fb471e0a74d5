"""Figure names on the provincial dev reports, a fresh hand-read sample (names79, issue 13;
docs/checks/indicator-names79.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # shanxi 2026: a level reached (优良水质) is a standard too; was the bare stock 主要支流入黄口数量
    ("——绿色转型成效明显。空气质量逐年改善。黄河干流山西段达到Ⅱ类优秀水质，16条主要支流入黄口全部达到优良水质。", "16",
     "达到优良水质的主要支流入黄口数量"),
    # neimenggu 2026: the products' energy use reached it; was 产品能耗数量 (a count of 产品能耗)
    ("单位GDP能耗累计下降18%，建成自治区级以上绿色工厂510个、绿色园区32个，钢铁、有色、化工等重点行业46种产品能耗达到国家先进值，"
     "鄂尔多斯蒙苏经济开发区、包头稀土高新技术产业开发区入选首批国家级零碳园区建设名单。", "46", "能耗达到国家先进值的产品数量"),
])
def test_things_counted_after_their_number_named_by_the_level_they_reached(sentence, value, expected):
    assert name_of(sentence, value) == expected


def test_the_standard_reached_keeps_names78s_form():
    # yunnan 2026 (names78): the reached standard is still named before the things
    assert name_of("124个县域医共体全部达到紧密型标准，医改经验向全国推介。", "124") == "达到紧密型标准的县域医共体数量"


@pytest.mark.parametrize("sentence, value, part, expected", [
    # xinjiang 2026: was 高新技术企业, no measure
    ("累计建成国家级和部级科技创新平台基地160个，研发投入翻一番，高新技术企业增长3.2倍，发展新动能进一步夯实。", "3.2", "review",
     "高新技术企业数量"),
    # shandong 2026: was 5G基站
    ("5G基站增长4.3倍，算力规模增长3.5倍，智能算力占比超过50%。", "4.3", "review", "5G基站数量"),
    # hainan 2026: was 持有效工作许可外国专家
    ("持有效工作许可外国专家增长26%。", "26", "review", "持有效工作许可外国专家人数"),
    # hainan 2026, its gold: was 来琼工作外国人
    ("启动外国人才三年倍增行动，优化外国人工作许可管理服务，来琼工作外国人增长20%。", "20", "plan", "来琼工作外国人人数"),
])
def test_a_change_of_things_or_people_named_bare_is_a_change_of_how_many(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # jilin 2026: a measure of the firms, not the firms: no count measure
    ("深入实施国企改革深化提升行动，实现国有资本收益107.2亿元、增长65.9%，省属企业营业收入、利润分别增长6%、60.7%。", "6",
     "省属企业营业收入"),
    # shandong 2026: a growth in 倍 of a size keeps its name
    ("5G基站增长4.3倍，算力规模增长3.5倍，智能算力占比超过50%。", "3.5", "算力规模"),
])
def test_a_change_of_a_measure_keeps_its_name(sentence, value, expected):
    assert name_of(sentence, value) == expected
