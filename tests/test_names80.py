"""Figure names on the district dev reports nobody had read (names80, issue 13;
docs/checks/indicator-names80.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value, expected", [
    # hailaer-2014's golds: a headline naming a zone owns the counts of the sentence after it
    ("东山组团建设全面铺开。供电、供热、通讯、燃气等基础设施开工建设，3条主干道路完工，9条次干道路开工建设，"
     "其中4条实现通车，组团内路网框架基本形成。", "3", "东山组团主干道路数量"),
    ("全面加快东山组团建设。按照整体规划，加快推进组团基础设施建设，启动变电站和开闭所主供电工程，"
     "完成呼伦大街、望城路等9条道路工程。", "9", "东山组团道路工程数量"),
    # hailaer-2017's golds: a headline's topic owns a bare investment opening the sentence after it
    ("实施市区道路畅通工程。投资4.7亿元,完成65条、总长度57.9公里的城市道路新建改造,继续打通一批城区“断头路”。",
     "4.7", "市区道路畅通工程投资"),
    ("教育基础设施投入不断加大。投资6349万元,重点实施了第五中学改扩建等5项工程。", "6349", "教育基础设施投资"),
])
def test_headline_topic_owns_next_sentence(text, value, expected):
    assert name_of(text, value, "review") == expected


@pytest.mark.parametrize("text, value, expected", [
    # controls: hailaer-2018's gold keeps bare 投资 after a headline naming no topic; a topic that is no zone
    # owns no count (anhui's gold 新增精品示范村数量); the sentence's own owner wins (hailaer-2018's gold 棚改投资)
    ("继续提档升级重塑城市形象品位。投资1.2亿元完成了机场路护坡改造、城市出入口和主要街区的景观绿化工程。", "1.2", "投资"),
    ("实施市区道路畅通工程。新增精品示范村200个。", "200", "新增精品示范村数量"),
    ("继续举全区之力推进棚户区改造工程。全年投资90.07亿元，完成1.8万户、189万平方米棚改任务。", "90.07", "棚改投资"),
])
def test_headline_topic_controls(text, value, expected):
    assert name_of(text, value, "review") == expected


@pytest.mark.parametrize("text, value, part, expected", [
    # the golds of hailaer-2014, hailaer-2017, xinjiang and yunnan: an income series written whole keeps its spelling
    ("城镇居民人均可支配收入完成25852元，同比增长11.1%;", "25852", "review", "城镇居民人均可支配收入"),
    ("城镇居民人均可支配收入完成25852元，同比增长11.1%;", "11.1", "review", "城镇居民人均可支配收入"),
    ("农村牧区常住居民人均可支配收入完成23830元,同比增长7.1%。", "23830", "review", "农村牧区常住居民人均可支配收入"),
    ("一般公共预算收入增长10%左右，城镇居民人均可支配收入增长7%左右、农村居民人均可支配收入增长8%左右，居民消费价格指数涨幅2%左右。",
     "8", "plan", "农村居民人均可支配收入"),
    ("农村居民人均可支配收入增长6%以上。", "6", "plan", "农村居民人均可支配收入"),
    # controls: members of a list keep the series' name, as hailaer-2018's gold writes them
    ("城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%。", "35512", "review", "城镇常住居民人均可支配收入"),
    ("城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%。", "25689", "review", "农村常住居民人均可支配收入"),
    ("城乡居民人均可支配收入分别增长7.5%；", "7.5", "plan", "城镇常住居民人均可支配收入"),
])
def test_income_series_keeps_written_spelling(text, value, part, expected):
    assert name_of(text, value, part) == expected


def test_written_spelling_reaches_the_series_concept():
    from policykg.headline_eval import reached
    assert reached("城镇居民人均可支配收入") == reached("城镇常住居民人均可支配收入") is not None
    assert reached("农村牧区常住居民人均可支配收入") == reached("农村常住居民人均可支配收入") is not None
