"""National zones by name (``park_gazetteer.yaml``: the published national catalogues, written from memory
before any measuring, taught by no report). Each list's rule makes a zone's official name and the forms in
use from its place stem; a form the text writes, of a zone of the report's province (of any province when
the report has none), is kept as a park by a rule pass after the park decision (``decide.with_gazetteer``;
as the learned feature ``Park:in_gazetteer`` it lost two dev parks: docs/checks/parks-gazetteer-parks39.md)."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import divisions, resources
from ..errors import InputError
from .surfaces import Surfaces, place_prefix

_OPTIONAL = re.compile(r"\[([^\]]+)\]")


@dataclass(frozen=True)
class Zone:
    official: str
    kind: str
    province: str
    forms: tuple[str, ...]      # the official name first
    unsure: bool = False


def variants(stem: str) -> list[str]:
    """The stem with and without each bracketed part ('[天津]子牙' → 天津子牙, 子牙), the whole first."""
    parts = _OPTIONAL.split(stem)
    choices = [(p,) if i % 2 == 0 else (p, "") for i, p in enumerate(parts)]
    out = []
    for combo in itertools.product(*choices):
        if "".join(combo) and "".join(combo) not in out:
            out.append("".join(combo))
    return out


def _fill(templates, place: str, areas=("",)) -> list[str]:
    return [t.format(p=place, a=a) for t in templates for a in areas]


def rule_zone(rule: dict, stem: str, province: str, place: str = "", bare: bool = False) -> Zone:
    """The zone a rule makes of a stem: for a list's zone the stem is the place ({p}); for an FTZ area
    (``place`` given) the stem is the area ({a}), ``bare``: written alone too ({a}片区, {a}自贸片区)."""
    unsure, stem = stem.endswith("?"), stem.rstrip("?")
    names = variants(stem)
    alone = rule.get("bare") or []
    templates = [rule["official"], *rule["forms"], *(([alone] if isinstance(alone, str) else alone) if bare else [])]
    forms = _fill(templates, place, names) if place else [f for n in names for f in _fill(templates, n)]
    official = forms[0]
    return Zone(official, rule["kind"], province, tuple(dict.fromkeys(forms)), unsure)


def _province_zones(province: str, entry: dict, rules: dict) -> list[Zone]:
    out = []
    for key, stems in entry.items():
        if key == "ftz":
            out.append(rule_zone(rules["ftz"], stems["p"], province))
            out += [rule_zone(rules["ftz_area"], a, province, stems["p"], bare=True) for a in stems.get("areas") or ()]
            out += [rule_zone(rules["ftz_area"], a, province, stems["p"]) for a in stems.get("areas_prefixed") or ()]
        elif key == "named":
            out += [Zone(n["name"], n["kind"], province, tuple(dict.fromkeys([n["name"], *n["forms"]])),
                         bool(n.get("unsure"))) for n in stems]
        else:
            out += [rule_zone(rules[key], s, province) for s in stems]
    return out


@lru_cache(maxsize=1)
def zones() -> tuple[Zone, ...]:
    """Every zone of the gazetteer and of the files its ``more`` key lists (each may add rules of its own,
    never redefine one), file by file, province by province in each file's order. A file missing, not YAML
    or not in the format is an InputError naming it (exit 2), not a traceback."""
    main = _gazetteer_file("park_gazetteer")
    more = main.get("more") or []
    if not isinstance(more, list) or not all(isinstance(n, str) for n in more) \
            or len(set(more)) != len(more) or "park_gazetteer" in more:
        raise InputError(f"{resources.lexicon('park_gazetteer')}: more: expected a list of other lexicon names, "
                         f"each once")
    files = [("park_gazetteer", main), *((name, _gazetteer_file(name)) for name in more)]
    rules: dict = {}
    for name, data in files:
        clash = set(rules) & set(data["rules"])
        if clash:
            raise InputError(f"{resources.lexicon(name)}: park gazetteer rule {sorted(clash)[0]} is defined by an "
                             f"earlier file too")
        rules.update(data["rules"])
    return tuple(z for name, data in files for prov, entry in data["zones"].items()
                 for z in _checked_zones(name, prov, entry, rules))


def _gazetteer_file(name: str) -> dict:
    """A gazetteer file's data, its ``rules`` and ``zones`` maps ({} when it holds nothing)."""
    where = resources.lexicon(name)
    try:
        data = resources.lexicon_data(name) or {}
    except OSError as exc:
        raise InputError(f"{where}: cannot read the park gazetteer file ({exc.strerror})") from None
    parts = {key: data.get(key) or {} for key in ("rules", "zones")} if isinstance(data, dict) else None
    if parts is None or not all(isinstance(v, dict) for v in parts.values()):
        raise InputError(f"{where}: expected a mapping whose rules: and zones: are mappings")
    return {**data, **parts}


def _checked_zones(name: str, province: str, entry, rules: dict) -> list[Zone]:
    """The province's zones of one file; an InputError naming the file and province when its entry is not in the
    format (a rule no file defines, a rule or a named zone without its keys)."""
    unknown = sorted(set(entry) - set(rules) - {"ftz", "named"}) if isinstance(entry, dict) else []
    try:
        if unknown:
            raise KeyError(unknown[0])
        return _province_zones(province, entry, rules)
    except (KeyError, TypeError, AttributeError, IndexError, ValueError) as exc:
        raise InputError(f"{resources.lexicon(name)}: {province}: not in the gazetteer's format "
                         f"({type(exc).__name__}: {exc})") from None


@lru_cache(maxsize=64)
def forms_of(province: str) -> dict[str, Zone]:
    """form → zone, of the province's zones (every province's when ``province`` is empty or unlisted)."""
    listed = {z.province for z in zones()}
    out: dict[str, Zone] = {}
    for z in zones():
        if province not in listed or z.province == province:
            for f in z.forms:
                out.setdefault(f, z)
    return out


@lru_cache(maxsize=64)
def _forms_re(province: str) -> re.Pattern | None:
    forms = sorted(forms_of(province), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms))) if forms else None


def in_gazetteer(name: str, surfaces) -> bool:
    """Is ``name`` a form of a zone of the report's province?"""
    return name in forms_of(getattr(surfaces, "province", ""))


def gazetteer_spans(text: str, starts, surfaces) -> list[tuple[int, int]]:
    """(start, end) of each gazetteer form the text writes, longest first at each place, starting a token."""
    rx = _forms_re(getattr(surfaces, "province", ""))
    if rx is None:
        return []
    return [m.span() for m in rx.finditer(text) if m.start() in starts or m.start() == 0]


def names_a_place(words: str, surfaces) -> bool:
    """Do WORDS, written before a zone's form within one kept name, open with a place (雄安中关村科技园,
    三明中关村科技园: that place's own park, not the catalogue's zone) rather than an act (推动大连片区)?"""
    if place_prefix(words, surfaces) or (isinstance(surfaces, Surfaces) and surfaces.local_prefix(words)):
        return True
    return any(words[:n] in _division_names() for n in range(len(words), 1, -1))


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    """Every division's name, of any province, and the short name of a province or city (三明市, 三明): a
    county's short name is often a word (合作, 新兴, 光明)."""
    return frozenset(n for d in divisions.divisions().values()
                     for n in ((d.name, d.short) if d.level in ("province", "city") else (d.name,)) if len(n) >= 2)
