"""Park and project names on reports nobody tuned to (parks58, issue #12 items 2–3), on two constructed reports
(tests/data/constructed) and real dev sentences: a name never starts inside a park head (开区… of 宁乡经开区…) or a
works verb (投产… of 建成投产…), a park's name never runs over a park head and its works verb, a park counted
among projects is a project, a park and its name + 项目 are one node, and a short form whose catalogue full form
the report never writes is the report's own full name."""
from __future__ import annotations

from pathlib import Path

import pytest

from entity_helpers import get, labels, report_entities, run
from policykg.extract.name_grammar import head_end, head_res
from policykg.extract.park_shape import holds_park_head, starts_inside_head

pytestmark = pytest.mark.unit

HERE = Path(__file__).parent / "data" / "constructed"
COUNTED = "加快推进瓮福—江山新材料及电子化学品产业园、贵州能源大方燃煤发电等12个百亿元、70个30亿元以上项目建设。"  # guizhou-2026
UNCOUNTED = "中俄蒙物流园、汽车园、文化创意产业园等项目进展顺利。"                                                # hailaer-2013


def _report_entities(name: str) -> list:
    """The entities of a constructed report as ``pk build`` reads it (read, structure, extract)."""
    return report_entities(HERE / name)


@pytest.fixture(scope="module")
def city():
    return _report_entities("shaoxing-city.txt")


@pytest.fixture(scope="module")
def county():
    return _report_entities("ningxiang-county.txt")


def _all_labels(ents):
    return {x for e in ents for x in (e.label, *e.alt_labels)}


def test_a_name_never_starts_inside_an_abbreviated_park_head(county):
    assert not any(x.startswith("开区") for x in _all_labels(county))
    assert "宁乡经开区" in get(county, "Park", "宁乡经济技术开发区").alt_labels


def test_a_park_name_never_runs_over_a_works_verb(city):
    assert not any("建成投产" in x or x.startswith("投产") for x in _all_labels(city))
    assert "柯桥经济技术开发区" in labels(city, "Park")


def test_a_park_counted_among_projects_is_a_project(county):
    assert "楚天科技智能制造产业园" in labels(county, "Project")
    assert "楚天科技智能制造产业园" not in labels(county, "Park")


def test_a_park_and_its_name_with_xiangmu_are_one_node(city):
    assert "集成电路产业园" in labels(city, "Park")
    assert "集成电路产业园项目" not in labels(city, "Project")


def test_a_short_form_joins_the_full_name_the_report_writes(county):
    parks = [e for e in county if e.kind == "Park" and {e.label, *e.alt_labels} & {"宁乡高新区", "宁乡高新技术产业园区"}]
    assert len(parks) == 1 and {"宁乡高新区", "宁乡高新技术产业园区"} <= {parks[0].label, *parks[0].alt_labels}


def test_a_counted_dev_park_is_a_project():
    ents, _ = run(COUNTED, place="贵州省", parents=[])
    assert "瓮福—江山新材料及电子化学品产业园" in labels(ents, "Project")
    assert "瓮福—江山新材料及电子化学品产业园" not in labels(ents, "Park")


def test_parks_listed_before_uncounted_projects_stay_parks():
    ents, _ = run(UNCOUNTED, part="review", place="海拉尔区", parents=["内蒙古自治区", "呼伦贝尔市"])
    assert "文化创意产业园" not in labels(ents, "Project")


@pytest.mark.parametrize("text, a, inside", [("重点推进宁乡经开区储能材料产业园", 7, True),
                                             ("重点推进宁乡经开区储能材料产业园", 9, False),
                                             ("重点推进宁乡经开区储能材料产业园", 4, False)])
def test_starts_inside_head(text, a, inside):
    assert starts_inside_head(text, a, dict(head_res())["Park"]) is inside


def test_holds_park_head_needs_a_works_verb():
    park, end = dict(head_res())["Park"], head_end("Park")
    works = frozenset({"建成投产"})
    text = "柯桥经济技术开发区建成投产智能制造产业园"
    assert holds_park_head(text, 0, len(text), park, end, works)
    zone = "自贸试验区哈尔滨片区保税物流中心"       # heilongjiang-2026: a zone within a zone is one name
    assert not holds_park_head(zone, 0, len(zone), park, end, works)
