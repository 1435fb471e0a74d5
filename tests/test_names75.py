"""Indicator names (issue 13, names75): the hygiene lint (scripts/name_lint.py --dev) flags a name that is only a
measure or generic words (bare) and one that keeps a word of its clause (clause); see
docs/checks/indicator-names75.md. The names are the tool's on dev reports (2026 provincial reports, hailaer-2013),
the kept ones gold names or right names of dev reports."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from name_lint import hygiene  # noqa: E402


@pytest.mark.parametrize("name", [
    "新增里程",       # guangxi: 10个县区通了新的高速公路，新增里程590公里
    "项目数",         # guangdong: gold 检查检验结果互认项目数
    "支出",           # yunnan: 地方一般公共预算收入增长2.3%、支出首次超过7000亿元
    "主要指标",       # ningxia: 数字经济营业收入、智算规模等主要指标均增长3倍以上
    "次数量",         # guangdong: “港车北上”…累计832万辆次
    "投资总规模",     # hailaer-2014: gold 重点项目投资总规模
])
def test_a_bare_measure_is_flagged(name):
    assert "bare" in hygiene(name)


@pytest.mark.parametrize("name", [
    "重点项目数量", "重大项目投资",   # golds of hailaer-2013, neimenggu, ningxia: the programme of key projects
    "基本医疗保险参保率", "城镇新增就业人数", "高铁运营里程", "人均可支配收入",
])
def test_a_measure_with_its_thing_is_not_bare(name):
    assert "bare" not in hygiene(name)


@pytest.mark.parametrize("name", [
    "首次年度内供和外送电量",                      # ningxia: 首次实现年度内供和外送电量双双超过1000亿度
    "县区通了新数量",                              # guangxi: the tagger's 通了
    "育儿家庭每月多了",                            # chongqing
    "供水主管网改造等工程进展顺利",                # hailaer-2013
    "惠民实事圆满办结数量",                        # yunnan
    "“川渝通办”事项让两地群众“进一个门数量",       # sichuan
    "已建成自然村改造提升数量",                    # guangdong (gold 生活污水治理设施改造提升自然村数量)
])
def test_a_word_of_the_clause_is_flagged(name):
    assert "clause" in hygiene(name)


@pytest.mark.parametrize("name", [
    "基本养老保险参保率", "政务服务零跑动可办率", "有效发明专利数量", "过江通道建成数量",
    "产业投资占全部投资比重", "省级政务信息系统整合完成比例", "成功避险案例数量", "非烟非能工业增加值",
    "巩固拓展脱贫攻坚成果和乡村全面振兴资金", "香港STC优质“正”印认证产品数量", "可再生能源装机",
])
def test_a_term_holding_such_characters_is_not_a_clause(name):
    assert "clause" not in hygiene(name)


def _names(sentence):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from quantity_helpers import names
    return [n for n, _ in names(sentence, "review", 2026)]


def test_a_census_base_is_peeled():
    # anhui 2026: the fifth economic census's employees grew against the fourth's; the base is no part of the name
    got = _names("“五经普”二三产业法人单位从业人员比“四经普”增长29.8%、居全国第1位，增加407.7万人、居全国第3位。")
    assert got[0] == "“五经普”二三产业法人单位从业人员"
    assert all("四经普" not in n for n in got)


def test_a_plan_same_period_base_is_peeled():
    # jiangxi 2026: 较“十三五”同期 was left in the second member's name (死亡人数较“十三五”同期)
    got = _names("生产安全事故起数、死亡人数较“十三五”同期分别下降62.97%、53.06%。")
    assert got == ["生产安全事故起数", "生产安全事故死亡人数"]


def test_a_plan_period_base_stays_peeled():
    # guizhou 2026 (control: 较“十三五”时期 was peeled before this round)
    got = _names("“十四五”时期全省生产安全事故起数和死亡人数分别较“十三五”时期下降67.5%、58.5%。")
    assert got == ["生产安全事故起数", "生产安全事故死亡人数"]


def test_an_adverb_of_how_the_things_were_done_is_cut():
    # yunnan 2026: 圆满 says how, as 顺利 and 全面 do (惠民实事圆满办结数量 before)
    assert _names("年度10件惠民实事圆满办结。") == ["惠民实事办结数量"]


def test_a_first_time_opening_the_name_is_cut():
    # ningxia 2026: 首次 says when (首次年度内供和外送电量 before)
    got = _names("新建22个750千伏和330千伏电网工程，首次实现年度内供和外送电量双双超过1000亿度。")
    assert "年度内供和外送电量" in got and not any(n.startswith("首次") for n in got)


def test_a_first_time_after_the_name_stays_out():
    # shanxi 2026 (control: 首次 after the name was never in it)
    assert _names("行政机关负责人出庭应诉率首次达到100%。") == ["行政机关负责人出庭应诉率"]
