"""Works a park starts and works that already run (parks73, issue 12; probe reports of tests/data/constructed, written
and annotated before the tool was run on them, read whole). (No project running over a park and its verb is
test_parks72's: parks72's park_shape.park_then_predicate, kept at merge, covers the same three probes.) A reservoir the clause rests on or uses (依托X发展, X水源地保护,
X安全运行) exists, no works (probe-banner-2018, probe-city-2011, probe-prefecture-2015); one the clause builds
stays (dev: guizhou-2026)."""
from __future__ import annotations

from pathlib import Path

import pytest

from entity_helpers import report_entities

pytestmark = pytest.mark.unit

HERE = Path(__file__).parent / "data" / "constructed"
CORPUS = Path(__file__).parents[1] / "data"


def _labels(path: Path, kind: str) -> set[str]:
    """The labels of one kind of a whole report read as ``pk build`` reads it."""
    return {e.label for e in report_entities(path, kind)}


@pytest.mark.parametrize("stem, reservoir", [("probe-banner-2018", "万家寨水库"), ("probe-city-2011", "陡河水库"),
                                             ("probe-prefecture-2015", "青山嘴水库")])
def test_a_reservoir_in_use_is_no_project(stem, reservoir):
    assert reservoir not in _labels(HERE / f"{stem}.txt", "Project")


def test_reservoirs_being_built_stay_projects():
    """A guard of the filter's reach (passes before and after): 推进A水库、B水库…等重大水利工程建设."""
    projects = _labels(CORPUS / "corpus" / "provincial-2026" / "guizhou-2026.txt", "Project")
    assert {"宣威水库", "花滩子水库"} <= projects


def test_a_reservoir_whose_water_quality_is_stated_exists():
    """hubei-2026's 丹江口水库水质稳定…: a false project of its strict leave-family-out fold (the packaged model, which
    has seen hubei, drops it already), so the filter is read on the report's own sentence."""
    from policykg.extract.not_works import in_use
    text = (CORPUS / "corpus" / "provincial-2026" / "hubei-2026.txt").read_text(encoding="utf-8")
    a = text.index("丹江口水库水质")
    assert in_use(text, a, a + len("丹江口水库"))
