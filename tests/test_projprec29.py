"""Two post-decision filters of projects (issue #12, projprec29). A pilot's status is no project (``role_words`` of
projects.yaml, read by ``reach.unnamed_amount``): a name holding 先行先试 (allowed to try first) is a status a place
or a zone is given; named works of the same heads (…基地, …试点项目) stay. A name that a place or a Latin code
continues is cut short (``not_works.continued``); the same works named whole stays. Sentences of dev reports."""
from __future__ import annotations

import pytest

from policykg.extract import not_works, reach
from policykg.extract.grammar import lexicon_raw
from policykg.extract.not_works import continued

from entity_helpers import run

SHANXI = "加快建设大同国家数据标注基地、国家数据基础设施建设先行先试试点，深化数据流量谷等省级数字经济园区建设。"
GUANGXI = "深度参与中国—东盟自贸区3.0版建设，稳妥推进RCEP示范项目集聚区、CEPA先行先试示范基地建设。"
SHANXI_COAL = ("新一代煤电升级方面，实施清洁降碳、安全可靠、高效调节、智能运行四大专项行动，推动上大压小、淘汰落后，"
               "支持现役煤电机组升级改造，加快国电湖东、同热三期等新一代煤电试点项目建设。")
FUJIAN = "漳州国家骨干冷链物流基地、平潭商贸服务型国家物流枢纽获批建设。"


def _cut(sentence: str, start: str, end: str) -> str:
    return sentence[sentence.index(start):sentence.index(end)]


def _without_role_words(monkeypatch):
    raw = {**lexicon_raw(), "role_words": []}
    monkeypatch.setattr(reach, "lexicon_raw", lambda: raw)


PILOTS = [(SHANXI, "国家数据基础设施", "，深化"),      # shanxi-2026: no dev gold item
          (GUANGXI, "CEPA", "建设。")]                 # guangxi-2026: an optional park, no project


@pytest.mark.unit
@pytest.mark.parametrize("sentence,start,end", PILOTS)
def test_a_pilot_status_is_no_project(monkeypatch, sentence, start, end):
    """Both are kept when their report is read unseen (loro_projects.py dump), not in one sentence: tested on the
    filter, and the word is what drops them."""
    name = _cut(sentence, start, end)
    assert reach.unnamed_amount(name, {})
    _without_role_words(monkeypatch)
    assert not reach.unnamed_amount(name, {})


@pytest.mark.unit
@pytest.mark.parametrize("name", ["大同国家数据标注基地", "漳州国家骨干冷链物流基地", "同热三期等新一代煤电试点项目"])
def test_named_works_of_the_same_heads_are_no_status(name):
    assert not reach.unnamed_amount(name, {})


@pytest.mark.unit
def test_pilot_plants_stay_projects():
    """shanxi-2026 requires both: works the sentence calls 试点项目 are named works, not a status."""
    labels = {e.label for e in run(SHANXI_COAL, "plan", "山西省", [])[0] if e.kind == "Project"}
    assert {"国电湖东", "同热三期"} <= labels


@pytest.mark.unit
def test_a_logistics_hub_approved_stays():
    """fujian-2026 requires 漳州国家骨干冷链物流基地: a designation word would drop it, 先行先试 does not."""
    labels = {e.label for e in run(FUJIAN, "review", "福建省", [])[0] if e.kind == "Project"}
    assert "漳州国家骨干冷链物流基地" in labels


# A name that a place or a Latin code continues is cut short (``continued`` of not_works.py, ``continued_tags``).
SHANGHAI = ("深化五个新城建设，大力推进新城产业细分赛道发展，提升联影小镇、东方美谷等特色园区能级，加快松江大学城科创源建设，"
            "导入新一批重大产业项目和功能性平台，拓展区区结对合作深度，建成中山医院国家医学中心青浦院区等公共服务设施。")
GUANGXI_T3 = "推进南宁吴圩机场T3航站区及配套设施工程。"
GUANGXI_AIRPORT = "南宁吴圩机场改扩建工程投入使用。"
CUT = [(SHANGHAI, "中山医院国家医学中心"),      # shanghai-2026 requires …青浦院区
       (GUANGXI_T3, "南宁吴圩机场")]             # guangxi-2026 requires …T3航站区及配套设施工程


@pytest.mark.unit
@pytest.mark.parametrize("sentence,name", CUT)
def test_a_name_a_place_or_code_continues_is_cut(monkeypatch, sentence, name):
    b = sentence.index(name) + len(name)
    assert continued(sentence, b)
    raw = {**lexicon_raw(), "not_works": {**lexicon_raw()["not_works"], "continued_tags": []}}
    monkeypatch.setattr(not_works, "lexicon_raw", lambda: raw)
    assert not continued(sentence, b)


@pytest.mark.unit
@pytest.mark.parametrize("sentence,name", CUT)
def test_the_cut_name_is_not_kept(sentence, name):
    labels = {e.label for e in run(sentence, "plan", "上海市" if sentence is SHANGHAI else "广西壮族自治区", [])[0]
              if e.kind == "Project"}
    assert name not in labels


@pytest.mark.unit
def test_the_airport_named_whole_stays():
    """guangxi-2026 requires 南宁吴圩机场改扩建工程: the same airport, its name not continued."""
    name = "南宁吴圩机场改扩建工程"
    assert not continued(GUANGXI_AIRPORT, len(name))
    labels = {e.label for e in run(GUANGXI_AIRPORT, "review", "广西壮族自治区", [])[0] if e.kind == "Project"}
    assert name in labels


@pytest.mark.unit
def test_a_class_word_tagged_as_a_place_continues_nothing():
    """qinghai-2026: jieba tags 城市 as a place; …消费中心城市 is a title (not_works' ``title_tails``), not a cut name."""
    sentence = "支持西宁建设青藏高原区域性消费中心城市。"
    assert not continued(sentence, sentence.index("城市"))
