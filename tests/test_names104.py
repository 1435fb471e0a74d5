"""Things the year issued or recruited keep the act before them (names104, issue 13 item 2;
docs/checks/names-flows-names104.md): 发布, 释放, 招募 opening the words before a figure's number say which
things are counted, a flow, not the whole stock. Dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of, names

pytestmark = pytest.mark.unit

NEIMENGGU = ("2.实现城镇新增就业18万人以上，发布就业岗位50万个以上，释放政策性岗位4.5万个，开展职业技能培训40万人次"
             "（牵头单位：人社厅）。")
SHANXI = "四是招募“西部计划”志愿者3000名、社区助理3000名，实施毕业生就业能力培训“万人计划”，促进高校毕业生就业。"


@pytest.mark.parametrize("text, value, expected", [
    (NEIMENGGU, "50", "发布就业岗位数量"),            # gold; was 就业岗位数量
    (NEIMENGGU, "4.5", "释放政策性岗位数量"),         # gold; was 政策性岗位数量
    (SHANXI, "3000", "招募“西部计划”志愿者人数"),     # gold; was “西部计划”志愿者人数
    ("招募留用银龄人才5494人，银龄行动成效走在全国前列。", "5494", "招募留用银龄人才人数"),     # yunnan, no gold
])
def test_issuing_act_stays_before_the_things(text, value, expected):
    assert name_of(text, value, part="plan") == expected


def test_a_list_member_shares_the_issuing_act():
    named = [n for n, _ in names(SHANXI, "plan")]
    assert named[1] == "招募社区助理人数"       # shanxi's gold; was 社区助理人数


@pytest.mark.parametrize("text, value, expected", [
    # neimenggu: the same sentence's other acts are untouched (开展 is a plan verb, 新增 its own flow)
    (NEIMENGGU, "18", "城镇新增就业人数"),
    (NEIMENGGU, "40", "职业技能培训人次"),
    # shandong: 发布 inside a noun (新闻发布会) after another verb is no issuing act of the figure
    ("发布重大行政决策事项2964件，召开省级新闻发布会972场，政务公开工作全国领先。", "972", "省级新闻发布会场次"),
])
def test_issuing_act_controls(text, value, expected):
    assert name_of(text, value, part="plan") == expected


def test_the_rule_is_audited():
    assert without_rule("issued_things", lambda: name_of(NEIMENGGU, "50", part="plan"))[0] == "就业岗位数量"


HEILONGJIANG = "续建安置房7550套，新开工1000套以上，新建改造供排水、供热管网1600公里。"
ANHUI = "创建国家大学科技园等国家级科创平台，重塑全省科创平台体系，新组建省实验室、产业创新研究院等10家以上。"


@pytest.mark.parametrize("text, value, expected", [
    (HEILONGJIANG, "1000", "新开工安置房套数"),                  # gold; was 安置房套数 (the name inherited)
    (ANHUI, "10", "新组建省实验室、产业创新研究院数量"),        # gold; was without 新组建 (the name grouped)
])
def test_own_new_act_kept_when_the_name_comes_from_elsewhere(text, value, expected):
    assert name_of(text, value, part="plan") == expected


def test_inherited_name_without_an_act_stays():
    # heilongjiang: the figure before keeps its own act (续建, names93); the length of things built new and treated
    # keeps the plain name (names68)
    assert name_of(HEILONGJIANG, "7550", part="plan") == "续建安置房套数"
    assert name_of(HEILONGJIANG, "1600", part="plan") == "供排水、供热管网长度"


HAILAER_2014 = ("东山组团建设全面铺开。供电、供热、通讯、燃气等基础设施开工建设，3条主干道路完工，9条次干道路开工建设，"
                "其中4条实现通车，组团内路网框架基本形成。")


QINGHAI = ("全球单机规模最大、技术领先的2座35万千瓦塔式槽式光热发电项目分别在格尔木、德令哈开工，光热在建规模居全国首位。")


@pytest.mark.parametrize("text, value, year, expected", [
    (QINGHAI, "2", 2026, "塔式槽式光热发电项目开工数量"),      # qinghai, no gold: was 塔式槽式光热发电项目数量
    (HAILAER_2014, "9", 2014, "东山组团次干道路开工数量"),     # gold: the headline's zone before, the act kept
    (HAILAER_2014, "3", 2014, "东山组团主干道路数量"),         # gold: 完工 is no making act
    # jiangxi, shandong: how the work went (progress_tail) is cut, no act
    ("7家国家区域医疗中心基本建成，职工医保个人账户实现跨省共济。", "7", 2026, "国家区域医疗中心数量"),
    ("晋冀鲁豫大宗商品骨干流通走廊等50余个合作事项扎实落地。", "50", 2026, "合作事项数量"),
])
def test_making_act_closing_the_things_clause(text, value, year, expected):
    assert name_of(text, value, year=year) == expected


def test_new_rules_are_audited():
    assert without_rule("kept_new_act", lambda: name_of(HEILONGJIANG, "1000", part="plan"))[0] == "安置房套数"
    assert without_rule("closing_making", lambda: name_of(QINGHAI, "2"))[0] == "塔式槽式光热发电项目数量"
