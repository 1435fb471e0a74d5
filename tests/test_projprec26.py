"""A 工程 a campaign verb carries out, naming no thing, is a programme, not a project (extract/campaigns.py,
issue #12, projprec26); works of the same head that name what they build stay. Sentences of dev reports."""
from __future__ import annotations

import pytest

from policykg.extract import entities
from policykg.extract.campaigns import carried_out

from entity_helpers import run

PROGRAMMES = [
    ("实施立德树人铸魂工程，加强体育与健康教育、美育、劳动教育。", "广东省", "立德树人铸魂工程"),     # guangdong-2026
    ("实施北疆屏障国家安全保障能力一体化提升工程，严密防范打击敌对势力渗透破坏颠覆活动。", "内蒙古自治区",
     "北疆屏障国家安全保障能力一体化提升工程"),                                                     # neimenggu-2026
    # qinghai-2026: the last member of the list 实施 opens, its members naming no thing either
    ("实施钾盐高效利用、锂盐量质提升、镁盐创新突破、稀散元素高值化利用工程，市场化法治化推进资源整合和企业重组。",
     "青海省", "稀散元素高值化利用工程"),
]

WORKS = [
    # hailaer-2014: carried out, but on a river (a work object ends a word of the modifier)
    ("一要继续实施伊敏河沿河景观工程，重点推进中央桥至贝尔桥、伊敏桥至呼伦桥沿河两岸的景观改造建设。", "海拉尔区",
     "伊敏河沿河景观工程"),
    # jilin-2026: carried out by the city that owns it (a place of the report names it)
    ("实施长春市饮用水安全保供工程，“一断面一策”治理饮马河流域，巩固辽河流域治理成效。", "吉林省",
     "长春市饮用水安全保供工程"),
]


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, name", PROGRAMMES)
def test_a_programme_carried_out_is_no_project(sentence, place, name, monkeypatch):
    assert name not in {e.label for e in run(sentence, "review", place)[0]}
    monkeypatch.setattr(entities, "carried_out", lambda *_: False)     # the filter is what drops it
    assert name in {e.label for e in run(sentence, "review", place)[0]}


@pytest.mark.unit
@pytest.mark.parametrize("sentence, place, name", WORKS)
def test_works_of_the_same_head_stay(sentence, place, name):
    assert name in {e.label for e in run(sentence, "review", place)[0]}


@pytest.mark.unit
@pytest.mark.parametrize("sentence, name, says", [
    ("实施立德树人铸魂工程，加强体育与健康教育", "立德树人铸魂工程", True),
    ("实施立德树人铸魂工程", "立德树人铸魂工程", True),                  # the sentence's end ends the clause
    ("实施立德树人铸魂工程建设，加强体育", "立德树人铸魂工程", False),     # the clause goes on: a predicate
    ("实施伊敏河沿河景观工程，重点推进", "伊敏河沿河景观工程", False),
    ("城市出入口的生态景观建设，实施污水处理厂提标改造工程。", "污水处理厂提标改造工程", False),  # a works head (hailaer-2018)
    ("实施钾盐高效利用、稀散元素高值化利用工程，市场化", "稀散元素高值化利用工程", True),
    ("实施黄河干流堤防、稀散元素高值化利用工程，市场化", "稀散元素高值化利用工程", False),   # a member names a thing
    ("加强立德树人铸魂工程，推进", "立德树人铸魂工程", False),             # no campaign verb
    ("推进湖湘文化精品创作工程，大力开展", "湖湘文化精品创作工程", False),   # 推进 is not one (one dev report)
    ("实施新时代立德树人计划，加强", "新时代立德树人计划", False),         # not a campaigns head
])
def test_carried_out(sentence, name, says):
    a = sentence.index(name)
    assert carried_out(sentence, a, a + len(name), None) is says
