"""Indicator names on text nobody tuned to, round two (names119, issue 13 item 2): four constructed probe reports
(tests/data/constructed/figs-county-2019, figs-city-2016, figs-province-2021, figs-district-2024, annotated before the
tool was run on them) and the real dev sentences where the same mechanism fired. 户次 closes a count's name as 人次
does; a count of people right after the households it counts (脱贫N户M人) is named by the words before the households;
a 、 list writing each population (城镇、农村居民…) keeps the written series per member."""
from __future__ import annotations

import pytest

from quantity_helpers import extract, name_of, probe_figure

pytestmark = pytest.mark.unit


def test_visits_to_households_close_with_hu_ci():
    """Probe (district 2024): 临时救助困难群众3200户次 was named …户数, a count of households, not of visits."""
    assert name_of("临时救助困难群众3200户次，为1.1万名居民免费体检。", "3200", "review", 2024) == "临时救助困难群众户次"


def test_visits_to_households_close_with_hu_ci_on_dev():
    """guangxi 2026 (review, unannotated): 惠及经营主体超6.3万户次 was …受益经营主体户数."""
    sentence = "撬动贴息贷款和补贴融资担保贷款超1700亿元，惠及经营主体超6.3万户次。"
    assert name_of(sentence, "6.3").endswith("经营主体户次")


def test_people_after_their_households_are_named_by_the_words_before():
    """Probe (county 2019): 脱贫4120户13850人 named the people 脱贫4120户人数, 安置620户2180人 likewise."""
    got = [(q.indicator, str(q.value)) for q in extract("全年脱贫4120户13850人，12个贫困村退出。", "review", 2019)]
    assert got[:2] == [("脱贫户数", "4120"), ("脱贫人数", "13850")]
    assert name_of("完成易地扶贫搬迁安置620户2180人。", "2180", "review", 2019) == "易地扶贫搬迁安置人数"


def test_people_after_households_named_by_a_noun_stay_as_they_were():
    """Control (sichuan 2026, review): 监测对象20.9万户69.3万人 was already 监测对象人数 (the noun rule)."""
    assert name_of("累计识别监测对象20.9万户69.3万人。", "69.3") == "监测对象人数"


def test_a_list_writing_each_population_keeps_the_written_series():
    """jiangxi 2026 (plan; its gold 城镇居民…, 农村居民…) and the probes (county 2019, city 2016, province 2021):
    城镇、农村居民人均可支配收入分别… gave the alias 城镇常住居民…, 农村常住居民…."""
    sentence = "城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右，居民消费价格涨幅2%左右。"
    assert [q.indicator for q in extract(sentence, "plan", 2026)][:2] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入"]
    probe = probe_figure("figs-province-2021", "16980元")
    assert probe.indicator == "农村居民人均可支配收入"


def test_a_list_written_whole_per_member_keeps_the_written_series():
    """Probe (city 2016, 十三五 goals): 城镇居民人均可支配收入、农村居民人均可支配收入年均分别增长… gave the alias."""
    sentence = "城镇居民人均可支配收入、农村居民人均可支配收入年均分别增长8%、9%。"
    assert [q.indicator for q in extract(sentence, "plan", 2016)] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_a_list_sharing_one_population_word_keeps_the_alias():
    """Control (hailaer-2018's gold, guizhou 2026): 城乡居民… and 城镇和农村居民… read as the series the alias names."""
    for sentence in ("城乡居民人均可支配收入分别增长7.5%和8%。", "城镇和农村居民人均可支配收入分别增长4.3%、5.3%。"):
        assert [q.indicator for q in extract(sentence, "review", 2026)] == [
            "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]
