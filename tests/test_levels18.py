"""Reports of other levels and years than the shipped ones (levels18): whose a figure is, scope words of every
level, renamed units, and a year the header gives twice or only at the end. One test per misreading fixed,
each on a shipped Hailar report turned into such a report by replacing the words that say its level or year."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.errors import InputError
from policykg.read import read_bytes

from quantity_helpers import quantities_in

DATA = Path(__file__).resolve().parents[1] / "data"
MEETING_2018 = "—2018年3月7日在海拉尔区第十五届人民代表大会第二次会议上"
SPEAKER_2018 = "海拉尔区人民政府区长　　杨国宏"
MEETING_2014 = "--2014年2月19日在海拉尔区第十四届人民代表大会第三次会议上"
SPEAKER_2014 = "海拉尔区人民政府区长　　杜联合"


def _hailaer(year: int) -> str:
    """A dev report (hailaer-2014, -2018), decoded from GB18030, its CRLF line ends as LF."""
    return (DATA / "corpus" / "hailaer" / f"hailaer-{year}.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")


def _read(text: str, **overrides):
    return read_bytes(text.encode("utf-8"), "variant.txt", **overrides)


def _report_of(year: int, place: str, speaker: str) -> str:
    """hailaer-<year> as the report of ``place``: its meeting line and speaker line name it."""
    text = _hailaer(year)
    meeting, old_speaker = (MEETING_2018, SPEAKER_2018) if year == 2018 else (MEETING_2014, SPEAKER_2014)
    assert meeting in text and old_speaker in text
    name = old_speaker.split("　")[-1]
    return text.replace(meeting, meeting.replace("海拉尔区", place), 1).replace(old_speaker, f"{speaker}　　{name}", 1)


def _quantities(text: str, sentences: str) -> list:
    return quantities_in(_read(text), sentences)


@pytest.mark.parametrize("place, speaker, level", [("锡林郭勒盟", "锡林郭勒盟行政公署盟长", "盟本级"),
                                                   ("大理白族自治州", "大理白族自治州人民政府州长", "州本级")])
def test_a_league_or_prefecture_own_level_of_government_reaches_its_concept(place, speaker, level):
    """hailaer-2014's 区本级固定资产投资 target in a league's or autonomous prefecture's report (盟本级, 州本级):
    the level word was unknown, so the target reached only the broad concept investment and was never paired
    with the same level's result, as a district's, city's or county's is."""
    from policykg.emit.concepts import match

    text = _report_of(2014, place, speaker).replace("区本级", level)
    sentence = f"{level}固定资产投资增长20%，达到108.8亿元"
    found = _quantities(text, sentence)
    assert {q.indicator for q in found} == {f"{level}固定资产投资"}
    assert {(match(q.indicator)[0].code, match(q.indicator)[1]) for q in found} == {("fixed-asset-investment", "exact")}


@pytest.mark.parametrize("place, speaker, scope", [("陈巴尔虎旗", "陈巴尔虎旗人民政府旗长", "我旗"),
                                                   ("锡林郭勒盟", "锡林郭勒盟行政公署盟长", "我盟"),
                                                   ("大理白族自治州", "大理白族自治州人民政府州长", "我州"),
                                                   ("沛县", "沛县人民政府县长", "本县"),
                                                   ("呼伦贝尔市", "呼伦贝尔市人民政府市长", "本市")])
def test_a_report_own_scope_word_is_no_part_of_a_figure_name(place, speaker, scope):
    """hailaer-2018's 全区96户177人建档立卡贫困人口… written by a banner, league, prefecture, county or city
    with its own scope word (我旗, 我盟, 我州, 本县, 本市): the word was kept as part of the figures' names."""
    text = _hailaer(2018)
    own = "。全区96户177人"
    assert own in text
    expected = [q.indicator for q in _quantities(text, own[1:])]
    variant = _report_of(2018, place, speaker).replace(own, f"。{scope}96户177人", 1)
    assert expected and [q.indicator for q in _quantities(variant, f"{scope}96户177人")] == expected


