"""Numbers that are not figures (extract/notfigures.py) on dev report sentences: thresholds, capacities
inside projects' names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import extract


@pytest.mark.parametrize("snippet, bound", [
    ("（2）持续改善农村学校办学办园条件，为100所海拔1500米以上农村中小学幼儿园建设供暖设施。", "1500"),  # Guizhou 2026
    ("新能源规模化基地化开发方面，力争晋北采煤沉陷区新能源基地建成投产，布局一批50万千瓦以上省级大型风光基地，"
     "探索新能源一体化、融合化发展路径，安排风电光伏装机规模3000万千瓦、并网2000万千瓦。", "50"),      # Shanxi 2026
    ("十二是对农产品网络销售额2万元以上且快递单量达1000单以上的经营主体进行补助。", "1000"),          # Shanxi 2026
    ("特殊教育学校覆盖20万人口以上的县。", "20"),                                                     # Shanxi 2026
    ("推动解决各类问题超1.3万个，清理单笔50万元以下拖欠企业账款年度任务完成率居全国前列。", "50"),   # Hunan 2026
])
def test_a_bound_naming_what_qualifies_is_no_figure(snippet, bound):
    assert Decimal(bound) not in [q.value for q in extract(snippet, "plan", 2026)]


def test_the_things_counted_beside_a_threshold_stay():
    """Guizhou 2026: the 70 projects are counted; 30亿元以上 only says which projects."""
    qs = extract("推进贵州能源大方燃煤发电等12个百亿元、70个30亿元以上项目建设，推动一批重大项目落地建设。",
                 "plan", 2026)
    assert [(q.value, q.unit) for q in qs] == [(Decimal("70"), "个")]


@pytest.mark.parametrize("snippet, value", [
    ("扩大制造业投资，加快推动600个以上亿元级工业项目建设，新实施1500个以上技改项目。", Decimal("1500")),  # Chongqing
    ("每年将75%以上的财力用于民生，5年累计投入6200多亿元。", Decimal("75")),   # Ningxia 2026: a share
])
def test_a_bound_on_the_figure_itself_stays(snippet, value):
    assert value in [q.value for q in extract(snippet, "plan", 2026)]


@pytest.mark.parametrize("snippet", [
    # Qinghai 2026: 产能 inside a member's name does not commit the capacity
    "围绕“以绿制绿”，加快推进实施绿电直连工程，推动桥头铝电50万吨绿电铝产能置换转型升级技改、青海辉源20万吨绿色"
    "高性能铝板带箔、青海广泰10万吨再生铝等项目建设，优化升级有色冶金、化工、建材等产业。",
    # Qinghai 2026: a list of projects longer than a line of names
    "推动国达化工60万吨钾肥复合造粒、蓝科锂业碳酸锂装置系统性优化改造、中国盐湖金属镁一体化技术改造、沃锦储热40万吨"
    "熔盐装置技术升级、青海时代动力电池极片、泰丰先行磷酸铁锂扩产等项目建设，延伸发展锂镁、锂铝等高性能合金材料。",
    # Xinjiang 2026: two projects joined by 和 and 、, no 等
    "加快推进煤炭清洁高效利用，国能哈密400万吨煤制油和天池准东、国能准东20亿立方米/年煤制天然气项目开工建设。",
])
def test_a_capacity_in_a_member_of_a_list_of_projects_is_no_figure(snippet):
    assert [q.value for q in extract(snippet, "plan", 2026) if q.unit.endswith(("吨", "立方米"))] == []


def test_a_capacity_a_project_releases_is_no_figure():
    """Jilin 2026: 释放…项目新装置产能 — nothing is committed about the capacity (issue #13)."""
    qs = extract("石化产业持续“减油增化提质”，释放吉化120万吨乙烯转型升级项目新装置产能，建设一批化工新材料、专用化学品等项目。",
                 "plan", 2026)
    assert Decimal("120") not in [q.value for q in qs]


@pytest.mark.parametrize("snippet, value", [
    # Hubei, Shandong 2026: a size the places reached, naming which places
    ("襄阳、宜昌进至中部非省会城市前列，新增荆州、孝感、黄冈3个过三千亿元城市，新增仙桃、潜江、宜都、大冶4个千亿县市。",
     "3000"),
    ("全省地区生产总值增长5.5%、达到10.3万亿元，成为全国第三个、北方第一个过10万亿元省份。", "10"),
    # Shanghai 2026
    ("全市生产总值从4.16万亿元增加到5.67万亿元，成为全国首个经济总量突破5万亿元的城市，跻身全球城市前五位。", "5"),
    # Jiangxi, Chongqing 2026: a grade naming a class of railway or channel
    ("干支线铁路营业里程超5400公里、成为全国首个全部设区市通时速350公里高铁的省份。", "350"),
    ("长江上游航运中心基本建成，重庆至武汉段4.5米水深航道全线贯通。", "4.5"),
])
def test_a_milestone_or_grade_is_no_figure(snippet, value):
    assert Decimal(value) not in [q.value for q in extract(snippet, "review", 2026)]


def test_a_length_of_city_works_stays():
    """Xinjiang 2026: 城市 opens the name of the works measured, it is not a place that qualifies."""
    qs = extract("完成1.7万间中小学教室照明改造，建设改造4075公里城市地下管网，重点帮扶就业困难人员实现就业4.14万人。",
                 "plan", 2026)
    assert Decimal("4075") in [q.value for q in qs]
