"""One park node across the years of a jurisdiction (parks66, issue 12): a park's identity name, of which its IRI is
made, is the same whatever spelling one year writes alone — a section of the jurisdiction's own free trade zone written
with the zone's full bracketed name or its short form (heilongjiang-2026 / probe-province-2023); and a place name
that a one-character word follows stays in the identity name (江门港物流园, 苏州湾数字产业园)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.evaluation import report_facts

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "tests" / "data" / "constructed"


def park_identities(path: Path) -> dict[str, str]:
    """Each spelling of a Park node of the report at ``path`` → the node's identity name."""
    facts = report_facts(path)
    return {n: e.attrs["identity"] for e in facts.entities if e.kind == "Park" for n in {e.label, *e.alt_labels}}


def test_a_section_of_the_own_free_trade_zone_is_one_identity_across_years():
    earlier = park_identities(PROBES / "probe-province-2023.txt")
    later = park_identities(ROOT / "data" / "corpus" / "provincial-2026" / "heilongjiang-2026.txt")
    assert earlier["中国（黑龙江）自由贸易试验区哈尔滨片区"] == later["自贸试验区哈尔滨片区"]
    assert later["自贸试验区哈尔滨片区保税物流中心"] != later["自贸试验区哈尔滨片区"]
    assert earlier["绥芬河片区"] == later["绥芬河片区"]


@pytest.mark.parametrize("name, spelling", [("probe-city-2013.txt", "江门港物流园"),
                                            ("probe-district-2022.txt", "苏州湾数字产业园")])
def test_a_place_and_a_one_character_word_stay_in_the_identity(name, spelling):
    assert park_identities(PROBES / name)[spelling] == spelling
