"""review49: regression tests for the faults found in a second reading of this session's merges (one per bug;
docs/checks/review49.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from entity_helpers import run

pytestmark = pytest.mark.unit


def _places(text: str, place: str) -> set[str]:
    entities, _ = run(text, place=place, parents=[])
    return {e.label for e in entities if e.kind == "Place"}


@pytest.mark.parametrize("text, place, named", [
    # shanxi-2026: 路径 is a word of its own, not the 路 of a road named after 山西
    ("县域医疗卫生一体化改革走出山西路径，基层诊疗量增长20%。", "山西省", "山西省"),
    # guangdong-2026: 河套 (the cooperation zone) is no river after 深圳
    ("全国高校区域技术转移转化中心落户广东，建成国家人工智能学院深圳河套学院，创建3个国家人工智能应用中试基地，"
     "28个制造业中试平台入选全国首批重点培育名单。", "广东省", "深圳市"),
], ids=["path", "hetao"])
def test_a_feature_head_opening_a_longer_word_leaves_the_place(text, place, named):
    assert named in _places(text, place)


def test_a_feature_head_word_still_names_a_river():
    """hailaer-2014 (dev): 海拉尔河 is the river, no mention of 海拉尔 (ties97 kept)."""
    text = "投资1.3亿元的海拉尔河、伊敏河堤防工程开工建设。"
    assert "海拉尔区" not in _places(text, "海拉尔区")
