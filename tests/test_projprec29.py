"""A pilot's status is no project (issue #12, projprec29: ``role_words`` of projects.yaml, read by
``reach.unnamed_amount``): a name holding 先行先试 (allowed to try first) is a status a place or a zone is given;
named works of the same heads (…基地, …试点项目) stay. Sentences of dev reports."""
from __future__ import annotations

import pytest

from policykg.extract import reach
from policykg.extract.grammar import lexicon_raw

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
