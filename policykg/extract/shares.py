"""Things in a state: a percentage before the things and what they do or reached (N%的X达到Y) is the share
of X that did: XY比例, not the whole stock of X nor X with its verb and no measure; a count of some of the
things counted before it (其中N项为全国首创) counts those things in that state; a share of things covered,
written after the number (X覆盖N%乡镇), is their coverage rate: X乡镇覆盖率."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import pos_of, qwords


def _w(key: str):
    return qwords("shares", key)


def _state_of(label: str, base: str) -> str:
    """The things and their state after the percentage opening ``label`` (N%的X达到Y → X达到Y), or ''
    when no verb follows the things the figure was named by."""
    m = re.fullmatch(_w("share_of_things"), label)
    if not m or not base or not m["rest"].startswith(base[:2]):
        return ""
    rest = m["rest"]
    if re.search(_w("done"), rest) or not any(t in _w("verb_tags") for _, t in pos_of(rest)[1:]):
        return ""
    return rest


def own_states(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: N%的X+predicate names the share of X in that state (90%的X达到Y → X达到Y比例)."""
    for q in out:
        if not sspan.start <= q.span.start < sspan.end or q.unit not in _w("units"):
            continue
        state = _state_of(q.label, q.name_base)
        if state:
            rename(q, state + _w("suffix"))


def own_subsets(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a count with nothing counted after its number, only a 为/向 predicate (X N项，其中M项为全国首创 /
    M项向全国推广), counts those of the things of the count before it, in the same classifier, so stated:
    全国首创X数量."""
    mine = starting_in(sspan, out)
    for prev, q in zip(mine, mine[1:]):
        m = re.fullmatch(_w("subset"), q.label)
        if not m or prev.attrs.get("measure") != "count" or not prev.unit.endswith(m["cls"]):
            continue
        thing = str(prev.attrs.get("indicator_base") or "")
        if len(thing) >= 2 and len(m["pred"]) >= 2:
            rename(q, m["pred"] + thing)


def own_coverage(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a percentage named by what covers and 覆盖, with the things covered right after the number in its
    clause (优质公办幼儿园覆盖95%乡镇, X覆盖全省93%的建制镇), is the coverage rate of those things: X乡镇覆盖率."""
    for q in starting_in(sspan, out):
        if q.unit not in _w("units") or not (m := re.fullmatch(_w("covering"), q.name_base)):
            continue
        things = re.match(_w("covered"), text[q.span.end:sspan.end])
        if things and not re.search(r"\d", things["things"]):
            rename(q, m["what"] + things["things"] + _w("coverage"))
