"""Reports of other levels and years (levels19): a shipped report turned into a report of another unit or year by
replacing the words that say its level or year; one test per misreading fixed."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.read import read_bytes

from quantity_helpers import quantities_in

DATA = Path(__file__).resolve().parents[1] / "data"
MEETING_2014 = "海拉尔区第十四届"


def _hailaer(year: int) -> str:
    """A dev report (hailaer-2014), decoded from GB18030, its CRLF line ends as LF."""
    return (DATA / "corpus" / "hailaer" / f"hailaer-{year}.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")


def _read(text: str, **overrides):
    return read_bytes(text.encode("utf-8"), "variant.txt", **overrides)


@pytest.mark.parametrize("meeting_place, gazetteer_level, node_level", [
    ("贵州省铜仁地区万山特区", None, "county"), ("湖北省神农架林区", "county", "county"),
    ("黑龙江省伊春市西林区", None, "district")])
def test_a_special_or_forest_district_is_a_county_level_unit(meeting_place, gazetteer_level, node_level):
    """hailaer-2014 as the report of a 特区 (万山特区 of 铜仁地区, made 万山区 in 2011; 六枝特区 today) or a 林区 (神农架林区,
    a county-level unit under its province): the suffix 区 made it a 市辖区 ("district"), the level its node took
    when the gazetteer does not know the name (万山特区 today), against the gazetteer's county for those it knows.
    review19: 林区 as a suffix of county level made 伊春's 西林区 (a 市辖区, abolished in 2019, unknown to the
    gazetteer) a county too; 神农架林区's node takes the gazetteer's county."""
    from policykg.divisions import resolve_jurisdiction
    from policykg.emit import _level

    md = _read(_hailaer(2014).replace(MEETING_2014, meeting_place + "第十四届", 1)).metadata
    assert _level(md.place, md.place_level) == node_level
    found = resolve_jurisdiction(md.place, md.place_parents)
    assert (found.level if found else None) == gazetteer_level
    assert _read(_hailaer(2014)).metadata.place_level == "district"   # Hailar's 区 is a 市辖区


def _county_quoting(sentence: str) -> list[tuple[str, float]]:
    """hailaer-2018 as a county's report (沛县) whose review states ``sentence`` among its own results."""
    text = _hailaer(2018).replace("在海拉尔区第十五届", "在沛县第十五届", 1).replace("海拉尔区人民政府区长", "沛县人民政府县长", 1)
    anchor = "发展的质量持续向好。"
    assert anchor in text
    return [(q.indicator, float(q.value)) for q in quantities_in(_read(text.replace(anchor, anchor + sentence, 1)), sentence)]


def test_a_national_figure_quoted_before_the_report_own_is_not_its_name():
    """A county's review quoting the nation's figure before its own (全国固定资产投资增长7%，我县增长12%): 全国 is no
    scope word (全国文明城市 is a title), so it stays in the first figure's name as its owner, and the county's own 12%,
    which takes the name before it, was named 全国固定资产投资 — the nation's; after 全省 it became 全省全国…. A figure
    after a scope word drops the nation's owner word it took; a list of owners (全国、全省、全市X) stays whole."""
    assert _county_quoting("全国固定资产投资增长7%，我县增长12%。") == [("全国固定资产投资", 7.0), ("固定资产投资", 12.0)]
    assert _county_quoting("全国规模以上工业增加值增长6.6%，全省增长7%，全县增长8.5%。") == [
        ("全国规模以上工业增加值", 6.6), ("全省规模以上工业增加值", 7.0), ("规模以上工业增加值", 8.5)]
    assert _county_quoting("全国、全省、全市地区生产总值分别增长6.9%、7.2%和4.5%。") == [
        ("全国地区生产总值", 6.9), ("全省地区生产总值", 7.2), ("全市地区生产总值", 4.5)]


@pytest.mark.parametrize("meeting_place, code", [("呼伦贝尔盟海拉尔市", "150702"), ("乌兰察布盟集宁市", "150902")])
def test_a_unit_under_a_league_since_made_a_city_is_today_division(meeting_place, code):
    """hailaer-2014 as a report of before 2001 (呼伦贝尔盟's 海拉尔市, since 海拉尔区) or 2003 (乌兰察布盟's 集宁市, since 集宁区),
    its meeting line naming the league: the unit's older name was found by its stem, but the league, unknown by that
    name, matched no unit above it, so a header naming its parent got no code where one naming none did."""
    from policykg.divisions import resolve_jurisdiction

    md = _read(_hailaer(2014).replace(MEETING_2014, meeting_place + "第十四届", 1)).metadata
    assert md.place_parents == [meeting_place[:-len(md.place)]]
    found = resolve_jurisdiction(md.place, md.place_parents)
    assert found is not None and found.code == code
    assert resolve_jurisdiction("东胜市", ["伊克昭盟"]) is None   # 伊克昭盟 became 鄂尔多斯市 (2001): no stem names it


def test_the_variants_script_never_replaces_a_file_it_did_not_make(tmp_path):
    """review19: ``levels19_variants.py --write DIR`` replaced DIR/<name>.txt whatever was there (a folder of the
    user's reports); an unknown variant name was a KeyError traceback. A file there is left and named, exit 2."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "levels19_variants.py"
    mine = tmp_path / "city2021.txt"
    mine.write_text("the user's own report\n", encoding="utf-8")
    r = subprocess.run([sys.executable, str(script), "city2021", "month2019", "--write", str(tmp_path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "exists; not replacing it" in r.stderr, r.stderr
    assert mine.read_text(encoding="utf-8") == "the user's own report\n"
    r = subprocess.run([sys.executable, str(script), "month2019", "--write", str(tmp_path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "2019年1月在海拉尔区" in (tmp_path / "month2019.txt").read_text(encoding="utf-8")
    r = subprocess.run([sys.executable, str(script), "city1999"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "no variant 'city1999'" in r.stderr and "Traceback" not in r.stderr, r.stderr
