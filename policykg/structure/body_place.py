"""The place of a report whose header names none (a title only, 2014年政府工作报告): of the kind of unit its opening
sentence names (我代表区人民政府: a 区), or else its own scope words do (全区, 我区, far more than any other), the unit
the body names most, by its full or short name (海拉尔区, 海拉尔). Taken only when the body names it in full at least
once and clearly more often than any other unit of that kind but those above it (a county-level city's report names
its prefecture-level city often), and above none of those named often (metadata.yaml body_place); else none, and the
reader asks for --place as before. A guess: the build says so on stderr."""
from __future__ import annotations

import re
from collections import Counter

from ..divisions import divisions, is_ambiguous


def body_place(text: str) -> tuple[str, int] | None:
    """(the unit's full name, how often the body names it), or None when no unit stands out."""
    from ..extract.qlexicon import lexicon

    words = lexicon("metadata")
    rule = words["body_place"]
    said = re.search(rule["opening_unit"], text[:rule["opening"]])
    units = Counter(m["unit"] for m in re.finditer(rule["scope_words"], text)).most_common(2) + [("", 0)]
    if said:
        unit = said["unit"]
    elif units[0][1] >= rule["min_scope_words"] and units[0][1] >= rule["margin"] * units[1][1]:
        unit = units[0][0]
    else:
        return None
    counts = []
    names = {d.name for d in divisions().values() if d.name.endswith(unit)}
    for d in divisions().values():
        if not d.name.endswith(unit) or is_ambiguous(d.name):
            continue
        full = _mentions(text, d.name, names, rule["not_before"])
        if full:
            short = text.count(d.short) if len(d.short) >= 2 and d.name.startswith(d.short) else full
            counts.append((max(full, short), d.name))
    counts.sort(reverse=True)
    if not counts or counts[0][0] < rule["min_mentions"]:
        return None
    top = counts[0][1]
    rivals = [(n, name) for n, name in counts[1:] if not _above(name, top)]   # not the unit above it: a report names it
    if rivals and counts[0][0] < rule["margin"] * rivals[0][0]:
        return None
    if any(_above(top, name) for n, name in rivals if n >= rule["min_mentions"]):
        return None   # the unit below, named often, may be the report's own, naming the one above more
    return top, counts[0][0]


def _mentions(text: str, name: str, names: set[str], not_before: str) -> int:
    """How often ``text`` names the unit ``name``: not inside a longer unit's name (东区 in 河东区), nor as the
    opening of a word its unit character makes with what follows (兴县 in 振兴县域: metadata.yaml body_place)."""
    if name not in text:
        return 0
    for longer in sorted((n for n in names if name in n and n != name), key=len, reverse=True):
        text = text.replace(longer, "\0" * len(longer))
    return len(re.findall(f"{re.escape(name)}(?!{not_before})", text))


def _above(name: str, other: str) -> bool:
    """Is the division ``name`` above the division ``other`` (呼伦贝尔市 above its county-level 满洲里市)?"""
    from ..divisions import candidates, chain

    return candidates(name)[0] in chain(candidates(other)[0])[1:]
