"""Things counted after their number that came to a place (N个X落地Y; names72): named as the place's landed
things (Y落地X数量), as the text's own 湘琼…产业园落地项目N个 is, not as the clause (X落地Y数量). The words are data
(``name_landed`` in data/lexicons/quantities.yaml)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import pos_of, qwords


def _w(key: str) -> str:
    return qwords("name_landed", key)


def own_landed(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a count named X落地Y, whose quote writes the number before X and ends with 落地Y (Y a place, with the
    further places of its list after the quote), is named Y落地X."""
    for q in starting_in(sspan, out):
        m = re.fullmatch(_w("name"), q.name_base)
        if m is None or q.attrs.get("measure") != "count":
            continue
        label, things = q.label, m.group("things")
        digit = re.search(r"\d", label)
        if not label.endswith(m.group("act") + m.group("place")) or not digit or label.find(things) < digit.end():
            continue    # the things before the number (谋划落地X项目N个): the act is the count's
        if not _a_place(m.group("place")):
            continue
        more = re.match(_w("more_places"), text[q.span.end:sspan.end])
        rename(q, m.group("place") + (more.group() if more else "") + m.group("act") + things)


def _a_place(words: str) -> bool:
    """Are WORDS a place: a place name (四川) or words closing on a place's head (沪明临港产业园), not 生根, 开花?"""
    tags = pos_of(words)
    return bool(tags) and (re.match(_w("place_tags"), tags[-1][1]) is not None
                           or re.search(_w("place_end"), words) is not None)
