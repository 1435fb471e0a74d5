"""The place of a report whose header names none (a title only, 2014年政府工作报告): a unit of the kind its opening
sentence names (我代表区人民政府: a 区), or else its own scope words do (全区, 我区, far more than any other).

The body decides it in one of two ways. A sentence only the report's own government says — the thanks to those
supporting it (向所有关心支持海拉尔建设和发展的…), 我代表海拉尔区人民政府 — names it, by its full or short name,
and the body names it at least min_mentions times. With none, the unit the body names most, in full at least once,
margin times as often as any other of its kind and when no other is named min_mentions times (then counts cannot tell
the report's own unit from a neighbour: 扎赉诺尔区 named more than 海拉尔区 in 海拉尔区's report). The others count
when named in full, or by their short name beside or below it (a short name elsewhere is too often a word: 新建,
合作); a unit above it does not (a county-level city's report names its prefecture-level city often).

A mention is counted where the tagger's words begin and end with it (市政府和县委 holds no 和县, 供应城市 no 应城市), not
inside a longer unit's name (东区 in 河东区) nor before a character making a word of its unit word (振兴县域). An older
report's unit may bear its name of that year (密云县, 襄樊市). Else none, and the reader asks for --place as before.
A guess: the build says so."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..divisions import Division, candidates, chain, divisions, is_ambiguous, older_names, resolve_jurisdiction, \
    unit_words


@dataclass
class Named:
    """A unit of the kind the body names: its name as written (密云县, today's 密云区), its division, its short
    name, and the offsets of its counted mentions by its full name and by either."""
    name: str
    division: Division
    short: str | None
    full: list[int] = field(default_factory=list)
    any: int = 0

    @property
    def count(self) -> int:
        return max(len(self.full), self.any)


def body_place(text: str) -> tuple[str, int, int, int] | None:
    """(the unit's name as written, how often the body names it, start and end of the mention that decided it: the
    sentence of its own government naming it, or its first counted mention in full), or None."""
    from ..extract.qlexicon import lexicon

    rule = lexicon("metadata")["body_place"]
    unit, said = _kind(text, rule)
    if unit is None:
        return None
    named = _named(text, unit, rule)
    if said:   # 我代表区人民政府 speaks for a district, not an autonomous region (自治区) nor a 地区
        named = {k: n for k, n in named.items() if not k.endswith(tuple(rule["opening_not"].get(unit, ())))}
    own = _own_mentions(text, named, rule["own_mentions"])
    if own:   # the report's own government names it: that decides, or nothing does
        n, start, end = own[0]
        return (n.name, n.count, start, end) if {o[0].name for o in own} == {n.name} and \
            n.count >= rule["min_mentions"] else None
    return _most(list(named.values()), rule)


def _kind(text: str, rule: dict) -> tuple[str | None, bool]:
    """The unit word of the report's own unit, and whether the opening sentence said it (我代表区人民政府) rather than
    its scope words (全区, 我区)."""
    said = re.search(rule["opening_unit"], text[:rule["opening"]])
    if said:
        return said["unit"], True
    units = Counter(m["unit"] for m in re.finditer(rule["scope_words"], text)).most_common(2) + [("", 0)]
    if units[0][1] >= rule["min_scope_words"] and units[0][1] >= rule["margin"] * units[1][1]:
        return units[0][0], False
    return None, False


def _most(named: list[Named], rule: dict) -> tuple[str, int, int, int] | None:
    """The unit named most, when the counts tell it clearly (the module's docstring)."""
    ranked = sorted((n for n in named if n.full), key=lambda n: (-n.count, n.name))
    if not ranked or ranked[0].count < rule["min_mentions"]:
        return None
    top = ranked[0]
    rivals = [n for n in named if n is not top and n.division not in chain(top.division)[1:]
              and (n.full or _near(n.division, top.division))]
    if any(n.count >= rule["min_mentions"] for n in rivals):
        return None   # two units of its kind named often (or the one below it: the report may be its)
    if any(top.count < rule["margin"] * n.count for n in rivals):
        return None
    return top.name, top.count, top.full[0], top.full[0] + len(top.name)


def _near(d: Division, top: Division) -> bool:
    """Is ``d`` below ``top`` or beside it (under the same prefecture or province)? Named often by its short name
    alone, such a unit may be the report's own (海拉尔 in a report naming 扎赉诺尔区 more); a short name elsewhere is too
    often a word (新建, 合作), and a province's report names its units often (喀什, 天山 in Xinjiang's)."""
    return (d.parent != "" and d.parent == top.parent) or (top.parent != "" and top in chain(d)[1:])


def _own_mentions(text: str, named: dict[str, Named], patterns: list[str]) -> list[tuple[Named, int, int]]:
    """(unit, start, end) of each name a sentence of the report's own government gives (metadata.yaml body_place
    own_mentions) that is one unit's of those named, by its full or its short name."""
    shorts: dict[str, list[Named]] = {}
    for n in named.values():
        for key in {n.name, n.short} - {None}:
            shorts.setdefault(key, []).append(n)
    found = []
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            units = shorts.get(m["name"], [])
            if len(units) == 1:
                found.append((units[0], m.start("name"), m.end("name")))
    return sorted(found, key=lambda f: f[1])


def _named(text: str, unit: str, rule: dict) -> dict[str, Named]:
    """The units of the kind ``unit`` the body names, by full or short name, each with its counted mentions."""
    found, not_before = {}, rule["not_before"]
    for name, d in _names(unit, text, rule["older_units"]):
        short = d.short if len(d.short) >= 2 and name.startswith(d.short) and d.short != name else _stem(name)
        if name in text or (short and short in text):
            found[name] = Named(name, d, short)
    words = _Words(text)
    written = [n for n in found if n in text] + [n.short for n in found.values() if n.short and n.short in text]
    for n in found.values():
        n.full = _mentions(text, n.name, written, words, not_before)
        shorts = _mentions(text, n.short, written + [n.name], words, not_before) if n.short else []
        n.any = len(set(shorts) | set(n.full))
    return {name: n for name, n in found.items() if n.count}


def _names(unit: str, text: str, later: dict[str, list[str]]) -> list[tuple[str, Division]]:
    """(name, division) of every unit of the kind ``unit`` bearing a name of one division: today's names, and the
    older names the text writes by full or short name: renames.tsv's (襄樊市), and a stem with the unit word of before
    a change of ``later`` (metadata.yaml body_place older_units: 密云县 for 密云区; 合作区 is no older 合作市) written in
    full: by its stem alone, it would make any body naming 海拉尔 under 我代表市人民政府 a report of 海拉尔市."""
    out = [(d.name, d) for d in divisions().values() if d.name.endswith(unit) and not is_ambiguous(d.name)]
    olds = {o for o in older_names() if o.endswith(unit) and _stem(o) and _stem(o) in text}
    for d in divisions().values():
        stem = _stem(d.name)
        if stem and d.name.endswith(tuple(later.get(unit, ()))) and stem + unit in text:
            olds.add(stem + unit)
    for old in sorted(o for o in olds if not candidates(o)):
        d = resolve_jurisdiction(old, [])
        if d is not None:
            out.append((old, d))
    return out


def _stem(name: str) -> str | None:
    """The name before its unit word (襄樊 of 襄樊市), when it has two characters or more."""
    suffix = max((s for s in unit_words()["levels"] if name.endswith(s)), key=len, default="")
    return name[:-len(suffix)] if suffix and len(name) - len(suffix) >= 2 else None


def _mentions(text: str, name: str, others: list[str], words: "_Words", not_before: str) -> list[int]:
    """The offsets where ``text`` names ``name``: not inside a longer name of ``others`` (东区 in 河东区), nor before a
    character making a word of its unit word with what follows (兴县 in 振兴县域: metadata.yaml body_place), and where
    the tagger's words begin and end with it (和县 in 市政府和县委 ends inside 县委)."""
    if name not in text:
        return []
    for longer in sorted((o for o in others if name in o and o != name), key=len, reverse=True):
        text = text.replace(longer, "\0" * len(longer))
    return [m.start() for m in re.finditer(f"{re.escape(name)}(?!{not_before})", text)
            if words.bounds(m.start(), m.end())]


class _Words:
    """Where the tagger's words begin and end, per line of ``text``, each line tagged once when first asked about."""

    def __init__(self, text: str):
        self.text, self.lines = text, {}

    def bounds(self, start: int, end: int) -> bool:
        """Does a word begin at ``start`` and one end at ``end`` (both in one line)?"""
        from ..extract.tagger import pos

        first = self.text.rfind("\n", 0, start) + 1
        if first not in self.lines:
            last = self.text.find("\n", start)
            at, cuts = first, {first}
            for word, _ in pos(self.text[first:last if last >= 0 else len(self.text)]):
                at += len(word)
                cuts.add(at)
            self.lines[first] = cuts
        return start in self.lines[first] and end in self.lines[first]
