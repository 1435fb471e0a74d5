"""Figure names the name lint flagged on dev, read against their sentences (names78, issue 13;
docs/checks/indicator-names78.md). The sentences are dev sentences."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, value, part, expected", [
    # liaoning 2026: was the bare stock 村卫生室数量
    ("新建省级区域医疗中心14个、紧密型县域医共体33个，3500所村卫生室达到国家良好标准，沈阳入选国家中医药传承创新发展示范项目城市。",
     "3500", "review", "达到国家良好标准的村卫生室数量"),
    # yunnan 2026: was 县域医共体数量
    ("124个县域医共体全部达到紧密型标准，医改经验向全国推介。", "124", "review", "达到紧密型标准的县域医共体数量"),
    # shandong 2026 (its gold): was 重点河湖生态流量达标数量
    ("加强大运河生态环境保护，推进25条重点河湖生态流量达标，美丽河湖、美丽海湾建成率分别达到30%、50%。", "25", "plan",
     "生态流量达标重点河湖数量"),
    # neimenggu 2026: was 盟市空气质量, no measure
    ("全区12个盟市空气质量全部达标，国考断面水质优良比例达到历史最好水平。", "12", "review", "空气质量达标盟市数量"),
])
def test_things_counted_after_their_number_named_by_the_standard_they_reached(sentence, value, part, expected):
    assert name_of(sentence, value, part) == expected


def test_a_standard_reached_in_a_later_clause_leaves_the_name():
    # hailaer-2017 (its gold): the standard closes another clause, after the comma
    assert name_of("年内完成335座保暖房装修,全部达到入住标准。", "335", "plan", 2017) == "保暖房装修数量"


def _hygiene():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from name_lint import hygiene
    return hygiene


@pytest.mark.parametrize("name", [
    "第十四届全国冬运会主场馆二期工程建设投资",      # hailaer-2017's gold (less 建设): 第十四届 is no numbering
    "省级及以上绿色工厂培育数量", "千吨级及以上航道里程",  # hebei's gold, hunan
    "每千人拥有3岁以下婴幼儿托位数", "65岁及以上老年人医养结合服务率",  # neimenggu, guangdong's gold
    "突破重大技术数量",                                # guangxi
    "对东盟进出口", "对非贸易额", "和美乡村数量",        # guangxi, hunan, qinghai's gold
    "通过国家义务教育优质均衡县评估认定县（市、区）数量",  # yunnan
    "ESI全球排名前1%的学科数量", "经济总量超500亿元的县域数量", "“4+4科创工程”取得创新成果数量",  # hainan, guangxi, hunan
])
def test_the_lint_passes_right_names_it_flagged(name):
    assert _hygiene()(name) == []


@pytest.mark.parametrize("name, kind", [
    ("外贸进出口在对美贸易下降超3成的情况下", "digit"),     # chongqing
    ("通过房票去化商品住宅套数", "lead"),                  # jiangsu: a means, no act of the things
    ("旗舰物种海南长臂猿种群恢复至7群数量", "digit"),       # hainan
    ("第一是加快发展", "numbering"),
])
def test_the_lint_still_flags_wrong_names(name, kind):
    assert kind in _hygiene()(name)


@pytest.mark.parametrize("name, sentence", [
    # chongqing: a classifier after its number joined by the tagger to the things (个国)
    ("国控断面水质优良比例", "74个国控断面水质优良比例连续3年保持100%"),
    # guizhou: a share joined to the verb after it (比达)
    ("养老机构护理型床位占比", "每千人口拥有3岁以下婴幼儿托位数达4.59个，养老机构护理型床位占比达73.4%"),
])
def test_the_lint_reads_no_cut_in_a_classifier_or_a_share_joined_to_its_neighbour(name, sentence):
    assert "cut" not in _hygiene()(name, sentence)


def test_the_lint_still_flags_a_name_cut_after_a_number():
    # guizhou: 3人制篮球场 cut at the digit
    assert "cut" in _hygiene()("制篮球场建成人数", "建成250个社区健身路径或3人制篮球场")
