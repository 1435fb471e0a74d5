"""Reports of other levels and years (levels19): a shipped report turned into a report of another unit or year by
replacing the words that say its level or year; one test per misreading fixed."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.read import read_bytes

DATA = Path(__file__).resolve().parents[1] / "data"
MEETING_2014 = "海拉尔区第十四届"


def _hailaer(year: int) -> str:
    """A dev report (hailaer-2014), decoded from GB18030, its CRLF line ends as LF."""
    return (DATA / "corpus" / "hailaer" / f"hailaer-{year}.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")


def _read(text: str, **overrides):
    return read_bytes(text.encode("utf-8"), "variant.txt", **overrides)


@pytest.mark.parametrize("meeting_place, gazetteer_level", [("贵州省铜仁地区万山特区", None), ("湖北省神农架林区", "county")])
def test_a_special_or_forest_district_is_a_county_level_unit(meeting_place, gazetteer_level):
    """hailaer-2014 as the report of a 特区 (万山特区 of 铜仁地区, made 万山区 in 2011; 六枝特区 today) or a 林区 (神农架林区,
    a county-level unit under its province): the suffix 区 made it a 市辖区 ("district"), the level its node took
    when the gazetteer does not know the name (万山特区 today), against the gazetteer's county for those it knows."""
    from policykg.divisions import resolve_jurisdiction

    md = _read(_hailaer(2014).replace(MEETING_2014, meeting_place + "第十四届", 1)).metadata
    assert md.place_level == "county"
    found = resolve_jurisdiction(md.place, md.place_parents)
    assert (found.level if found else None) == gazetteer_level
    assert _read(_hailaer(2014)).metadata.place_level == "district"   # Hailar's 区 is a 市辖区
