"""Reports of other levels and years, as the builder meets them unseen: real dev reports whose header,
numbering or file differs the way real files differ (another header layout, 第一部分 parts, …)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.read import for_matching, read_report
from policykg.structure import parse

ROOT = Path(__file__).resolve().parent.parent
HAILAER_2018 = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2018.txt"     # dev, GBK
HEBEI_2026 = ROOT / "data" / "corpus" / "provincial-2026" / "hebei-2026.txt"  # dev
HAILAER_2013 = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"     # dev, GBK


def _text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gbk")


def _body(path: Path) -> str:
    """The report from 各位代表 on: the header is what the tests rewrite."""
    text = _text(path)
    return text[text.index("各位代表"):]


def _unnamed_body(path: Path) -> str:
    """The body with its place's name taken out (我代表区人民政府): the opening sentence and the body name a place
    when the header does not (levels30), so a header's own refusal is tested on a body that names none."""
    return _body(path).replace("海拉尔区", "区").replace("海拉尔", "")


def _read(tmp_path: Path, text: str, name: str = "report.txt", **overrides):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return read_report(str(f), **overrides)


def _parts(doc) -> list[tuple[str, str]]:
    return [(h.label, h.part_kind) for h in parse(for_matching(doc)).headings if h.level == 1]


def test_parts_numbered_di_bufen_read_as_parts(tmp_path):
    text = _text(HEBEI_2026)
    renumbered = re.sub(r"^([ \t\u3000]*)([一二三四五六七八九十]+)、",
                        lambda m: f"{m[1]}第{m[2]}部分\u3000", text, flags=re.M)
    assert renumbered != text
    want = _parts(_read(tmp_path, text, "a.txt"))
    assert len(want) >= 3
    assert _parts(_read(tmp_path, renumbered, "b.txt")) == want


def _header(path: Path) -> str:
    text = _text(path)
    return text[:text.index("各位代表")]


def test_the_header_of_hailaer_2018_is_what_the_rewritten_layouts_restate():
    head = re.sub(r"\s+", "", _header(HAILAER_2018))
    assert "2018年3月7日在海拉尔区第十五届人民代表大会第二次会议上" in head and "区长杨国宏" in head


@pytest.mark.parametrize("header", [
    # the meeting line without its date, which follows the speaker on a line of its own
    "政府工作报告\n——在海拉尔区第十五届人民代表大会第二次会议上\n海拉尔区人民政府区长　杨国宏\n2018年3月7日\n\n",
    "政府工作报告\n——在海拉尔区第十五届人民代表大会第二次会议上\n区长　杨国宏\n（二〇一八年三月七日）\n\n",
    # the meeting as a line of its own above the title, no 在
    "海拉尔区第十五届人民代表大会第二次会议\n政府工作报告\n区长　杨国宏\n2018年3月7日\n\n",
], ids=["date-after-speaker", "bracketed-cn-date", "meeting-above-title"])
def test_an_undated_meeting_line_takes_the_headers_date_line(tmp_path, header):
    md = _read(tmp_path, header + _body(HAILAER_2018)).metadata
    assert (md.place, md.place_level, md.year, md.date) == ("海拉尔区", "district", 2018, "2018-03-07")
    assert md.meeting == "第十五届人民代表大会第二次会议" and md.speaker == "杨国宏"


@pytest.mark.parametrize("title, parents", [
    ("2018年海拉尔区政府工作报告", []),
    ("海拉尔区2018年政府工作报告", []),
    ("2018年海拉尔区政府工作报告（全文）", []),     # a news page's title
    ("2018年呼伦贝尔市海拉尔区政府工作报告", ["呼伦贝尔市"]),
    ("海拉尔区人民政府工作报告\n2018年3月7日", []),
])
def test_a_title_naming_the_place_gives_the_place(tmp_path, title, parents):
    doc = _read(tmp_path, title + "\n\n" + _body(HAILAER_2018))
    md = doc.metadata
    assert (md.place, md.place_parents, md.place_level, md.year) == ("海拉尔区", parents, "district", 2018)
    assert doc.text[md.spans["place"].start:md.spans["place"].end] == "".join(parents) + "海拉尔区"


@pytest.mark.parametrize("header, missing", [
    ("政府工作报告\n\n", "no place and year found.*give --place and --year"),
    ("市政府工作报告\n2018年3月7日\n\n", "no place found.*give --place$"),      # 市 alone names no unit
    ("政府工作报告\n——在海拉尔区第十五届人民代表大会第二次会议上\n\n", "no year found.*give --year$"),
])
def test_a_header_without_place_or_year_is_refused_naming_the_option(tmp_path, header, missing):
    from policykg.errors import InputError
    with pytest.raises(InputError, match=missing):
        _read(tmp_path, header + _unnamed_body(HAILAER_2018))
    md = _read(tmp_path, header + _unnamed_body(HAILAER_2018), place="海拉尔区", year=2018).metadata
    assert (md.place, md.year) == ("海拉尔区", 2018)


