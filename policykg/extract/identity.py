"""Identity: which park names of one report name the same park.

Three rules, in order: (1) the full form of an abbreviated suffix, without the jurisdiction's own
name in front (子牙经开区 = 天津子牙经济技术开发区, with 天津 the report's city); (2) a back-reference, a
shorter name that ends exactly one longer one (合作示范区 → 中日（天津）健康产业发展合作示范区); (3) a
contraction, a shorter name whose characters appear in order in exactly one longer name that starts
with the same two characters and has the same head (中俄蒙物流园 = 中俄蒙国际物流园区); (4) a short form, a
name whose distinctive part (before its park head) is written whole in exactly one longer name, followed by
a head its own head abbreviates (汽车园 = 中俄蒙国际汽车产业园). A project candidate that is such a short form
of one of the report's parks is that park's mention (``park_short_forms``). A park's label is its identity
name with the jurisdiction's name its text writes in front (``park_label``: 上海化工区). An indicator's identity name
writes out the short forms of its scope qualifier (规上 → 规模以上: ``indicator_identity``).
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from .candidates import park_kind
from .grammar import lexicon, parks_raw
from .identity_canon import below_dropped, inner_written_out, own_bracket_dropped, word_follows
from .qlexicon import gwords, lexicon as qlexicon
from .tagger import pos


def norm_park(name: str, jurisdiction_names: list[str], below: list[str] = ()) -> str:
    """The full form of a park name, without the jurisdiction's name in front (nor a division ``below`` it in
    front of a zone: ``identity_canon``), brackets unified."""
    return _placed_norm(name, jurisdiction_names, below=below)[1]


def _placed_norm(name: str, jurisdiction_names: list[str], expand: bool = True, below: list[str] = ()) -> tuple[str, str]:
    """(the jurisdiction's (or a division's) name norm_park drops in front of ``name``, as written, or "", and the
    norm; its abbreviated suffixes written out unless not ``expand``)."""
    full = inner_written_out(park_kind(name)[1]) if expand else name
    place, full = own_bracket_dropped(full.replace("(", "（").replace(")", "）"), jurisdiction_names)
    suffixes = {s["suffix"] for s in lexicon().park_suffixes}
    for p in sorted(jurisdiction_names, key=len, reverse=True) if not place else ():
        rest = full[len(p):]
        if full.startswith(p) and len(rest) > 2 and not word_follows(full, p) and not any(
                park_kind(r)[1] in suffixes or r in suffixes for r in (rest, _without_level(rest))):
            place, full = p, rest        # 天津子牙经济技术开发区 → 子牙…; not 上海示范区 → a bare 示范区
            break                        # nor 株洲国家高新技术产业开发区 → a bare (国家)高新技术产业开发区
    full = _level_dropped(full, suffixes)
    if expand:
        if not place and (rest := below_dropped(full, below)) != full:
            place, full = full[: len(full) - len(rest)], rest
    return place, full


def _levels() -> list[str]:
    return sorted(parks_raw()["context_cues"]["designation_levels"], key=len, reverse=True)


def _without_level(name: str) -> str:
    """``name`` without the designation level opening it (国家高新技术产业开发区 → 高新技术产业开发区)."""
    return next((name[len(w):] for w in _levels() if name.startswith(w)), name)


def _level_dropped(name: str, suffixes: set[str]) -> str:
    """``name`` without a designation level between its distinctive part (two characters or more) and a suffix
    written whole: 株洲国家高新技术产业开发区 → 株洲高新技术产业开发区, as a year writing 株洲高新区 alone names it."""
    for w in _levels():
        at = name.find(w, 2)
        if at >= 2 and name[at + len(w):] in suffixes:
            return name[:at] + name[at + len(w):]
    return name


def park_label(identity: str, spellings: list[str], jurisdiction_names: list[str], below: list[str] = ()) -> str:
    """A park's zh label: the longest spelling that writes a place (the jurisdiction's name, a unit above's, a
    division below's) in front of the identity name norm_park gives it (上海化工区 → 上海 + 化工区), as written
    when it abbreviates nothing (武汉东湖新技术开发区), else that place + the identity name (天津 + 子牙经济技术开发区),
    else the identity name alone. Only a name norm_park dropped comes back, so no label gains a place its text did
    not give the park."""
    placed = [s if park_kind(s)[1] == s else p + identity
              for s, (p, n) in ((s, _placed_norm(s, jurisdiction_names, below=below)) for s in spellings)
              if p and n == identity]
    return min(placed, key=lambda s: (-len(s), s)) if placed else identity


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _head(name: str) -> tuple[str, str]:
    base = name[:-1] if name.endswith(gwords("identity", "zone_word")) else name
    return park_kind(base)[0], base[-1]


def contraction_of(short: str, long: str) -> bool:
    """Is ``short`` a contraction of ``long`` (same start, same head, its characters in order)? A head
    contracted to its word's first character counts as the same head (边合区 of 边境经济合作区: 合作区 → 合区)."""
    return (len(short) < len(long) and short[:2] == long[:2] and _in_order(short, long)
            and (_head(short) == _head(long) or _head_contracted(short, long)))


