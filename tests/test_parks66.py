"""One park node across the years of a jurisdiction (parks66, issue 12): a park's identity name, of which its IRI is
made, is the same whatever spelling one year writes alone — a zone's own full name and its short form
(武汉东湖新技术开发区 / 东湖高新区, probe-province-2019), a section of the jurisdiction's own free trade zone written
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


def without_lines(tmp_path: Path, name: str, dropped: str) -> Path:
    """A copy of probe text ``name`` without its lines holding ``dropped``: a year that does not write it."""
    lines = (PROBES / name).read_text(encoding="utf-8").splitlines(keepends=True)
    tmp_path.mkdir(exist_ok=True)
    out = tmp_path / name
    out.write_text("".join(x for x in lines if dropped not in x), encoding="utf-8")
    return out


def test_a_zone_full_name_alone_and_its_short_form_alone_are_one_identity(tmp_path):
    full_year = park_identities(without_lines(tmp_path / "a", "probe-province-2019.txt", "东湖高新区"))
    short_year = park_identities(without_lines(tmp_path / "b", "probe-province-2019.txt", "武汉东湖新技术开发区"))
    assert "东湖高新区" not in full_year and "武汉东湖新技术开发区" not in short_year
    assert full_year["武汉东湖新技术开发区"] == short_year["东湖高新区"]
    # another zone of the same city keeps its own identity
    assert full_year["武汉经济技术开发区"] != full_year["武汉东湖新技术开发区"]


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
