"""Zones firms enter (parks71, issue 12; probe reports of tests/data/constructed, written and annotated before the
tool was run on them, read whole). A 基地 whose clause, or the next, says firms enter, gather in or are drawn into
it is the guideline's industrial base that is a named site, a park (probe-banner-2018, probe-district-2013); a
production base is not (dev: neimenggu-2026, whose 基地 no such firms follow in their clause or the next). The same
firms draw a start-up park (probe-province-2015). 路基 of X完成路基工程 is the route's subgrade, no project (probe-county-2020,
probe-district-2013)."""
from __future__ import annotations

from pathlib import Path

import pytest

from entity_helpers import report_entities

pytestmark = pytest.mark.unit

HERE = Path(__file__).parent / "data" / "constructed"
DEV = Path(__file__).parents[1] / "data" / "corpus" / "provincial-2026"


def _entities(path: Path, kind: str) -> dict:
    """Label → entity of one kind, of a whole report read as ``pk build`` reads it."""
    return {e.label: e for e in report_entities(path, kind)}


def test_a_base_firms_enter_is_a_park():
    banner = _entities(HERE / "probe-banner-2018.txt", "Park")
    assert "魏家峁能源化工基地" in banner
    assert banner["魏家峁能源化工基地"].attrs.get("parkKind") == "industrial base"
    assert "铜官循环经济工业基地" in _entities(HERE / "probe-district-2013.txt", "Park")


def test_a_base_that_only_produces_is_no_park():
    """A guard of the rule's reach (passes before and after): firms drawn in two clauses on belong to that clause."""
    parks = _entities(DEV / "neimenggu-2026.txt", "Park")
    assert not [n for n in parks if n.endswith("基地")]


def test_firms_drawn_in_make_a_start_up_park():
    parks = _entities(HERE / "probe-province-2015.txt", "Park")
    assert {"漳浦台湾农民创业园", "清流台湾农民创业园"} <= set(parks)


def test_a_subgrade_is_no_project():
    for stem in ("probe-county-2020", "probe-district-2013"):
        assert "路基工程" not in _entities(HERE / f"{stem}.txt", "Project")
