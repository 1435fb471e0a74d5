"""Figure names a fresh hand-read sample of provincial dev figures found wrong (names77, issue 13;
docs/checks/indicator-names77.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, part, expected", [
    # jilin 2026 (its gold): 增加 before the things of a count adds them, as 新增 does
    ("扩大长期护理保险覆盖面，增加普惠性养老床位2000个。", "2000", "plan", "新增普惠性养老床位数量"),
    # guangdong 2026: was the bare stock 学位数量
    ("新建、改扩建一批公办普通高中，重点推进城乡人口流入多、学位紧缺地区的普通高中学位建设，增加学位超20万个。", "20", "plan",
     "新增学位数量"),
    # liaoning 2026
    ("20个县区义务教育优质均衡发展完成评估验收，增加优质特色普通高中招生计划1.76万个。", "1.76", "review",
     "新增优质特色普通高中招生计划数量"),
])
def test_zengjia_before_the_things_of_a_count_is_a_flow(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("sentence, value, part, expected", [
    # 增加N个X and X增加N个 are named as 新增 too since names114 (neimenggu's gold; shandong 2026; were X增加数)
    ("加强学龄人口净流入和净流出地区教育资源余缺调配，增加5000个普通高中招生计划。", "5000", "plan", "新增普通高中招生计划数量"),
    ("现代化机场群建设初见成效，通用机场增加11个、达到25个。", "11", "review", "新增通用机场数量"),
    # a rise to a level is the level (ningxia 2026)
    ("常住人口由上年729万人增加到732万人，城镇化率达69.1%。", "732", "review", "常住人口人数"),
])
def test_other_forms_of_zengjia_keep_their_names(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


@pytest.mark.parametrize("sentence, value, expected", [
    # guizhou 2026: the tie was cut and the hospitals named with the counties (县（市、特区）与省外三甲医院数量)
    ("70个县（市、特区）与省外三甲医院建立帮扶协作关系。", "70", "与省外三甲医院建立帮扶协作关系的县（市、特区）数量"),
    # neimenggu 2026: the schools counted, named by what they did
    ("完成巩固拓展脱贫攻坚成果同乡村振兴有效衔接5年过渡期任务，京蒙协作“六个倍增计划”成效显著，43所高校、职业院校和538所中小学"
     "与北京市学校结对办学，300多个医疗专科与援助医院同质发展，落地京企超500家。", "538", "与北京市学校结对办学的中小学数量"),
])
def test_things_counted_after_their_number_named_by_their_tie_to_a_partner(sentence, value, expected):
    assert name_of(sentence, value) == expected


def test_things_with_no_partner_keep_their_name():
    # jinghai 2021 shape, xinjiang 2026: a tie with no 与 partner before it stays the things counted
    assert name_of("外贸进出口总额年均增长8%，与196个国家和地区建立外贸联系。", "196") == "国家和地区数量"


@pytest.mark.parametrize("sentence, value, part, expected", [
    # fujian 2026 (its gold): 新引进落地 was cut to 落地 (the tagger reads 落地 as a noun)
    ("持续加大招商引资力度，打造“投资福建”品牌，新引进落地总投资超10亿元项目50个以上。", "50", "plan",
     "新引进落地总投资超10亿元项目数量"),
    # yunnan 2026: 引进 was lost
    ("引进落地亿元以上项目904个。", "904", "review", "亿元以上项目引进落地数量"),
    # control: 落地建设 of projects keeps the plain name (guizhou's gold)
    ("因城施策增加改善性住房供给，落地建设“好房子”项目50个左右。", "50", "plan", "“好房子”项目数量"),
])
def test_yinjin_luodi_is_one_act(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected
