"""The packaged park decision on whole dev reports: regions, a region's port and a designation are not
kept as parks (issue #12: what the model keeps must hold on reports nobody tuned it to)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.extract.entities import extract_entities
from policykg.read import read_report
from policykg.structure import parse

pytestmark = pytest.mark.corpus
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "provincial-2026"


def _parks(stem: str) -> set[str]:
    doc = read_report(str(CORPUS / f"{stem}.txt"))
    ents, _ = extract_entities(doc.text, parse(doc).sentences)
    return {e.label for e in ents if e.kind == "Park"}


@pytest.mark.parametrize("stem, not_parks, parks", [
    ("guangxi-2026", {"北部湾港"}, {"广西自贸试验区"}),                          # a region's port
    ("hunan-2026", {"洞庭湖生态经济区"}, {"湘潭经开区", "湘江科学城"}),              # a region
    ("shandong-2026", {"省部共建国家大学科技园"}, {"上合示范区"}),                   # a designation built
])
def test_regions_ports_and_designations_are_not_parks(stem, not_parks, parks):
    found = _parks(stem)
    assert parks <= found and not (not_parks & found)
