"""names105: a size bound written between a count's unit and the things (N个30亿元以上项目, N座10蒸吨及以下的各类X)
says which things are counted; the things follow it and the bound stays in the name (the guideline's bounds
naming which things qualify)."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit

HAILAER_2017 = ("紧抓产业结构布局、能耗减排、大气环境等关键环节,完成城区周边污染企业拆除、搬迁,全面完成城区内178座10蒸吨及以下的"
                "各类燃煤小锅炉淘汰和清洁能源替代工作,严格11座10蒸吨以上各类燃煤锅炉废气治理,实现稳定运行,达标排放。")


@pytest.mark.parametrize("text, value, part, expected", [
    # guizhou-2026's gold
    ("加快推进瓮福—江山新材料及电子化学品产业园、贵州能源大方燃煤发电等12个百亿元、70个30亿元以上项目建设，推动一批重大项目落地建设，"
     "工业投资增长10%左右。", "70", "plan", "30亿元以上项目数量"),
    # hailaer-2017: was 城区内数量 for both (the scope before the number, the things lost)
    (HAILAER_2017, "11", "plan", "10蒸吨以上燃煤锅炉废气治理数量"),
    (HAILAER_2017, "178", "plan", "城区内10蒸吨及以下燃煤小锅炉淘汰和清洁能源替代工作数量"),
])
def test_a_bound_after_the_unit_names_the_things(text, value, part, expected):
    assert name_of(text, value, part, 2017 if text is HAILAER_2017 else 2026) == expected


def test_a_grade_still_ends_its_thing_at_he():
    # control: a power grade with no bound is no part of the name and its thing still ends at 和 (guideline)
    assert name_of("建成3座35万千瓦光热电站和光热产业科技创新中心。", "3", "review") == "光热电站建成数量"
