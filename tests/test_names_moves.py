"""Indicator names without the words of how a figure moved (issue 13, item 2): a verb of movement
with no value after it is cut as 迈上 is, and a one-character particle or comparator that completes
a word with the character before it stays (平均, 签约). Real sentences of dev reports."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # ningxia 2026, neimenggu 2026, liaoning 2026, jiangsu 2026, jilin 2026
    ("地区生产总值跨越5000亿元大关，年均增长5.7%。", ("地区生产总值", Decimal("5000"))),
    ("积极争创中国（内蒙古）自由贸易试验区，进出口总值翻番达到2206亿元。", ("进出口总额", Decimal("2206"))),
    ("粮食产量跃上500亿斤台阶。", ("粮食产量", Decimal("500"))),
    ("PM2.5年均浓度较“十三五”末改善16.5%，连续5年达国家二级标准。", ("PM2.5年均浓度", Decimal("16.5"))),
    ("优良天数比例上升3个百分点，环境空气质量稳居全国第一方阵。", ("优良天数比例", Decimal("3"))),
])
def test_a_verb_of_movement_is_cut_from_the_name(snippet, expected):
    assert names(snippet, "review")[0] == expected


@pytest.mark.parametrize("snippet, expected", [
    # ningxia 2026 and shanghai 2026: 均 of 平均 is no 'each'; sichuan 2026: 约 of 签约 is no 'about'
    ("城镇调查失业率平均为5.2%，居民消费价格指数持平。", "城镇调查失业率"),
    ("务实办好西博会、项目签约3543亿元，30批次副国级以上外国政要来川访问。", "项目签约"),
])
def test_half_a_word_is_not_peeled(snippet, expected):
    name = names(snippet, "review")[0][0]
    assert name.endswith(expected)


def test_the_lint_finds_garbled_half_and_verbal_names():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from name_lint import kinds
    assert "half" in kinds("城镇调查失业率平", "%", "城镇调查失业率平均为5.2%")
    assert "half" not in kinds("城镇调查失业率", "%", "城镇调查失业率平均为5.2%")
    assert "verbal" in kinds("地区生产总值跨越", "亿元", "地区生产总值跨越5000亿元")
    assert "verbal" not in kinds("一般公共预算收入", "%", "一般公共预算收入增长2%")
    assert "garbled" in kinds("经验被国家发展改革委集中推广数量", "条", "")
    assert "garbled" not in kinds("草原综合植被盖度", "%", "")