JINGHAI_2021 = ROOT / "data" / "reports" / "jinghai-2021.txt"   # dev; its cover letter heads the file
_JINGHAI_MEETING = "——2021年1月13日在天津市静海区\n   第二届人民代表大会第八次会议上\n天津市静海区区长  金汇江"


@pytest.mark.parametrize("meeting, date", [
    ("——在静海区第二届人民代表大会第八次会议上\n区长  金汇江\n2021年1月13日", "2021-01-13"),
    # the only date line is the cover letter's, above the meeting line: the year, not the day
    ("——在静海区第二届人民代表大会第八次会议上\n区长  金汇江", None),
])
def test_a_meeting_line_naming_the_district_alone_takes_its_city_from_the_header(tmp_path, meeting, date):
    text = _text(JINGHAI_2021)
    assert _JINGHAI_MEETING in text and text.startswith(" 天津市静海区人民政府\n")
    doc = _read(tmp_path, text.replace(_JINGHAI_MEETING, meeting))
    md = doc.metadata
    assert (md.place, md.place_parents, md.year, md.date) == ("静海区", ["天津市"], 2021, date)
    assert doc.text[md.spans["place"].start:md.spans["place"].end] == "天津市静海区"   # evidence of both


@pytest.mark.parametrize("name, parents, code", [
    ("密云县", ["北京市"], "110118"),   # a county made a district (the gazetteer's 密云区)
    ("即墨市", [], "370215"),           # a county-level city made a district
    ("吐鲁番地区", [], "650400"),       # a prefecture made a city
    ("海拉尔区", [], "150702"),
])
def test_a_jurisdiction_under_its_name_of_another_year_is_the_same_division(name, parents, code):
    from policykg.divisions import resolve_jurisdiction
    assert resolve_jurisdiction(name, parents).code == code


@pytest.mark.parametrize("name, parents", [("朝阳区", []), ("鼓楼县", []), ("长安县", [])])
def test_a_shared_or_unknown_jurisdiction_is_not_guessed(name, parents):
    from policykg.divisions import resolve_jurisdiction
    assert resolve_jurisdiction(name, parents) is None


def test_page_clutter_inside_the_body_is_no_sentence(tmp_path):
    # yunnan-2026 (dev) is a news page: its share widget follows the closing rally, before 相关文档
    doc = read_report(str(ROOT / "data" / "corpus" / "provincial-2026" / "yunnan-2026.txt"))
    outline = parse(for_matching(doc))
    lines = {s.text.strip() for s in outline.sentences}
    assert not lines & {"收藏", "分享到:", "分享到微信"}
    assert any(s.text.startswith("实干兴滇") for s in outline.sentences)


@pytest.mark.parametrize("name, full", [
    ("莫旗", "莫力达瓦达斡尔族自治旗"),     # the gazetteer's own short names of autonomous units
    ("东乡县", "东乡族自治县"),             # not the renamed 东乡区 of another province
    ("鄂温克旗", "鄂温克族自治旗"),
])
def test_an_autonomous_unit_by_its_usual_short_name_is_that_unit(name, full):
    from policykg.divisions import resolve_jurisdiction
    assert resolve_jurisdiction(name, []).name == full


def test_the_header_below_a_long_page_menu_is_read(tmp_path):
    # a portal page's sidebar of links (here the area headings of dev reports, each a line) can push the
    # header past the first 3000 characters
    links = []
    for stem in ("hebei-2026", "hubei-2026", "hunan-2026", "heilongjiang-2026", "hainan-2026", "jilin-2026"):
        doc = read_report(str(ROOT / "data" / "corpus" / "provincial-2026" / f"{stem}.txt"))   # dev
        links += [h.label for h in parse(for_matching(doc)).headings if h.level >= 2]
    menu = "\n".join(dict.fromkeys(links))
    assert len(menu) > 3000 and "政府工作报告" not in menu
    md = _read(tmp_path, menu + "\n" + _text(HAILAER_2018)).metadata
    assert (md.place, md.year, md.date, md.speaker) == ("海拉尔区", 2018, "2018-03-07", "杨国宏")


def test_year_given_against_the_texts_date_drops_that_date(tmp_path):
    text = _text(HAILAER_2018)
    assert _read(tmp_path, text, year=2018).metadata.date == "2018-03-07"
    md = _read(tmp_path, text, year=2019).metadata
    assert (md.year, md.date, "date" in md.spans) == (2019, None, False)


@pytest.mark.parametrize("label, year", [
    ("“十五五”时期的主要目标任务", 2026),   # hebei-2026 (dev)
    ("“十一五”时期的主要目标任务", 2006),   # the same part of a report opening the 十一五 plan
    ("“十三五”时期的主要目标任务", 2016),
])
def test_a_part_on_the_plan_ahead_is_an_outlook_in_any_plan_period(label, year):
    from policykg.structure import part_kind
    assert part_kind(label, year) == "outlook"


