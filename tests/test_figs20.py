"""Figure errors a researcher met on the dev graph (issue 13, figs20; docs/checks/figs20.md): a comparator written
after a list's last value closes the values of a 和 pair or of an approximate list, and no figure's name holds a
second figure. Real sentences of dev reports, with neighbours that must stay."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract, names

pytestmark = pytest.mark.unit


def _comparators(sentence: str, year: int = 2026) -> dict[Decimal, str]:
    return {q.value: q.comparator for q in extract(sentence, "plan", year)}


@pytest.mark.parametrize("sentence, year, shared", [
    # hailaer 2013: 以上 after a 和 pair bounds both rates
    ("加快建设覆盖城乡居民的社会保障体系，做好养老保险扩面和关系接续工作，确保城乡居民参加养老保险和基本医疗保险"
     "参保率保持在90%和98%以上。", 2013, {Decimal("90"): ">=", Decimal("98"): ">="}),
    # neimenggu 2026: 左右 after a 和 pair
    ("实施饲草料供给提升、肉牛肉羊增产增效、奶业振兴行动，确保肉、奶产量分别稳定在310万吨和750万吨左右。", 2026,
     {Decimal("310"): "≈", Decimal("750"): "≈"}),
    # jiangxi 2026: 左右 after a 、 list: the list's figures are approximate
    ("社会消费品零售总额增长4.5%以上，城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右，居民消费价格涨幅2%左右。",
     2026, {Decimal("5.5"): "≈"}),
])
def test_a_comparator_after_a_pair_or_an_approximate_list_closes_every_value(sentence, year, shared):
    got = _comparators(sentence, year)
    for value, comparator in shared.items():
        assert got[value] == comparator
    if year == 2026 and Decimal("5.5") in shared:
        income = [q for q in extract(sentence, "plan", 2026) if q.indicator.startswith("城镇")]
        assert [q.comparator for q in income] == ["≈"]


@pytest.mark.parametrize("sentence, first, last", [
    # guizhou 2026: 以上 after a 、 list bounds the figure it follows (the dev gold's decision)
    ("接待游客人次、旅游总花费均增长8%以上，省外游客、入境过夜游客分别增长10%、35%以上。", "10", "35"),
    # shanxi 2026: the same
    ("推动制造业、数字经济核心产业增加值年均分别增长5%、8%以上。", "5", "8"),
])
def test_a_bound_after_a_list_of_values_stays_the_last_values(sentence, first, last):
    got = _comparators(sentence)
    assert got[Decimal(first)] == "=" and got[Decimal(last)] == ">="


def test_statements_with_names_of_their_own_keep_their_comparators():
    # anhui 2026: 左右 is the second statement's, not the first's
    got = _comparators("新培育省级先进制造业集群10个、县域制造业特色产业集群30个左右。")
    assert got[Decimal("10")] == "=" and got[Decimal("30")] == "≈"


@pytest.mark.parametrize("sentence, year, expected", [
    # sichuan 2026: the 116 are countries and regions, not the 4000 athletes
    ("精心筹办成都世运会，116个国家和地区近4000名运动员参赛，再次向世界呈现了一届国际标准、中国风格、巴蜀韵味的体育盛会。",
     2025, ("国家和地区数量", Decimal("116"))),
    # guizhou 2026: the 14 highways, not fused with the 4 railway projects after 和
    ("推动贵阳环高扩容工程等14条高速公路项目和黄百等4个在建铁路项目加快建设，开工大村至遵义、纳雍至六盘水等铁路。",
     2026, ("高速公路项目数量", Decimal("14"))),
    # jilin 2026: the one seed unicorn, after the 358 gazelles
    ("认定雏鹰企业、瞪羚企业358户和种子独角兽企业1户。", 2025, ("种子独角兽企业认定数量", Decimal("1"))),
    # sichuan 2026: people monitored, without the households
    ("巩固拓展脱贫攻坚成果，累计识别监测对象20.9万户69.3万人，强化39个欠发达县域托底性帮扶集中攻坚。", 2025,
     ("监测对象人数", Decimal("69.3"))),
    # yunnan 2026: the 39 countries, without the 118 twinnings
    ("在周边国家实施“小而美”民生项目280个，累计与39个国家缔结118对友城。", 2025, ("国家数量", Decimal("39"))),
])
def test_a_name_holds_no_second_figure(sentence, year, expected):
    part = "review" if year == 2025 else "plan"
    assert expected in names(sentence, part, year)


@pytest.mark.parametrize("sentence, expected", [
    # fujian 2026: a bound naming which projects qualify stays in the name (the new act whole before it: names77)
    ("持续加大招商引资力度，打造“投资福建”品牌，新引进落地总投资超10亿元项目50个以上。",
     ("新引进落地总投资超10亿元项目数量", Decimal("50"))),
    # jiangxi 2026: so does a bound of size with its particle
    ("年销售收入超10亿元的龙头企业达100家以上，“赣莲”品牌成功回归江西。",
     ("年销售收入超10亿元的龙头企业数量", Decimal("100"))),
    # neimenggu 2026: an age bounding who is served is no figure
    ("每千人拥有3岁以下婴幼儿托位数提高到4.6个。", ("每千人拥有3岁以下婴幼儿托位数", Decimal("4.6"))),
])
def test_numbers_that_are_no_second_figure_stay(sentence, expected):
    assert expected in names(sentence, "review", 2025)