def test_a_county_report_quoting_its_province_and_city_targets_names_their_owners():
    """hailaer-2018 as a banner's report (陈巴尔虎旗) that quotes its province's and its city's growth target
    before its own, in the words of its own target line (地区生产总值增长6%左右): 全省 and 全市 were dropped as
    scope words, so the province's 7% and the city's 7.5% were the banner's targets beside its own, and a
    promise-vs-result check could pair them with the banner's result. They keep their owner in the name and
    reach the concept broadly (never paired); the banner's own target keeps its plain name."""
    from policykg.emit.concepts import match

    text = _report_of(2018, "陈巴尔虎旗", "陈巴尔虎旗人民政府旗长")
    own = "今年经济社会发展主要预期目标是：地区生产总值增长6%左右；"
    quoted = "全省地区生产总值增长7%左右，全市地区生产总值增长7.5%，我旗地区生产总值增长8%。"
    assert own in text
    found = _quantities(text.replace(own, quoted + own, 1), quoted)
    assert {(q.indicator, float(q.value)) for q in found} == {
        ("全省地区生产总值", 7.0), ("全市地区生产总值", 7.5), ("地区生产总值", 8.0)}
    assert {q.indicator: match(q.indicator)[1] for q in found} == {
        "全省地区生产总值": "broad", "全市地区生产总值": "broad", "地区生产总值": "exact"}
    district = _hailaer(2018).replace(own, quoted.replace("我旗", "全区"), 1)   # a district's 全区 is its own
    assert {q.indicator for q in _quantities(district, quoted.replace("我旗", "全区"))} == {
        "全省地区生产总值", "全市地区生产总值", "地区生产总值"}


def test_a_title_year_against_the_meeting_line_year_is_refused_naming_both():
    """hailaer-2018 titled 2017年海拉尔区政府工作报告 (the year of the review it opens with): the meeting line's
    2018 was taken silently. It is refused naming both years; --year decides, and a title of the meeting
    line's year is read as before."""
    text = _hailaer(2018)
    assert text.startswith("政府工作报告\n")
    wrong = text.replace("政府工作报告\n", "2017年海拉尔区政府工作报告\n", 1)
    with pytest.raises(InputError, match=r"the title names the year 2017, the meeting or date line 2018; "
                                         r"give --year 2018 or --year 2017"):
        _read(wrong)
    assert (_read(wrong, year=2018).metadata.year, _read(wrong, year=2018).metadata.date) == (2018, "2018-03-07")
    right = _read(text.replace("政府工作报告\n", "2018年海拉尔区政府工作报告\n", 1)).metadata
    assert (right.year, right.title) == (2018, "2018年海拉尔区政府工作报告")


@pytest.mark.parametrize("date", ["2018年3月7日", "二〇一八年三月七日"])
def test_a_year_written_only_in_the_closing_date_dates_the_report(date):
    """hailaer-2018 with an undated meeting line and the date under the government's name at its end (as
    reports are signed): it was refused for want of a year."""
    text = _hailaer(2018).replace(MEETING_2018, "—在海拉尔区第十五届人民代表大会第二次会议上", 1)
    md = _read(text.rstrip() + f"\n\n海拉尔区人民政府\n{date}\n").metadata
    assert (md.place, md.year, md.date) == ("海拉尔区", 2018, "2018-03-07")
    with pytest.raises(InputError, match="no year found"):
        _read(text.rstrip() + f"\n\n{date}，我们迎来了新的一年。\n")   # a date in a sentence is no signature


@pytest.mark.parametrize("meeting_place, code", [("襄樊市", "420600"), ("大同市城区", "140213"),
                                                 ("柳州地区忻城县", "451321"), ("呼伦贝尔盟", "150700")])
