"""Parks named as the members of a list whose park head is written once (parks68, issue 12; probe reports of
tests/data/constructed, written and annotated before the tool was run on them): 丰南、玉田、遵化经济开发区
(probe-city-2011), 乌山、白箬铺、茶亭工业集中区 (probe-district-2013), 钦州、凭祥综合保税区 (probe-province-2020) and
大路、龙口、薛家湾三个工业园区 (probe-banner-2018) are each member's own park, named member + head; a stretch that is a
whole name of its own (…示范区 before 、, hebei-2026) is no member. A start-up park (创业园) whose sentence goes on to
incubate firms (孵化) draws them in: a park (probe-city-2011, probe-district-2013)."""
from __future__ import annotations

from pathlib import Path

import pytest

from entity_helpers import report_entities

pytestmark = pytest.mark.unit

HERE = Path(__file__).parent / "data" / "constructed"
DEV = Path(__file__).parents[1] / "data" / "corpus" / "provincial-2026"


def _parks(path: Path) -> dict[str, set[str]]:
    """Park label → its alternative labels, of a whole report read as ``pk build`` reads it."""
    return {e.label: set(e.alt_labels) for e in report_entities(path, "Park")}


def test_a_member_before_a_kept_park_takes_its_head():
    assert "丰南经济开发区" in _parks(HERE / "probe-city-2011.txt")
    wangcheng = _parks(HERE / "probe-district-2013.txt")
    assert {"乌山工业集中区", "白箬铺工业集中区"} <= set(wangcheng) and "箬铺工业集中区" not in wangcheng
    assert "钦州综合保税区" in _parks(HERE / "probe-province-2020.txt")


def test_a_count_before_the_head_makes_each_member_a_park():
    parks = _parks(HERE / "probe-banner-2018.txt")
    assert {"大路工业园区", "龙口工业园区"} <= set(parks)
    assert {"大路园区", "大路"} <= parks["大路工业园区"]        # named again short; the member as written


def test_a_whole_name_before_the_joiner_is_no_member():
    labels = set(_parks(DEV / "hebei-2026.txt"))
    assert "廊坊临空经济区" in labels and not any(n.endswith("示范区临空经济区") for n in labels)


def test_a_start_up_park_incubating_firms_is_a_park():
    assert "唐山留学人员创业园" in _parks(HERE / "probe-city-2011.txt")
    assert "望城大学生创业园" in _parks(HERE / "probe-district-2013.txt")


def _projects(path: Path) -> set[str]:
    return {e.label for e in report_entities(path, "Project")}


def test_a_new_campus_or_site_is_the_work_not_the_school():
    banner = _projects(HERE / "probe-banner-2018.txt")
    assert {"准格尔旗第二中学新校区", "旗人民医院新院区"} <= banner and "准格尔旗第二中学" not in banner
    assert "县第一中学新校区" in _projects(HERE / "probe-county-2012.txt")


def test_a_hospital_building_is_the_work():
    assert {"县人民医院综合住院大楼", "县中医医院门诊楼"} <= _projects(HERE / "probe-county-2020.txt")
    assert "县人民医院病房综合楼" in _projects(HERE / "probe-county-2012.txt")
