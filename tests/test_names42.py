"""Indicator names (issue 13, names42): a zone that opens its sentence as the subject owns the counts of what it does
there (docs/checks/indicator-names42.md, docs/annotation-guideline.md figures section). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # jinghai 2021: the zone pushes its projects; 开工 stays after them
    ("子牙经开区重点推动废旧动力电池回收利用等5个项目开工建设，筹划再生资源大宗交易平台和全国性循环经济产品交易中心建设。",
     ("子牙经开区项目开工数量", Decimal("5"))),
    # jinghai 2021: a later clause opening with the zone's act (推动) is still the zone's
    ("合作示范区用好市级联席会议机制，积极争取国家和市支持政策，推动中日国际健康体检中心等15个项目开工建设，"
     "着力引进一批对日合作标志性项目。", ("合作示范区项目开工数量", Decimal("15"))),
    # jinghai 2021: 建设 of projects is no part of the name once the zone names them
    ("国际商贸物流园加快红星美凯龙二期、鲲宝物流等7个项目建设，打造现代化国际化农产品物流及电商中心。",
     ("国际商贸物流园项目数量", Decimal("7"))),
    # hailaer 2014 (review): the park's new dealerships, as its blind gold names them
    ("中俄蒙国际汽车产业园累计完成投资1.5亿元，新建成的4个4S店正式运营。",
     ("中俄蒙国际汽车产业园4S店数量", Decimal("4"))),
], ids=["jinghai-ziya", "jinghai-later-clause", "jinghai-logistics-park", "hailaer-2014-car-park"])
def test_a_zone_opening_its_sentence_owns_its_counts(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # fujian 2026: a clause with a subject of its own (金砖创新基地) counts that subject's things
    ("自贸试验区推出111项全国首创举措，金砖创新基地促成138个合作项目，与共建“一带一路”国家进出口贸易额突破5万亿元。",
     ("合作项目数量", Decimal("138"))),
    # fujian 2026: a zone after a verb is what is acted on, not who acts
    ("出台飞地园区支持政策，23个山海协作产业园建设扎实推进。", ("山海协作产业园数量", Decimal("23"))),
    # jinghai 2021: a zone's yield keeps its own name (only counts are the zone's)
    ("天津现代建筑产业园坚持产学研用深度融合，推动装配式建筑企业产值突破40亿元，打造国家装配式建筑样板区。",
     ("装配式建筑企业产值", Decimal("40"))),
], ids=["fujian-own-subject", "fujian-zone-acted-on", "jinghai-yield"])
def test_neighbouring_names_stay(sentence, expected):
    assert expected in names(sentence)
