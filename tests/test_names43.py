"""Indicator names (issue 13, names43): a training closing the clause of the people counted stays in the name
after them, as the guideline's plain acts (培训) do, and a greening work written as two verbs is named whole
(docs/annotation-guideline.md, indicator; docs/checks/indicator-names43.md). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


def test_people_trained_past_a_manner_word_keep_the_training():
    # hebei 2026: 线下 (a stop word for the things) no longer drops the training that closes the clause
    got = names("完成500所中小学体育场地升级改造，抓好1万名乡村医生线下培训，促进中医药传承创新发展。")
    assert ("乡村医生培训人数", Decimal("1")) in got
    assert ("中小学体育场地改造数量", Decimal("500")) in got


def test_people_receiving_a_training_keep_the_training():
    # hainan 2026: the work cut off the things after the number was dropped, leaving 职业技能 alone
    got = names("超70万人次接受补贴性职业技能培训，城镇新增就业15万人。")
    assert any(name.endswith("职业技能培训人次") and value == Decimal("70") for name, value in got)


@pytest.mark.parametrize("sentence, expected", [
    # hunan 2026: the act before the people stays after them, as before
    ("培训乡村医生5000人。", ("乡村医生培训人数", Decimal("5000"))),
    # fujian 2026: a training written before its count in 人次
    ("开展补贴性职业技能培训28.69万人次。", ("补贴性职业技能培训人次", Decimal("28.69"))),
    # hailaer 2018 (names40): a treating task cut off the things stays the treatment, not a kept work
    ("大力开展小区物业管理整顿工作，全年接管80个弃管小区，完成45个老旧小区改造任务。", ("老旧小区改造数量", Decimal("45"))),
])
def test_neighbouring_trainings_and_works_keep_their_names(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # guangxi 2026 (target, gold 植树造林面积) and hainan 2026: 植树 is no act peeled off 造林
    ("加强石漠化、水土流失综合治理和历史遗留矿山生态修复。植树造林400万亩以上。", ("植树造林面积", Decimal("400"))),
    ("完成植树造林129万亩，新造和修复红树林8万亩。", ("植树造林面积", Decimal("129"))),
])
def test_a_greening_work_of_two_verbs_is_named_whole(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # xinjiang 2026: the act before a single work is still peeled
    ("完成造林100万亩、退化草原修复治理450万亩。", ("造林面积", Decimal("100"))),
    # hebei 2026: 营造林 stays one word
    ("抓好“三北”六期等重大生态工程，完成营造林600万亩。", ("营造林面积", Decimal("600"))),
    # guangdong 2026: planting counted in trees keeps its own name
    ("累计完成林分优化1105万亩、森林抚育1111万亩，乡村绿化植树3900万株，森林覆盖率达53.4%。", ("乡村绿化植树数量", Decimal("3900"))),
])
def test_neighbouring_greening_names_stay(sentence, expected):
    assert expected in names(sentence)
