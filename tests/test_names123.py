"""Indicator names and periods on text nobody tuned to, round four (names123, issue 13 item 2): four constructed probe
reports (tests/data/constructed/figs-district-2011, figs-county-2015, figs-district-2017, figs-banner-2021, annotated
before the tool was run on them) beside the earlier rounds' probes. A result over a plan still running when the
report is delivered ends the year before it; people or things a work reaches (受益, 覆盖, 涉及, as 惠及) are the work's."""
from __future__ import annotations

import pytest

from quantity_helpers import name_of, probe_figure

pytestmark = pytest.mark.unit


def period(q) -> tuple:
    return q.start_year, q.end_year


def test_a_review_of_a_plan_still_running_ends_the_year_before_the_report():
    """Probes county 2015 (“十二五”以来…年均增长9.4%) and city 2014 (“十二五”前三年…年均增长12.4%) gave 2011–2015,
    years not yet past; the golds read 2011–2014 and 2011–2013."""
    assert period(probe_figure("figs-county-2015", "全县生产总值年均增长9.4%")) == (2011, 2014)
    assert period(probe_figure("figs-county-2015", "县级配套资金31亿元")) == (2011, 2014)
    assert period(probe_figure("figs-city-2014", "地区生产总值年均增长12.4%")) == (2011, 2013)


def test_a_plan_ahead_keeps_its_span():
    """Control: a Target of the plan keeps the plan's years (十二五 goals of the district 2011 probe)."""
    assert period(probe_figure("figs-district-2011", "到2015年突破1600亿元")) == (2011, 2015)
    assert period(probe_figure("figs-district-2011", "年均增长18.5%")) == (2006, 2010)


def test_people_a_work_reaches_are_the_works():
    """Probes city 2016 (实施X工程，受益群众N人), county 2019 (改造X N个、受益居民N户), city 2014 (完成棚户区改造N户，
    涉及居民N人), county 2015 and prefecture 2018 (建成/新建X，覆盖Y N): the bare 群众人数, 居民户数, 村民组数量 counted
    everyone; 受益, 涉及 and 覆盖 read as 惠及 does (the guideline's 改造X惠及群众N户 → X受益群众户数)."""
    assert probe_figure("figs-city-2016", "受益群众12万人").indicator == "农村饮水安全巩固提升工程受益群众人数"
    assert probe_figure("figs-county-2019", "受益居民2100户").indicator == "城镇老旧小区改造受益居民户数"
    assert probe_figure("figs-city-2014", "涉及居民3.8万人").indicator == "棚户区改造涉及居民人数"
    assert probe_figure("figs-county-2015", "覆盖农村老年人1.5万人").indicator == "农村幸福院覆盖农村老年人人数"
    assert probe_figure("figs-prefecture-2018", "覆盖村民组1800个").indicator == "农村组组通硬化路覆盖村民组数量"


def test_people_reached_counted_as_a_population_take_no_second_measure():
    """Probes countycity 2022 and city 2014: 受益人口 is the count already (新增农村供水受益人口人数 doubled it)."""
    assert probe_figure("figs-countycity-2022", "新增农村供水受益人口4.3万人").indicator == "新增农村供水受益人口"
    assert probe_figure("figs-city-2014", "受益人口18万人").indicator == "农村饮水安全工程受益人口"



def test_a_zone_owns_a_later_clause_opening_with_a_new_act():
    """Probes city 2016 (临港经济开发区实现工业总产值…，新入驻企业86家) and county 2019 (安福工业园新开工项目16个，建成投产项目
    11个): the zone opening the sentence owns the counts of the clauses its acts open (the guideline's names42 line);
    新入驻 (jieba's a + v) and 建成投产 (j) were not read as acts, and 新入驻 not as a 新+verb."""
    assert probe_figure("figs-city-2016", "新入驻企业86家").indicator == "临港经济开发区新入驻企业数量"
    assert probe_figure("figs-county-2019", "建成投产项目11个").indicator == "安福工业园项目建成投产数量"


