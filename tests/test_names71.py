"""Figure names read wrong in names71's sample and the dev dump (issue 13; docs/checks/indicator-names71.md).
The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, expected", [
    # shanghai 2026: was 重大产业项目数量 (the start dropped with 建设 of projects)
    ("实施土地储备新机制，提升土方消纳能力，开工建设10亿元以上重大产业项目47个，建成2号线西延伸、18号线二期等轨道交通线。",
     "47", "10亿元以上重大产业项目开工数量"),     # the bound stays (names120)
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


@pytest.mark.parametrize("sentence, value, expected", [
    # hunan 2026: was 稳居全国前十强 (a clause opening with its verb: the figure before's thing)
    ("努力加快高质量发展步伐，全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%，其中规模工业增加值增长6.2%。",
     "4.8", "地区生产总值"),
    # qinghai 2026: was 全体居民人均可支配收入增速高于经济增速 (全体 written, kept: ningxia's gold; names108)
    ("就业形势持续稳定向好，全体居民人均可支配收入增速高于经济增速、突破3万元，基础教育“三项指标”高于全国平均水平。",
     "3", "全体居民人均可支配收入"),
    # sichuan 2026: was 经济总量跨过两个万亿元大关 (经济总量 is read as 地区生产总值), for the rate after it too
    ("经济总量跨过两个万亿元大关、超过6万亿元，实现历史性晋位，年均增速5.7%。", "6", "地区生产总值"),
    ("经济总量跨过两个万亿元大关、超过6万亿元，实现历史性晋位，年均增速5.7%。", "5.7", "地区生产总值"),
])
def test_a_statement_clause_before_the_figure_is_no_part_of_its_name(sentence, value, expected):
    assert name_of(sentence, value, "review") == expected


def test_a_clause_without_a_statement_verb_is_read_as_before():
    # hunan 2026 (control): 实现翻番、 holds none of the statement verbs; the trailing cut names it as before
    assert name_of("高新技术企业数量实现翻番、达1.8万家。", "1.8", "review") == "高新技术企业数量"