def test_under_di_bufen_parts_yi_numbers_the_areas(tmp_path):
    text = _text(HEBEI_2026)
    renumbered = re.sub(r"^([ \t\u3000]*)([一二三四五六七八九十]+)、", lambda m: f"{m[1]}第{m[2]}部分\u3000",
                        text, flags=re.M)
    renumbered = re.sub(r"^([ \t\u3000]*)（([一二三四五六七八九十]+)）", lambda m: f"{m[1]}{m[2]}、",
                        renumbered, flags=re.M)
    want = [(h.key, h.kind, h.part_kind, h.label) for h in parse(for_matching(_read(tmp_path, text, "a.txt"))).headings]
    got = [(h.key, h.kind, h.part_kind, h.label)
           for h in parse(for_matching(_read(tmp_path, renumbered, "b.txt"))).headings]
    assert sum(1 for h in want if h[0].count(".") == 1) >= 5
    assert got == want


@pytest.mark.parametrize("header", [
    "政府工作报告\n——2018年3月7日在区第十五届人民代表大会第二次会议上\n海拉尔区人民政府区长　杨国宏\n\n",
    "政府工作报告\n——在区第十五届人民代表大会第二次会议上\n海拉尔区区长　杨国宏\n（2018年3月7日）\n\n",
    # the meeting by its short name: the line still dates the report
    "政府工作报告\n——2018年3月7日在区十五届人大二次会议上\n海拉尔区人民政府区长　杨国宏\n\n",
])
def test_a_meeting_line_naming_the_level_only_leaves_the_place_to_the_speaker_line(tmp_path, header):
    md = _read(tmp_path, header + _body(HAILAER_2018)).metadata
    assert (md.place, md.place_level, md.year, md.date) == ("海拉尔区", "district", 2018, "2018-03-07")


def test_a_level_word_alone_is_no_place(tmp_path):
    from policykg.errors import InputError
    with pytest.raises(InputError, match="no place found"):
        _read(tmp_path, "政府工作报告\n区人民政府区长　杨国宏\n2018年3月7日\n\n" + _unnamed_body(HAILAER_2018))


def test_a_short_meeting_line_above_the_full_one_is_one_report(tmp_path):
    # the same meeting named twice, once as 在区第…: not a second report of another jurisdiction
    text = "——2018年3月7日在区第十五届人民代表大会第二次会议上\n" + _text(HAILAER_2018)
    md = _read(tmp_path, text).metadata
    assert (md.place, md.year) == ("海拉尔区", 2018)


@pytest.mark.parametrize("heading", ["二、今后五年的主要目标和重点任务", "二、未来五年政府工作的总体要求和目标任务"])
def test_a_new_terms_five_year_part_is_an_outlook(tmp_path, heading):
    # jinghai-2021 (dev) with its outlook part titled as a new term's report titles it
    text = _text(JINGHAI_2021)
    old = "二、2035年远景目标和“十四五”时期主要目标与重点任务"
    assert old in text
    kinds = [kind for _, kind in _parts(_read(tmp_path, text.replace(old, heading)))]
    assert kinds == [kind for _, kind in _parts(_read(tmp_path, text, "a.txt"))] == ["review", "outlook", "plan"]


@pytest.mark.corpus
def test_two_years_of_a_district_filed_under_bare_names_build_as_one_jurisdiction(tmp_path):
    """Files named without place or year, in UTF-16 and GBK, one header without the city, one without its
    date in the meeting line: both reports resolve to the gazetteer's district, one node, with its code,
    level and province in the table."""
    from policykg.corpus.build import build, write_outputs
    from policykg.use.table import asserted_store, rows

    folder = tmp_path / "reports"
    folder.mkdir()
    header = "政府工作报告\n——在海拉尔区第十五届人民代表大会第二次会议上\n区长　杨国宏\n（2018年3月7日）\n\n"
    (folder / "政府工作报告.txt").write_bytes((header + _body(HAILAER_2018)).encode("utf-16"))
    text_2013 = _text(HAILAER_2013)
    assert "在海拉尔区第十四届" in text_2013
    (folder / "report.txt").write_bytes(text_2013.replace("在海拉尔区第十四届", "在呼伦贝尔市海拉尔区第十四届").encode("gbk"))
    out = tmp_path / "out"
    write_outputs(build([str(p) for p in sorted(folder.iterdir())]), str(out))
    _, data = rows(asserted_store([str(out / "graph.trig")]), "targets")
    seen = {(r["report"], r["jurisdiction"], r["jurisdiction_code"], r["jurisdiction_level"], r["province"])
            for r in data}
    assert seen == {("hailaerqu-2013", "海拉尔区", "150702", "district", "内蒙古自治区"),
                    ("hailaerqu-2018", "海拉尔区", "150702", "district", "内蒙古自治区")}
    assert {r["year"] for r in data if r["report"] == "hailaerqu-2018"} == {2018}
