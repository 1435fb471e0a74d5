"""Park and project boundaries on text nobody tuned to (parks72, issue 12; probe reports of tests/data/constructed,
written and annotated before the tool was run on them, read whole). A park opening a clause with its predicate
(重点推进, 启动) and its works after is no project's name (probe-county-2020, probe-countycity-2021,
probe-district-2013); a zone word made plural (各乡镇, jieba's one word) or a category (村级) names no one park
(probe-county-2012, probe-district-2019). A second track or bridge (复线, 复桥) is the work, its line's name
written before it (probe-banner-2018, probe-province-2015)."""
from __future__ import annotations

from pathlib import Path

import pytest

from entity_helpers import report_entities

pytestmark = pytest.mark.unit

HERE = Path(__file__).parent / "data" / "constructed"


def _labels(stem: str, kind: str) -> set[str]:
    """The labels of one kind of a whole probe report read as ``pk build`` reads it."""
    return {e.label for e in report_entities(HERE / f"{stem}.txt", kind)}


@pytest.mark.parametrize("stem, park, predicate", [
    ("probe-county-2020", "龙潭工业集中区", "重点推进"),
    ("probe-countycity-2021", "晋江国际鞋纺城物流园", "启动"),
    ("probe-district-2013", "铜官港物流园", "启动"),
])
def test_a_park_and_its_predicate_are_no_project(stem, park, predicate):
    projects = _labels(stem, "Project")
    assert not [n for n in projects if n.startswith(park + predicate)]


@pytest.mark.parametrize("stem, plural", [("probe-county-2012", "各乡镇"), ("probe-district-2019", "村级")])
def test_a_plural_or_category_zone_is_no_park(stem, plural):
    assert not [n for n in _labels(stem, "Park") if plural in n]


@pytest.mark.parametrize("stem, work, line", [("probe-banner-2018", "呼准鄂铁路复线", "呼准鄂铁路"),
                                              ("probe-province-2015", "平潭海峡大桥复桥", "平潭海峡大桥")])
def test_a_second_track_or_bridge_is_the_work(stem, work, line):
    projects = _labels(stem, "Project")
    assert work in projects and line not in projects
