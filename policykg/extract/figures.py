"""What kind of figure a quantity is, and its unit normalised and converted (docs/contract.md).

- ``figure_kind``: "growth-rate" (GDP增长5%), "pp-change" (提高1个百分点), "multiple" (增长5.1倍),
  "share" (森林覆盖率达到45%), "count" (新增就业10万人, 5家企业), "change" (an absolute change of a
  level: 压减地下水开采量21.5亿立方米), or "level" (地区生产总值1.2万亿元).
- ``normalised_unit``: the unit as written after NFKC (％ → %) with 百分点 spelled 个百分点.
- ``base``: the value in the unit without its magnitude (1.2万亿元 → 1200000000000 元; 4.5万人 → 45000 人)
  and the unit family (money, person, area, percent ...) from ``data/lexicons/units.yaml``.
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import cache, partial

from ..resources import lexicon_data
from .qlexicon import COUNTED, bare_unit, qwords

_q = partial(qwords, "figures")


@cache
def _magnitudes() -> dict[str, Decimal]:
    """Magnitude words, longest first, and their factors (万 → 10⁴)."""
    powers = _q("magnitude_powers")
    return {mag: Decimal(10) ** powers[mag] for mag in sorted(powers, key=len, reverse=True)}


KINDS = ("growth-rate", "pp-change", "multiple", "share", "count", "change", "level")


@cache
def _classes() -> dict[str, str]:
    lex = lexicon_data("units")
    return {unicodedata.normalize("NFKC", str(u)): cls for cls, units in lex["classes"].items() for u in units}


def normalised_unit(unit: str) -> str:
    """NFKC (％ → %), 百分点 → 个百分点; otherwise the unit as written."""
    u = unicodedata.normalize("NFKC", unit).strip()
    return _q("points_spelled") if u == _q("points") else u


def split_magnitude(unit: str) -> tuple[Decimal, str]:
    """'万亿元' → (10^12, '元'); a unit that is itself known ('千瓦', '千米') keeps its prefix."""
    u = bare_unit(normalised_unit(unit))     # 万套（间） (NFKC: 万套(间)) → 万套
    numerator, slash, denominator = u.partition("/")
    if numerator in _classes():
        return Decimal(1), u
    for mag, factor in _magnitudes().items():
        rest = numerator[len(mag):]
        if numerator.startswith(mag) and rest in _classes():
            return factor, rest + slash + denominator
    return Decimal(1), u


def unit_family(unit: str) -> str | None:
    """The class of the base unit (money, percent, person, area, ...), None when unknown."""
    base = split_magnitude(unit)[1].partition("/")[0]
    cls = _classes().get(base)
    return lexicon_data("units").get("families", {}).get(cls, cls)


def base(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """(value in the base unit, base unit): 1.2 万亿元 → (1200000000000, 元)."""
    factor, base_unit = split_magnitude(unit)
    return (value * factor).normalize() if factor != 1 else value, base_unit


def figure_kind(measure: str | None, unit: str) -> str:
    """The kind of figure from the extractor's measure and the unit (see module docstring)."""
    u = normalised_unit(unit)
    family = unit_family(u)
    if u.endswith(_q("points")):
        return "pp-change"
    if family == "multiple":
        return "multiple"
    if measure == "growth":
        return "growth-rate"
    if family in COUNTED and measure in ("count", "level", "change", None):
        return "count"
    if measure == "share" or (family == "percent" and measure == "level"):
        return "share"
    if measure == "change":
        return "change"
    return "level"
