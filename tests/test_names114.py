"""One measure, one name: 增加 of a count is named as 新增 (names114, issue 13 items 1–2;
docs/checks/names-golds-names114.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, part, expected", [
    # shanxi 2026 and neimenggu 2026 (their golds since names114): 增加N个X counts the things added, as 新增N个X does
    # (was X增加数)
    ("增加1万个普惠性学前教育学位。", "1", "plan", "新增普惠性学前教育学位数量"),
    ("加强学龄人口净流入和净流出地区教育资源余缺调配，增加5000个普通高中招生计划。", "5000", "plan", "新增普通高中招生计划数量"),
    # guangdong 2026's review: X增加N个, as X新增N个 (was 基础教育公办学位增加数)
    ("基础教育公办学位增加326万个，高等教育毛入学率从53.4%提高到63%以上。", "326", "review", "新增基础教育公办学位数量"),
])
def test_zengjia_of_a_count_is_named_as_xinzeng(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("sentence, value, part, expected", [
    # controls: 增加X N个 was already 新增 (jilin's gold, names77); a rise to a level is the level (ningxia 2026)
    ("扩大长期护理保险覆盖面，增加普惠性养老床位2000个。", "2000", "plan", "新增普惠性养老床位数量"),
    ("常住人口由上年729万人增加到732万人，城镇化率达69.1%。", "732", "review", "常住人口人数"),
])
def test_other_zengjia_names_are_unchanged(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected
