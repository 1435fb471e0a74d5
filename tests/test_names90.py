"""Where the act stands: figures whose act comes after the counted things or before them (names90, names88's shapes
A2 and A1, issue 13; docs/checks/names-acts-names90.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

ZONE = ("东山组团建设全面铺开。供电、供热、通讯、燃气等基础设施开工建设，3条主干道路完工，9条次干道路开工建设，"
        "其中4条实现通车，组团内路网框架基本形成。")
HOUSING = "低收入家庭住房条件进一步改善,115户家庭入住公租房,全年发放租赁补贴70.5万元。"
ROADS = "改造1万户农村危房，新（改）建农村卫生厕所3.2万户，新增4000个自然村通硬化路。"
GREEN = "继续提升“三山”绿化,改造和新建城区内的公园、广场、绿地,全年新增城区绿地面积144亩、造林面积5845亩。"


@pytest.mark.parametrize("text, value, part, expected", [
    # A2, a verb of what the things came to have and its object close the clause (hailaer-2017's, sichuan's golds)
    (HOUSING, "115", "review", "入住公租房家庭户数"),
    (ROADS, "4000", "plan", "新增通硬化路自然村数量"),
    # A1, a list member after one opening with 新增: its act is not cut off when only the measure would be left
    (GREEN, "5845", "plan", "新增造林面积"),
])
def test_the_act_that_defines_the_count_is_kept(text, value, part, expected):
    assert name_of(text, value, part) == expected


@pytest.mark.parametrize("text, value, part, expected", [
    # 完工 closing the clause defines no count: the golds keep the bare things (hailaer-2014)
    (ZONE, "3", "review", "东山组团主干道路数量"),
    # 驰援 is no verb of what the things came to have (jinghai's gold)
    ("组织海吉星农产品市场大年初三复市，保障了全市60%的蔬菜供应，253名医护人员驰援滨海，累计接收隔离观察境内外人员3000多人。",
     "253", "review", "医护人员人数"),
    # 通 inside 通过 is no 通: the divisions keep their own act (chongqing 2026, doing_divisions)
    ("7个区县通过学前教育普及普惠国家督导评估认定，建成6个义务教育优质均衡发展区。", "7", "review",
     "通过学前教育普及普惠国家督导评估认定区县数量"),
    # an act with a thing after it is still cut off (xinjiang 2026's gold) and the list's first member keeps its own
    ("推进古尔班通古特沙漠生态修复治理，完成造林100万亩、退化草原修复治理450万亩、沙化土地治理350万亩。", "100", "plan", "造林面积"),
    (GREEN, "144", "plan", "新增城区绿地面积"),
])
def test_the_rules_leave_these_alone(text, value, part, expected):
    assert name_of(text, value, part) == expected


def test_the_object_of_the_attained_verb_holds_nouns_only():
    """了 and 的 in the words after 通 are no noun object: the rule does not put them before the things."""
    assert not name_of("苍梧、昭平等10个县区通了新的高速公路，新增里程590公里。", "10", "review").startswith("通")


@pytest.mark.parametrize("rule_id, text, value, part, without", [
    ("attained_things", HOUSING, "115", "review", "家庭入住公租房户数"),
    ("measure_only", GREEN, "5845", "plan", "面积"),
])
def test_each_rule_is_turned_off_by_the_audit(rule_id, text, value, part, without):
    assert without_rule(rule_id, lambda: name_of(text, value, part))[0] == without
