"""Reports of other levels and years (levels30): dev reports turned into a county-level city's, a district's or an
autonomous county's report, or headed by a title only, by replacing the words that name the place
(``scripts/levels_check.py`` builds these variants and more). One test per misreading fixed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.divisions import resolve_jurisdiction
from policykg.errors import InputError
from policykg.read import read_bytes

from quantity_helpers import quantities_in

DATA = Path(__file__).resolve().parents[1] / "data"


def _hailaer(year: int) -> str:
    """A dev report (hailaer-2013, -2014), decoded from GB18030, its CRLF line ends as LF."""
    return (DATA / "corpus" / "hailaer" / f"hailaer-{year}.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")


def _as_unit(text: str, parents: str, name: str, head: str) -> str:
    """hailaer-2014 as ``name``'s report: its meeting line (with ``parents``), speaker line and body name it."""
    text = text.replace("在海拉尔区第十四届", f"在{parents}{name}第十四届", 1)
    return text.replace("海拉尔区人民政府区长", f"{name}人民政府{head}", 1).replace("海拉尔区", name)


def _jurisdiction(text: str):
    md = read_bytes(text.encode("utf-8"), "report.txt").metadata
    found = resolve_jurisdiction(md.place, md.place_parents)
    return md.place, md.year, found and found.code


@pytest.mark.parametrize("parents, name, head, code", [
    ("河南省新乡市", "辉县市", "市长", "410782"), ("河南省南阳市", "社旗县", "县长", "411327"),
    ("云南省德宏傣族景颇族自治州", "芒市", "市长", "533103"), ("福建省三明市", "沙县区", "区长", "350427"),
    ("河南省新乡市", "红旗区", "区长", "410702"), ("", "辉县市", "市长", "410782")])
def test_a_unit_whose_name_holds_a_unit_word_is_read(parents, name, head, code):
    """A county-level city or district named after the county it was (辉县市, 沙县区), a county named with 旗
    (社旗县), a district with 旗 (红旗区) or a city of one character (芒市): the unit words cut 辉县 out of 辉县市
    and left 市, so no place was read and the report was refused (give --place). The name is cut into units the
    gazetteer knows instead; the speaker line alone (no parents) names it too."""
    assert _jurisdiction(_as_unit(_hailaer(2014), parents, name, head)) == (name, 2014, code)


def test_place_option_with_such_a_unit_is_cut_into_its_units():
    from policykg.structure.metadata import split_place
    assert split_place("河南省新乡市辉县市") == ["河南省", "新乡市", "辉县市"]
    assert split_place("天津市静海区") == ["天津市", "静海区"]


def _title_only(text: str, title: str) -> str:
    """The header cut down to one title line: no meeting line, no speaker line."""
    head, sep, body = text.partition("各位代表")
    return f"{title}\n\n{sep}{body}"


def test_a_title_only_header_takes_the_place_from_the_opening_sentence():
    """hailaer-2014 headed only by 2014年政府工作报告: its opening sentence (现在，我代表海拉尔区人民政府向大会作工作报告)
    names the government; the report was refused for want of a place. Read so, it is no guess (no place_body)."""
    text = _title_only(_hailaer(2014), "2014年政府工作报告")
    assert "我代表海拉尔区人民政府向大会" in text
    assert _jurisdiction(text) == ("海拉尔区", 2014, "150702")
    assert "place_body" not in read_bytes(text.encode("utf-8"), "report.txt").metadata.spans


