"""Who benefits from a work written as an act on a thing. The people or households 惠及 by the act
(“非直供电小区”改造惠及群众N户; 改造老旧小区N个，惠及N户居民) are that work's beneficiaries: X改造受益群众户数,
as the guideline's 改造X惠及群众N户 reads (names49; issue #13 item 2). owners.own_beneficiaries names the rest."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .lead_words import strip_words
from .qlexicon import qwords


def _w(key: str):
    return qwords("act_beneficiaries", key)


def _work_before(pre: str) -> str:
    """The work its own subject names (X改造 before 惠及), or ''."""
    m = re.fullmatch(_w("work"), pre)
    return m["work"] if m and not re.search(_w("not_in_work"), m["thing"]) else ""


def _work_of_clause(clause: str) -> str:
    """The work the clause before names as an act, a thing and how many (改造老旧小区1万余个 → 老旧小区改造), or ''."""
    m = re.fullmatch(_w("act_thing_count"), clause)
    return m["thing"] + m["act"] if m and not re.search(_w("not_in_work"), m["thing"]) else ""


def own_act_beneficiaries(text: str, sspan: Span, out: list[Quantity],
                          rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a count after 惠及 still bare of what benefits is the beneficiaries' of the work written as an act
    on a thing right before 惠及 in its quote, or in the clause right before (X改造惠及群众N户 → X改造受益群众户数);
    with nothing before 惠及 in its quote and no such work, still who benefits (惠及超3万名学生 → 受益学生人数; names57)."""
    verb, word = _w("verb"), _w("word")
    for q in starting_in(sspan, out):
        base = str(q.attrs.get("indicator_base") or "")
        if verb not in q.label or word in base or q.attrs.get("measure") != "count":
            continue
        pre = strip_words(q.label[:q.label.find(verb)], _w("lead"), _w("lead_marks"))
        if pre:
            work = _work_before(pre)
        else:
            clauses = re.split(_w("clause_marks"), text[sspan.start:q.span.start])
            work = _work_of_clause(clauses[-2].strip()) if len(clauses) >= 2 and not strip_words(clauses[-1], _w("lead"), _w("lead_marks")) else ""
        if work and work not in base:
            rename(q, work + word + base)
        elif not work and not pre and len(base) >= 2:
            rename(q, word + base)     # 惠及超3万名学生, no work named: 受益学生人数, not the students there are
