"""A list member with no act of its own shares the 新+verb opening the first member (names101, issue 13;
docs/checks/names-read-names101.md; the guideline's shared-act line: 新建A N家、B M家 → 新建B数量). Dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of, names

pytestmark = pytest.mark.unit

GUIZHOU = ("实施规上（限上）企业梯度培育行动，新入库规模以上工业企业400家以上、规模以上服务业企业300家以上、"
           "限上批零住餐业经营主体600家左右、资质以上建筑业企业100家以上。")
SICHUAN = ("发挥四川数智化绿色化发展促进中心作用，大力实施制造业“智改数转”和新型技改，新入选国家5G工厂29家、"
           "卓越级智能工厂10家、领航级智能工厂1家，成功培育全球光伏电池领域首家“灯塔工厂”。")


@pytest.mark.parametrize("text, value, part, expected", [
    (GUIZHOU, "300", "plan", "新入库规模以上服务业企业数量"),        # was 规模以上服务业企业数量 (gold: 新入库…)
    (GUIZHOU, "100", "plan", "新入库资质以上建筑业企业数量"),        # the third member shares it through the second
    (SICHUAN, "10", "review", "新入选卓越级智能工厂数量"),           # was 卓越级智能工厂数量
])
def test_member_shares_the_new_act_of_the_first(text, value, part, expected):
    assert name_of(text, value, part=part) == expected


@pytest.mark.parametrize("text, value, part, expected", [
    # the first member keeps its own words (= gold)
    (GUIZHOU, "400", "plan", "新入库规模以上工业企业数量"),
    # chongqing-2026: a length of things built keeps no 新+verb (新改建X N公里 → X长度)
    ("新改建城镇供排水管网3500公里、燃气管网5904公里。", "5904", "review", "燃气管网长度"),
])
def test_shared_new_act_controls(text, value, part, expected):
    assert name_of(text, value, part=part) == expected


def test_the_rule_is_audited():
    assert without_rule("shared_new_act", lambda: name_of(GUIZHOU, "300", part="plan"))[0] == "规模以上服务业企业数量"


def test_new_act_read_as_an_act_is_shared_as_before():
    # guizhou-2026 (= gold): 打造 is no act of a name, 新 before it neither (names111; was 新打造X数量 for both)
    got = names("新打造省级特色酒庄5个、美酒美食街区5条、五星级白酒体验酒店5家，提质升级21个酒旅融合景区。", "plan", 2026)
    assert [n for n, _ in got][:2] == ["省级特色酒庄数量", "美酒美食街区数量"]