def test_a_title_only_header_opening_on_the_level_alone_takes_the_unit_the_body_names_most():
    """hailaer-2013 headed only by 2013年政府工作报告 opens 我代表区政府 (a 区, no name): the body names 海拉尔区 in full
    once and 海拉尔 fifteen times, no other 区 three times, so it is Hailar's, marked as read from the body; as 林西县's
    report (its 区 words 县's, 海拉尔 林西) it is 林西县's. jinghai-2021 so headed names 静海 only by its short name and
    天津市 (a 市, not the 区 of 我代表区人民政府) in full: refused, naming what is missing, but for its thanks (向所有关心
    支持静海发展的…), which name its own district (place31); without them, still refused."""
    text = _title_only(_hailaer(2013), "2013年政府工作报告")
    assert "我代表区政府向大会" in text
    assert _jurisdiction(text) == ("海拉尔区", 2013, "150702")
    assert "place_body" in read_bytes(text.encode("utf-8"), "report.txt").metadata.spans
    county = re.sub(r"(?<![社园城治发景矿林牧街辖新市省])区(?=委|政府|长|人大|人民|政协|本级|直)", "县", _hailaer(2013))
    county = re.sub(r"(全|我|本)区(?!域|间|位|块|别|分)", r"\1县", county).replace("海拉尔区", "林西县").replace("海拉尔", "林西")
    assert _jurisdiction(_title_only(county, "2013年政府工作报告")) == ("林西县", 2013, "150424")
    jinghai = _title_only((DATA / "reports" / "jinghai-2021.txt").read_text(encoding="utf-8"), "2021年政府工作报告")
    assert _jurisdiction(jinghai) == ("静海区", 2021, "120118")
    with pytest.raises(InputError, match="no place"):
        read_bytes(jinghai.replace("关心支持静海发展", "关心支持发展").encode("utf-8"), "report.txt")


def test_the_build_says_when_it_read_the_place_from_the_body(tmp_path):
    """A place read from the body is a guess: the build names it on stderr, with the way to correct it."""
    import subprocess
    import sys

    report = tmp_path / "report.txt"
    report.write_text(_title_only(_hailaer(2013), "2013年政府工作报告"), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "policykg", "build", str(report), "--out", str(tmp_path / "out"),
                        "--jobs", "1", "--no-progress"], capture_output=True, text=True, timeout=300,
                       cwd=Path(__file__).resolve().parents[1])
    assert r.returncode == 0, r.stderr
    assert "no place in its header; read 海拉尔区 as the one its body names most (give --place" in r.stderr


def test_a_title_naming_a_long_autonomous_county_is_read():
    """2014年镇沅彝族哈尼族拉祜族自治县政府工作报告: the title's place was read up to 12 characters, so a name of 13
    (or a county written with its province and prefecture) gave neither place nor year."""
    text = _as_unit(_hailaer(2014), "", "镇沅彝族哈尼族拉祜族自治县", "县长")
    assert _jurisdiction(_title_only(text, "2014年镇沅彝族哈尼族拉祜族自治县政府工作报告")) == \
        ("镇沅彝族哈尼族拉祜族自治县", 2014, "530825")
    long = "云南省普洱市镇沅彝族哈尼族拉祜族自治县2014年政府工作报告"
    assert _jurisdiction(_title_only(text, long)) == ("镇沅彝族哈尼族拉祜族自治县", 2014, "530825")


