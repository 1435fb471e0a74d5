"""The variants of scripts/place_check31.py (place31): title-only reports made from dev text (hailaer-2013/2014/2018,
jinghai-2021, the 24 provincial dev reports), whose place the reader can only take from the body, each with the place
it should read (None: it should be refused, the body naming no unit clearly). No test-split report is read."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the variants of levels19 and levels30, beside this script

from levels19_variants import hailaer, jinghai  # noqa: E402
from levels_variants30 import BACK_TEN, Unit, as_unit, provincial, shift, title_only  # noqa: E402

DEV_PROVINCES = ("anhui", "chongqing", "fujian", "guangdong", "guangxi", "guizhou", "hainan", "hebei", "heilongjiang",
                 "hubei", "hunan", "jiangsu", "jiangxi", "jilin", "liaoning", "neimenggu", "ningxia", "qinghai",
                 "shandong", "shanghai", "shanxi", "sichuan", "xinjiang", "yunnan")
# the opening naming Hailar's government: a title-only report's names only the level (我代表区人民政府)
_OPENING = re.compile(r"我代表海拉尔区人民政府(?=向大会)")


@dataclass
class Variant:
    make: Callable[[], str]
    place: str | None      # its place (the name as written), None: its text names none (it should be refused)
    code: str | None = None


def level_only(text: str) -> str:
    """The opening names the level only (我代表区人民政府), as hailaer-2013's does (我代表区政府)."""
    return _OPENING.sub("我代表区人民政府", text, count=1)


def no_thanks(text: str) -> str:
    """The sentences only its own government says (向所有关心支持海拉尔建设和发展的…, 我代表海拉尔区人民政府向区人大代表…)
    worded without the name they give: only the counts of the body's mentions are left to tell its place."""
    return no_own(text)


def title_body(year: int, unit: Unit | None = None, delta: int = 0) -> str:
    """hailaer-``year`` as ``unit``'s report (Hailar's, none given) headed by a title only, its opening naming the
    level only; its years moved by ``delta``."""
    text = level_only(hailaer(year))
    text = shift(text, delta, BACK_TEN) if delta else text
    text = as_unit(text, unit) if unit else text
    return title_only(text, f"{year + delta}年政府工作报告")


def said(text: str, sentence: str, times: int) -> str:
    """``sentence`` said ``times`` times, in the review's first paragraph after the opening."""
    at = text.index("\n", text.index("各位代表") + 30)
    return text[:at] + "\n" + sentence * times + text[at:]


def naming(text: str, name: str) -> int:
    return text.count(name)


HAILAR = lambda y: title_body(y)   # noqa: E731
LINXI = Unit("林西县", "赤峰市", "县", short="林西")
MANZHOULI = Unit("满洲里市", "", "市", short="满洲里")
MIYUN = Unit("密云县", "北京市", "县", short="密云")
XIANGFAN = Unit("襄樊市", "湖北省", "市", short="襄樊")
NEIGHBOUR = "扎赉诺尔区煤炭产业转型稳步推进。"


def dominated(base: Callable[[], str], sentence: str, share: float, thanks: bool = True,
              short: str = "海拉尔") -> Callable[[], str]:
    """``base`` with ``sentence`` (naming a neighbour) said ``share`` times as often as the body names its own unit."""
    def make() -> str:
        text = base() if thanks else no_thanks(base())
        return said(text, sentence, int(share * naming(text.partition("各位代表")[2], short)) + 1)
    return make


def county(year: int) -> str:
    """hailaer-``year`` as 林西县's title-only report (its body names 林西县 and 林西)."""
    return title_body(year, LINXI)


def jinghai_title() -> str:
    return title_only(jinghai(), "2021年政府工作报告")


def as_county_unnamed(text: str) -> str:
    """A district's report as a county's naming itself by 全县/我县 only (no name): 区 of its own government → 县."""
    text = re.sub(r"(?<![社园城治发景矿林牧街辖新市省])区(?=委|政府|长|人大|人民|政协|本级|直)", "县", text)
    text = re.sub(r"(全|我|本)区(?!域|间|位|块|别|分)", r"\1县", text)
    return text.replace("海拉尔区", "我县").replace("海拉尔", "我县")


