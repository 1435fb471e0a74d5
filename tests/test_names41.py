"""Indicator names (issue 13, names41): a name cut to a generic head (问题, 集群, 产业) and a measure takes the thing
its sentence, or the sentence right before, names in full with that head (docs/checks/indicator-names41.md). Real
sentences of dev reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


def test_a_rate_of_problems_is_of_the_problems_the_clause_before_names():
    # hainan 2026: the problems are the firms' legacy problems of the campaign just named
    got = names("持续开展涉企历史遗留问题攻坚行动，力争问题解决率90%以上。")
    assert ("涉企历史遗留问题解决率", Decimal("90")) in got


def test_clusters_are_the_industry_clusters_the_sentence_first_names():
    # jiangxi 2026: 集群 shortens 产业集群, the first cluster the sentence names in full
    got = names("坚持集群发展，实施产业集群提能升级行动，加快推进重点产业集群“六个一”全覆盖，完善产业集群图谱功能，"
                "实施规模化技改试点15个左右，培育3个以上省级先进制造业集群，力争国家级集群建设取得新突破，"
                "集群营业收入增长10%左右；")
    assert ("产业集群营业收入", Decimal("10")) in got


@pytest.mark.parametrize("before, sentence, expected", [
    # jilin 2026: the industry opening the sentence before owns the bare 产业 measure
    ("新能源产业深度拓展多场景应用，做强绿电、绿氢、绿色化工和装备制造全产业链，扩大“绿电直连”“以绿制绿”规模，"
     "推动“绿氢+”产业发展，高标准建设国家级零碳园区，扩大增量配电网园区建设规模和覆盖区域。",
     "力争新增开发装机突破1000万千瓦，产业投资超过1000亿元。", ("新能源产业投资", Decimal("1000"))),
    ("低空经济产业重点推动装备研发、生产和场景开放，拓展文化旅游、空中物流、应急处突等应用场景，适度布局建设起降设施，"
     "培育服务业态，打造产业集群示范区。", "产业规模突破100亿元。", ("低空经济产业规模", Decimal("100"))),
], ids=["jilin-new-energy", "jilin-low-altitude"])
def test_an_industry_opening_the_sentence_before_owns_the_bare_industry_measure(before, sentence, expected):
    assert expected in names(before + sentence)


@pytest.mark.parametrize("sentence, expected", [
    # yunnan 2026: a plan's industrial investment, with no industry named before it, stays the statistic
    ("经济社会发展的主要预期目标为：地区生产总值增长4.5%左右，产业投资占比保持在50%以上，地方一般公共预算收入增长2%。",
     ("产业投资占比", Decimal("50"))),
    # hubei 2026: a name cut from a list (人形机器人、人工智能等产业) is not a thing named before
    ("新增软件和研发设计等4个过五千亿、北斗应用等4个过千亿新兴产业，人形机器人、人工智能等产业营收保持20%以上增长。",
     ("产业营收", Decimal("20"))),
    # 产业 inside another thing's name (重大产业项目) names no industry
    ("推进重大产业项目，产业投资增长10%。", ("产业投资", Decimal("10"))),
    # a specific thing opening the name is not cut from a longer one (guizhou 2026)
    ("做大做强省纺织产业，纺织产业增加值增长15%左右。", ("纺织产业增加值", Decimal("15"))),
], ids=["yunnan-plan", "hubei-list", "industry-projects", "specific-industry"])
def test_neighbouring_names_stay(sentence, expected):
    assert expected in names(sentence)
