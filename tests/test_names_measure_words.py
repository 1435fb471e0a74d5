"""Indicator names (issue 13): the measure word closing a count's or size's name is the one a reader writes
from its unit or thing, where that is more exact than the unit class's (docs/checks/indicator-measure-names28.md):
人次 → …人次, 场/场次 → …场次, 期 → …期数, 套 → …套数, 批次 → …批次; pipes, networks and lines in 公里 →
…长度 while roads keep 里程; enterprises counted in 户 → …数量. Real sentences of dev reports."""
from __future__ import annotations

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


def _names(snippet: str) -> list[str]:
    return [n for n, _ in names(snippet, "plan")]


@pytest.mark.parametrize("snippet, expected", [
    # guizhou 2026, chongqing 2026: visits of people are counted in 人次
    ("（1）做好重点群体高质量就业，围绕重点领域和重点群体开展职业技能培训30万人次；", "职业技能培训人次"),
    ("实施残疾儿童康复救助1万人次；", "残疾儿童康复救助人次"),
    # heilongjiang 2026, liaoning 2026: events in 场
    ("用好“两新”政策，制定汽车、家电等消费品以旧换新实施细则，举办“购在龙江”等促消费活动2000场以上，"
     "发放政府消费券8亿元以上。", "促消费活动场次"),
    ("绘制强链补链延链图谱，围绕龙头骨干企业开展产业链招商、精准招商，组织产业链供需对接活动100场以上。",
     "产业链供需对接活动场次"),
    # guangdong 2026: sessions in 期; tests in 批次
    ("为超8000名孤独症儿童免费提供个体康复、社会融入等针对性服务，举办孤独症诊疗技术培训班超10期，"
     "组织孤独症儿童康复专业技术人员规范化培训超2000人次。", "孤独症诊疗技术培训班期数"),
    ("开展农产品定量抽检超2.3万批次，其中农兽药残留检测超9000批次，实现农产品质量安全例行监测合格率达98%以上。",
     "农兽药残留检测批次"),
    # qinghai 2026, ningxia 2026: dwellings in 套
    ("坚持城市内涵式发展，实施城市更新示范行动，改造城镇老旧小区房屋2.7万套，推进完整社区建设。", "城镇老旧小区房屋改造套数"),
    ("改造城中村和城市危旧房6000套、老旧小区1.5万户。", "城中村和城市危旧房改造套数"),
    # chongqing 2026: a pipe network's 公里 is its length
    ("实施城市生命线工程提升行动，新建改造供排水管网2400公里，新建扩建城市生活污水处理厂5座。", "供排水管网长度"),
    # yunnan 2026, sichuan 2026: enterprises counted in 户
    ("园区新增规模以上工业企业600户左右，主导产业集中度提升至55%以上。", "园区新增规模以上工业企业数量"),
    ("加力推动企业“四上”，新升规工业企业1000户以上，新增国家级专精特新“小巨人”企业50户以上。",
     "新增国家级专精特新“小巨人”企业数量"),
])
def test_the_unit_or_thing_says_the_measure_word(snippet, expected):
    assert expected in _names(snippet)


def test_roads_keep_their_mileage_beside_a_grid_of_lines():
    """liaoning 2026: in one list a road's 公里 stays 里程, a power grid's becomes 长度."""
    got = _names("建设农村集中供水工程200处，建设改造农村公路4000公里、农村电网5800公里。")
    assert "农村公路里程" in got and "农村电网长度" in got


def test_households_counted_in_hu_keep_their_count_of_households():
    """ningxia 2026: households of an old estate (老旧小区N户) are still counted in 户数, not as things."""
    assert "老旧小区改造户数" in _names("改造城中村和城市危旧房6000套、老旧小区1.5万户。")
