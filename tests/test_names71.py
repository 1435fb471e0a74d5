"""Figure names read wrong in names71's sample and the dev dump (issue 13; docs/checks/indicator-names71.md).
The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # shanghai 2026: was 重大产业项目数量 (the start dropped with 建设 of projects)
    ("实施土地储备新机制，提升土方消纳能力，开工建设10亿元以上重大产业项目47个，建成2号线西延伸、18号线二期等轨道交通线。",
     "47", "重大产业项目开工数量"),
    # anhui 2026: was “两重”项目数量
    ("新开工建设“两重”项目178个，消费品以旧换新带动销售额762亿元。", "178", "新开工“两重”项目数量"),
])
def test_kaigong_jianshe_names_the_start(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected


def test_kaigong_jianshe_of_an_area_keeps_the_plain_name():
    # hailaer 2013 (gold 职工住宅小区面积): an area of things built keeps the thing's plain name
    assert name_of("开工建设10万平方米职工住宅小区。", "10", "plan", 2013) == "职工住宅小区面积"
