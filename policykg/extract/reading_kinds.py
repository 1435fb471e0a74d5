"""What kind of figure a reading is (``reading.py``): an Outcome or a Target by the part and the verb,
its comparator by the contract's word table, and its measure (growth, change, share, level or count)."""
from __future__ import annotations

import re
from functools import partial

from ..model import Context
from .qlexicon import COUNTED, alternation_of, lexicon, qwords

_q = partial(qwords, "reading")     # the reading section of quantities.yaml, as reading.py reads it


def kind_of(ctx: Context | None, chunk_text: str, past: bool) -> str:
    """Rule: review part → Outcome; plan/outlook → Target unless the verb is clearly past."""
    if ctx is not None and ctx.part_kind == "review":
        return "Outcome"
    if past or re.search(_q("past_marks"), chunk_text[:6]) or _q("past_phrase") in chunk_text:
        return "Outcome"
    return "Target"


def comparator_of(words_before: list[str], inner: str | None, after: str, approx_inner: bool) -> str:
    """Rule: the contract's word table; an approximation word wins, then bounds, then strict, then equal."""
    cmp = lexicon("comparators")
    if approx_inner or any(w in cmp["approx"]["before"] for w in words_before) or after in cmp["approx"]["after"]:
        return "≈"
    if any(w in cmp["bound_ge"]["before"] for w in words_before) or after in cmp["bound_ge"]["after"]:
        return ">="
    if any(w in cmp["bound_le"]["before"] for w in words_before) or after in cmp["bound_le"]["after"]:
        return "<="
    if inner or any(w in cmp["strict_gt"]["before"] for w in words_before):
        return ">"
    return "="


def direction_of(rinfo: dict, value, comparator: str = "=", between: str | None = None) -> str | None:
    """"down" for a positive level after a falling word (比率下降至13.8%: a ceiling to reach from above);
    None otherwise, a decrease (下降3%, a negative value) and a floor (降至100家以上, a range 下降至13%—14%: >=
    or >, which cq-10 judges as a floor; review45) included. between: the words from a from-value to this
    one (从14.7%降至13%: the to-value is the level, its falling word stands there, not left of 从)."""
    falling = lexicon("indicators")["falling_levels"]
    word = rinfo.get("level_word") if between is None else next((w for w in falling if w in between), None)
    if value > 0 and comparator not in (">=", ">") and word in falling:
        return "down"
    return None


def measure_of(unit_class: str, change: str | None, name: str, has_from: bool, unit: str = "") -> str:
    """The kind of figure: growth, change, share, level or count."""
    if unit.endswith(_q("points")):
        return "change"
    if has_from or change == "level":
        return "share" if unit_class == "percent" and re.search(_q("share_names"), name) else "level"
    if change in ("increase", "decrease"):
        if unit_class == "percent" and not name.endswith(_q("rate_names")):
            return "growth"
        return "change"
    if unit_class == "percent":
        return "share" if re.search(_q("share_level_names"), name) else "level"
    if unit_class in COUNTED:
        return "count"
    return "level"


def after_words():
    """Comparator words that may follow a number (左右, 以上, 以内 …)."""
    cmp = lexicon("comparators")
    return re.compile(rf"(?:{alternation_of(cmp['approx']['after'] + cmp['bound_ge']['after'] + cmp['bound_le']['after'])})")
