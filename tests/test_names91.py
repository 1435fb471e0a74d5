"""A percentage written between the whole it is a share of and its part is the part's share (names91, issue 13;
docs/checks/names-read-names91.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import family_only, without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

SUPPLY = "组织海吉星农产品市场大年初三复市，保障了全市60%的蔬菜供应，253名医护人员驰援滨海。"


@pytest.mark.parametrize("text, value, expected", [
    # shandong-2026's gold: the whole before the percentage, the part after it, which acts: 比例
    ("以抓好中央生态环保督察反馈问题整改为契机，完成水泥、焦化行业70%以上产能全流程超低排放改造，"
     "开展30个以上传统产业集群大气污染综合治理。", "70", "水泥、焦化行业产能全流程超低排放改造比例"),
    # hainan-2026's gold: a list member opened by the percentage takes the subject of the member before it
    ("改善乡镇初中寄宿制学校条件，初中毕业生继续接受教育基本全覆盖、70%就读普通高中。", "70", "初中毕业生就读普通高中比例"),
    # jinghai-2021's gold: the figure's own place is no whole; a part that is an amount: 占比
    (SUPPLY, "60", "蔬菜供应占比"),
    # fujian-2026 (its gold writes the act after the thing: 制造业企业清洁和绿色电力使用比例; the part is kept as written,
    # as hainan's gold keeps 就读普通高中)
    ("完善绿色电力交易体系，尽快实现制造业企业100%使用清洁和绿色电力。", "100", "制造业企业使用清洁和绿色电力比例"),
])
def test_a_percentage_between_whole_and_part_is_the_parts_share(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("text, value, expected", [
    # shanghai-2026: no whole before the percentage (an act only): a 1% sample survey, no share
    ("落实育儿补贴等生育支持政策，完成1%人口抽样调查。", "1", "人口抽样调查"),
    # a percentage already named by its measure (hailaer-2017's gold)
    ("全年新增就业5700人,城镇登记失业率控制在4%以内。", "4", "城镇登记失业率"),
])
def test_share_controls(text, value, expected):
    assert name_of(text, value) == expected


def test_the_share_rule_is_audited_on_four_families():
    """Written from four provinces' and jinghai's golds: no family-only rule, so the held-out measure keeps it on."""
    assert not family_only("own_share_wholes")
    assert without_rule("own_share_wholes", lambda: name_of(SUPPLY, "60")) == ("蔬菜供应", "蔬菜供应占比")
