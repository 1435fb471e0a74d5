"""Indicator names (issue 13 item 2, names48): 转化 (turning research results into use) is the act the figure
counts and stands after the results, as the guideline's plain acts do, whether the peeling took it off the phrase
or left it behind a scope or in a name the text writes whole (docs/checks/indicator-verbs-names48.md). Real
sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, expected", [
    # heilongjiang 2026 target (blind gold 省内重大科技成果转化数量): the act behind the scope 省内
    ("省内转化重大科技成果700项以上，规上工业增加值增长5%以上，服务业增加值增长5%左右。",
     ("省内重大科技成果转化数量", Decimal("700"))),
    # jilin 2026 target (blind gold 科技成果转化数量): a name the text writes whole, with its measure
    ("建设一批具有示范效应和推广价值的典型应用场景，转化科技成果数量增长15%以上。",
     ("科技成果转化数量", Decimal("15"))),
    # jilin 2026 review: the same act behind 省内, no measure written
    ("省内转化科技成果增长24%，技术合同成交额增长35.1%。", ("省内科技成果转化", Decimal("24"))),
    # liaoning 2026 review: a peeled act, put back after the results (it was 科研成果数量, the act dropped)
    ("辽宁实验室集聚科研人员1110人、实施自主科研项目88项、转化科研成果328项。", ("科研成果转化数量", Decimal("328"))),
    # ningxia 2026 target: the same (it was 成果数量)
    ("突出产业需求和应用导向，加速培育引进转化一批标志性、首创性、引领性技术成果，转化成果500项以上，打通产业转型升级的卡点堵点。",
     ("成果转化数量", Decimal("500"))),
])
def test_a_conversion_of_results_stands_after_them(sentence, expected):
    assert expected in names(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # guangxi 2026 (blind gold 新转化项目数量): 新+verb stays before the things
    ("实施科技创新支撑支柱产业高质量发展行动，力争攻克关键技术105项以上、新转化项目40个以上。", ("新转化项目数量", Decimal("40"))),
    # liaoning 2026: 转化 inside a kind of project is no act on the figure
    ("实施校企协同示范成果转化项目100项以上。", ("校企协同示范成果转化项目数量", Decimal("100"))),
    # ningxia 2026: a rate of its own
    ("特色农牧业占农业总产值比重超过88%，农产品加工转化率提升到75.8%。", ("农产品加工转化率", Decimal("75.8"))),
    # liaoning 2026: another plain act already stands after the things, and stays there
    ("培育垂直行业大模型80个。", ("垂直行业大模型培育数量", Decimal("80"))),
    # heilongjiang 2026: 新增 stays before the things
    ("新增绿色有机食品基地面积536万亩、农产品质量安全追溯面积800万亩。", ("新增绿色有机食品基地面积", Decimal("536"))),
])
def test_neighbouring_acts_keep_their_place(sentence, expected):
    assert expected in names(sentence)
