"""Reports of other levels and years than the shipped ones (levels17): one test per misreading fixed, each
on a shipped report turned into such a report by replacing the words that say its level or year."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.errors import InputError
from policykg.read import read_bytes

from quantity_helpers import quantities_in

DATA = Path(__file__).resolve().parents[1] / "data"
MEETING = "—2018年3月7日在海拉尔区第十五届人民代表大会第二次会议上"
SPEAKER = "海拉尔区人民政府区长　　杨国宏"


def _hailaer(year: int) -> str:
    """A dev report (hailaer-2014, -2018), decoded from GB18030, its CRLF line ends as LF."""
    return (DATA / "corpus" / "hailaer" / f"hailaer-{year}.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")


def _read(text: str):
    return read_bytes(text.encode("utf-8"), "variant.txt")


def _prefecture_report() -> str:
    """hailaer-2018 as the report of a prefecture (地区) that the gazetteer no longer has (思茅地区, made
    普洱市 in 2003), delivered by the head of its administrative office (行政公署专员)."""
    text = _hailaer(2018)
    assert MEETING in text and SPEAKER in text
    return text.replace(MEETING, MEETING.replace("海拉尔区", "思茅地区")).replace(SPEAKER, "思茅地区行政公署专员　　杨国宏")


def test_a_prefecture_is_at_the_level_of_a_city_not_a_district():
    """A 地区 was read as a district (its name ends in 区): the graph's jurisdiction of a report of a
    prefecture the gazetteer does not know got placeLevel district."""
    md = _read(_prefecture_report()).metadata
    assert (md.place, md.place_level) == ("思茅地区", "city")
    assert _read(_hailaer(2018)).metadata.place_level == "district"


def test_a_prefecture_commissioner_is_the_speaker():
    """The speaker line of a 地区's report names its 专员, a title the reader did not know: no speaker."""
    md = _read(_prefecture_report()).metadata
    assert (md.speaker, md.speaker_role) == ("杨国宏", "专员")


def test_a_meeting_line_a_sentence_quotes_is_no_second_report():
    """hailaer-2018 recalling the tasks set at the year before's meeting, by its dated meeting line,
    was refused as a file holding two reports (海拉尔区 2017); two reports pasted together still are."""
    text = _hailaer(2018)
    quote = "过去一年，我们全面落实2017年2月20日在海拉尔区第十五届人民代表大会第一次会议上确定的各项任务。\n"
    assert "一、2017年工作回顾\n" in text
    md = _read(text.replace("一、2017年工作回顾\n", "一、2017年工作回顾\n\n" + quote, 1)).metadata
    assert (md.place, md.year, md.date) == ("海拉尔区", 2018, "2018-03-07")
    with pytest.raises(InputError, match=r"holds several reports \(the meeting line of 海拉尔区 2014"):
        _read(text + "\n" + _hailaer(2014))


def _quantities(text: str, sentences: str) -> list:
    return quantities_in(_read(text), sentences)


def test_a_report_of_the_tenth_plan_reads_its_period_and_fifteen_stays_a_number():
    """hailaer-2018 made a report of 2003 (years 15 back, 十三五 → 十五) with a paragraph of targets to the
    end of the tenth plan: 到“十五”末 was no time (its target got the report year alone); 十五 standing
    for fifteen (十五项) is no plan."""
    text = _hailaer(2018)
    for y in range(2025, 2010, -1):
        text = text.replace(str(y), str(y - 15))
    text = text.replace("十三五", "十五")
    plan = "到“十五”末，全区地区生产总值达到100亿元。\n\n十五项重点工程完成投资20亿元。"
    assert "（一）在打好" in text
    text = text.replace("（一）在打好", plan + "\n\n（一）在打好", 1)
    assert _read(text).metadata.year == 2003
    found = {q.indicator: (q.start_year, q.end_year) for q in _quantities(text, plan)}
    assert found == {"地区生产总值": (2003, 2005), "十五项重点工程投资": (2003, 2003)}


