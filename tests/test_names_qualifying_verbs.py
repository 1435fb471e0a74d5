"""Indicator names whose left phrase opens with a verb of state that names a kind of the thing (issue 13,
names25): 脱贫人口, 脱贫地区, 信访事项, 信访积案 are no act done on the things, so the verb stays in the
name; a verb acting on its object is still peeled. Real sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("snippet, expected", [
    # anhui, guangxi, xinjiang 2026: 脱贫 names the places and people, not what the figure does
    ("脱贫攻坚成果巩固拓展，30多万监测对象稳定消除返贫致贫风险，脱贫地区农村居民人均可支配收入突破2万元、居全国第3位。",
     ("脱贫地区农村居民人均可支配收入", Decimal("2"))),
    ("“万企兴万村”行动深化拓展，特色产业覆盖率超90%，脱贫人口务工规模293.2万人，超80%监测对象稳定消除返贫风险。",
     ("脱贫人口务工规模", Decimal("293.2"))),
    ("区属高校毕业生去向落实率90%以上，脱贫人口务工就业规模达113.5万人。", ("脱贫人口务工就业规模", Decimal("113.5"))),
    # fujian, ningxia 2026: 信访 names the cases whose resolution is measured
    ("信访事项初信初访一次性化解率达97.3%。", ("信访事项初信初访一次性化解率", Decimal("97.3"))),
    ("创建群众信访问题依法容缺化解机制，信访积案化解率达97.5%。", ("信访积案化解率", Decimal("97.5"))),
])
def test_a_verb_of_state_before_the_thing_stays_in_its_name(snippet, expected):
    assert expected in names(snippet, "review")


@pytest.mark.parametrize("snippet, expected", [
    # hailaer 2018, sichuan 2026: a verb acting on its object is still no part of the name
    ("积极开展交通秩序整治，施划停车位5350个，安放挡车器1004个。", ("挡车器数量", Decimal("1004"))),
    ("浙江省投入财政帮扶资金33.9亿元、实施帮扶项目781个。", ("帮扶项目数量", Decimal("781"))),
])
def test_a_verb_acting_on_the_thing_is_still_peeled(snippet, expected):
    assert expected in names(snippet, "review")
