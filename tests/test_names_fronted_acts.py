"""Indicator names of counts whose left phrase still opens with the act done on the things (issue 13,
names23): a treating verb or two verbs side by side before the object go after it, before the
measure; words that only look like verbs, built-new works and measures of their own stay as they are.
Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected, part", [
    # chongqing 2026: the guideline's treating verb opening the phrase
    ("开展大气污染防治“百日攻坚”，累计淘汰老旧车辆58万辆，完成700多家工业企业超低排放改造和深度治理。",
     ("老旧车辆淘汰数量", Decimal("58")), "review"),
    # chongqing, jiangxi, jinghai 2021, hunan, liaoning 2026: two verbs side by side act on the object
    ("打造都市风貌展示区3个、区县特色风貌名片10个，保护提升历史文化街区13个，新建口袋公园100个。",
     ("历史文化街区保护提升数量", Decimal("13")), "review"),
    ("累计清理妨碍统一市场和公平竞争政策措施2793件，复制推广自贸区改革试点经验267项，出口通关效率稳居中部地区第1。",
     ("自贸区改革试点经验复制推广数量", Decimal("267")), "review"),
    ("253名医护人员驰援滨海，累计接收隔离观察境内外人员3000多人，社会各界捐款捐物。",
     ("境内外人员隔离观察人数", Decimal("3000")), "review"),
    ("粮食播种面积稳定在7150万亩左右，推广种植镉低积累水稻400万亩以上。",
     ("镉低积累水稻推广种植面积", Decimal("400")), "plan"),
    ("开放共享科研设施和科研仪器1万台（套）以上。", ("科研设施和科研仪器开放共享数量", Decimal("1")), "plan"),
])
def test_the_act_opening_a_count_goes_after_the_things(snippet, expected, part):
    assert expected in names(snippet, part)


@pytest.mark.parametrize("snippet, expected, part", [
    # guangdong 2026: 相关报道 (tagged as two verbs) before a measure of its own
    ("展示湾区特色、体现岭南风格的体育盛会，相关报道总点击量超610亿次。", ("相关报道总点击量", Decimal("610")), "review"),
    # heilongjiang 2026: 限上批零 is a class of firms the tagger cuts as verbs, no act on them
    ("接续实施限上批零住餐企业纳统奖励政策，新增限上批零住餐企业318家。", ("新增限上批零住餐企业数量", Decimal("318")), "plan"),
])
def test_no_act_is_moved_where_none_is_done_on_the_things(snippet, expected, part):
    assert expected in names(snippet, part)


def test_built_new_as_well_puts_no_act_after_the_things():
    # jilin 2026: built new as well as improved, the length is of both (the guideline's exception)
    got = dict(names("新建和改善提升绿水长廊1000公里，建设幸福河湖10条（段）。", "plan"))
    assert "绿水长廊改善提升里程" not in got and got.get("幸福河湖建设数量") == Decimal("10")
