"""Lexicons and regular expressions of quantity extraction: units, magnitudes, aliases, five-year
plans and time expressions (data/lexicons/*.yaml), numbers, and small word helpers."""
from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from .. import resources
from ..numerals import cn2an_smart

COUNTED = ("count", "person", "household")   # the unit classes that count things


def lexicon(name: str) -> dict:
    """``data/lexicons/<name>.yaml``, parsed once (``resources.lexicon_data``)."""
    return resources.lexicon_data(name)


@cache
def qwords(module: str, key: str):
    """A word list (as a tuple), pattern or map of ``quantities.yaml`` for one extraction module."""
    value = lexicon("quantities")[module][key]
    return tuple(value) if isinstance(value, list) else value


@cache
def gwords(module: str, key: str):
    """A word list (as a tuple), word or pattern text of ``grammar.yaml``'s section for one entity module."""
    value = lexicon("grammar")[module][key]
    return tuple(value) if isinstance(value, list) else value


@cache
def gpattern(module: str, key: str, **fill: str) -> re.Pattern:
    """``gwords(module, key)`` compiled once (filled by str.format first when FILL is given)."""
    text = gwords(module, key)
    return re.compile(text.format(**fill) if fill else text)


def treating_acts() -> str:
    """The pattern of the acts that treat a counted thing written before or around it: an upgrade compound
    (``upgrade_acts``: 改造提升, 提质升级 …) tried before the single treating verbs (``measured_acts``)."""
    return f"(?:{qwords('phrases', 'upgrade_acts')}|{qwords('phrases', 'measured_acts')})"


def alternation_of(words: Iterable[str]) -> str:
    """Regex alternation, longest first (ties in code-point order: the same string every run)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def unit_classes() -> dict[str, str]:
    """Base unit → class name (percent, money, area, count ...)."""
    out: dict[str, str] = {}
    for cls, units in lexicon("units")["classes"].items():
        for u in units:
            out[str(u)] = cls
    return out


def class_of_unit(unit: str) -> str:
    """The class of a unit as written (万元 → money, 万亩 → area), '' for a unit no class holds."""
    return unit_classes().get(split_unit(unit)[1], "")


def _remainders() -> str:
    """The remainder words written between a number and its unit (多, 余: comparators.yaml strict_gt inner)."""
    return alternation_of(lexicon("comparators")["strict_gt"]["inner"])


@cache
def quantity_regex() -> re.Pattern:
    """number [多|余] [magnitude [多|余]] unit [/denominator], optionally a range "5%—5.5%" / "5—5.5%"."""
    lex = lexicon("units")
    units = alternation_of(unit_classes())
    mags = alternation_of(lex["magnitudes"])
    dens = alternation_of(lex["denominators"])
    num = qwords("qlexicon", "number").format(digits=qwords("qlexicon", "cn_digits"),
                                             more=lexicon("grammar")["numeral_run"] - 1)
    rem = _remainders()
    unit = qwords("qlexicon", "unit").format(mags=mags, units=units, dens=dens, rem=rem)
    alts = alternation_of(lex["alternative_units"])
    return re.compile(qwords("qlexicon", "quantity").format(num=num, unit=unit, alts=alts, rem=rem))


@cache
def _magnitude_remainder() -> re.Pattern:
    return re.compile(f"^(?:{alternation_of(lexicon('units')['magnitudes'])})(?P<rem>{_remainders()})")


def unit_remainder(unit: str) -> tuple[str, str | None]:
    """'万多户' → ('万户', '多'): a remainder word after the magnitude is the comparator's, not the unit's;
    any other unit is returned as it is, with None."""
    m = _magnitude_remainder().match(unit)
    return (unit[:m.start("rem")] + unit[m.end("rem"):], m.group("rem")) if m else (unit, None)


@cache
def _class_leads() -> dict[str, re.Pattern]:
    return {cls: re.compile(p) for cls, p in lexicon("units").get("leads", {}).items()}


def lead_ok(unit_class: str, before: str) -> bool:
    """A class that counts only after a lead (N年 after 受教育年限达) has it right before the number."""
    rx = _class_leads().get(unit_class)
    return rx is None or rx.search(before) is not None


def quantity_matches(text: str) -> list[re.Match]:
    """The numbers with a unit in TEXT that may be quantities (a lead-bound unit only after its lead)."""
    return [m for m in quantity_regex().finditer(text)
            if lead_ok(class_of_unit(m.group("u") or m.group("bu")), text[:m.start()])]


@cache
def alias_map() -> dict[str, str]:
    """Indicator spelling → canonical name."""
    out: dict[str, str] = {}
    for canon, names in lexicon("indicators")["aliases"].items():
        out[canon] = canon
        for n in names:
            out[str(n)] = canon
    return out


@cache
def five_year_plans() -> dict[str, tuple[int, int]]:
    return {k: tuple(v) for k, v in lexicon("periods")["five_year_plans"].items()}


@cache
def kept_words() -> str:
    """indicators.yaml not_stray as a regex alternation: words a name opens with that read like a stray
    preposition or verb but name which things are meant (在校, 在建, 在园: no cleaning cuts them)."""
    return "|".join(lexicon("indicators")["not_stray"])


@cache
def plan_alternation() -> str:
    """The five-year plans' names as a regex alternation, longest first; a name that is also a number
    (十五) only where a plan's mark follows it (periods.yaml plan_names_as_numbers), none after a numeral (一九九五年)."""
    per = lexicon("periods")
    numbers, after = set(per["plan_names_as_numbers"]), f"(?<!{per['plan_name_not_after']})"
    return "|".join(after + re.escape(w) + (f"(?=(?:{per['plan_name_marks']}))" if w in numbers else "")
                    for w in sorted(five_year_plans(), key=lambda w: (-len(w), w)))


