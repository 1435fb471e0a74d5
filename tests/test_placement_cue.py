"""The decision sees what a placement states (policykg/extract/placement_cue.py): a park or project
candidate at an end of a tie its sentence states gets a feature, and the rule passes' names at both
ends of such a tie are kept whatever their scores — on dev sentences."""
from __future__ import annotations

import pytest

from entity_helpers import get, labels, run
from policykg.extract.placement_cue import placement_cue, stated_ties
from policykg.model import Span

pytestmark = pytest.mark.unit

# jinghai-2021 (dev): the park opens the sentence; the works of its later clause are planned in it
OPENING = "子牙经开区重点推动废旧动力电池回收利用等5个项目开工建设，筹划再生资源大宗交易平台和全国性循环经济产品交易中心建设。"
# hailaer-2013 (dev): a park whose name closes the sentence's first clause, a platform run in it
TOPIC = "规划好能源矿产品物流园区，完成园区选址，力争煤炭交易平台投入运营。"
# jinghai-2021 (dev): two parks listed side by side; neither hosts the other
LISTED = "加快中日循环低碳经济示范园、中德大邱庄生态城建设。"


def _span(text: str, name: str) -> tuple[int, int]:
    return text.index(name), text.index(name) + len(name)


def _spans(text: str, parks=(), projects=()) -> set:
    return {(k, *_span(text, n)) for k, names in (("Park", parks), ("Project", projects)) for n in names}


@pytest.mark.parametrize("text, park, project", [
    (OPENING, "子牙经开区", "再生资源大宗交易平台"),
    (TOPIC, "能源矿产品物流园区", "煤炭交易平台"),
], ids=["park-opens-sentence", "park-closes-first-clause"])
def test_both_ends_of_a_stated_tie_get_the_cue(text, park, project):
    rules = _spans(text, [park], [project])
    assert placement_cue(text, "Park", *_span(text, park), rules) == {"Park:hosts": 1.0}
    assert placement_cue(text, "Project", *_span(text, project), rules) == {"Project:placed": 1.0}


def test_no_cue_without_a_park_or_for_a_list_neighbour():
    rules = _spans(TOPIC, projects=["煤炭交易平台"])
    assert placement_cue(TOPIC, "Project", *_span(TOPIC, "煤炭交易平台"), rules) == {}
    # the second park of a list is no project of the first: read as a project, the rule ties nothing
    rules = _spans(LISTED, ["中日循环低碳经济示范园"], ["中德大邱庄生态城"])
    assert placement_cue(LISTED, "Project", *_span(LISTED, "中德大邱庄生态城"), rules) == {}


class _Cand:
    def __init__(self, text: str, kind: str, name: str):
        self.kind, self.name = kind, name
        self.a, self.b = _span(text, name)


def test_stated_ties_keeps_both_ends_that_no_kept_name_overlaps():
    park, project = _Cand(TOPIC, "Park", "能源矿产品物流园区"), _Cand(TOPIC, "Project", "煤炭交易平台")
    assert stated_ties(TOPIC, [park, project], [], lambda name: False) == [project, park]
    assert stated_ties(TOPIC, [park, project], [park], lambda name: False) == [project]
    assert stated_ties(TOPIC, [park, project], [], lambda name: True) == []     # a kind of works ties nothing


def test_the_pipeline_keeps_and_places_a_stated_tie():
    ents, links = run(OPENING, part="review")
    assert {"再生资源大宗交易平台", "全国性循环经济产品交易中心"} <= labels(ents, "Project")
    park = get(ents, "Park", "子牙经开区")
    placed = {ln.subject.label for ln in links if ln.predicate == "locatedIn" and ln.object is park}
    assert {"再生资源大宗交易平台", "全国性循环经济产品交易中心"} <= placed
    assert Span(0, 5).quote(OPENING) in {park.label, *park.alt_labels}
