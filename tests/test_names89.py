"""A figure whose owner is the topic of its sentence's first clause (names89, names88's shape T, issue 13;
docs/checks/names-topics-names89.md). The sentences are dev sentences."""
from __future__ import annotations

import pytest

from audit_helpers import family_only, without_rule
from quantity_helpers import name_of

pytestmark = pytest.mark.unit

SCHEME = "新农合制度保障水平不断提高,参合率达到99.6%。"


@pytest.mark.parametrize("text, value, expected", [
    # the golds of hailaer-2017 and hainan-2026: the thing opening the second clause is the first clause's topic's
    ("农牧业产业化进程加快,规模以上企业达到20家、专业合作组织达到261家,顺利通过自治区级农牧业标准化示范项目验收。", "20",
     "农牧业产业化规模以上企业数量"),
    (SCHEME, "99.6", "新农合参合率"),
    ("陵水黎安国际教育创新试验区二期加快建设，在园师生规模1.5万人以上。", "1.5", "陵水黎安国际教育创新试验区在园师生规模"),
    # hailaer-2013 (no gold in its review): a word closing the topic and opening the thing is written once
    ("农牧业产业化进程加快，产业化龙头企业发展到22家，实现销售收入54亿元。", "22", "农牧业产业化龙头企业数量"),
])
def test_the_topic_of_the_first_clause_owns_the_thing_opening_the_second(text, value, expected):
    assert name_of(text, value) == expected


@pytest.mark.parametrize("text, value, expected", [
    # a level of life is no programme (heilongjiang-2026): the pension is the province's
    ("社会保障水平持续提高，城乡居民基础养老金调增19.6%，增加金额历史最高。", "19.6", "城乡居民基础养老金"),
    # a figure of the place's own, of the alias table (hailaer-2013)
    ("人民生活水平不断提高，城镇居民人均可支配收入达到23267元，同比增长14.9%；", "23267", "城镇居民人均可支配收入"),
    # the figure after the second clause's: its clause is not the one right after the topic (hailaer-2017's gold
    # 农牧业专业合作组织数量 is not the topic's whole)
    ("农牧业产业化进程加快,规模以上企业达到20家、专业合作组织达到261家,顺利通过自治区级农牧业标准化示范项目验收。", "261",
     "专业合作组织数量"),
])
def test_topic_state_controls(text, value, expected):
    assert name_of(text, value) == expected


def test_the_topic_rule_is_audited_on_two_families():
    """Written from hailaer-2017 and hainan-2026: no family-only rule, so the held-out measure keeps it on."""
    assert not family_only("own_topic_states")
    assert without_rule("own_topic_states", lambda: name_of(SCHEME, "99.6")) == ("参合率", "新农合参合率")
