"""Indicator names (issue 13, item 2, branch names19): a word standing for two members of a list (存贷款,
存、贷款, 收支) gives each its own name with the words around it, for a respective list of values and for one
value stated for both (双双); a thing counted whose name opens with its grade (500千伏, 4S) is the thing
after the number, not the verb before it. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # guangdong 2026: 存贷款 in a respective list of two values
    ("银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元，招银金投、信银金投开业运营。",
     [("银行机构本外币存款余额", Decimal("38.7")), ("银行机构本外币贷款余额", Decimal("29.9"))]),
    # hainan 2026: 存、贷款 — the owner before 存 is the second member's too
    ("金融机构本外币存、贷款余额分别突破1.5万亿元、1.4万亿元。",
     [("金融机构本外币存款余额", Decimal("1.5")), ("金融机构本外币贷款余额", Decimal("1.4"))]),
    # jiangxi 2026: one value for both members
    ("金融机构本外币存、贷款余额双双突破6万亿元。",
     [("金融机构本外币存款余额", Decimal("6")), ("金融机构本外币贷款余额", Decimal("6"))]),
])
def test_a_contracted_pair_names_both_members(snippet, expected):
    assert names(snippet, "review") == expected


def test_a_pair_of_regions_still_splits():
    # liaoning 2026: 城乡 anywhere before the measure, as before
    assert names("城乡居民低保月均标准分别提高到798元和676元。", "review") == [
        ("城镇居民低保月均标准", Decimal("798")), ("农村居民低保月均标准", Decimal("676"))]


@pytest.mark.parametrize("snippet, expected", [
    # neimenggu 2026, ningxia 2026: a voltage grade opens the thing counted (和 before a second grade stays with it);
    # the name leaves the power grade out, as the blind readers do (names33)
    ("建成20个500千伏输变电工程，启动阿拉善至蒙中地区特高压柔性直流输电线路论证。",
     ("输变电工程建成数量", Decimal("20"))),
    ("新建22个750千伏和330千伏电网工程，首次实现年度内供和外送电量双双超过1000亿度。",
     ("新建电网工程数量", Decimal("22"))),
    # hailaer 2014: a letter grade (4S店), the state after it left out; the park opening the sentence owns them (names42)
    ("中俄蒙国际汽车产业园累计完成投资1.5亿元，新建成的4个4S店正式运营。", ("中俄蒙国际汽车产业园4S店数量", Decimal("4"))),
    # qinghai 2026: a capacity grade; the thing ends before 分别 and before 和 opening a second thing; the 开工
    # closing the clause is the projects' (names104)
    ("全球单机规模最大、技术领先的2座35万千瓦塔式槽式光热发电项目分别在格尔木、德令哈开工。",
     ("塔式槽式光热发电项目开工数量", Decimal("2"))),
    # … and the 建设 closing the clause is the stations' (names34: qinghai's blind gold 光热电站建设数量)
    ("加快格尔木、德令哈3座35万千瓦光热电站和光热产业科技创新中心建设，形成光热产业集群。",
     ("光热电站建设数量", Decimal("3"))),
])
def test_a_graded_thing_is_what_is_counted(snippet, expected):
    part = "plan" if snippet.startswith("加快") else "review"
    assert expected in names(snippet, part)


def test_a_bound_after_the_grade_stays_in_the_thing_counted():
    """The neimenggu 2026 sentence with the grade's bound written (500千伏及以上, as power reports often
    write): the thing was cut at 及, its name the bare grade (500千伏数量)."""
    snippet = "建成20个500千伏及以上输变电工程，启动阿拉善至蒙中地区特高压柔性直流输电线路论证。"
    assert ("500千伏及以上输变电工程建成数量", Decimal("20")) in names(snippet)