def test_the_check_script_finds_every_variant_as_it_should(tmp_path):
    """scripts/levels_check.py on a county-level city's, a league's and a title-only variant: each row reads ok
    (its header and every figure of its base report alike), and one place is one node across two reports."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "levels_check.py"
    names = ["county-city-huixian-2014", "title-only-2014", "city-2013", "city-2014"]
    r = subprocess.run([sys.executable, str(script), *names], capture_output=True, text=True, timeout=300,
                       env={**__import__("os").environ, "PYTHONPATH": str(script.parents[1])})
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if re.match(r"\| [a-z]", line) and not line.startswith("| variant")]
    assert len(rows) == len(names) and all(row.endswith("| ok |") for row in rows), r.stdout
    assert "one node per place across its reports: yes" in r.stdout


def _figures(text: str, sentence: str) -> list[tuple[str, str, int | None, int | None]]:
    """(name, value, start, end) of the figures ``sentence`` states in ``text``."""
    return [(q.indicator, str(q.value), q.start_year, q.end_year)
            for q in quantities_in(read_bytes(text.encode("utf-8"), "report.txt"), sentence)]


def _shifted(text: str, delta: int, plans: dict[str, str]) -> str:
    """Every 20xx年 moved by ``delta`` years, the plan names replaced all at once."""
    text = re.sub("|".join(plans), lambda m: plans[m[0]], text)
    return re.sub(r"(?<!\d)(20\d\d)(?=年)", lambda m: str(int(m[1]) + delta), text)


@pytest.mark.parametrize("delta, plans, base, review", [
    (-10, {"十二五": "十五", "十三五": "十一五", "十四五": "十二五"}, "十五", (2006, 2010)),
    (-15, {"十二五": "九五", "十三五": "十五", "十四五": "十一五"}, "九五", (2001, 2005))])
def test_a_comparison_with_the_tenth_or_ninth_plan_end_is_no_part_of_the_name(delta, plans, base, review):
    """jinghai-2021 as a 2011 or 2006 report: its PM2.5年均浓度比“十二五”末下降19.2% reads 比“十五”末 / 比“九五”末, which
    the comparison bases did not know (十[一二三四五六]五 only), so the name kept them (PM2.5年均浓度比“十五”末)."""
    text = _shifted((DATA / "reports" / "jinghai-2021.txt").read_text(encoding="utf-8"), delta, plans)
    sentence = f"PM2.5年均浓度比“{base}”末下降19.2%"
    assert _figures(text, sentence) == [("PM2.5年均浓度", "-19.2", *review)]


def test_a_comparison_with_a_year_of_the_1990s_is_no_part_of_the_name():
    """guangxi-2026's 有效发明专利比2020年增长58.1% as a 2001 report's 比1995年 (every year 25 earlier): 199x was no
    comparison base, so the name was 有效发明专利比1995年, not the name the 2026 report gives it."""
    text = (DATA / "corpus" / "provincial-2026" / "guangxi-2026.txt").read_text(encoding="utf-8")
    shifted = _shifted(text, -25, {"十三五": "八五", "十四五": "九五", "十五五": "十五"})
    names = [f[0] for f in _figures(shifted, "有效发明专利比1995年增长58.1%")]
    assert names == [f[0] for f in _figures(text, "有效发明专利比2020年增长58.1%")] and "1995" not in names[0]


def test_a_paragraph_opening_on_the_ninth_plan_is_a_review():
    """A 2001 report without part headings (jinghai-2021 20 years back, its 十三五 the 九五): a paragraph opening
    “九五”时期是… was read by no plan cue (十[一-七]五 only) and so took the part before it; it is the review of
    1996–2000 as a “十三五”时期是… paragraph of 2021 is the review of 2016–2020."""
    from policykg.structure.part_cues import _dated_kind
    assert _dated_kind("“九五”时期是全面建成小康社会的决胜阶段", 2001) == "review"
    assert _dated_kind("“十五”时期", 2001) == "outlook" and _dated_kind("“十五”时期", 2006) == "review"
    assert _dated_kind("十五项重点工程", 2006) is None


def test_a_part_on_the_tenth_plan_of_a_2001_report_is_its_outlook():
    """A 2001 report's part 二、“十五”计划的主要目标和任务 (jinghai-2021 twenty years back, headed as its time headed it)
    was this year's plan: the part kinds knew the plans 十一五 to 十六五 only."""
    from policykg.structure.kinds import part_kind
    assert part_kind("“十五”计划的主要目标和任务", 2001) == "outlook"
    assert part_kind("十五项民生实事", 2001) == "plan"


