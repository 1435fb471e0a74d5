"""Indicator names (issue 13, names46): things counted as taken into a list (纳入), as selected into one (入选), are
named by it, also when the list's name holds a year or a network grade; 解决 is a treating verb, after the thing
(docs/annotation-guideline.md, indicator; docs/checks/indicator-names46.md). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # shandong 2026
    ("上合地方经贸合作大会青岛倡议发布，46项成果纳入轮值主席国成果清单。", ("轮值主席国成果清单成果数量", Decimal("46"))),
    # hunan 2026
    ("2个数据产业集聚区纳入国家试点。", ("国家试点数据产业集聚区数量", Decimal("2"))),
    # liaoning 2026: a network grade inside the list's name
    ("新增卓越级智能工厂10家，11户企业入选工信部5G工厂名录。", ("工信部5G工厂名录企业数量", Decimal("11"))),
    # qinghai 2026: a year inside the list's name
    ("《奇境三江源》等3部纪录片入选央视“大片看总台”2026年片单。",
     ("央视“大片看总台”2026年片单纪录片数量", Decimal("3"))),
])
def test_things_taken_into_a_list_are_named_by_it(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # hunan 2026
    ("推动解决各类问题超1.3万个。", ("问题解决数量", Decimal("1.3"))),
    # yunnan 2026
    ("进行“六上”企业大走访，解决问题诉求超4000项。", ("问题诉求解决数量", Decimal("4000"))),
])
def test_a_count_of_problems_solved_keeps_the_act(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # qinghai 2026: a year right after the verb dates the list, it stays out of the name
    ("西部矿业、能源发展集团等6家企业入选2025西部企业数字化建设成效卓越单位。",
     ("西部企业数字化建设成效卓越单位数量", Decimal("6"))),
    # sichuan 2026: 纳入 before the number says which projects, it is no list they were taken into
    ("纳入国家102项重大工程的285个计划新开工项目全部开工。", ("计划新开工项目数量", Decimal("285"))),
    # hainan 2026 (gold): a share of things taken into a scheme keeps its act after them
    ("60%公办中小学校纳入集团化管理。", ("公办中小学校纳入集团化管理比例", Decimal("60"))),
    # heilongjiang 2026: 解决 already in the name is not written twice
    ("服务民营企业大走访和政商沙龙解决企业诉求1.35万个。",
     ("服务民营企业大走访和政商沙龙解决企业诉求数量", Decimal("1.35"))),
])
def test_neighbouring_shapes_keep_their_names(sentence, expected):
    assert expected in names(sentence)