VARIANTS: dict[str, Variant] = {
    # the body names the own unit most (levels30's title-body variants): read as before
    "own-2013": Variant(lambda: HAILAR(2013), "海拉尔区", "150702"),
    "own-2014": Variant(lambda: HAILAR(2014), "海拉尔区", "150702"),
    "own-2018": Variant(lambda: HAILAR(2018), "海拉尔区", "150702"),
    "own-county-2013": Variant(lambda: county(2013), "林西县", "150424"),
    "own-county-city-2018": Variant(lambda: title_body(2018, MANZHOULI).replace("我代表区人民政府", "我代表市人民政府"),
                                    "满洲里市", "150781"),
    # a neighbour of the same kind named 2.5 times as often as the own unit (review26's open case)
    "neighbour-2013": Variant(dominated(lambda: HAILAR(2013), NEIGHBOUR, 2.5), "海拉尔区", "150702"),
    "neighbour-2018": Variant(dominated(lambda: HAILAR(2018), NEIGHBOUR, 2.5), "海拉尔区", "150702"),
    "neighbour-nothanks-2013": Variant(dominated(lambda: HAILAR(2013), NEIGHBOUR, 2.5, thanks=False), "海拉尔区",
                                       "150702"),
    "neighbour-nothanks-2018": Variant(dominated(lambda: HAILAR(2018), NEIGHBOUR, 2.5, thanks=False), "海拉尔区",
                                       "150702"),
    "neighbour-county-2013": Variant(dominated(lambda: county(2013), "宁城县设施农业加快发展。", 2.5, short="林西"),
                                     "林西县", "150424"),
    "neighbour-county-nothanks-2013": Variant(dominated(lambda: county(2013), "宁城县设施农业加快发展。", 2.5,
                                                        thanks=False, short="林西"), "林西县", "150424"),
    "neighbour-county-city-2018": Variant(dominated(
        lambda: title_body(2018, MANZHOULI).replace("我代表区人民政府", "我代表市人民政府"), "牙克石市林业转型加快。",
        2.5, short="满洲里"), "满洲里市", "150781"),
    "neighbour-county-city-nothanks-2018": Variant(dominated(
        lambda: title_body(2018, MANZHOULI).replace("我代表区人民政府", "我代表市人民政府"), "牙克石市林业转型加快。",
        2.5, thanks=False, short="满洲里"), "满洲里市", "150781"),
    # the unit above (the autonomous region: a 区 too) named 2.5 times as often: refused, as before
    "region-above-nothanks-2013": Variant(dominated(lambda: HAILAR(2013), "内蒙古自治区党委高度重视。", 2.5,
                                                    thanks=False), "海拉尔区", "150702"),
    # jinghai names 静海区 in full only in its header, 静海 in its body: a neighbour named 5 times is not it
    "short-own-neighbour-2021": Variant(lambda: said(jinghai_title(), "西青区与我区共建产业园。", 5), "静海区", "120118"),
    "short-own-neighbour-nothanks-2021": Variant(lambda: said(no_thanks(jinghai_title()),
                                                              "西青区与我区共建产业园。", 5), "静海区", "120118"),
    "short-own-2021": Variant(jinghai_title, "静海区", "120118"),
    # a one-character-stem county inside ordinary words: 市政府和县委 (和县), 提高县财政 (高县), 振兴县域 (兴县)
    "short-stem-hexian": Variant(lambda: said(as_county_unnamed(HAILAR(2013)), "市政府和县委高度重视。", 4), None),
    "short-stem-gaoxian": Variant(lambda: said(as_county_unnamed(HAILAR(2013)), "提高县财政保障能力。", 4), None),
    "short-stem-county-2013": Variant(lambda: said(county(2013), "市政府和县委高度重视，提高县财政保障能力。", 3),
                                      "林西县", "150424"),
    # a name inside ordinary words (供应城市: 应城市) or one that is an ordinary word (矿区, 平房区, 老城区)
    "word-yingcheng": Variant(lambda: said(as_city_unnamed(HAILAR(2013)), "保障供应城市居民的蔬菜。", 4), None),
    "word-kuangqu-2013": Variant(dominated(lambda: HAILAR(2013), "矿区生态修复全面推进。", 2.5), "海拉尔区", "150702"),
    "word-kuangqu-nothanks-2013": Variant(dominated(lambda: HAILAR(2013), "矿区生态修复全面推进。", 2.5,
                                                    thanks=False), "海拉尔区", "150702"),
    "word-pingfang-nothanks-2018": Variant(dominated(lambda: HAILAR(2018), "完成平房区改造。", 2.5, thanks=False),
                                           "海拉尔区", "150702"),
    "word-laocheng-2018": Variant(dominated(lambda: HAILAR(2018), "老城区更新改造加快。", 2.5), "海拉尔区", "150702"),
    "word-short-jilin-2013": Variant(lambda: said(county(2013), "吉林西部的客商来我县考察。", 20), "林西县", "150424"),
    # reports of 2001–2016 naming their unit by the name of their year (密云县 since made 密云区, 襄樊市 since 襄阳市)
    "old-name-2008": Variant(lambda: title_body(2018, MIYUN, -10).replace("我代表区人民政府", "我代表县人民政府"),
                             "密云县", "110118"),
    "old-name-neighbour-2008": Variant(lambda: said(title_body(2018, MIYUN, -10).replace(
        "我代表区人民政府", "我代表县人民政府"), "兴隆县与我县共建生态屏障。", 4), "密云县", "110118"),
    "old-name-neighbour-nothanks-2008": Variant(lambda: said(no_thanks(title_body(2018, MIYUN, -10).replace(
        "我代表区人民政府", "我代表县人民政府")), "兴隆县与我县共建生态屏障。", 4), "密云县", "110118"),
    "old-city-2004": Variant(lambda: title_body(2014, XIANGFAN, -10).replace("我代表区人民政府", "我代表市人民政府"),
                             "襄樊市", "420600"),
    "old-city-neighbour-2004": Variant(lambda: said(title_body(2014, XIANGFAN, -10).replace(
        "我代表区人民政府", "我代表市人民政府"), "荆门市与我市合作共建。", 4), "襄樊市", "420600"),
    "old-district-2000": Variant(lambda: title_body(2014, Unit("海拉尔市", "呼伦贝尔盟", "市", short="海拉尔"), -14),
                                 "海拉尔市", "150702"),
    "old-league-2000": Variant(lambda: title_body(2014, Unit("呼伦贝尔盟", "内蒙古自治区", "盟", "行政公署", "盟长",
                                                              short="呼伦贝尔"), -14), "呼伦贝尔盟", "150700"),
    "county-2006": Variant(lambda: title_body(2018, LINXI, -12).replace("我代表区人民政府", "我代表县人民政府"),
                           "林西县", "150424"),
}


