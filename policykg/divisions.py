"""Administrative divisions: a place name → its GB/T 2260 division, and the chain up to the province.

The divisions come from ``data/gazetteer/divisions.tsv``, generated from the jionlp package's data by
``scripts/make_gazetteer.py`` (the version is in the file's header and pinned in pyproject.toml).

A name is looked up by the division's full name (静海区, 大理白族自治州), a province's short name
(内蒙古) or the usual contraction of an autonomous unit (大理州, 互助县 for 互助土族自治县). A name
that several divisions share (朝阳区: Beijing and Changchun) is resolved only inside the report's own
jurisdiction: the one candidate in the report's province (then in its prefecture); with none or
several there, the name is left unresolved rather than guessed.
A place a report names (``resolve_place``) may also be a prefecture of the report's own province by
its short name (景德镇) or a county by its newer name (湟中区 for the gazetteer's 湟中县). A jurisdiction
renamed or moved since its report (``data/gazetteer/renames.tsv``: 襄樊市, 大同市城区) is today's division.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .resources import gazetteer, tsv_rows, yaml_file

DIVISIONS = gazetteer("divisions.tsv")
RENAMES = gazetteer("renames.tsv")
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})   # cities at the level of a province


@cache
def unit_words() -> dict:
    """The unit words of a jurisdiction (places.yaml ``jurisdiction``): suffix levels, contractions, stems."""
    return yaml_file(gazetteer("places.yaml"))["jurisdiction"]


@dataclass(frozen=True)
class Division:
    code: str        # 6-digit GB/T 2260 code
    name: str        # full official name
    level: str       # province, city, county or district
    parent: str      # the parent's code; "" for a province
    short: str = ""  # the short name (大理 for 大理白族自治州): jionlp's longest alias the name starts with

    @property
    def province(self) -> str:
        return self.code[:2] + "0000"


@cache
def divisions() -> dict[str, Division]:
    """code → Division, read once from divisions.tsv."""
    out = {}
    for code, name, level, parent, aliases in tsv_rows(DIVISIONS, 5):
        prefixes = [a for a in aliases.split("/") if a and name.startswith(a)]
        out[code] = Division(code, name, level, parent, max(prefixes, key=len, default=aliases.split("/")[0]))
    return out


def _keys(d: Division, aliases: str) -> set[str]:
    keys = {d.name}
    if d.level == "province":
        keys.update(a for a in aliases.split("/") if len(a) >= 2)
    for full, short in unit_words()["contractions"].items():
        if d.name.endswith(full):
            keys.update(a if a.endswith(short) else a + short for a in aliases.split("/") if a)  # 互助县, 莫旗
    return keys


@cache
def _index() -> dict[str, tuple[Division, ...]]:
    """name → the divisions it may name."""
    found: dict[str, list[Division]] = {}
    for code, _, _, _, aliases in tsv_rows(DIVISIONS, 5):
        d = divisions()[code]
        for k in _keys(d, aliases):
            found.setdefault(k, []).append(d)
    return {k: tuple(sorted(v, key=lambda d: d.code)) for k, v in found.items()}


def candidates(name: str) -> tuple[Division, ...]:
    return _index().get(name, ())


def is_ambiguous(name: str) -> bool:
    """Do several divisions bear this name (then its IRI carries the code)?"""
    return len(candidates(name)) > 1


def resolve(name: str, within: Division | None = None) -> Division | None:
    """The division ``name`` names: the only one bearing it, or the only one inside ``within`` (the
    report's jurisdiction): first in its province, then in its prefecture. None when unknown or
    still ambiguous."""
    found = candidates(name)
    if len(found) == 1:
        return found[0]
    if not found or within is None:
        return None
    for width in (2, 4):
        found = tuple(d for d in found if d.code[:width] == within.code[:width])
        if len(found) == 1:
            return found[0]
        if not found or within.level == "province":
            return None
    return None


def resolve_place(name: str, within: Division | None = None) -> Division | None:
    """A place a report names: ``resolve``, else the one division of the report's province that
    the name gives by its short name (a prefecture without 市), or by its stem with another of
    市/区/县 (a county since made a district or city: the gazetteer keeps the older name). Only
    inside the province, where a short name is the report's own usage; None when not unique."""
    found = resolve(name, within)
    if found is not None or within is None:
        return found
    suffixes = tuple(unit_words()["stem_suffixes"])
    stem = name[:-1] if name.endswith(suffixes) and len(name) >= 3 else None
    inside = [d for d in divisions().values() if d.code[:2] == within.code[:2] and d.level != "province"
              and (d.short == name and len(name) >= 2 and d.level == "city"
                   or stem is not None and d.name[:-1] == stem and d.name.endswith(suffixes))]
    return inside[0] if len(inside) == 1 else None


def resolve_jurisdiction(name: str, parents: list[str]) -> Division | None:
    """A report's jurisdiction from its meeting line (天津市静海区 → name 静海区, parents [天津市]):
    the only division of that name whose chain contains every named parent. A name the gazetteer
    does not have may be the unit's name of an older or newer year (XX县 or XX市 since made XX区, XX地区
    or XX盟 since made XX市): then the only division of the same stem with another suffix. A name that still
    names a division under those parents is today's: a change of renames.tsv is looked up only when none
    does (the 郊区 of 铜陵市, its header naming no parent, is not 长治市's former 郊区)."""
    found = [d for d in candidates(name) or _renamed(name) if all(_above(p, d) for p in parents)]
    return found[0] if len(found) == 1 else None if found else _moved(name, parents)


def _moved(name: str, parents: list[str]) -> Division | None:
    """The division a unit renamed or moved under another prefecture became (renames.tsv: 襄樊市 → 襄阳市,
    柳州地区忻城县 → 来宾市忻城县), when one change gives it under every parent the header names; its code is
    today's, so a jurisdiction is one node across the years of its reports. A division several units were
    merged into (长治市's 城区 and 郊区 into 潞州区) is none of them: their reports are left without one."""
    found = {code for old, parent, code in _renames()
             if old == name and all(p in (parent, *_later(parent)) or _above(p, divisions()[code]) for p in parents)}
    return divisions()[found.pop()] if len(found) == 1 and not found & _merged() else None


@cache
def _merged() -> frozenset[str]:
    """The codes of renames.tsv that several old units became (a merger, not a renaming or a move)."""
    olds: dict[str, set] = {}
    for old, parent, code in _renames():
        olds.setdefault(code, set()).add((old, parent))
    return frozenset(code for code, units in olds.items() if len(units) > 1)


def _above(name: str, d: Division) -> bool:
    """Does ``name`` name a unit above ``d`` (its prefecture or province)? A parent the gazetteer does not know by
    this name may be written by its older one (呼伦贝尔盟 for 呼伦贝尔市, 乌兰察布盟 till 2003): its stem with another
    suffix then names it, as it does a jurisdiction (``_renamed``)."""
    return any(a in (candidates(name) or _renamed(name)) for a in chain(d)[1:])


@cache
def _renames() -> tuple[tuple[str, str, str], ...]:
    """(old name, old parent's name, today's code) of each change in renames.tsv."""
    return tuple((old, parent, code) for _, old, parent, code, _ in tsv_rows(RENAMES, 5))


def older_names() -> frozenset[str]:
    """The names renames.tsv gives units before a change (襄樊市, 呼伦贝尔盟): a report of their year writes them."""
    return frozenset(old for old, _, _ in _renames())


def _later(name: str) -> tuple[str, ...]:
    """The names a parent renamed since bears (襄阳市 for 襄樊市): a header may name the parent either way."""
    return tuple(divisions()[code].name for old, _, code in _renames() if old == name)


def _renamed(name: str) -> list[Division]:
    """The divisions named by ``name``'s stem with another of places.yaml's renamed suffixes (地区/盟/市/区/县; its
    prefectures, 地区 and 盟, only become a 市), of the
    level the suffix gives: a prefecture for 地区 and 盟, a county-level unit for the others (邢台县 or 伊春区,
    abolished, are not the prefecture 邢台市 or 伊春市 around them)."""
    words = unit_words()
    suffix = next((s for s in words["renamed"] if name.endswith(s)), None)
    stem = name[:-len(suffix)] if suffix else ""
    if len(stem) < 2:
        return []
    prefecture = suffix in words["prefectures"]
    others = ("市",) if prefecture else tuple(s for s in words["renamed"] if s not in words["prefectures"])
    return [d for d in divisions().values() if d.level != "province" and d.name != name
            and (d.level == "city") == prefecture and any(d.name == stem + s for s in others)]


def chain(d: Division) -> list[Division]:
    """d, its parent, …, its province."""
    out = [d]
    while out[-1].parent:
        out.append(divisions()[out[-1].parent])
    return out


def units_above(d: Division | None, parents: list[str]) -> tuple[str, ...]:
    """The names of the units above a report's jurisdiction, nearest first: its division's chain (海拉尔区: 呼伦贝尔市,
    内蒙古自治区), else the parents its header names (``Metadata.place_parents``, province first)."""
    return tuple(a.name for a in chain(d)[1:]) if d is not None else tuple(reversed(parents))


@cache
def province_names(code: str) -> frozenset[str]:
    """Every division name below one province (code ``xx0000``: its prefectures, counties and districts)
    and each one's short name of two or more characters (垦利区 and 垦利): the names its reports write."""
    out = set()
    for d in divisions().values():
        if d.code[:2] == code[:2] and d.level != "province":
            out.update(n for n in (d.name, d.short) if len(n) >= 2)
    return frozenset(out)

