"""Themed towns (X小镇) as parks when their sentence draws firms or investment into them (parks27), on real
dev sentences: the rule pass proposes them, the whole pipeline keeps them; a town named for tourism, a
district-wide programme or a works list stays out."""
from __future__ import annotations

import pytest

from entity_helpers import get, labels, proposed_parks, run

pytestmark = pytest.mark.unit

MUSIC_TOWN = "高标准规划蔡公庄音乐小镇，打响乐器中国品牌，打造乐器文化创意产业基地"            # jinghai-2021
HAKE_TOWN = "推进哈克文化特色小镇招商工作，丰富旅游产业项目支撑"                                # hailaer-2018
TOURIST_TOWN = "漫葡小镇获评国家级旅游休闲街区，文化遗产游、沙漠游、酒庄游等品牌更加响亮"        # ningxia-2026
WORKS_TOWN = "最高法、海关总署等数据中心建成，新华三图灵小镇等一批重点工程开工"                  # ningxia-2026
GENERIC_TOWN = "优化乡镇组团综合承载和服务功能，分类引导、统筹推进中心镇发展改革、特色小镇培育"  # jinghai-2021


def test_a_town_an_industrial_base_is_built_in_is_a_park():
    assert "蔡公庄音乐小镇" in proposed_parks(MUSIC_TOWN, "静海区", ["天津市"])
    ents, _ = run(MUSIC_TOWN, place="静海区", parents=["天津市"])
    assert get(ents, "Park", "蔡公庄音乐小镇").attrs["parkKind"] == "other"      # the guideline's kind of a town


def test_a_town_investment_is_sought_for_is_a_park():
    assert "哈克文化特色小镇" in proposed_parks(HAKE_TOWN, "海拉尔区", ["内蒙古自治区", "呼伦贝尔市"])
    ents, _ = run(HAKE_TOWN, place="海拉尔区", parents=["内蒙古自治区", "呼伦贝尔市"])
    assert "哈克文化特色小镇" in labels(ents, "Park")


@pytest.mark.parametrize("text", [TOURIST_TOWN, WORKS_TOWN, GENERIC_TOWN])
def test_a_town_nothing_draws_firms_into_is_no_park(text):
    assert not any(n.endswith("小镇") for n in proposed_parks(text, "宁夏回族自治区"))
    ents, _ = run(text, place="宁夏回族自治区", parents=[])
    assert not any(n.endswith("小镇") for n in labels(ents, "Park"))