def test_a_unit_renamed_or_moved_since_its_report_has_today_code(meeting_place, code):
    """hailaer-2014 as the report of a unit renamed or moved since (襄樊市 → 襄阳市 in 2010, 大同市城区 → 平城区
    in 2018, 柳州地区's 忻城县 under 来宾市 since 2002; renames.tsv from jionlp's change file) or of a league
    since made a city of its name (呼伦贝尔盟 → 呼伦贝尔市 in 2001, as a 地区 was): no code, level or province,
    since the name is not today's and its stem with another suffix named nothing."""
    from policykg.divisions import resolve_jurisdiction

    md = _read(_hailaer(2014).replace("海拉尔区第十四届", meeting_place + "第十四届", 1)).metadata
    found = resolve_jurisdiction(md.place, md.place_parents)
    assert found is not None and found.code == code
    assert resolve_jurisdiction("城区", ["天津市"]) is None   # a name several units bore is resolved by its parent only


@pytest.mark.parametrize("name", ["郊区", "桥西区"])
def test_a_name_several_units_bear_today_is_not_taken_for_a_renamed_one(name):
    """hailaer-2014 as the report of a 郊区 or a 桥西区 whose meeting line names no parent (as Hailar's names
    none): four units bear 郊区 today (阳泉, 佳木斯, 铜陵, and 长治's till 2018), so the one renames.tsv maps to
    潞州区 was taken, and 邢台's former 桥西区 for Shijiazhuang's or Zhangjiakou's. Several of today's units
    bear the name, so none is chosen."""
    from policykg.divisions import resolve_jurisdiction

    md = _read(_hailaer(2014).replace("海拉尔区第十四届", name + "第十四届", 1)).metadata
    assert (md.place, md.place_parents) == (name, [])
    assert resolve_jurisdiction(md.place, md.place_parents) is None


@pytest.mark.parametrize("meeting_place", ["长治市城区", "长治市郊区", "烟台市长岛县", "伊春市伊春区"])
def test_units_merged_into_one_are_not_that_one(meeting_place):
    """hailaer-2014 as the report of a unit merged with others since (长治市's 城区 and 郊区 into 潞州区 in 2018,
    长岛县 into 烟台市蓬莱区 in 2020, 伊春区 with 乌马河区 and 美溪区 into 伊美区 in 2019): each took the merged
    division's code, so two units' reports of one year were one jurisdiction. A renamed one keeps today's."""
    from policykg.divisions import resolve_jurisdiction

    md = _read(_hailaer(2014).replace("海拉尔区第十四届", meeting_place + "第十四届", 1)).metadata
    assert md.place_parents and resolve_jurisdiction(md.place, md.place_parents) is None
    assert resolve_jurisdiction("城区", ["大同市"]).code == "140213"     # renamed 平城区, merged with none


def test_a_place_given_without_its_unit_word_keeps_its_own_figures_unnamed_by_scope():
    """hailaer-2014 read with --place 海拉尔 (a name without 区, as the CLI accepts): its last character 尔 was
    taken for its unit, so its own 全区 figures (全区卫生保洁面积达到555万平方米) were named as another unit's
    (全区卫生保洁面积) and never compared with its own results."""
    text = _hailaer(2014)
    for place in ("海拉尔", None):
        got = [q.indicator for q in quantities_in(_read(text, place=place), "全区卫生保洁面积", reach=20)]
        assert got == ["卫生保洁面积"], (place, got)


@pytest.mark.parametrize("meeting_place", ["伊春区", "邢台县"])
def test_a_county_level_unit_gone_since_is_not_the_prefecture_of_its_stem(meeting_place):
    """hailaer-2014 as the report of a district or county abolished since (伊春区 merged into 伊美区 in 2019, 邢台县
    into 信都区 in 2020), its meeting line naming no parent: the stem rule took the prefecture of the same stem
    (伊春市 230700, 邢台市 130500), a county's report then one with the city's own. A 县, 市 or 区 becomes a unit of
    its own level only; a 地区 or 盟 a prefecture."""
    from policykg.divisions import resolve_jurisdiction

    md = _read(_hailaer(2014).replace("海拉尔区第十四届", meeting_place + "第十四届", 1)).metadata
    assert (md.place, md.place_parents) == (meeting_place, [])
    assert resolve_jurisdiction(md.place, md.place_parents) is None
    assert resolve_jurisdiction("静海县", ["天津市"]).code == "120118"     # a county since made a district still is
