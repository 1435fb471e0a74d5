"""Indicator names (issue 13, item 2): an owner the sentence names outside the words a name was read from
keeps its place in the name: the subject before a count's number (X覆盖N个城市), a company or group whose
figure stands right before a bare business measure (X企业营收…、利润…), the thing a bare length is of
(全长N公里的X), the aim bare money backs (N亿元支持X → X资金); goods named by what moved them take a
measure (保供煤炭 → 煤炭保供量); the growth of things counted one by one is of their number; a figure named
by no noun (迈上, 稳步, 折合) measures the thing of the figure before. Real sentences of
dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # chongqing 2026, shanxi 2026: the subject and how it has the things (a reach or a sending)
    ("中欧班列（成渝）覆盖欧亚120多个城市，“东盟快班”实现欧亚双向对开。", ("中欧班列（成渝）覆盖城市数量", Decimal("120"))),
    ("电力装机容量达到1.64亿千瓦，晋电外送24个省份、规模居全国前列。", ("晋电外送省份数量", Decimal("24"))),
    # liaoning 2026: what settles in a science city; a verb saying only that it has them is left out
    ("沈阳浑南科技城落户87个项目，大连英歌石科学城汇聚300多个科研团队。", ("沈阳浑南科技城落户项目数量", Decimal("87"))),
    ("沈阳浑南科技城落户87个项目，大连英歌石科学城汇聚300多个科研团队。", ("大连英歌石科学城科研团队数量", Decimal("300"))),
    # hainan 2026: a subject and a time word before the number
    ("文昌国际航天城卫星超级工厂建成交接，商业航天全年9次发射全部成功。", ("商业航天发射数量", Decimal("9"))),
])
def test_the_subject_before_a_count_owns_what_it_counts(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2018: the urban area of a district says where works are done (the roads treated are counted)
    ("重点实施城区20条道路的改造提升，加快推进农村公路建设。", ("道路改造提升数量", Decimal("20"))),
    # qinghai 2026: another number (a span of years) before the count's own is no subject
    ("时隔66年再次获批建成2所本科高校。", ("本科高校数量", Decimal("2"))),
])
def test_no_owner_from_a_place_of_works_or_another_number(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # neimenggu 2026, jilin 2026, sichuan 2026: the group of companies of the figure before
    ("自治区国资委监管企业营收增长5.9%、利润增长5.5%。", ("自治区国资委监管企业利润", Decimal("5.5"))),
    ("实现国有资本收益107.2亿元、增长65.9%，省属企业营业收入、利润分别增长6%、60.7%。",
     ("省属企业利润", Decimal("60.7"))),
    ("全省地方国企资产总额增长116.2%、达到23.2万亿元，营业总收入、利润总额五年分别增长97.3%、27.7%。",
     ("地方国企利润总额", Decimal("27.7"))),
])
def test_a_bare_business_measure_is_the_companies_of_the_figure_before(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # xinjiang 2026, shanxi 2026: the thing after 的, a number counting the things left out
    ("完成“三北”工程建设任务6063万亩，全长3046公里的环塔克拉玛干沙漠生态屏障实现合龙。",
     ("环塔克拉玛干沙漠生态屏障长度", Decimal("3046"))),   # 长度, not a road's 里程: names111
    ("农村公路总里程12.96万公里，投资近千亿元、全长1.3万公里的三个一号旅游公路全线贯通。",
     ("一号旅游公路里程", Decimal("1.3"))),
])
def test_a_bare_length_is_of_the_thing_after_it(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # guangxi 2026, yunnan 2026: money backing one aim in its clause is that aim's (a manner phrase left out)
    ("深化拓展“人工智能+”，三年安排450亿元支持以AI为引领的新质生产力发展。", ("新质生产力发展资金", Decimal("450"))),
    ("统筹4416.6亿元支持巩固拓展脱贫攻坚成果和乡村全面振兴，推广联农带农机制。",
     ("巩固拓展脱贫攻坚成果和乡村全面振兴资金", Decimal("4416.6"))),
])
def test_money_backing_one_aim_is_that_aims(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # neimenggu 2026, shanxi 2026, yunnan 2026: goods moved for others or carried, as an amount so moved
    ("年均煤炭产量保持在12亿吨以上，累计为29个省份保供煤炭超35亿吨、居全国首位。", ("煤炭保供量", Decimal("35"))),
    ("五年生产原煤65亿吨，占全国近三成，以长协价为24个省份保供电煤20亿吨。", ("电煤保供量", Decimal("20"))),
    ("中老铁路发展远超预期，累计发送旅客超6400万人次、运输货物超7400万吨。", ("货物运输量", Decimal("7400"))),
])
def test_goods_named_by_what_moved_them_measure_the_amount_moved(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # ningxia 2026, heilongjiang 2026, guangxi 2026: the growth of cases, firms or market entities is of their number
    ("深入开展打击电诈等违法犯罪专项行动，刑事案件下降14.7%，现行命案破案率达100%。", ("刑事案件数量", Decimal("-14.7"))),
    ("规范涉企行政执法专项行动扎实开展，行政检查数量下降51%。实有企业增长3.2%。", ("实有企业数量", Decimal("3.2"))),
    ("实有经营主体增长4.2%。", ("实有经营主体数量", Decimal("4.2"))),
    # fujian, guangxi 2026: patents; heilongjiang 2026: projects of a list; liaoning 2026: platforms cut down
    ("全社会研发经费投入年均增长10.5%，高价值发明专利较“十三五”时期增长148%。", ("高价值发明专利数量", Decimal("148"))),
    ("有效发明专利比2020年增长58.1%。", ("有效发明专利数量", Decimal("58.1"))),
    ("新落地项目、实际利用内资分别增长18.7%、31.3%。", ("新落地项目数量", Decimal("18.7"))),
    # ningxia, shandong, guizhou 2026: visitors are counted by visit (人次: the blind gold of guizhou and hainan, names36)
    ("入境游客增长25%。", ("入境游客人次", Decimal("25"))),
    ("接待入境游客增长46%。", ("接待入境游客人次", Decimal("46"))),
    ("省外游客、入境过夜游客分别增长10%、35%以上。", ("入境过夜游客人次", Decimal("35"))),
])
def test_the_growth_of_things_counted_is_of_their_number(snippet, expected):
    assert expected in names(snippet, "review")


def test_an_amount_grown_keeps_its_name():
    # heilongjiang 2026: money of the same list is no count
    assert ("实际利用内资", Decimal("31.3")) in names("新落地项目、实际利用内资分别增长18.7%、31.3%。", "review")


def test_a_share_of_firms_keeps_its_name():
    # fujian 2026: a share of firms is no growth of their number
    assert all(not n.endswith("企业数量") for n, _ in names("尽快实现制造业企业100%数字化改造。"))


@pytest.mark.parametrize("snippet, expected", [
    # guizhou 2026, neimenggu 2026, shanghai 2026, sichuan 2026: no noun names the figure: the thing before it
    ("全省地区生产总值年均增长5%左右、迈上3万亿元台阶，人均地区生产总值8万元以上。", ("地区生产总值", Decimal("3"))),
    ("一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。", ("一般公共预算收入", Decimal("3000"))),
    ("实际使用外资达到160.6亿美元、折合1148亿元人民币。", ("实际使用外资", Decimal("1148"))),
    ("每万人口高价值发明专利拥有量达到9.3件、增长2倍多。", ("每万人口高价值发明专利拥有量", Decimal("2"))),
])
def test_a_figure_named_by_no_noun_measures_the_thing_before(snippet, expected):
    assert expected in names(snippet, "review")


def test_an_activity_named_by_a_verb_keeps_its_name():
    # hailaer 2013: re-employment is what is counted, not the jobs of the figure before
    assert ("再就业人数", Decimal("2291")) in names("城镇新增就业3500人，再就业2291人。", "review")