def _head_contracted(short: str, long: str) -> bool:
    """Does ``short`` end with ``long``'s last two-character word before its zone character cut to its first
    (…合区 of …合作区), its own ending no suffix of another kind?"""
    suffixed = any(short.endswith(s["suffix"]) for s in lexicon().park_suffixes)
    return (len(short) >= 4 and short[-1] == long[-1] and short[-2] == long[-3] and short[-2:] != long[-2:]
            and (not suffixed or park_kind(short)[0] == park_kind(long)[0]))


@lru_cache(maxsize=1)
def _short_heads() -> tuple[tuple[str, ...], dict[str, list[str]], tuple[str, ...]]:
    """The park heads a short form may end with (the suffixes and their short forms, longest first),
    the short forms of an ending (园区 → 园) and the endings that are no park head (公园)."""
    raw = parks_raw()
    forms = raw.get("short_forms") or {}
    heads = {s["suffix"] for s in lexicon().park_suffixes} | {x for v in forms.values() for x in v}
    return tuple(sorted(heads, key=len, reverse=True)), forms, tuple(raw.get("not_heads") or ())


def short_form_of(short: str, long: str) -> bool:
    """Is ``short`` (distinctive part + park head) a short form of ``long``: its distinctive part, of two
    characters or more, written whole in ``long``, followed by a head whose characters hold its head's in
    order and end as it does (汽车园 of …汽车产业园, 子牙经开区 of …子牙经济技术开发区)?"""
    heads, forms, not_heads = _short_heads()
    head = next((h for h in heads if short.endswith(h)), None)        # the longest: 物流园 alone is no name
    if head is None or len(short) - len(head) < 2 or short.endswith(not_heads) or len(short) >= len(long):
        return False
    part = short[: -len(head)]
    at = long.rfind(part)
    rest = long[at + len(part):] if at >= 0 else ""
    for end, shorts in forms.items():     # the long head as the short head writes it (…园区 → …园)
        if rest.endswith(end) and any(head.endswith(x) for x in shorts):
            rest = rest[: -len(end)] + next(x for x in shorts if head.endswith(x))
    return bool(rest) and rest[-1] == head[-1] and (_in_order(head, rest) or _contracted_full_head(rest, head))


def _contracted_full_head(rest: str, head: str) -> bool:
    """Is ``rest`` (the long name's head) a contraction of the full form of the abbreviated ``head``, keeping
    two characters or more before their common ending (新技术开发区 of 高新区 = 高新技术产业开发区; not a bare 开发区)?"""
    full = park_kind(head)[1]
    if full == head or not _in_order(rest, full):
        return False
    common = next(i for i in range(min(len(rest), len(full)), -1, -1) if rest.endswith(full[len(full) - i:]))
    return len(rest) - common >= 2


def bracket_short_of(short: str, long: str) -> bool:
    """Is ``short`` a short form of a name with a bracketed place, ``long`` = A（B）R: B + R (珲春国际合作示范区 of
    中国图们江区域（珲春）国际合作示范区) or the first characters of A and B + R (深哈产业园 of 深圳（哈尔滨）产业园区),
    R written whole or in its short form (园区 → 园)?"""
    at, close = long.find("（"), long.find("）")
    if at < 1 or close < at + 2 or close == len(long) - 1 or "（" in short:
        return False
    outer, inner, rest = long[:at], long[at + 1:close], long[close + 1:]
    rests = {rest} | {rest[: -len(end)] + x for end, xs in _short_heads()[1].items() if rest.endswith(end) for x in xs}
    return any(short == lead + r for lead in (inner, outer[0] + inner[0]) for r in rests)


