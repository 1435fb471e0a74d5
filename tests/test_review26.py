"""review26: attacks on the place a title-only report takes from its body (structure/body_place.py). Variants are
built from dev text (hailaer-2013) and sentences of our own. One test per misreading fixed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.errors import InputError
from policykg.read import read_bytes

DATA = Path(__file__).resolve().parents[1] / "data"
pytestmark = pytest.mark.unit


def _title_only(name: str, short: str) -> str:
    """hailaer-2013 headed by 2013年政府工作报告 only (its opening 我代表区政府 names a 区, no name), as ``name``'s."""
    text = (DATA / "corpus" / "hailaer" / "hailaer-2013.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")
    head, sep, body = text.partition("各位代表")
    return f"2013年政府工作报告\n\n{sep}{body}".replace("海拉尔区", name).replace("海拉尔", short)


def _place(text: str) -> str:
    return read_bytes(text.encode("utf-8"), "report.txt").metadata.place


def test_a_unit_named_only_inside_a_longer_name_is_not_the_place():
    """河东区 is the name of two districts (Tianjin's, Linyi's): a report naming only it is refused. Its every mention
    holds 东区 (Panzhihua's, a name of one district), which was taken as the place read from the body."""
    text = _title_only("河东区", "河东区")
    assert text.count("东区") == text.count("河东区") >= 3
    with pytest.raises(InputError, match="no place"):
        _place(text)


def test_a_unit_word_opening_an_ordinary_word_is_no_mention_of_a_unit():
    """A county's report that names itself only by 全县 and 我县 and says 振兴县域经济 five times: 兴县 (Shanxi's)
    there is 振兴 + 县域, no mention of 兴县, and was taken as the place read from the body (和县 of 市政府和县委,
    twice, was too few to stand against it)."""
    text = _title_only("海拉尔区", "海拉尔")
    text = re.sub(r"(?<![社园城治发景矿林牧街辖新市省])区(?=委|政府|长|人大|人民|政协|本级|直)", "县", text)
    text = re.sub(r"(全|我|本)区(?!域|间|位|块|别|分)", r"\1县", text).replace("海拉尔县", "我县").replace("海拉尔", "我县")
    ours = ("各位代表，我们要振兴县域经济，壮大县城，带动乡村。振兴县域经济是全县的头等大事。我们将坚持振兴县域经济不动摇，"
            "以振兴县域经济统领全局，把振兴县域经济的任务落到实处。")
    text = text.replace("各位代表", ours, 1)
    assert text.count("兴县") == 5 and "我代表县" in text
    with pytest.raises(InputError, match="no place"):
        _place(text)


def test_the_unit_the_body_names_most_is_still_taken():
    """The rule still takes a district named in full and by its short name (the two fixes above keep it)."""
    assert _place(_title_only("海拉尔区", "海拉尔")) == "海拉尔区"


def test_an_opening_naming_the_autonomous_prefecture_by_its_level_word_names_no_place():
    """现在，我代表自治州人民政府向大会报告工作 (how an autonomous prefecture's report may open): 自治州 is the unit's level
    word, as 自治县 and 自治旗 are, yet was read as a place named 自治州 (no code, no warning). It names none: the
    place is then read from the body, as a guess the build reports."""
    from policykg.structure.units import units_of

    assert units_of("自治州") is None and units_of("自治县") is None
    text = _title_only("海拉尔区", "海拉尔").replace("我代表区政府", "我代表自治州人民政府", 1)
    md = read_bytes(text.encode("utf-8"), "report.txt").metadata
    assert (md.place, "place_body" in md.spans) == ("海拉尔区", True)


@pytest.mark.parametrize("org, place", [("本届海拉尔区人民政府", "海拉尔区"), ("新一届海拉尔区人民政府", "海拉尔区")])
def test_the_term_before_the_government_in_the_opening_is_no_part_of_its_place(org, place):
    """现在，我代表本届海拉尔区人民政府向大会报告工作 (a term's last report): the place was read as 本届海拉尔区 (no code,
    no warning); the term word is no part of it."""
    text = _title_only("海拉尔区", "海拉尔").replace("我代表区政府", f"我代表{org}", 1)
    md = read_bytes(text.encode("utf-8"), "report.txt").metadata
    assert (md.place, "place_body" in md.spans) == (place, False)