def test_a_range_from_a_year_of_the_1990s_keeps_its_start_value():
    """shandong-2026's …占全国比重由2020年的7.2%提升至7.4% as a 2001 report's 由1995年的7.2% (every year 25 earlier): the
    range's start (由YYYY年的A) took 20xx years only, so the 7.2% was lost as the figure's from-value."""
    from policykg.extract import extract
    from policykg.read import for_matching
    from policykg.structure import parse

    def from_values(text: str, sentence: str) -> list:
        doc = for_matching(read_bytes(text.encode("utf-8"), "report.txt"))
        start = doc.text.index(sentence)
        return [(q.indicator, str(q.value), str(q.from_value)) for q in extract(doc, parse(doc)).quantities
                if q.span.start < start + len(sentence) and q.span.end > start]

    text = (DATA / "corpus" / "provincial-2026" / "shandong-2026.txt").read_text(encoding="utf-8")
    shifted = _shifted(text, -25, {"十三五": "八五", "十四五": "九五", "十五五": "十五"})
    found = from_values(shifted, "由1995年的7.2%提升至7.4%")
    assert found == from_values(text, "由2020年的7.2%提升至7.4%") and found[0][1:] == ("7.4", "7.2")


def _as_prefecture(year: int) -> str:
    """hailaer-<year> as 喀什地区's report: a 地区 is run by its 行政公署 (地委, 地区行署), its own scope word 全地区."""
    text = _hailaer(year).replace("海拉尔区人民政府区长", "喀什地区行政公署专员", 1).replace("海拉尔区", "\0")
    text = re.sub(r"(?<![社园城治发景矿林牧街辖新市省])区(?=委|政府|长|人大|人民|政协|本级|直)", "地", text)
    text = re.sub(r"(全|我|本)区(?!域|间|位|块|别|分)", r"\1地区", text).replace("海拉尔", "喀什")
    return text.replace("在\0第", "在新疆维吾尔自治区\0第", 1).replace("\0", "喀什地区")


def test_a_prefecture_own_scope_word_is_no_part_of_a_figure_name():
    """hailaer-2014 as 喀什地区's report: 全地区卫生保洁面积达到555万平方米 kept 全地区 in the name, taken for another
    unit's scope word (the scope words knew 全区 …, and a 地区's own unit was its last character, 区): 全区 in a
    地区's report is the autonomous region's, 全地区 its own, as Hailar's own 全区 is no part of its names."""
    sentence = "卫生保洁面积达到555"
    text = _as_prefecture(2014)
    assert "全地区" + sentence in text
    assert [f[0] for f in _figures(text, sentence)] == [f[0] for f in _figures(_hailaer(2014), sentence)] \
        == ["卫生保洁面积"]
    quoting = text.replace("全地区" + sentence, "全区" + sentence, 1)
    assert [f[0] for f in _figures(quoting, sentence)] == ["全区卫生保洁面积"]


def test_a_prefecture_office_named_by_its_level_alone_names_no_place():
    """A 地区's title-only report opening 我代表地区行政公署向大会…: 地区, the unit word alone, was read as the place
    (a node place/diqu, no code); it names none, and the body's 喀什地区 (in full once, 喀什 often) is taken."""
    text = _title_only(_as_prefecture(2013).replace("我代表地政府", "我代表地区行政公署", 1), "2013年政府工作报告")
    assert "我代表地区行政公署向大会" in text
    assert _jurisdiction(text) == ("喀什地区", 2013, "653100")


def test_a_county_level_city_body_naming_its_prefecture_often_is_still_its_own():
    """hailaer-2018 as 满洲里市's title-only report opening 我代表市人民政府: the body names 满洲里 24 times and 呼伦贝尔,
    the prefecture-level city above it, 14 times; the unit above is no rival (a county-level city's report names it
    often), so 满洲里市 is read. With 满洲里 named only three times in full, 呼伦贝尔市, named most but above a unit named
    often, is not taken: refused."""
    def county_city(short: bool) -> str:
        text = _hailaer(2018).replace("海拉尔区", "满洲里市").replace("我代表满洲里市人民政府", "我代表市人民政府", 1)
        return _title_only(text.replace("海拉尔", "满洲里") if short else text, "2018年政府工作报告")

    assert _jurisdiction(county_city(True)) == ("满洲里市", 2018, "150781")
    with pytest.raises(InputError, match="no place"):
        read_bytes(county_city(False).encode("utf-8"), "report.txt")
