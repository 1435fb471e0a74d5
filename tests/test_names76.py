"""Figure names on district reports, from hailaer-2017's blind gold (names76, issue 13;
docs/checks/indicator-names76.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # hailaer-2017 (gold 新建蔬菜大棚数量), guangxi 2026: 新建成 is written 新建, as 新建设 is
    ("新建成蔬菜大棚320个、仓储库2万平方米,蔬菜产量达到9万吨。", "320", "新建蔬菜大棚数量"),
    ("新建成城市应急备用水源10个。", "10", "新建城市应急备用水源数量"),
    ("建设或改造燃气、供排水等地下管网2771公里，新建成汽车公共充电桩2.64万个。", "2.64", "新建汽车公共充电桩数量"),
    # control: an area of things built keeps its plain name; hailaer-2014's gold drops 新建成 before 的
    ("新建成蔬菜大棚320个、仓储库2万平方米,蔬菜产量达到9万吨。", "2", "仓储库面积"),
    ("中俄蒙国际汽车产业园累计完成投资1.5亿元，新建成的4个4S店正式运营。", "4", "中俄蒙国际汽车产业园4S店数量"),
])
def test_new_built_is_written_new_build(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected
