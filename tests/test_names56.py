"""Indicator names (issue 13, names56): two acts written as one compound opening with a making act name the
count whole, the second verb in no list or not (培育认定X → X培育认定数量); 实施/打造, a governor and 开工建设 are
exceptions, and a stock keeps the thing's bare name. See docs/checks/indicator-acts-names56.md. The sentences are
dev sentences (fujian, jiangxi, jilin, hainan, shanghai, guangdong, liaoning, guizhou 2026)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # fujian 2026: 筹集 is in no act list; 开工 opens the compound
    ("高质量推进城市更新，开工筹集城中村改造安置住房1500套，建设城市片区更新、社区改造省级项目15个。",
     ("城中村改造安置住房开工筹集套数", Decimal("1500"))),
    # jiangxi 2026 (was 省级工业设计中心认定数量: the last verb alone)
    ("大力发展科技型服务业，建成国家级江西省知识产权保护中心，培育认定省级工业设计中心20个以上，"
     "加快推进国家级省级质检中心和计量中心建设。", ("省级工业设计中心培育认定数量", Decimal("20"))),
    # jilin 2026: the things after the number
    ("发展数字消费、绿色消费，推进首发经济，引进培育100家首店。", ("首店引进培育数量", Decimal("100"))),
    # hainan 2026
    ("培育建设3个省级市县域产教联合体。", ("省级市县域产教联合体培育建设数量", Decimal("3"))),
])
def test_a_compound_opening_with_a_making_act_is_the_act_whole(sentence, expected):
    assert expected in names(sentence, "plan")


@pytest.mark.parametrize("sentence, expected", [
    # shanghai 2026: 打造 is dropped by the guideline, in a compound too (its gold: 融合性服务消费新场景数量)
    ("促进服务业提质增效和消费提振扩容联动发展，培育打造20个融合性服务消费新场景。",
     ("融合性服务消费新场景数量", Decimal("20"))),
    # guangdong 2026: 启动 is no making act; the making act alone stays
    ("启动建设7个省级渔港经济区，新建重力式深水网箱2000个，水产品总产量再创新高。",
     ("省级渔港经济区建设数量", Decimal("7"))),
    # (chongqing 2026's 建设筹集各类保障性住房 moved to tests/test_names120.py: the compound stays whole, names120)
])
def test_an_exception_in_the_compound_is_left_out(sentence, expected):
    assert expected in names(sentence, "plan")


@pytest.mark.parametrize("sentence, expected", [
    # liaoning 2026 and guizhou 2026: things the place reaches, no act of the year on them
    ("拓展入境消费，离境退税店达到1000家。", ("离境退税店数量", Decimal("1000"))),
    ("建设贵阳、遵义国家物流枢纽，打造5条多式联运示范线路，A级物流企业达210家。", ("A级物流企业数量", Decimal("210"))),
])
def test_a_stock_keeps_the_bare_name(sentence, expected):
    assert expected in names(sentence, "plan")
