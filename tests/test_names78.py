"""Figure names the name lint flagged on dev, read against their sentences (names78, issue 13;
docs/checks/indicator-names78.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, part, expected", [
    # liaoning 2026: was the bare stock 村卫生室数量
    ("新建省级区域医疗中心14个、紧密型县域医共体33个，3500所村卫生室达到国家良好标准，沈阳入选国家中医药传承创新发展示范项目城市。",
     "3500", "review", "达到国家良好标准的村卫生室数量"),
    # yunnan 2026: was 县域医共体数量
    ("124个县域医共体全部达到紧密型标准，医改经验向全国推介。", "124", "review", "达到紧密型标准的县域医共体数量"),
    # shandong 2026 (its gold): was 重点河湖生态流量达标数量
    ("加强大运河生态环境保护，推进25条重点河湖生态流量达标，美丽河湖、美丽海湾建成率分别达到30%、50%。", "25", "plan",
     "生态流量达标重点河湖数量"),
    # neimenggu 2026: was 盟市空气质量, no measure
    ("全区12个盟市空气质量全部达标，国考断面水质优良比例达到历史最好水平。", "12", "review", "空气质量达标盟市数量"),
])
def test_things_counted_after_their_number_named_by_the_standard_they_reached(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


def test_a_standard_reached_in_a_later_clause_leaves_the_name():
    # hailaer-2017 (its gold): the standard closes another clause, after the comma
    assert name_of("年内完成335座保暖房装修,全部达到入住标准。", "335", "plan", 2017) == "保暖房装修数量"
