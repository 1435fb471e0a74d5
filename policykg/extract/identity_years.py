"""Identity across years: which park identities of several reports of one jurisdiction name the same park.

Within a report, ``identity.park_identity`` joins a short or contracted spelling to the one longer name it
shortens; a report alone never sees the spelling another year uses, so 奋斗镇农业园区 (one year) and
奋斗镇农业发展园区 (the next) keep two identities, and so do 深哈产业园 and 深圳（哈尔滨）产业园区. Across reports
only the rules that read the name itself apply: a contraction (``identity.contraction_of``: same first two
characters, same head, characters in order) and a short form past a bracketed place
(``identity.bracket_short_of``). A back-reference (a name ending a longer one) is the text's anaphora and stays
inside its report: across reports it would join 鄂州's 空港综合保税区 to 武汉新港空港综合保税区, two parks. Nor
are two names joined whose labels write two different places before the identity (the place guard). A name joins
only when exactly one longer identity of the other reports qualifies; the result depends on the set of
(report, identity, label) triples only, never on their order.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .identity import bracket_short_of, contraction_of


def written_place(identity: str, label: str) -> str:
    """The place a park's label writes in front of its identity name (天津 of 天津子牙经济技术开发区), or ''."""
    return label[: len(label) - len(identity)] if label.endswith(identity) and label != identity else ""


def _same_park(short: str, long: str) -> bool:
    """Does ``short`` name the park ``long`` by the name alone (a contraction or a bracketed place's short form)?"""
    return contraction_of(short, long) or bracket_short_of(short, long)


def year_identities(parks: list[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
    """(report, identity) → the identity it takes across the reports of one jurisdiction, for each park of
    ``parks`` ((report, identity, zh label) triples) that the name rules join to longer identities written in other
    reports that all end, step by unique step, in one identity (a chain: 甲园 → 甲产业园 → 甲高新产业园 takes the
    last); parks that keep their own identity are not listed. A report that writes the end identity itself, or
    whose two identities would end in the same one, keeps its parks apart, as its own text does."""
    steps = _steps(parks)
    ends: dict[tuple[str, str], str] = {}
    for key in sorted(steps):
        end = _end(key, steps, {})
        if end is not None:
            ends[key] = end
    own = defaultdict(set)
    for report, ident, _ in parks:
        own[report].add(ident)
    taken = Counter((r, e) for (r, _), e in ends.items())
    return {(r, i): e for (r, i), e in ends.items() if e not in own[r] and taken[(r, e)] == 1}


def _steps(parks: list[tuple[str, str, str]]) -> dict[tuple[str, str], set[str]]:
    """(report, identity) → the longer identities of other reports the name rules join it to (none: not listed)."""
    places: dict[str, set[str]] = {}
    reports: dict[str, set[str]] = {}
    for report, ident, label in parks:
        places.setdefault(ident, set()).add(written_place(ident, label))
        reports.setdefault(ident, set()).add(report)
    out = {}
    for report, ident, _ in sorted(set(parks)):
        longer = {o for o in reports if o != ident and reports[o] - {report} and _same_park(ident, o)
                  and not _places_differ(places[ident], places[o])}
        if longer:
            out[(report, ident)] = longer
    return out


def _end(key: tuple[str, str], steps: dict, seen: dict) -> str | None:
    """The one identity every step from ``key`` ends in (following each longer identity's own steps), or None
    when they end in two."""
    if key in seen:
        return seen[key]
    seen[key] = None        # a cycle ends nowhere (the names only grow, so none is expected)
    found = {_onward(o, steps, seen) for o in steps[key]}
    seen[key] = found.pop() if len(found) == 1 else None
    return seen[key]


def _onward(ident: str, steps: dict, seen: dict) -> str | None:
    """Where ``ident`` ends: the one end its steps reach in every report that writes it with steps, itself when
    none does; None when its reports end it in two identities (the chain forks)."""
    mine = [k for k in steps if k[1] == ident]
    if not mine:
        return ident
    ends = {_end(k, steps, seen) for k in mine}
    return ends.pop() if len(ends) == 1 else None


def _places_differ(a: set[str], b: set[str]) -> bool:
    """Do two parks' labels each write a place, and never the same one?"""
    a, b = a - {""}, b - {""}
    return bool(a) and bool(b) and not a & b


def year_pairs(parks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(report, identity, identity taken) of every join ``year_identities`` makes, sorted: the rule's firings."""
    return sorted((r, i, o) for (r, i), o in year_identities(parks).items())
