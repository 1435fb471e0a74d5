"""What a figure drives (带动/拉动) keeps its driver, read from the clause before it or its own subject (names95,
issue 13; docs/checks/names-read-names95.md; guideline names69). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

FUJIAN = "开展“全闽乐购”等促消费活动近万场，加力扩围以旧换新，带动消费791亿元，惠及消费者750多万人次。"
SHANDONG = ("实施提振消费“五大工程”，推进以旧换新扩围提质，落实资金280多亿元，带动商品销售2000多亿元，新能源汽车、"
            "智能家电、智能手机限上零售额分别增长8.7%、31.5%和32.3%。")
QINGHAI = ("青海拉面产业带动力不断增强，“青绣”“互助家政”“乐都水暖工”“高原雪山向导”等特色劳务品牌培育壮大，"
           "带动就业超48万人次。")
LIAONING = ("推进文旅体商融合发展，举办超千场体育赛事、近百场大型演唱会，“票根经济”带动在线旅游收入增长近7倍，"
            "延时开放热门文博场馆。")
JIANGXI = "消费品以旧换新带动相关商品销售超800亿元、惠及消费者750余万人次；"


@pytest.mark.parametrize("text, value, expected", [
    (FUJIAN, "791", "以旧换新带动消费"),                  # opening verbs peel_left does not know (加力扩围)
    (SHANDONG, "2000", "以旧换新带动商品销售额"),          # a closing predicate (扩围提质), past the bare money
    (QINGHAI, "48", "特色劳务品牌带动就业人次"),           # the group after 等 of a listed subject
    (LIAONING, "7", "“票根经济”带动在线旅游收入"),         # its own quoted subject, whatever it drives
    (FUJIAN, "750", "以旧换新受益消费者人次"),             # those reached by what the driver drives are its own
    (JIANGXI, "750", "消费品以旧换新受益消费者人次"),
])
def test_what_a_figure_drives_keeps_its_driver(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("text, value, expected", [
    # heilongjiang-2026: a clause naming its thing already keeps it whole (促 opens the thing, not the clause)
    ("消费潜能不断激活，开展提振消费专项行动，扩围实施消费品以旧换新，组织系列促消费活动，拉动消费728.4亿元。", "728.4",
     "系列促消费活动拉动消费"),
    # guangdong-2026: a list the clause acts on (配置A、B等设备) is no driver, and 惠及 is not driving
    ("支持超10所县域公办普通高中补短板，改善校舍床位、就餐场所、厕所等基础设施，配置教学仪器、体育器材、照明灯具等"
     "基本设备，惠及超3万名学生。", "3", "受益学生人数"),
    # shandong-2026: the work before 惠及 keeps its treating act (names49), no predicate to drop
    ("“非直供电小区”改造惠及群众106万户。", "106", "“非直供电小区”改造受益群众户数"),
    # hunan-2026: a figure before naming its thing drives, money or not (补贴 with its thing is no bare money)
    ("大力实施提振消费专项行动，发放以旧换新补贴121.9亿元、带动销售金额905亿元，各类文体赛事活动拉动消费超500亿元。",
     "905", "以旧换新补贴带动销售金额"),
    # heilongjiang-2026 (gold 创业带动就业人次): the driver is in the name already
    ("职业技能培训20万人次以上、创业带动就业5万人次以上。", "5", "创业带动就业人次"),
])
def test_driver_controls(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("rule, text, value, before", [
    ("driver_clause", FUJIAN, "791", "消费"),
    ("driven_object", LIAONING, "7", "在线旅游收入"),
    ("driver_of", JIANGXI, "750", "消费品以旧换新带动相关商品销售受益消费者人次"),
    ("money_no_driver", SHANDONG, "2000", "落实资金带动商品销售额"),
])
def test_each_part_is_audited(rule, text, value, before):
    assert without_rule(rule, lambda: name_of(text, value))[0] == before
