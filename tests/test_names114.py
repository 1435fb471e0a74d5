"""One measure, one name: 增加 of a count is named as 新增 (names114, issue 13 items 1–2;
docs/checks/names-golds-names114.md). The sentences are dev sentences; 增加N个X (shanxi, neimenggu) is in
test_names36 and test_names77, X增加N个 (shandong) in test_names52 and test_names77, their controls in test_names77."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


def test_zengjia_after_the_things_of_a_count_is_named_as_xinzeng():
    """guangdong 2026's review: X增加N个, as X新增N个 (was 基础教育公办学位增加数)."""
    sentence = "基础教育公办学位增加326万个，高等教育毛入学率从53.4%提高到63%以上。"
    assert name_of(sentence, "326", "review") == "新增基础教育公办学位数量"
