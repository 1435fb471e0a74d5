"""Indicator names (issue 13, names59): dev outcomes read again; shapes on two dev reports or more fixed where the
name is made (docs/checks/indicator-names59.md). The sentences are dev sentences (anhui, hunan, liaoning, shanghai,
neimenggu, shandong 2026), with neighbours that keep their names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # anhui 2026: the gap of X's growth over a reference other than the country is named by X
    ("认真贯彻民营经济促进法，向民间资本推介重大项目投资总额居全国第3位，规上民营工业增加值增速高于全部规上工业2.3个百分点。",
     ("规上民营工业增加值", Decimal("2.3"))),
    # hunan 2026: 快于经济增速, X the subject of the clause before
    ("全体居民人均可支配收入达39545元、增长5%，其中农村居民收入增长5.8%、快于经济增速1个百分点，粮食产量突破620亿斤。",
     ("农村居民收入", Decimal("1"))),
    # liaoning 2026: a five-year period as the reference, X the figure before
    ("大力实施全面振兴新突破三年行动，攻坚克难、埋头苦干，地区生产总值年均增长4.5%，高于“十三五”时期1.2个百分点。",
     ("地区生产总值", Decimal("1.2"))),
])
def test_gap_over_a_reference_is_named_by_the_thing(sentence, expected):
    assert expected in names(sentence, "review", 2026)


@pytest.mark.parametrize("sentence, expected", [
    # shanghai 2026: 总长 before a length unit, the measure word in the place of 长 (not 总长里程)
    ("建成2号线西延伸、18号线二期等轨道交通线，全市运营线路总长达到906公里。", ("运营线路总里程", Decimal("906"))),
    # neimenggu 2026
    ("220千伏及以上输电线路总长超7万公里。", ("220千伏及以上输电线路总里程", Decimal("7"))),
])
def test_zongchang_takes_the_measure_word(sentence, expected):
    got = names(sentence, "review", 2026)
    assert expected in got
    assert not any("总长里程" in name for name, _ in got)


@pytest.mark.parametrize("sentence, expected", [
    # shandong 2026: the national gap was named by the figure before already, and stays so
    ("进出口增长4.5%，高于全国0.7个百分点。", ("进出口总额", Decimal("0.7"))),
    # neimenggu 2026
    ("规上工业增加值增长6.7%、高于全国0.8个百分点。", ("规模以上工业增加值", Decimal("0.8"))),
    # a name already closing in 总里程 keeps it
    ("高速公路通车总里程达到9000公里。", ("高速公路通车总里程", Decimal("9000"))),
])
def test_neighbours_keep_their_names(sentence, expected):
    assert expected in names(sentence, "review", 2026)
