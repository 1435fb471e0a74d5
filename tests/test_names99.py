"""新 and two making acts written as one before the things keep the whole new act (names99, issue 13;
docs/checks/names-read-names99.md; the guideline's names77 line: 新引进落地X → 新引进落地X数量). Dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

HEILONGJIANG = ("经济发展新引擎不断壮大，数字经济核心产业营收增长10.9%，生物经济重点产业营收快速增长，冰雪经济总产出增长"
                "13.2%，新培育认定省级文化创意中心9个、省级创意设计产业园区3个。")
YUNNAN = "新培育认定乡村工匠、农村致富带头人2.7万人，农民就地就近就业856万人，脱贫人口就业规模居全国第2位。"


@pytest.mark.parametrize("text, value, expected", [
    (HEILONGJIANG, "9", "新培育认定省级文化创意中心数量"),       # was 省级文化创意中心认定数量: 新培育 lost
    (YUNNAN, "2.7", "新培育认定乡村工匠、农村致富带头人人数"),   # was 乡村工匠、农村致富带头人认定人数
])
def test_new_compound_act_stays_whole_before_the_things(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("text, value, expected", [
    # fujian-2026 (= gold): names77's tagged compound, read as before
    ("持续加大招商引资力度，打造“投资福建”品牌，新引进落地总投资超10亿元项目50个以上。", "50",
     "新引进落地总投资超10亿元项目数量"),
    # fujian-2026 (= gold): 新 and a building and a treating act is no making compound (names93: X数量)
    ("统筹基础设施建设，推进“百乡千村万里路”建设，新建改造农村供水工程100处，持续整治农村人居环境。", "100",
     "农村供水工程数量"),
    # jiangxi-2026: the compound without 新 stays after the things (names56)
    ("大力发展科技型服务业，建成国家级江西省知识产权保护中心，培育认定省级工业设计中心20个以上。", "20",
     "省级工业设计中心培育认定数量"),
    # guangxi-2026 (= gold): one 新+verb of a list member's own (names86), no compound
    ("实施科技创新支撑支柱产业高质量发展行动，力争攻克关键技术105项以上、新转化项目40个以上。", "40", "新转化项目数量"),
])
def test_new_compound_controls(text, value, expected):
    assert name_of(text, value, part="plan") == expected


def test_the_rule_is_audited():
    assert without_rule("new_made_compound", lambda: name_of(HEILONGJIANG, "9"))[0] == "省级文化创意中心认定数量"