def test_a_year_of_the_1990s_is_a_time():
    """hailaer-2018 made a report of 2000 (years 18 back): its review of 1999 wrote 全年发放1999年义务兵优待金,
    and 1999年 was no time (the pattern knew 20xx only), so it stayed in the indicator's name."""
    text = _hailaer(2018)
    for y in range(2025, 2010, -1):
        text = text.replace(str(y), str(y - 18))
    sentence = "全年发放1999年义务兵优待金743.4万元"
    assert sentence in text
    found = {(q.indicator, q.start_year, q.end_year) for q in _quantities(text, sentence)}
    assert found == {("义务兵优待金", 1999, 1999)}


def test_a_report_in_traditional_characters_is_refused_with_its_reason():
    """hailaer-2018 with 31 frequent characters in their traditional forms (區, 經濟, 億, …): it asked for
    --place and --year, and with them it built 54 of the report's 86 figures (億元 is no unit), silently."""
    simplified = "们这会区发经济为与产业实现设亿万项国时长进开关务体过还点从几"
    traditional = "們這會區發經濟為與產業實現設億萬項國時長進開關務體過還點從幾"
    text = _hailaer(2018).translate(str.maketrans(simplified, traditional))
    with pytest.raises(InputError, match=r"written in traditional characters .*convert it to simplified"):
        read_bytes(text.encode("utf-8"), "variant.txt", place="海拉尔区", year=2018)


def test_a_league_report_is_read_from_its_administrative_office():
    """A 盟 (or 地区) is run by its 行政公署: hailaer-2018 without its meeting line, titled as a league's
    report (2018年锡林郭勒盟行政公署工作报告) and spoken by its 盟长, was refused for want of place and year."""
    text = _hailaer(2018).replace(MEETING + "\n", "", 1)
    text = text.replace("政府工作报告\n", "2018年锡林郭勒盟行政公署工作报告\n", 1)
    text = text.replace(SPEAKER, "锡林郭勒盟行政公署盟长　　杨国宏")
    md = _read(text).metadata
    assert (md.place, md.place_level, md.year, md.date) == ("锡林郭勒盟", "city", 2018, None)
    assert (md.speaker, md.speaker_role, md.title) == ("杨国宏", "盟长", "2018年锡林郭勒盟行政公署工作报告")


def test_a_meeting_line_by_the_short_name_names_the_place():
    """hailaer-2018 with its meeting line in the short form many reports use (在海拉尔区十五届人大二次会议上)
    and a speaker line without the government's name: the line gave the date only and the report was
    refused for want of a place the line writes."""
    text = _hailaer(2018).replace(MEETING, "——2018年3月7日在海拉尔区十五届人大二次会议上", 1)
    md = _read(text.replace(SPEAKER, "区长　　杨国宏", 1)).metadata
    assert (md.place, md.year, md.date, md.meeting) == ("海拉尔区", 2018, "2018-03-07", "十五届人大二次会议")
    assert (md.speaker, md.speaker_role) == ("杨国宏", "区长")


@pytest.mark.unit
def test_a_title_body_added_to_the_lexicon_is_read_in_the_title_and_its_place(monkeypatch):
    """The title's bodies come from metadata.yaml title_bodies alone: the title's place was read with its
    own copy of them in the code (政府|行政公署), so a body added to the list found the title but no place."""
    from policykg.extract.qlexicon import lexicon
    from policykg.structure import metadata

    bodies = metadata._title_bodies, metadata._title_pattern
    monkeypatch.setitem(lexicon("metadata"), "title_bodies", [*lexicon("metadata")["title_bodies"], "人民委员会"])
    for f in bodies:
        f.cache_clear()
    try:
        title = "1956年沛县人民委员会工作报告"
        assert metadata._title_pattern().search(title)["t"] == title
        assert metadata._title_place(title) == ["沛县"]
    finally:
        monkeypatch.undo()
        for f in bodies:
            f.cache_clear()
    assert metadata._title_place(title) is None and metadata._title_place("2018年锡林郭勒盟行政公署工作报告") == ["锡林郭勒盟"]