class _Names:
    """A report's park names indexed for _longer_form's three rules: each rule then tries only the names that
    can pass it (the names ending with a name, those starting with its two characters, those holding its
    distinctive part's first two), not every name (quadratic: 3,000 park names took 80 s)."""

    def __init__(self, norms: list[str]):
        self.reversed = sorted((o[::-1], o) for o in norms)
        self.by_start: dict[str, list[str]] = {}
        self.by_pair: dict[str, list[str]] = {}
        self.bracketed = [o for o in norms if "（" in o]
        for o in norms:
            self.by_start.setdefault(o[:2], []).append(o)
            for pair in sorted({o[i:i + 2] for i in range(len(o) - 1)}):
                self.by_pair.setdefault(pair, []).append(o)

    def ending(self, n: str) -> list[str]:
        """The names that end with ``n`` (n itself among them)."""
        key = n[::-1]
        at = bisect_left(self.reversed, (key,))
        out = []
        while at < len(self.reversed) and self.reversed[at][0].startswith(key):
            out.append(self.reversed[at][1])
            at += 1
        return out

    def holding(self, n: str) -> list[str]:
        """The names that may hold ``n``'s distinctive part (they hold its first two characters)."""
        heads = _short_heads()[0]
        head = next((h for h in heads if n.endswith(h)), None)
        part = n[: -len(head)] if head else ""
        return self.by_pair.get(part[:2], []) if len(part) >= 2 else []


def _inside(n: str, o: str) -> bool:
    """Is ``o`` a zone inside the park ``n`` (n written whole, then more: 自由贸易试验区 → …试验区哈尔滨片区)?"""
    return n in o and not o.endswith(n)


def _longer_form(n: str, names: _Names) -> str | None:
    """The one longer name of ``names`` that ``n`` ends, contracts, shortens or shortens past its bracketed
    place (rules 2–5 in turn); never a zone inside ``n``."""
    for rule, tried in ((lambda o: o.endswith(n), names.ending(n)),
                        (lambda o: contraction_of(n, o), names.by_start.get(n[:2], [])),
                        (lambda o: short_form_of(n, o), names.holding(n)),
                        (lambda o: bracket_short_of(n, o), names.bracketed)):
        longer = []
        for o in tried:
            if o != n and not _inside(n, o) and rule(o):
                longer.append(o)
                if len(longer) > 1:   # only one longer name decides
                    break
        if len(longer) == 1:
            return longer[0]
    return None


def park_identity(norms: list[str], written: dict[str, list[str]] | None = None) -> dict[str, str]:
    """normalised name → the normalised name of the park it denotes (itself when unique). ``written``: a
    norm → its spellings before their suffix was written out (``written_norm``), for ``_other_full_form``."""
    names = _Names(norms)
    out = {n: _longer_form(n, names) or n for n in norms}
    for n, forms in sorted((written or {}).items()):
        if out.get(n) == n and n not in forms:
            other = _other_full_form(n, forms, names)
            out[n] = out.get(other, other) if other else n
    return out


def written_norm(name: str, jurisdiction_names: list[str]) -> str:
    """``norm_park`` without writing out an abbreviated suffix (宁乡高新区 stays, not 宁乡高新技术产业开发区)."""
    return _placed_norm(name, jurisdiction_names, expand=False)[1]


def _other_full_form(n: str, forms: list[str], names: _Names) -> str | None:
    """The one other name of the report, of the same kind, that a short form (宁乡高新区) shortens when the full form its suffix
    writes out (…高新技术产业开发区) is written nowhere: the report writes the zone's own full name
    (宁乡高新技术产业园区), which the catalogue spelling of the abbreviation misses."""
    found = {o for w in forms for o in names.holding(w) if o != n and park_kind(o)[0] == park_kind(w)[0]
             and not _inside(w, o) and short_form_of(w, o)}
    return found.pop() if len(found) == 1 else None


def park_headed(name: str) -> bool:
    heads, _, not_heads = _short_heads()
    return name.endswith(heads) and not name.endswith(not_heads)


def park_short_forms(rows: list, jur_names: list[str]) -> int:
    """Move each project candidate (``row[3]``) whose name is a short form of exactly one of the report's
    parks (``row[1]``), and not a park's name itself, to its sentence's parks: the park's mention, not a
    project. The number moved."""
    norms = sorted({norm_park(c.name, jur_names) for row in rows for c in row[1]})
    names = _Names(norms)
    moved = 0
    for row in rows:
        keep = []
        for c in row[3]:
            n = norm_park(c.name, jur_names)
            if n not in norms and park_headed(n) and _longer_form(n, names):
                row[1].append(c)
                moved += 1
            else:
                keep.append(c)
        row[3][:] = keep
    return moved


def indicator_identity(name: str) -> str:
    """The name an indicator's IRI is made of: its scope qualifier's short forms written out
    (规上装备制造业增加值 → 规模以上装备制造业增加值), so either spelling of a later year reaches the node. Only a
    short form that is a word of its own is one: 限上 inside 期限上限 (期限 / 上限) stays."""
    forms = qlexicon("indicators").get("identity_forms") or {}
    if not any(short in name for short in forms):
        return name
    return "".join(forms.get(word, word) for word, _ in pos(name))
