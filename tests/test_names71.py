"""Figure names read wrong in names71's sample and the dev dump (issue 13; docs/checks/indicator-names71.md).
The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # shanghai 2026: was 重大产业项目数量 (the start dropped with 建设 of projects)
    ("实施土地储备新机制，提升土方消纳能力，开工建设10亿元以上重大产业项目47个，建成2号线西延伸、18号线二期等轨道交通线。",
     "47", "重大产业项目开工数量"),
    # anhui 2026: was “两重”项目数量
    ("新开工建设“两重”项目178个，消费品以旧换新带动销售额762亿元。", "178", "新开工“两重”项目数量"),
])
def test_kaigong_jianshe_names_the_start(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected


def test_kaigong_jianshe_of_an_area_keeps_the_plain_name():
    # hailaer 2013 (gold 职工住宅小区面积): an area of things built keeps the thing's plain name
    assert name_of("开工建设10万平方米职工住宅小区。", "10", "plan", 2013) == "职工住宅小区面积"


@pytest.mark.parametrize("sentence, value, part, expected", [
    # guangdong 2026 (target; gold 老旧小区改造新开工数量): was 老旧小区改造数量
    ("坚持人口、产业、城镇、交通一体规划，高质量推进城市更新，深化低效用地再开发，稳步推进城中村改造，新开工改造600个老旧小区。",
     "600", "plan", "老旧小区改造新开工数量"),
    # sichuan 2026 (outcome): was 城镇老旧小区改造数量
    ("推进城市有机更新，启动城市更新创新模式试点，新开工改造城镇老旧小区4402个、城中村5.1万户。",
     "4402", "review", "城镇老旧小区改造新开工数量"),
])
def test_xin_kaigong_before_a_treatment_stands_after_it(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("sentence, value, part, expected", [
    # jiangsu 2026 (control): plain 开工改造 keeps the treated things' count, as shandong 2026's gold 老旧小区改造户数
    ("开工改造城镇老旧小区6470个，完成城镇棚户区改造73.5万套，改善农村住房超50万户。", "6470", "review", "城镇老旧小区改造数量"),
    ("推动城市内涵式特色化发展，高质量开展城市更新行动，实施片区综合更新改造重点项目100个，开工改造老旧小区15万户。", "15", "plan", "老旧小区改造户数"),
])
def test_plain_kaigong_before_a_treatment_is_dropped(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("name, code", [
    # guangdong 2026's gold: the count of treated things started keeps the treated things' concept
    ("老旧小区改造新开工数量", "old-residential-renovation"),
    # hainan 2026's gold: 新开工 is taken out whole (it left 年投资亿元以上项目新数量)
    ("年投资亿元以上项目新开工数量", "projects"),
])
def test_xin_kaigong_is_taken_out_to_find_the_concept(name, code):
    from policykg.emit.concepts import match
    from policykg.extract.name_flows import without_act
    found = match(name)
    assert found is not None and (found[0].code, found[1]) == (code, "broad")
    assert without_act(name) == name.replace("新开工", "")
