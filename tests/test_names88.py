"""Figure names of the district dev reports by shape (names88, issue 13; docs/checks/names-district-names88.md).
The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value, part, expected", [
    # hailaer-2017's gold: the scope before the first number of a list whose members follow their numbers is each one's
    ("完成了老城区8条、12.3公里道路提升改造,百姓出行难问题得到进一步改善。", "12.3", "review", "老城区道路提升改造里程"),
    ("完成了老城区8条、12.3公里道路提升改造,百姓出行难问题得到进一步改善。", "8", "review", "老城区道路提升改造数量"),
    # hailaer-2014's golds: a member with one noun of its own takes the last member's head after it
    ("三要不断完善供水、供热、排污等城市基础设施，确保中心城区68公里供水、15公里雨水管网二期工程按期竣工，力争污泥处置工程年内完工。",
     "15", "plan", "中心城区雨水管网二期工程长度"),
    ("三要不断完善供水、供热、排污等城市基础设施，确保中心城区68公里供水、15公里雨水管网二期工程按期竣工，力争污泥处置工程年内完工。",
     "68", "plan", "中心城区供水管网二期工程长度"),
])
def test_list_scope_is_every_members(text, value, part, expected):
    assert name_of(text, value, part) == expected


@pytest.mark.parametrize("text, value, part, expected", [
    # controls: no scope between the act and the first number (hailaer-2013's gold); members counting things of
    # their own are no list of one thing (chongqing-2026's review: no 全国 put before them, no 城市站点). Since
    # names122 the places reached are named by what reaches them (通道网络辐射…; review64: these two still read the
    # bare names and failed on main after names122's merge)
    ("加快棚户区改造步伐，年内完成3800户、58万平方米棚户区改造；完成200套结转公租房建设任务。", "58", "plan", "棚户区改造面积"),
    ("构建起以重庆为物流和运营组织中心的通道网络，辐射全国75个城市、164个铁路站点，通达全球127个国家和地区的584个港口。",
     "75", "review", "通道网络辐射城市数量"),
    ("构建起以重庆为物流和运营组织中心的通道网络，辐射全国75个城市、164个铁路站点，通达全球127个国家和地区的584个港口。",
     "164", "review", "通道网络辐射铁路站点数量"),
])
def test_list_scope_controls(text, value, part, expected):
    assert name_of(text, value, part) == expected


def test_the_list_scope_rule_is_audited_as_hailar_only():
    """The held-out measure (scripts/names_strict.py) turns it off on the Hailar years, whose golds it was written from."""
    text = "完成了老城区8条、12.3公里道路提升改造,百姓出行难问题得到进一步改善。"
    assert without_rule("own_list_scopes", lambda: name_of(text, "12.3", "review")) == ("道路提升改造里程",
                                                                                     "老城区道路提升改造里程")
