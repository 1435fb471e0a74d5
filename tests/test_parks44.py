"""parks44: a park's name starts past the verbs and adjectives the left edge leaves on it (``verb_led`` of
parks.yaml, ``park_shape.verb_led``), on dev sentences; a title or a policy with a common noun first stays refused."""
from __future__ import annotations

import pytest

from entity_helpers import proposed_parks

pytestmark = pytest.mark.unit

HAILAR = ["内蒙古自治区", "呼伦贝尔市"]
FENDOU = ("启动1.5万亩“菜篮子”工程项目，打造高寒地区智慧型生态农业园区，改造现有奋斗镇农业园区，"
          "重点打造集采摘、体验观光为一体的都市休闲农业。")      # hailaer-2017, its sentence up to the ；
HEFEI = "坚持下好创新先手棋，制定合肥滨湖科学城实体化改革实施方案，办好“日新：江淮科创沙龙”，以创新思维答好“创新之问”。"


def test_a_town_park_after_a_verb_and_an_adjective_is_proposed():
    """hailaer-2017: 改造现有奋斗镇农业园区 names 奋斗镇农业园区 (gold), not the verb phrase."""
    parks = proposed_parks(FENDOU, "海拉尔区", HAILAR)
    assert "奋斗镇农业园区" in parks and "改造现有奋斗镇农业园区" not in parks


def test_a_place_named_zone_after_its_governing_verb_is_proposed():
    """anhui-2026: 制定合肥滨湖科学城实体化改革实施方案 names 合肥滨湖科学城 (gold)."""
    assert "合肥滨湖科学城" in proposed_parks(HEFEI, "安徽省")


def test_a_title_or_a_policy_led_by_a_noun_stays_refused():
    """国家中医药综合改革示范区 and 美丽中国先行区 (dev: jiangxi, shandong…) lead with a noun: no park is cut out of them."""
    assert proposed_parks("建设国家中医药综合改革示范区，推进美丽中国先行区建设。", "江西省") == set()