def as_city_unnamed(text: str) -> str:
    """A district's report as a prefecture-level city's naming itself by 全市/我市 only."""
    text = re.sub(r"(?<![社园城治发景矿林牧街辖新市省])区(?=委|政府|长|人大|人民|政协|本级|直)", "市", text)
    text = re.sub(r"(全|我|本)区(?!域|间|位|块|别|分)", r"\1市", text)
    return text.replace("海拉尔区", "我市").replace("海拉尔", "我市")


def dev_title_only() -> dict[str, Variant]:
    """Each dev report cut to a title-only header (levels30's measure): its place as its header reads it."""
    from policykg.read import read_bytes

    out = {}
    bases = {f"hailaer-{y}": (lambda y=y: hailaer(y)) for y in (2013, 2014, 2018)}
    bases["jinghai-2021"] = jinghai
    bases.update({f"{n}-2026": (lambda n=n: provincial(f"{n}-2026")) for n in DEV_PROVINCES})
    for name, base in bases.items():
        md = read_bytes(base().encode("utf-8"), "report.txt").metadata
        make = (lambda base=base, year=md.year: _cut(base(), year))
        out[f"dev-{name}"] = Variant(make, md.place)
        out[f"dev-nothanks-{name}"] = Variant(lambda make=make: no_own(make()), md.place)
    return out


def no_own(text: str) -> str:
    """The sentences of the report's own government (metadata.yaml body_place own_mentions) without the name they
    give (向关心支持改革发展的…, 我代表人民政府…): only the counts of the body's mentions are left to tell its place."""
    from policykg.resources import load_yaml

    lexicon = Path(__file__).resolve().parents[1] / "policykg" / "data" / "lexicons" / "metadata.yaml"
    for pattern in load_yaml(lexicon.read_text(encoding="utf-8"), str(lexicon))["body_place"]["own_mentions"]:
        text = re.sub(pattern, lambda m: m[0][:m.start("name") - m.start()] + m[0][m.end("name") - m.start():], text)
    return text


def _cut(text: str, year: int) -> str:
    """The report under a title only, its opening naming the level only (我代表省人民政府, 我代表自治区人民政府 …)."""
    text = title_only(text, f"{year}年政府工作报告")
    return re.sub(r"(?<=我代表)[^，。]{2,12}?(?=(?:人民政府|政府)[，,]?\s*向大会)",
                  lambda m: "自治区" if m[0].endswith("自治区") else m[0][-1] if m[0][-1] in "省市区县" else m[0], text,
                  count=1)