def test_the_term_and_level_word_alone_in_the_opening_name_no_place():
    """我代表本届区人民政府 names the level only: no place 本届区; the body's unit is taken, as a guess."""
    text = _title_only("海拉尔区", "海拉尔").replace("我代表区政府", "我代表本届区人民政府", 1)
    md = read_bytes(text.encode("utf-8"), "report.txt").metadata
    assert (md.place, "place_body" in md.spans) == ("海拉尔区", True)


def test_a_year_written_in_chinese_numerals_names_no_plan():
    """一九九五年 holds 九五: since the plans of periods.yaml name the parts of a report (levels30), a 1995 report's
    一九九五年的主要任务 was an outlook (a five-year plan's part), not this year's plan; a sentence dated 一九九五年 named
    the 九五 plan. The plan so written (“九五”期间, 九五计划) still is one."""
    from policykg.extract.qlexicon import plans_named
    from policykg.structure.kinds import part_kind

    assert part_kind("一九九五年的主要任务", 1995) == "plan"
    assert part_kind("“九五”时期的主要目标和任务", 1996) == "outlook"
    assert plans_named("一九九五年国内生产总值增长10%，九五期间年均增长8%") == ["九五"]
    assert plans_named("二〇〇五年是“十五”计划的最后一年，“十一五”开局") == ["十五", "十一五"]


def test_two_units_named_alike_give_no_place():
    """A body naming a neighbour (扎赉诺尔区) as often as its own district, the sentences only its own government says
    worded without its name: no unit stands out, so none is taken (the reader asks for --place), whichever is named
    first. With them (在此，我代表海拉尔区人民政府…, 向关心、支持海拉尔建设和发展的…) they name it (place31). Named less
    than half as often, the own one is taken."""
    text = _title_only("海拉尔区", "海拉尔")
    bare = text.replace("我代表海拉尔区人民政府", "我代表区人民政府").replace("支持海拉尔建设", "支持建设")
    own = text.count("海拉尔")
    for ours in ("扎赉诺尔区和海拉尔区共建园区。" * own, "海拉尔区和扎赉诺尔区共建园区。" * own):
        with pytest.raises(InputError, match="no place"):
            _place(bare.replace("各位代表", "各位代表，" + ours.replace("海拉尔区", "我区"), 1))
        assert _place(text.replace("各位代表", "各位代表，" + ours.replace("海拉尔区", "我区"), 1)) == "海拉尔区"
    assert _place(text.replace("各位代表", "各位代表，" + "扎赉诺尔区共建园区。" * (own // 2 - 1), 1)) == "海拉尔区"


def test_the_guess_is_said_once_on_stderr_and_written_nowhere(tmp_path):
    """build --jobs 2 of a title-only report whose place is a guess and one whose opening names it: one warning line,
    for the guess, on stderr; no output file holds it; a second build writes the same files."""
    import os
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(_title_only("海拉尔区", "海拉尔"), encoding="utf-8")
    text = (DATA / "corpus" / "hailaer" / "hailaer-2018.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")
    (tmp_path / "b.txt").write_text("2018年政府工作报告\n\n各位代表" + text.partition("各位代表")[2], encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    outs = []
    for out in ("o1", "o2"):
        r = subprocess.run([sys.executable, "-m", "policykg", "build", "a.txt", "b.txt", "--out", out, "--jobs", "2",
                            "--no-progress", "--quiet"], capture_output=True, text=True, timeout=600, cwd=tmp_path, env=env)
        assert r.returncode == 0, r.stderr
        assert [line for line in r.stderr.splitlines() if "body names most" in line] == [
            "warning: a.txt: no place in its header; read 海拉尔区 as the one its body names most (give --place if that "
            "is wrong)"], r.stderr
        files = sorted(p for p in (tmp_path / out).rglob("*") if p.is_file())
        assert not any("body names most" in p.read_text(encoding="utf-8", errors="replace") for p in files)
        outs.append({p.relative_to(tmp_path / out): p.read_bytes() for p in files})
    assert outs[0] == outs[1]
