"""A manner word before a service stays with its act, and doers counted are named by the task they did before them
(names106, issue 13 item 2; docs/checks/names-open-names106.md). Dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

CHONGQING = "为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物；"
GUANGDONG = "优化妇女乳腺癌和宫颈癌筛查方式，为超53万名适龄妇女免费提供乳腺癌和宫颈癌筛查，提高早诊早治水平。"
JIANGXI = "制造业数字化转型深入开展，66个产业集群和园区开展试点，1.4万余家企业实施改造，34个项目进入全国5G工厂名录。"
SHANDONG = "完善省市县金融直连服务机制，德邦证券、富泽人寿成功落户，恒丰银行稳健发展，新增上市公司10家，35家村镇银行完成改革任务。"


@pytest.mark.parametrize("text, value, expected", [
    (CHONGQING, "5", "免费提供抗精神病药物的经济困难严重精神障碍患者人数"),   # gold; was without 免费提供…的
    (GUANGDONG, "53", "乳腺癌和宫颈癌免费筛查适龄妇女人数"),                  # gold; was without 免费
])
def test_free_stays_with_the_served_act(text, value, expected):
    assert name_of(text, value, part="plan") == expected


def test_a_service_given_with_no_manner_word_keeps_its_form():
    # chongqing's neighbouring target: no 免费, so Y X人数 as before
    assert name_of("为200万名以上中小学生开展心理健康测评。", "200", part="plan") == "心理健康测评中小学生人数"


@pytest.mark.parametrize("text, value, expected", [
    (JIANGXI, "1.4", "实施改造的企业数量"),              # no gold; was 企业实施改造数量
    (SHANDONG, "35", "完成改革任务的村镇银行数量"),      # no gold; was 村镇银行完成改革任务数量
])
def test_doers_are_named_by_their_task_before_them(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("text, value, expected", [
    (JIANGXI, "66", "产业集群和园区数量"),               # 开展 is no task verb of the rule
    (JIANGXI, "34", "项目进入全国5G工厂名录数量"),
    (SHANDONG, "10", "新增上市公司数量"),
])
def test_doers_controls(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("rule_id, text, value, part, without", [
    ("served_manner", CHONGQING, "5", "plan", "抗精神病药物经济困难严重精神障碍患者人数"),
    ("acting_things", JIANGXI, "1.4", "review", "企业实施改造数量"),
])
def test_each_rule_is_turned_off_by_the_audit(rule_id, text, value, part, without):
    assert without_rule(rule_id, lambda: name_of(text, value, part=part))[0] == without