def test_a_total_length_is_its_works_length():
    """hailaer-2017 (plan; gold 城市道路里程) gave 城市道路新建改造总长度, the probe county 2015 (新建和改造城市道路12条、总长
    26公里; gold 城市道路里程) the bare 总长度: a length of roads is their 里程 whatever total word the text writes, works
    built new and treated keep the plain name, and a bare total after the count of the works is theirs."""
    sentence = "实施市区道路畅通工程。投资4.7亿元,完成65条、总长度57.9公里的城市道路新建改造,继续打通一批城区“断头路”。"
    assert name_of(sentence, "57.9", "plan", 2017) == "城市道路里程"
    assert probe_figure("figs-county-2015", "总长26公里").indicator == "城市道路里程"


def test_a_total_written_with_its_thing_keeps_its_word():
    """Control (shanghai's and neimenggu's golds, names59): 运营线路总长N公里 stays 运营线路总里程."""
    assert name_of("轨道交通运营线路总长达到900公里。", "900", "review", 2026) == "轨道交通运营线路总里程"


def test_support_for_starting_businesses_stays_before_the_people():
    """Probes city 2016 and countycity 2022 (扶持创业N人; gold 扶持创业人数), as yunnan 2026's review writes it: 扶持 is an
    act of aid kept before the people, as 帮扶 and 救助 are (the guideline's names96 line)."""
    assert probe_figure("figs-city-2016", "扶持创业4600人").indicator == "扶持创业人数"
    assert probe_figure("figs-countycity-2022", "扶持创业2300人").indicator == "扶持创业人数"


def test_money_after_a_groups_total_investment_is_the_groups():
    """Probes county 2015 (谋划实施重点项目80个，总投资420亿元，年内完成投资180亿元) and banner 2021 (…，年度完成投资210亿元，
    其中政府投资项目42个…): the year's investment two clauses after the count was left bare (投资) or given to the part
    counted after it (政府投资项目投资); the group whose total stands right before owns it (the guideline's group line)."""
    assert probe_figure("figs-county-2015", "年内完成投资180亿元").indicator == "重点项目投资"
    assert probe_figure("figs-banner-2021", "年度完成投资210亿元").indicator == "重点项目投资"
    assert probe_figure("figs-banner-2021", "投资56亿元").indicator == "政府投资项目投资"


def test_an_income_series_written_whole_as_a_lists_first_member_keeps_its_spelling():
    """Probes city 2013, city 2014, county 2015 and district 2011 (城镇居民人均可支配收入和农民人均纯收入分别…) gave the
    table's 城镇常住居民…: a series keeps the population the text writes whole (the guideline's income line), in a list
    too when the member is written whole."""
    assert probe_figure("figs-district-2011", "分别达到27800元").indicator == "城镇居民人均可支配收入"
    assert probe_figure("figs-city-2013", "18650元").indicator == "城镇居民人均可支配收入"
    assert probe_figure("figs-county-2015", "分别增长9%").indicator == "城镇居民人均可支配收入"


def test_a_population_written_once_for_both_members_takes_the_series_name():
    """Control (hailaer-2018's gold, the names119 line): 城乡居民…分别 and 城镇和农村居民…分别 keep the table's names."""
    assert probe_figure("figs-district-2025", "分别增长4.8%").indicator == "城镇常住居民人均可支配收入"


def test_a_spelling_after_a_lists_member_is_not_its_own():
    """Control (xinjiang 2026, review): 城乡居民人均可支配收入分别增长5.3%、7%，其中农村居民人均可支配收入首次突破… — the 7%
    member of 城乡居民 takes the series name; the spelling written after it is the next figure's."""
    sentence = "城乡居民人均可支配收入分别增长5.3%、7%，其中农村居民人均可支配收入首次突破2万元。"
    assert name_of(sentence, "7", "review", 2026) == "农村常住居民人均可支配收入"
