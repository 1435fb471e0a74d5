"""Indicator names (issue 13, item 2): money named by a sale, a deal, a signing or a loan measures what the deals
came to (X销售额, X交易额), as does money given by a relief (减税降费金额), not the act. Real sentences of dev reports."""
from __future__ import annotations

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # shandong 2026, jiangxi 2026, shanghai 2026
    # (shandong: since names95 the driver, 以旧换新 in the clause before the bare money, stays with 带动, as jiangxi's)
    ("推进以旧换新扩围提质，落实资金280多亿元，带动商品销售2000多亿元，新能源汽车限上零售额增长8.7%。", "以旧换新带动商品销售额"),
    ("消费品以旧换新带动相关商品销售超800亿元、惠及消费者750余万人次。", "消费品以旧换新带动相关商品销售额"),
    ("新增各类总部机构超过100家，生物医药海外授权交易255亿美元、占全球10%左右。", "生物医药海外授权交易额"),
    # liaoning 2026, hunan 2026: a relief; yunnan 2026: credit granted
    ("新增减税降费59.3亿元，降低交通物流成本65亿元。", "减税降费金额"),
    ("为企业减税降费446亿元，金融减费让利269亿元。", "金融减费让利金额"),
    ("融信服平台授信超5700亿元、服务客户超122万次。", "融信服平台授信额"),
])
def test_money_of_deals_or_reliefs_is_named_by_their_sum(snippet, expected):
    assert expected in [n for n, _ in names(snippet, "review")]

