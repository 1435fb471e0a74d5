"""Whose a bare measure is (names82; issue #13). A figure named by measure words alone (营收规模, 资产总额, 占全国比重,
总规模) measures the thing it qualifies with 的 (总规模1000亿元的X基金 → X基金总规模), else, when it opens its clause,
the nearest thing a clause before it in its sentence is about: the nouns opening that clause before its act, even
when that clause gives the thing's own figures (软信产业“满天星”行动新增从业人员…，营收规模突破… → 软信产业营收规模,
the quoted nickname being the campaign's; 经济总量连续跨过…，占全国比重… → 经济总量占全国比重). A clause opened by a
bare measure is passed over (政府投融资平台不断做大,资产总额达到…,完成融资… → 政府投融资平台融资); an act with no
doer, a list, a place, a quality (运行质量效益) or another figure's name ends the search: the figure stays the place's."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .earlier_clauses import clauses_before, opening_words, within_bounds
from .qlexicon import qwords, starts_with_verb


def _w(key: str):
    return qwords("name_owner", key)


def is_bare(name: str) -> bool:
    """Whether ``name`` is measure words only (营收规模, 占全国比重, 总花费), with no thing measured."""
    return bool(re.fullmatch(_w("bare"), name))


def opening_nouns(clause: str) -> str:
    """The words opening ``clause`` before its act (a verb, an adverb) when they hold no number, or ''."""
    return opening_words(clause, "name_owner", lambda word, tag: tag not in _w("not_subject_tags") or word in _w("marks"))


def clause_owner(clauses: list[tuple[str, list[str]]]) -> str:
    """The nearest owner the clauses before a bare measure (nearest last; each with the names of its figures)
    hold, or ''."""
    for clause, names in reversed(clauses):
        clause = clause.strip()
        if not clause:
            return ""
        if is_bare(_opening_measure(clause)):
            continue    # the same owner's other figure (资产总额达到…): look further back
        subject = opening_nouns(clause)
        if any(n.startswith(subject) and not _holds_act(n[len(subject):]) for n in names if subject):
            return ""   # the clause opens with a figure's own name (社会消费品零售总额增长…): another figure's thing
        subject = re.sub(_w("nickname"), "", subject)
        if not within_bounds(subject, "name_owner") or is_bare(subject):
            return ""
        return subject
    return ""


def _holds_act(rest: str) -> bool:
    """Whether an act stands in ``rest`` (行动新增从业人员: the subject did it, its figure counts what it did)."""
    return any(starts_with_verb(rest[k:]) for k in range(len(rest)))


def _opening_measure(clause: str) -> str:
    """The longest run of measure words opening ``clause`` after a place or lead word (全省贷款余额达… → 贷款余额), or ''."""
    clause = clause[re.match(_w("place_lead"), clause).end():]
    return next((clause[:n] for n in range(len(clause), 1, -1) if is_bare(clause[:n])), "")


def own_bare_owners(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a figure named by measure words alone is the measure of the thing it qualifies with 的, else, when it
    opens its clause (after 全年, 累计 …), of the nearest thing an earlier clause of its sentence is about."""
    figures = starting_in(sspan, out)
    for q in figures:
        if not is_bare(q.name_base):
            continue
        owner = qualified_thing(text, q) or _clause_owner_of(text, sspan, q, figures)
        if owner and owner not in q.name_base:
            rename(q, owner + q.name_base)


def qualified_thing(text: str, q: Quantity) -> str:
    """Rule: a bare measure qualifying the thing written right after it with 的 is that thing's (组建总规模1000亿元的
    省战略性新兴产业投资引导基金 → 省战略性新兴产业投资引导基金总规模), as a project's own investment is."""
    m = re.match(_w("qualified"), text[q.span.end:q.span.end + _w("qualified_reach")])
    return m["thing"] if m and not starts_with_verb(m["thing"]) else ""


def _clause_owner_of(text: str, sspan: Span, q: Quantity, figures: list[Quantity]) -> str:
    """The owner the clauses before ``q``'s in its sentence hold, when ``q`` opens its clause, or ''."""
    clauses = clauses_before(text, sspan, q.span.start, "name_owner")
    return clause_owner([(clause, [p.name_base for p in figures if a <= p.span.start < b]) for clause, a, b in clauses])
