"""A verb before the things that have a verb of their own says which things are meant, no act (issue 13, item 2;
names109): 退化草原修复治理 is the treating of degraded grassland, 下岗失业人员…再就业 the re-employment of laid-off
workers; the readers keep the first verb (the dev golds of xinjiang, hailaer-2013 and shanxi)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from test_names import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # xinjiang 2026: 退化 says which grassland is treated (the gold 退化草原修复治理面积)
    ("加强生态建设，完成造林100万亩、退化草原修复治理450万亩、沙化土地治理350万亩。",
     ("退化草原修复治理面积", Decimal("450"))),
    # hailaer-2013: 下岗 says which of the unemployed, before a list of the things (the gold)
    ("实施积极的就业政策，确保新增城镇就业5400人，下岗失业人员和困难人员再就业2100人。",
     ("下岗失业人员和困难人员再就业人数", Decimal("2100"))),
    # shanxi 2026: 免费 before the performances and their own 下乡 (the gold 免费送戏下乡场次)
    ("十四是免费送戏下乡1万场。", ("免费送戏下乡场次", Decimal("1"))),
])
def test_a_verb_naming_which_things_stays_in_the_name(snippet, expected):
    assert expected in names(snippet, "plan")


@pytest.mark.parametrize("snippet, expected", [
    # hubei 2026: 吸引 makes the graduates work, an act on them: dropped as before (the rule must not reach it)
    ("千方百计促进就业，城镇新增就业每年超过90万人，吸引高校毕业生就业创业每年超过40万人，零就业家庭实现动态清零。",
     ("高校毕业生就业创业人数", Decimal("40"))),
    # qinghai 2026: 减少 is the change, read as the value's sign (guideline: decreases negative)
    ("减少碳排放2810万吨，绿电成为青海名片。", ("碳排放", Decimal("-2810"))),
])
def test_an_act_before_the_things_is_still_peeled(snippet, expected):
    assert expected in names(snippet, "plan")
