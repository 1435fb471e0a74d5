"""place31: the place of a title-only report read from its body (structure/body_place.py), on variants of dev reports
(hailaer-2013/2014/2018, anhui-2026) and sentences of our own; scripts/place_check31.py measures 88 such variants. One
test per misreading fixed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.divisions import resolve_jurisdiction
from policykg.errors import InputError
from policykg.read import read_bytes

DATA = Path(__file__).resolve().parents[1] / "data"
pytestmark = pytest.mark.unit
# 区 as the word of the district's own government (区委, 区政府 …), and its scope words (全区, 我区, 本区)
_OWN = re.compile(r"(?<![社园城治发景矿林牧街辖新市省])区(?=委|政府|长|人大|人民|政协|本级|直)")
_SCOPE = re.compile(r"(全|我|本)区(?!域|间|位|块|别|分)")


def _hailaer(year: int) -> str:
    """A dev report under a title only, its opening naming the level alone (我代表区人民政府)."""
    text = (DATA / "corpus" / "hailaer" / f"hailaer-{year}.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")
    body = "各位代表" + text.partition("各位代表")[2]
    return f"{year}年政府工作报告\n\n" + body.replace("我代表海拉尔区人民政府向大会", "我代表区人民政府向大会", 1)


def _unnamed(text: str) -> str:
    """The sentences only its own government says, worded without its name (我代表人民政府, 关心支持建设和发展)."""
    return re.sub(r"我代表海拉尔区(?=人民政府)", "我代表", re.sub(r"(?<=支持)海拉尔(?=建设)", "", text))


def _as(text: str, char: str, name: str, short: str) -> str:
    """A Hailar report as a county's or city's (``char``: 县, 市) named ``name`` and ``short``."""
    text = _SCOPE.sub(lambda m: m[1] + char, _OWN.sub(char, text))
    return text.replace("海拉尔区", name).replace("海拉尔", short)


def _said(text: str, sentence: str, times: int) -> str:
    """``sentence`` said ``times`` times right after the opening sentence."""
    at = text.index("\n", text.index("各位代表") + 30)
    return text[:at] + "\n" + sentence * times + text[at:]


def _read(text: str):
    """(place, code, the text its span points at) as a build reads the report."""
    md = read_bytes(text.encode("utf-8"), "report.txt").metadata
    found = resolve_jurisdiction(md.place, md.place_parents)
    span = md.spans["place"]
    return md.place, found and found.code, text[span.start:span.end]


def _refused(text: str) -> None:
    with pytest.raises(InputError, match="no place"):
        read_bytes(text.encode("utf-8"), "report.txt")


def test_a_neighbour_named_more_than_twice_as_often_is_not_the_place():
    """hailaer-2013 (我代表区政府) saying 扎赉诺尔区煤炭产业转型稳步推进 2.5 times as often as it names Hailar was read as
    扎赉诺尔区's report (review26 left it). Its own government's sentences name it (在此，我代表海拉尔区人民政府向区人大
    代表…, 向关心、支持海拉尔建设和发展的…): they decide. Worded without the name, the counts cannot tell the own
    district from its neighbour, named often by its short name beside it: refused."""
    text = _hailaer(2013)
    crowded = _said(text, "扎赉诺尔区煤炭产业转型稳步推进。", 40)
    assert crowded.count("扎赉诺尔区") > 2 * crowded.count("海拉尔")
    assert _read(crowded)[:2] == ("海拉尔区", "150702")
    _refused(_said(_unnamed(text), "扎赉诺尔区煤炭产业转型稳步推进。", 40))


def test_the_unit_a_county_level_city_s_body_names_beside_it_is_not_its_place():
    """The same for a county-level city (满洲里市, 我代表市人民政府) whose body names its neighbour 牙克石市 more: read as
    牙克石市 before; by its own government's sentences 满洲里市 now, refused without them."""
    text = _as(_hailaer(2018), "市", "满洲里市", "满洲里")
    assert "我代表市人民政府向大会" in text
    assert _read(_said(text, "牙克石市林业转型加快。", 50))[:2] == ("满洲里市", "150781")
    _refused(_said(_unnamed(_as(_unnamed(_hailaer(2018)), "市", "满洲里市", "满洲里")), "牙克石市林业转型加快。", 50))


