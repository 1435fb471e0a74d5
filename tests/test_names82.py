"""A bare measure and its owner (names82, issue 13; docs/checks/indicator-names82.md): a figure named by measure
words alone takes the thing it qualifies with 的, or the nearest thing an earlier clause of its sentence is about.
The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value, expected", [
    # chongqing: the clause before gives the industry's own figures; its quoted nickname is the campaign's
    ("生产性服务业加速赋能先进制造，软信产业“满天星”行动新增从业人员29.1万人、企业1.85万家，营收规模突破5000亿元。",
     "5000", "软信产业营收规模"),
    # hailaer-2017: the platform grows; its assets and, past that bare figure, its financing
    ("实现城投公司由政府平台型向产业型转变,政府投融资平台不断做大,资产总额达到100亿元,完成融资21.8亿元。", "100",
     "政府投融资平台资产总额"),
    # (names98 closes money named by its flow on 额, as this report's gold writes it: the owner is still the platform)
    ("实现城投公司由政府平台型向产业型转变,政府投融资平台不断做大,资产总额达到100亿元,完成融资21.8亿元。", "21.8",
     "政府投融资平台融资额"),
    # shandong: a share after the economy's total is the total's share
    ("经济总量连续跨过3个万亿元大关，占全国比重由2020年的7.2%提升至7.4%，在北方地区占比由20.5%提升至21.1%。", "7.4",
     "经济总量占全国比重"),
])
def test_the_clause_before_owns_a_bare_measure(text, value, expected):
    assert name_of(text, value, "review") == expected


@pytest.mark.parametrize("text, value, part, expected", [
    # guangdong, hailaer-2017: the thing the figure qualifies with 的
    ("招银金投、信银金投开业运营，组建总规模1000亿元的省战略性新兴产业投资引导基金。", "1000", "review",
     "省战略性新兴产业投资引导基金总规模"),
    # (hailaer-2017's gold 城市道路里程: a total length of roads built new and treated is their 里程; names123)
    ("投资4.7亿元,完成65条、总长度57.9公里的城市道路新建改造,继续打通一批城区“断头路”。", "57.9", "plan",
     "城市道路里程"),
])
def test_the_thing_after_de_owns_a_bare_measure(text, value, part, expected):
    assert name_of(text, value, part) == expected


@pytest.mark.parametrize("text, value, expected", [
    # controls: a clause opening with another figure's name, a quality, a place, 其中 and trade keep the bare name
    ("规上工业增加值增长9.4%，社会消费品零售总额增长4.2%，进出口总额增长17.3%。", "17.3", "进出口总额"),   # anhui
    ("国有企业改革深化提升行动平稳收官，国有经济布局持续优化，运行质量效益不断提升，上缴税费增长7.4%。", "7.4",
     "上缴税费"),   # jiangxi
    ("税收持续增长，地方一般公共预算收入突破4000亿元、达到4211亿元，其中税收收入增长3%。", "3", "税收收入"),   # hubei
    ("国际候机楼联检大厅改扩建完工，进出口总额达242万美元。", "242", "进出口总额"),   # hailaer-2018's gold
])
def test_bare_measures_that_stay_the_places(text, value, expected):
    assert name_of(text, value, "review") == expected
