"""Figure names that keep a start value's year out and name whose a bare rate is (issue 13, names64;
docs/checks/indicator-names64.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # guizhou 2026: the start value was cut with 从 but not its year (从2020年的75.2岁)
    ("以提高人均预期寿命为目标，人均预期寿命从2020年的75.2岁提升至2025年的76.8岁左右。", "人均预期寿命"),
    # guangxi 2026: the start value's half-year (从上半年) was left in the name
    ("城镇新增就业42.3万人，城镇调查失业率从上半年5.5%降到5.3%。", "城镇调查失业率"),
    # shanxi 2026: a start value with its year and no 的 stays out as before
    ("人均GDP从2020年的5.2万元提高到2025年的7.4万元。", "人均GDP"),
])
def test_a_start_value_and_its_year_stay_out_of_the_name(sentence, expected):
    assert names(sentence, "review", 2026)[-1][0] == expected


@pytest.mark.parametrize("sentence, expected", [
    # xinjiang 2026: the rate is of the thing of the list member before it (棉花产量…、就地转化率)
    ("巩固棉花优势地位，棉花产量连续4年占全国九成以上、就地转化率达45%。", "棉花就地转化率"),
    # yunnan 2026: the rate is of the thing of the figure before it (咖啡产值…、精深加工率)
    ("花卉产量全球第一、优质鲜切花占比60%，咖啡产值增长3倍、精深加工率85%。", "咖啡精深加工率"),
])
def test_a_bare_processing_rate_is_the_things_before_it(sentence, expected):
    assert names(sentence, "review", 2026)[-1][0] == expected


def test_a_rate_with_its_thing_keeps_its_name():
    # ningxia 2026: a processing rate that names its thing is left as it is
    assert names("农产品加工转化率提升到75.8%。", "review", 2026)[-1][0] == "农产品加工转化率"
