"""Figure names as a careful reader judges them on dev (names116, issue 13 item 2; docs/checks/names116.md).
The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


def test_names114_making_acts_stand_after_the_things():
    """ningxia's gold 城镇公益性岗位开发数量 and hainan's …上线数量, …建立数量 (was the bare stock)."""
    assert name_of("加大以工代赈政策实施力度，开发城镇公益性岗位5000个。", "5000", "plan") == "城镇公益性岗位开发数量"
    sentence = "新增25个“高效办成一件事”重点事项，上线15个“极简审批”综合许可事项，完善政务服务大厅企业服务功能配置。"
    assert name_of(sentence, "15", "plan") == "“极简审批”综合许可事项上线数量"
    sentence = "面向共建“一带一路”国家布局建设5家国际科技合作载体，支持建立3个以上民间多边科技合作机制。"
    assert name_of(sentence, "3", "plan") == "民间多边科技合作机制建立数量"


def test_zujian_is_a_making_act_of_each_list_member():
    """sichuan 2026's review, read by hand: the groups formed, not the stock (was 紧密型城市医疗集团数量)."""
    sentence = "组建紧密型城市医疗集团39个、县域医共体192个，5个国家区域医疗中心建设项目落地四川。"
    assert name_of(sentence, "39", "review") == "紧密型城市医疗集团组建数量"
    assert name_of(sentence, "192", "review") == "县域医共体组建数量"


def test_a_making_act_of_the_member_before_is_not_the_members_own_verbs():
    """guangdong 2026's review: 覆盖 is the act on the firms, 组建 the chat groups' (no 组建 in the firms' name; since
    names123 the groups that reach them, written before 覆盖, are named as what reaches them: no gold)."""
    sentence = "健全各级领导干部全面联系服务企业机制，分级组建扁平化的政企联络微信群、覆盖21万家“四上”企业，主动帮助大中小企业排忧解难。"
    name = name_of(sentence, "21", "review")
    assert "组建" not in name and name.endswith("覆盖“四上”企业数量")
