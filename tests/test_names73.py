"""Figure names read wrong in names73's sample (issue 13; docs/checks/indicator-names73.md): targets and outcomes
whose name reaches no concept. The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # shandong 2026: was 省财政直管县调整优化数量
    ("恒丰银行稳健发展，新增上市公司10家，35家村镇银行完成改革任务。省财政直管县调整优化为48个，15个强县参照直管县管理。",
     "48", "省财政直管县数量"),
    # guangxi 2026: was 园区整合优化数量
    ("产业园区管理机构、人事、综合评价等改革加快落实，188个园区整合优化为120个。", "120", "园区数量"),
])
def test_a_level_after_a_reorganising_verb_is_the_stock(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # hainan and chongqing 2026 (controls): the 由…为 form as before
    ("中职学校由71所优化整合为47所。", "47", "中职学校数量"),
    ("市属重点国企由51家整合为33家，园区开发区由106家整合为50家。", "33", "市属重点国企数量"),
])
def test_the_from_to_form_is_unchanged(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected
