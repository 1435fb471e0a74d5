"""parks70 (issue 12, round six of the probe texts): the list rule (park_shared) reads no shared head after a whole
park name (大同经开区、阳泉高新区 of shanxi-2026; 哈尔滨经开区、宾西经开区 of probe-province-2023: the fragment 开区 was
a member), and a zone opened by its report's whole jurisdiction (全县园区 of probe-county-2012, 全州各类园区 of
probe-prefecture-2015) is a category, not a park. Reports read whole."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.evaluation import report_facts

pytestmark = pytest.mark.unit

HERE = Path(__file__).parent / "data" / "constructed"
DEV = Path(__file__).parents[1] / "data" / "corpus" / "provincial-2026"


def _members(path: Path, monkeypatch) -> set[str]:
    """The members the list rule names (as written) in a whole report."""
    import policykg.extract.entities as entities
    seen, rule = set(), entities.shared_head_parks

    def recording(st, kept):
        out = rule(st, kept)
        seen.update(c.name for c in out)
        return out
    monkeypatch.setattr(entities, "shared_head_parks", recording)
    report_facts(path)
    return seen


def test_no_member_is_cut_from_a_whole_park_name(monkeypatch):
    assert "开区" not in _members(DEV / "shanxi-2026.txt", monkeypatch)
    assert "开区" not in _members(HERE / "probe-province-2023.txt", monkeypatch)


def test_the_list_rule_still_names_members_before_a_kept_park(monkeypatch):
    assert {"齐河", "禹城"} <= _members(HERE / "probe-city-2019.txt", monkeypatch)


def _parks(path: Path) -> set[str]:
    return {e.label for e in report_facts(path).entities if e.kind == "Park"}


def test_a_zone_opened_by_the_whole_jurisdiction_is_no_park():
    assert "全县园区" not in _parks(HERE / "probe-county-2012.txt")
    parks = _parks(HERE / "probe-prefecture-2015.txt")
    assert "全州各类园区" not in parks and "禄丰工业园区" in parks
