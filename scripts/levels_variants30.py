"""The variants of scripts/levels_check.py (levels30): dev reports (hailaer-2013/2014/2018, jinghai-2021, hebei-2026)
with the words that say their place, level or year replaced consistently, each with what it should read as."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))  # levels19_variants, beside this script

from levels19_variants import hailaer, jinghai  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"
# 区 as the word of Hailar's own government (区委, 区政府, 区长, 区人大 …), not of 社区/园区/自治区/城区
_OWN_DISTRICT = re.compile(r"(?<![社园城治发景矿林牧街辖新市省])区(?=委|政府|长|人大|人民|政协|本级|直)")


@dataclass
class Unit:
    """The unit a district report is presented as: its name, the units above it the meeting line writes, the
    character of its own government (市委, 县长, 全县) and the words its government and head are called by."""
    name: str
    parents: str = ""
    char: str = "区"
    government: str = "人民政府"
    head: str = ""
    short: str = ""       # its short name, put for 海拉尔 where the body names Hailar so (else 海拉尔 stays)
    own: str = ""         # the word of its own government before 委/政府/长 … when not ``char`` (a 地区's 地: 地委)

    def __post_init__(self):
        self.head = self.head or self.char + "长"


def as_unit(text: str, u: Unit) -> str:
    """A Hailar report as ``u``'s: meeting and speaker lines, its name, its government's and its scope words."""
    text = re.sub(r"在海拉尔区(第?十)", lambda m: f"在{u.parents}{u.name}{m[1]}", text, count=1)
    text = text.replace("海拉尔区人民政府区长", f"{u.name}{u.government}{u.head}", 1).replace("海拉尔区", "\0")
    text = text.replace("海拉尔", u.short) if u.short else text
    if u.char != "区":
        text = _OWN_DISTRICT.sub(u.own or u.char, text)
        text = re.sub(r"(全|我|本)区(?!域|间|位|块|别|分)", lambda m: m[1] + u.char, text)
    return text.replace("\0", u.name)


def shift(text: str, delta: int, plans: dict[str, str]) -> str:
    """Every 19xx/20xx年 moved by ``delta`` years and the plan names replaced at once (十三五→十五 and 十四五→十一五
    together, neither replacing the other's result)."""
    if plans:
        text = re.sub("|".join(sorted(plans, key=len, reverse=True)), lambda m: plans[m[0]], text)
    return re.sub(r"(?<!\d)((?:19|20)\d\d)(?=\s*年)", lambda m: str(int(m[1]) + delta), text)


def county_from_jinghai(text: str, name: str, province: str, city: str) -> str:
    """jinghai-2021 as a county's report: place, speaker's title and own scope words."""
    text = text.replace("天津市静海区", province + city + name).replace("静海区", name).replace("区长", "县长")
    return re.sub(r"(全|我|本)区(?!域|间|位|块|别|分)", r"\1县", text).replace("区委", "县委").replace("区政府", "县政府")


def city_from_jinghai(text: str, name: str, province: str) -> str:
    text = text.replace("天津市静海区", province + name).replace("静海区", name).replace("区长", "市长")
    return re.sub(r"(全|我|本)区(?!域|间|位|块|别|分)", r"\1市", text).replace("区委", "市委").replace("区政府", "市政府")


def title_only(text: str, title: str) -> str:
    """A header of one title line: the meeting and speaker lines taken out, the place named only in the body."""
    head, sep, body = text.partition("各位代表")
    return f"{title}\n\n{sep}{body}"


def provincial(name: str) -> str:
    return (DATA / "corpus" / "provincial-2026" / f"{name}.txt").read_text(encoding="utf-8")


@dataclass
class Variant:
    base: str                      # the dev report it is made from
    words: Callable[[str], str]    # the words replaced, in its text and in the names of its figures
    place: str | None              # the jurisdiction it should read (None: refused, asking for --place)
    code: str | None               # its GB/T 2260 code
    level: str | None              # its node's level
    year: int | None
    delta: int = 0                 # years every date and period moved
    header: Callable[[str], str] = lambda text: text   # then its header rewritten (the text only)

    def make(self) -> str:
        return self.header(self.words(BASES[self.base]()))


def without_parts(text: str) -> str:
    """The report with its part headings (一、…) taken out: its parts are then read from their openings."""
    return re.sub(r"^[一二三四五六七八九十]、.*\n", "", text, flags=re.M)


BASES = {"hailaer-2013": lambda: hailaer(2013), "hailaer-2014": lambda: hailaer(2014),
         "hailaer-2018": lambda: hailaer(2018), "jinghai-2021": jinghai, "hebei-2026": lambda: provincial("hebei-2026"),
         "jinghai-2021-noparts": lambda: without_parts(jinghai())}
CHIFENG = Unit("赤峰市", "内蒙古自治区", "市")
LINXI = Unit("林西县", "赤峰市", "县")
LINXI_SHORT = Unit("林西县", "赤峰市", "县", short="林西")
MANZHOULI = Unit("满洲里市", "", "市")
MANZHOULI_SHORT = Unit("满洲里市", "", "市", short="满洲里")
XILINGOL = Unit("锡林郭勒盟", "", "盟", "行政公署", "盟长")
YANBIAN = Unit("延边朝鲜族自治州", "吉林省", "州")
WANZHOU = Unit("万州区", "重庆市")
PUDONG = Unit("浦东新区", "上海市")
KASHGAR = Unit("喀什地区", "新疆维吾尔自治区", "地区", "行政公署", "专员", own="地")
KASHGAR_SHORT = Unit("喀什地区", "新疆维吾尔自治区", "地区", "行政公署", "专员", short="喀什", own="地")
HUIXIAN = Unit("辉县市", "河南省新乡市", "市")
MANGSHI = Unit("芒市", "云南省德宏傣族景颇族自治州", "市")
SHAXIAN = Unit("沙县区", "福建省三明市")
LONG_NAME = Unit("镇沅彝族哈尼族拉祜族自治县", "", "县")
TO_2001 = {"十二五": "八五", "十三五": "九五", "十四五": "十五"}
TO_2006 = {"十二五": "九五", "十三五": "十五", "十四五": "十一五"}
TO_2011 = {"十二五": "十五", "十三五": "十一五", "十四五": "十二五"}
TO_2016 = {"十二五": "十一五", "十三五": "十二五", "十四五": "十三五"}
BACK_TEN = {"十一五": "九五", "十二五": "十五", "十三五": "十一五", "十四五": "十二五"}
HEBEI_2016 = {"十三五": "十一五", "十四五": "十二五", "十五五": "十三五"}
unit = lambda u: lambda text: as_unit(text, u)   # noqa: E731


def cn_date(text: str) -> str:
    """The meeting line's date in Chinese numerals (二〇一四年二月十九日), as older reports write it."""
    digits = dict(zip("0123456789", "〇一二三四五六七八九"))

    def cn(n: str, day: bool) -> str:
        k = int(n)
        if not day:
            return "".join(digits[c] for c in n)
        return (("" if k < 20 else digits[str(k // 10)]) + "十" if k >= 10 else "") + (digits[str(k % 10)] if k % 10 else "")
    return re.sub(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?=在)",
                  lambda m: f"{cn(m[1], False)}年{cn(m[2], True)}月{cn(m[3], True)}日", text, count=1)


def headings(*labels: str, unquote: bool = False) -> Callable[[str], str]:
    """The three parts of a jinghai-2021 variant headed as reports of its time headed them (一、2010年和“十一五”时期工作
    回顾 …); with ``unquote`` the plan names written without quotes (十五期间), as some reports write them."""
    def rewrite(text: str) -> str:
        for n, label in zip("一二三", labels):
            text = re.sub(rf"^{n}、.*$", f"{n}、{label}", text, count=1, flags=re.M)
        return re.sub(r"“(十[一二三四五]?五)”", r"\1", text) if unquote else text
    return rewrite


ERA_2001 = headings("2000年和“九五”期间工作回顾", "“十五”计划的主要目标和任务", "2001年工作安排")
ERA_2006 = headings("2005年和“十五”期间工作回顾", "“十一五”时期的奋斗目标和主要任务", "2006年工作安排", unquote=True)
ERA_2011 = headings("2010年和“十一五”时期工作回顾", "“十二五”时期经济社会发展的主要目标和任务", "2011年主要工作")
ERA_2016 = headings("2015年和“十二五”时期工作回顾", "“十三五”时期的主要目标任务", "2016年重点工作")


VARIANTS: dict[str, Variant] = {
    "city-2014": Variant("hailaer-2014", unit(CHIFENG), "赤峰市", "150400", "city", 2014),
    "city-2013": Variant("hailaer-2013", unit(CHIFENG), "赤峰市", "150400", "city", 2013),
    "county-2014": Variant("hailaer-2014", unit(LINXI), "林西县", "150424", "county", 2014),
    "county-city-2018": Variant("hailaer-2018", unit(MANZHOULI), "满洲里市", "150781", "county", 2018),
    "county-city-huixian-2014": Variant("hailaer-2014", unit(HUIXIAN), "辉县市", "410782", "county", 2014),
    "county-city-mangshi-2018": Variant("hailaer-2018", unit(MANGSHI), "芒市", "533103", "county", 2018),
    "district-shaxian-2014": Variant("hailaer-2014", unit(SHAXIAN), "沙县区", "350427", "district", 2014),
    "prefecture-2014": Variant("hailaer-2014", unit(KASHGAR), "喀什地区", "653100", "city", 2014),
    "league-2014": Variant("hailaer-2014", unit(XILINGOL), "锡林郭勒盟", "152500", "city", 2014),
    "autonomous-pref-2018": Variant("hailaer-2018", unit(YANBIAN), "延边朝鲜族自治州", "222400", "city", 2018),
    "muni-district-2014": Variant("hailaer-2014", unit(WANZHOU), "万州区", "500101", "district", 2014),
    "new-area-2018": Variant("hailaer-2018", unit(PUDONG), "浦东新区", "310115", "district", 2018),
    "county-2006": Variant("jinghai-2021", lambda t: county_from_jinghai(shift(t, -15, TO_2006), "肥西县", "安徽省",
                                                                        "合肥市"), "肥西县", "340123", "county", 2006, -15),
    "county-2011": Variant("jinghai-2021", lambda t: county_from_jinghai(shift(t, -10, TO_2011), "肥西县", "安徽省",
                                                                        "合肥市"), "肥西县", "340123", "county", 2011, -10),
    "city-2016": Variant("jinghai-2021", lambda t: city_from_jinghai(shift(t, -5, TO_2016), "廊坊市", "河北省"),
                         "廊坊市", "131000", "city", 2016, -5),
    "county-2008": Variant("hailaer-2018", lambda t: as_unit(shift(t, -10, BACK_TEN), LINXI), "林西县", "150424",
                           "county", 2008, -10),
    "city-2004": Variant("hailaer-2014", lambda t: as_unit(shift(t, -10, BACK_TEN), CHIFENG), "赤峰市", "150400", "city",
                         2004, -10),
    "province-2016": Variant("hebei-2026", lambda t: shift(t, -10, HEBEI_2016), "河北省", "130000", "province", 2016, -10),
    "era-2001": Variant("jinghai-2021", lambda t: county_from_jinghai(shift(t, -20, TO_2001), "肥西县", "安徽省", "合肥市"),
                        "肥西县", "340123", "county", 2001, -20, header=ERA_2001),
    "era-2006": Variant("jinghai-2021", lambda t: county_from_jinghai(shift(t, -15, TO_2006), "肥西县", "安徽省", "合肥市"),
                        "肥西县", "340123", "county", 2006, -15, header=ERA_2006),
    "era-2011": Variant("jinghai-2021", lambda t: city_from_jinghai(shift(t, -10, TO_2011), "廊坊市", "河北省"),
                        "廊坊市", "131000", "city", 2011, -10, header=ERA_2011),
    "era-2016": Variant("jinghai-2021", lambda t: county_from_jinghai(shift(t, -5, TO_2016), "林西县", "内蒙古自治区",
                                                                     "赤峰市"), "林西县", "150424", "county", 2016, -5,
                        header=ERA_2016),
    "noparts-2006": Variant("jinghai-2021-noparts", lambda t: county_from_jinghai(shift(t, -15, TO_2006), "肥西县",
                                                                                "安徽省", "合肥市"),
                            "肥西县", "340123", "county", 2006, -15),
    "noparts-2001": Variant("jinghai-2021-noparts", lambda t: county_from_jinghai(shift(t, -20, TO_2001), "肥西县",
                                                                                "安徽省", "合肥市"),
                            "肥西县", "340123", "county", 2001, -20),
    "cn-date-2014": Variant("hailaer-2014", unit(LINXI), "林西县", "150424", "county", 2014, header=cn_date),
    "title-only-2014": Variant("hailaer-2014", lambda t: t, "海拉尔区", "150702", "district", 2014,
                               header=lambda t: title_only(t, "2014年政府工作报告")),
    "title-cn-year-2014": Variant("hailaer-2014", unit(LINXI), "林西县", "150424", "county", 2014,
                                  header=lambda t: title_only(t, "二〇一四年林西县政府工作报告")),
    "title-place-2014": Variant("hailaer-2014", unit(LINXI), "林西县", "150424", "county", 2014,
                                header=lambda t: title_only(t, "林西县2014年政府工作报告")),
    "title-long-2014": Variant("hailaer-2014", unit(LONG_NAME), "镇沅彝族哈尼族拉祜族自治县", "530825", "county", 2014,
                               header=lambda t: title_only(t, "2014年镇沅彝族哈尼族拉祜族自治县政府工作报告")),
    "title-body-2013": Variant("hailaer-2013", lambda t: t, "海拉尔区", "150702", "district", 2013,
                               header=lambda t: title_only(t, "2013年政府工作报告")),
    "title-body-county-2013": Variant("hailaer-2013", unit(LINXI_SHORT), "林西县", "150424", "county", 2013,
                                      header=lambda t: title_only(t, "2013年政府工作报告")),
    "title-body-county-city-2018": Variant("hailaer-2018", unit(MANZHOULI_SHORT), "满洲里市", "150781", "county", 2018,
                                           header=lambda t: title_only(t.replace("我代表满洲里市", "我代表市", 1),
                                                                       "2018年政府工作报告")),
    # jinghai names 静海区 in full only in its header; its thanks (向所有关心支持静海发展的…) name it (place31) …
    "title-unnamed-2021": Variant("jinghai-2021", lambda t: t, "静海区", "120118", "district", 2021,
                                  header=lambda t: title_only(t, "2021年政府工作报告")),
    # … worded without the name, nothing names it clearly: refused
    "title-unnamed-nothanks-2021": Variant("jinghai-2021", lambda t: t.replace("关心支持静海发展", "关心支持发展"),
                                           None, None, None, None, header=lambda t: title_only(t, "2021年政府工作报告")),
    "title-body-prefecture-2013": Variant("hailaer-2013", unit(KASHGAR_SHORT), "喀什地区", "653100", "city", 2013,
                                          header=lambda t: title_only(t.replace("我代表地政府", "我代表地区行政公署"),
                                                                      "2013年政府工作报告")),
    "title-opening-2018": Variant("hailaer-2018", unit(YANBIAN), "延边朝鲜族自治州", "222400", "city", 2018,
                                  header=lambda t: title_only(t, "2018年政府工作报告")),
}
