"""Names only one figure uses (names81, issue 13; docs/checks/indicator-names81.md): ratings won in a row, and
names spelled apart from the same measure elsewhere that now reach its concept. The sentences are dev sentences."""
from __future__ import annotations

import pytest

from policykg.emit.concepts import match
from quantity_helpers import name_of

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value, expected", [
    # anhui, fujian (×2), guangdong: X连续N次获评Y counts the times X won the rating, not X
    ("长江十年禁渔连续4次获评全国优秀，环巢湖十大湿地全面建成，江豚逐浪、百鸟云集美景频现。", "4",
     "长江十年禁渔获评全国优秀次数"),
    ("闽宁协作考核连续7年为“好”，援藏援疆工作连续3次获全国先进典型。", "3", "援藏援疆工作获全国先进典型次数"),
    ("生产安全事故起数、死亡人数分别下降15.2%、13.3%，省级政府安全生产和消防工作考核连续3次获评优秀。", "3",
     "省级政府安全生产和消防工作考核获评优秀次数"),
    ("质量工作考核连续10次获评国家A级。", "10", "质量工作考核获评国家A级次数"),
])
def test_ratings_won_in_a_row(text, value, expected):
    assert name_of(text, value, "review") == expected


@pytest.mark.parametrize("text, value, expected", [
    # controls (jiangxi): a streak of quarters ranked, not ratings won, keeps its name; 连续N年 is no count of times
    ("打击治理电信网络诈骗成效连续5个季度居全国前列，信访总量下降9.6%。", "5", "居全国前列的季度数量"),
    ("粮食产量连续13年稳定在430亿斤以上，全口径发电装机容量突破8000万千瓦。", "430", "粮食产量"),
])
def test_other_streaks_keep_their_names(text, value, expected):
    assert name_of(text, value, "review") == expected


@pytest.mark.parametrize("text, value, part, code, how", [
    # bills put to the people's congress reach government-services as 地方性法规提请审议数量 does (9 dev reports)
    ("提请自治区人大常委会审议法规案14件，制定修订行政规章5部。", "14", "review", "government-services", "broad"),
    ("与省人大常委会定期开展立法协调，提请审议法规议案105件，办理人大代表建议1749件。", "105", "review",
     "government-services", "broad"),
    ("坚持依法行政，提请省人大常委会审议地方性法规草案41件，制定、修改、废止省政府规章72部。", "41", "review",
     "government-services", "broad"),
    # national civilised cities, new or in total (7 dev reports)
    ("创建全国文明城市8个。", "8", "review", "civilised-cities", "broad"),
    ("新增全国文明城市5个、全国文明村镇108个。", "5", "review", "civilised-cities", "broad"),
    # a region's 经济总量 is its GDP (guangdong, hubei, sichuan)
    ("预计大湾区经济总量突破15万亿元。", "15", "review", "gdp", "broad"),
    ("都市圈和城市群协同并进，武汉都市圈经济总量达到3.8万亿元，以东湖科学城为核心区域的光谷科创大走廊成势见效。",
     "3.8", "review", "gdp", "broad"),
    # years of schooling (guizhou, heilongjiang, ningxia, qinghai)
    ("力争人均预期寿命接近全国平均水平，人均受教育年限达到11.7年。", "11.7", "plan", "years-of-schooling", "broad"),
    ("完善社会保障体系，新增劳动力平均受教育年限达到14.2年，人均预期寿命再提高1.5岁。", "14.2", "plan",
     "years-of-schooling", "broad"),
    # the level's own livelihood projects (hainan, chongqing)
    ("实施省级民生实事人大代表票决制，完成省级民生实事48件，财政民生支出保持在70%以上。", "48", "review",
     "livelihood-projects", "exact"),
    ("持续加强普惠性、基础性、兜底性民生建设，滚动实施15件市级重点民生实事。", "15", "plan", "livelihood-projects",
     "exact"),
    # the stock of market entities (guangxi; hubei in test_market_entities_total)
    ("实有经营主体增长4.2%。", "4.2", "review", "market-entities", "exact"),
    # canteens for the old (chongqing, shanghai, guangdong)
    ("护理型养老床位占比达到71.4%，建成老年食堂1733个，婴幼儿托位数增至14.6万个。", "1733", "review",
     "elderly-care-facilities", "broad"),
    ("新增养老床位3852张、认知障碍照护床位3326张，新建社区长者食堂57家、家门口养老服务站336个。", "57", "review",
     "elderly-care-facilities", "broad"),
    ("建成老年助餐点3897个并有序向各年龄段开放。", "3897", "review", "elderly-care-facilities", "broad"),
    # trade with a group of partners written …贸易额 (fujian, yunnan, hunan), as 对东盟进出口 is
    ("自贸试验区推出111项全国首创举措，金砖创新基地促成138个合作项目，与共建“一带一路”国家进出口贸易额突破5万亿元。", "5",
     "review", "foreign-trade", "broad"),
    ("实现进出口总额1.4万亿元，对共建“一带一路”国家贸易额年均增长4.1%，农产品出口额保持西部第1位。", "4.1", "review",
     "foreign-trade", "broad"),
    ("经贸“朋友圈”覆盖235个国家和地区，国际友城达120对，对非贸易额年均增长15%、规模居中西部第1。", "15", "review",
     "foreign-trade", "broad"),
])
def test_names_spelled_apart_reach_the_concept(text, value, part, code, how):
    found = match(name_of(text, value, part))
    assert found is not None and (found[0].code, found[1]) == (code, how)


def test_market_entities_total():
    """hubei: 总量 after 市场经营主体 is the stock of market entities, as 经营主体总量 on hunan, jiangsu, jiangxi."""
    name = name_of("市场经营主体增量提质，总量突破1000万户，规上工业企业超过2万家。", "1000", "review")
    found = match(name)
    assert name == "市场经营主体总量" and found is not None and found[0].code == "market-entities"


@pytest.mark.parametrize("name", ["工业经济总量", "三亚经济圈经济总量占全省比重", "全国文明村镇数量", "对东盟服务贸易额"])
def test_controls_reach_no_new_concept(name):
    """chongqing's industrial total is no GDP; a region's share is no level; civilised villages are no cities;
    services trade is not goods trade."""
    found = match(name)
    assert found is None or found[0].code not in ("gdp", "civilised-cities", "foreign-trade")