@pytest.mark.parametrize("sentence, name", [("市政府和县委高度重视。", "和县"), ("提高县财政保障能力。", "高县")])
def test_a_one_character_stem_inside_ordinary_words_is_no_mention(sentence, name):
    """A county's report naming itself only by 全县/我县, saying 市政府和县委 or 提高县财政 four times: 和县 (Anhui's) and
    高县 (Sichuan's) were read as its place. The tagger's words there are 和 + 县委 and 提高 + 县: no word ends with the
    name, so no mention."""
    text = _SCOPE.sub(lambda m: m[1] + "县", _OWN.sub("县", _hailaer(2013))).replace("海拉尔区", "我县")
    text = _said(text.replace("海拉尔", "我县"), sentence, 4)
    assert text.count(name) >= 4 and "我代表县政府" in text
    _refused(text)


def test_a_name_inside_an_ordinary_word_is_no_mention():
    """A city's report naming itself by 全市/我市 only and saying 保障供应城市居民的蔬菜 four times was read as 应城市's
    (Hubei): 供应 + 城市, no mention of 应城市."""
    text = _SCOPE.sub(lambda m: m[1] + "市", _OWN.sub("市", _hailaer(2013))).replace("海拉尔区", "我市")
    text = _said(text.replace("海拉尔", "我市"), "保障供应城市居民的蔬菜。", 4)
    assert text.count("应城市") == 4 and "我代表市政府" in text
    _refused(text)


def test_the_place_s_span_points_at_the_mention_that_decided_it():
    """The span pointed at the first occurrence of the name, counted or not: anhui-2026 under a title only pointed at
    中共安徽省委 (a word of its own, no mention counted), hailaer-2018 at 海拉尔区域 (海拉尔区 + 域). It points at the
    sentence of its own government that decided it, else at the first mention counted."""
    anhui = (DATA / "corpus" / "provincial-2026" / "anhui-2026.txt").read_text(encoding="utf-8")
    anhui = "2026年政府工作报告\n\n各位代表" + anhui.partition("各位代表")[2]
    md = read_bytes(anhui.encode("utf-8"), "report.txt").metadata
    span = md.spans["place_body"]
    assert (md.place, anhui[span.start - 4:span.end + 4]) == ("安徽省", "关心支持安徽改革发展")
    text = _said(_unnamed(_hailaer(2018)), "海拉尔区域中心城市地位稳固。", 1)
    place, code, quote = _read(text)
    md = read_bytes(text.encode("utf-8"), "report.txt").metadata
    at = md.spans["place"].start
    assert (place, quote) == ("海拉尔区", "海拉尔区") and text[at:at + 5] != "海拉尔区域"


@pytest.mark.parametrize("char, name, short, code, neighbour", [
    ("县", "密云县", "密云", "110118", "兴隆县与我县共建生态屏障。"),
    ("市", "襄樊市", "襄樊", "420600", "荆门市与我市合作共建。")])
def test_an_older_report_s_unit_by_the_name_of_its_year(char, name, short, code, neighbour):
    """A 2008 report of 密云县 (since 2015 密云区) or a 2004 one of 襄樊市 (since 2010 襄阳市) under a title only: their
    own names are no division of today's gazetteer, so they were refused, or read as the neighbour the body names four
    times (荆门市). The names a report of their year writes are read (renames.tsv; 县 since made 区 or 市) as
    today's division, its code."""
    text = _as(_hailaer(2018), char, name, short).replace("2018年政府工作报告", "2008年政府工作报告")
    assert _read(_said(text, neighbour, 4))[:2] == (name, code)


def test_an_opening_naming_a_district_never_reads_the_autonomous_region():
    """我代表区人民政府 is a district's (an autonomous region's says 我代表自治区人民政府): a Hailar body naming 内蒙古自治区
    2.5 times as often as Hailar, its own sentences unnamed, was read as the region's report. Refused now."""
    text = _said(_unnamed(_hailaer(2013)), "内蒙古自治区党委高度重视。", 40)
    assert "我代表区政府" in text
    _refused(text)
