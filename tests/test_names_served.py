"""Indicator names (issue 13, item 2): people or households a service is given to (为N名X提供Y) are
counted as those the service is given to, Y X人数 (names36: the blind dev readers write no 受益 for a service given;
a benefit paid out, 发放Y, stays Y受益X人数), not as the whole stock of X, nor with a cut phrase; 免费 stays with
the service act (names106). Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # jilin 2026: the service after 提供
    ("为10万名残疾人提供基本康复服务。", ("基本康复服务残疾人人数", Decimal("10"))),
    # guizhou 2026: in a list of the year's works
    ("改造提升25个标准化养老机构，为2万名特殊困难老年人提供居家社区机构服务，开展留守儿童关爱服务100万人次。",
     ("居家社区机构服务特殊困难老年人人数", Decimal("2"))),
    # chongqing 2026: 开展, a floor before the number, 的 inside who is served, 免费 before the verb
    ("为200万名以上中小学生开展心理健康测评；为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物。",
     ("心理健康测评中小学生人数", Decimal("200"))),
    ("为200万名以上中小学生开展心理健康测评；为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物。",
     ("免费提供抗精神病药物的经济困难严重精神障碍患者人数", Decimal("5"))),   # the gold (names106)
    # guangdong 2026: the first of a list of services; households counted by 个
    ("为超8000名孤独症儿童免费提供个体康复、康复训练等服务，为超1000个孤独症儿童家庭免费提供亲子活动。",
     ("免费提供个体康复的孤独症儿童人数", Decimal("8000"))),   # names106 (gold 免费服务孤独症儿童人数)
    ("为超8000名孤独症儿童免费提供个体康复、康复训练等服务，为超1000个孤独症儿童家庭免费提供亲子活动。",
     ("免费提供亲子活动的孤独症儿童家庭数量", Decimal("1000"))),   # names106 (gold 关爱支持服务…)
    # guangdong 2026: a benefit paid out (发放) to people
    ("实施育儿补贴制度，结合孕产妇保健、住院分娩和婴幼儿预防接种等优化服务流程，为超300万名婴幼儿发放育儿补贴，减轻育儿负担。",
     ("育儿补贴受益婴幼儿人数", Decimal("300"))),
    # hailaer 2018 (the 2017 review): firms paid, one named before the number, the amount after the benefit
    ("发放小额担保贷款670万元，为公交公司等19家企业发放社会保险补贴497.1万元，稳定就业岗位2887个。",
     ("社会保险补贴受益企业数量", Decimal("19"))),
])
def test_people_served_are_the_services_beneficiaries(snippet, expected):
    assert expected in names(snippet)


@pytest.mark.parametrize("snippet, expected", [
    # chongqing 2026: a service counted with no 为 before it keeps its own name
    ("提供未成年人假期公益托管服务15万人次。", ("未成年人假期公益托管服务人次", Decimal("15"))),
    # guizhou 2026: people sent to serve are not served; they are named as sent (names34: the blind gold)
    ("选派1200名以上科技特派员到基层开展科技服务。", ("科技特派员选派人数", Decimal("1200"))),
    # hailaer 2018: the amount paid keeps the benefit's name
    ("发放小额担保贷款670万元，为公交公司等19家企业发放社会保险补贴497.1万元，稳定就业岗位2887个。",
     ("社会保险补贴", Decimal("497.1"))),
])
def test_no_beneficiaries_without_a_service_given_to_them(snippet, expected):
    assert expected in names(snippet)
