"""The placement pass's ties70 rules weighed by their firings (ties71, issue 12). Probe texts read whole.

The by-name rule places no "work" whose name goes on from the park's with a verb that governs works (X启动二期,
X重点推进精密铸造二期: the park is its clause's subject); works named after their park stay placed."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.evaluation import report_facts

pytestmark = pytest.mark.unit

PROBES = Path(__file__).resolve().parent / "data" / "constructed"


def placed(stem: str) -> set[tuple[str, str]]:
    """(project label, park label) of every locatedIn tie between a project and a park of the probe text."""
    facts = report_facts(PROBES / f"{stem}.txt")
    return {(ln.subject.label, ln.object.label) for ln in facts.links if ln.predicate == "locatedIn"
            and getattr(ln.subject, "kind", "") == "Project" and getattr(ln.object, "kind", "") == "Park"}


@pytest.mark.parametrize("stem, park", [("probe-county-2020", "龙潭镇工业集中区"),
                                        ("probe-countycity-2021", "晋江国际鞋纺城物流园"),
                                        ("probe-district-2013", "铜官港物流园")])
def test_a_park_governing_works_is_no_name_of_a_work_in_it(stem, park):
    ties = placed(stem)
    assert not [(p, k) for p, k in ties if k == park and ("启动" in p or "推进" in p)]


def test_works_named_after_their_park_stay_placed():
    assert ("亚山物流园冷链仓储中心", "亚山物流园") in placed("probe-county-2020")
    assert ("薛家湾煤炭物流园区智能调度中心", "薛家湾煤炭物流园区") in placed("probe-banner-2018")
