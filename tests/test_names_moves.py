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
    ("务实办好西博会、项目签约3543亿元，30批次副国级以上外国政要来川访问。", "项目签约额"),
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


@pytest.mark.parametrize("snippet, expected", [
    # hubei, shanxi, qinghai, shandong, ningxia 2026: what the things counted won, were named or
    # approved as, or who promoted them, names them (as 入选/获评 do); not a verb inside the name
    ("潜江、松滋等10个县市获批国家新型城镇化试点，曾都移动应急装备、下陆电子电路铜箔等18个产业集群入选国家级中小企业特色产业集群。",
     ("国家新型城镇化试点县市数量", Decimal("10"))),
    ("13个县被命名为国家生态文明建设示范区，9个县（区）获评“两山”实践创新基地。",
     ("国家生态文明建设示范区县数量", Decimal("13"))),
    ("59个产品获得香港STC优质“正”印认证，冻鳟鱼出口占全国同类产品出口总值的98.5%。",
     ("香港STC优质“正”印认证产品数量", Decimal("59"))),
    ("3家单位获中国质量奖。", ("中国质量奖单位数量", Decimal("3"))),
    ("先行区建设6个方面16条经验被国家发展改革委集中推广，经济发展向绿向智向新向优步伐全面加快。",
     ("国家发展改革委集中推广经验数量", Decimal("16"))),
])
def test_what_the_things_counted_won_or_were_named_names_them(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # shanghai, guangdong, xinjiang 2026: what the things counted came to (实现X) names them
    ("加强惠企政策全流程服务，市、区两级709个政策项目实现免申即享，服务企业超过628万次。",
     ("免申即享政策项目数量", Decimal("709"))),
    ("198项高频政务服务事项实现跨境通办。", ("跨境通办高频政务服务事项数量", Decimal("198"))),
    # jinghai 2021: 全部 says all of them came to it, so they are counted by what they are
    ("三年累计投入22亿元，120个困难村全部实现“三美四全五均等”。", ("困难村数量", Decimal("120"))),
    # guangxi 2026: helped to an end (帮助…实现), the end is a goal and does not name them
    ("帮助8万户以上群众实现安居梦。", ("群众户数", Decimal("8"))),
])
def test_what_the_things_counted_came_to_names_them(snippet, expected):
    assert expected in names(snippet, "review")
