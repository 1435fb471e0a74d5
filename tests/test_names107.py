"""Doers counted, written before where they go (到/赴 a place) or how wholly (整县) they act, are named by that act
before them with 的 (names107, issue 13 item 2; docs/checks/names-extra-names107.md). Dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

GUANGDONG = "引导超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业。"
SICHUAN = "推动16个县（市、区）整县建成美丽乡村。"
SICHUAN_REVIEW = ("建设宜居宜业和美乡村，推进21个先行片区、200个样板村、2000个补短村建设，改造农村危房2.1万户，"
                  "新（改）建农村公路1.2万公里，45个县（市、区）整县建设美丽乡村，丹巴县基卡依村入选世界“最佳旅游乡村”。")


@pytest.mark.parametrize("text, value, part, expected", [
    (GUANGDONG, "2", "plan", "到粤东粤西粤北地区稳定就业的高校毕业生等青年人数"),   # gold; was …青年到…就业人数
    (SICHUAN, "16", "plan", "整县建成美丽乡村的县（市、区）数量"),                 # gold; was 县（市、区）整县建成…数量
    (SICHUAN_REVIEW, "45", "review", "整县建设美丽乡村的县（市、区）数量"),         # no gold; the same grammar
])
def test_doers_named_by_where_or_how_wholly_they_act(text, value, part, expected):
    assert name_of(text, value, part=part) == expected


@pytest.mark.parametrize("text, value, expected", [
    (SICHUAN_REVIEW, "200", "样板村建设数量"),       # things in a list under one act before them: unchanged
    ("营商环境持续优化，营商环境评价8个一级指标、28个二级指标及数字政府建设达到国内先进水平。", "28",
     "二级指标及数字政府数量"),                       # 到 inside 达到 is no lead of its own (heilongjiang)
])
def test_moving_things_controls(text, value, expected):
    assert name_of(text, value) == expected


def test_the_rule_is_turned_off_by_the_audit():
    assert without_rule("moving_things", lambda: name_of(SICHUAN, "16", part="plan"))[0] == "县（市、区）整县建成美丽乡村数量"