def plans_named(text: str) -> list[str]:
    """The five-year plans ``text`` names, in text order (十五 in 十五届 or 十五五 is none)."""
    return [m[0] for m in re.finditer(plan_alternation(), text)]


@cache
def time_regex() -> re.Pattern:
    """A time expression standing at the start of a phrase."""
    per = lexicon("periods")
    fyp = plan_alternation()
    return re.compile(qwords("qlexicon", "time").format(
        fyp=fyp, p1=alternation_of(per["past_year"]), p5=alternation_of(per["past_five_years"])))


def parse_number(s: str) -> Decimal | None:
    """Arabic or Chinese numeral → Decimal (两 = 2, 十五 = 15)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return Decimal(s)
    try:
        v = cn2an_smart(s)
    except Exception:
        return None
    if v is None:
        return None
    # an int straight: str() of one above 4,300 digits raises ValueError (a numeral run of thousands: exit 3)
    return (Decimal(v) if isinstance(v, int) else Decimal(str(v))).normalize()


def bare_unit(u: str) -> str:
    """The unit without the other unit written after it in brackets, full-width or (NFKC) half-width:
    '万套（间）' → '万套', '万套(间)' → '万套'."""
    return re.split("[（(]", u, maxsplit=1)[0]


def split_unit(u: str) -> tuple[str, str]:
    """'万亩' → ('万', '亩'); unit class from the base unit."""
    mags = lexicon("units")["magnitudes"]
    base = bare_unit(unit_remainder(u)[0]).split("/")[0]
    for m in sorted(mags, key=len, reverse=True):
        if base.startswith(m) and base[len(m):] in unit_classes():
            return m, base[len(m):]
    return "", base


def match_time(s: str) -> tuple[re.Match | None, str]:
    """Rule: a time expression opening a phrase → (match, rest)."""
    m = time_regex().match(s)
    if m and m.end() > (len(m.group("pre") or "")):
        return m, s[m.end():]
    return None, s


def strip_prefix(s: str, words: Iterable[str]) -> tuple[str, str | None]:
    for w in sorted(words, key=len, reverse=True):
        if w and s.startswith(w):
            return s[len(w):], w
    return s, None


def strip_suffix(s: str, words: Iterable[str]) -> tuple[str, str | None]:
    for w in sorted(words, key=len, reverse=True):
        if w and s.endswith(w):
            return s[:-len(w)], w
    return s, None


def starts_with_verb(s: str) -> bool:
    """Rule: text opening with an action verb (实施/完成/用于…) states an act, not a noun."""
    ind = lexicon("indicators")
    return bool(strip_prefix(s, ind["action_verbs"] + list(qwords("qlexicon", "act_openers")))[1])


@cache
def pos_of(s: str) -> tuple[tuple[str, str], ...]:
    """Part-of-speech tags (jieba's, see .tagger) of a short phrase."""
    from .tagger import pos
    return pos(s)
