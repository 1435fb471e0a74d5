"""What the rules that find a bare measure's owner in an earlier clause of its sentence share (clause_subjects.py,
names49; name_owner.py, names82; owners.py and investment_owners.py; sibling_owners.py and opened_owners.py,
names129): the clauses before the measure's own, the words opening a clause before its act, and the bounds of such a
subject. Each rule reads the values from its own section of quantities.yaml (``section`` below), where the values
they share are one anchor."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Span
from .qlexicon import lexicon, pos_of, qwords, starts_with_verb


def split_at(text: str, sspan: Span, start: int, marks: str) -> tuple[list[tuple[str, int, int]], str]:
    """The clauses (split at ``marks``, a class of one-character marks) of the sentence ``sspan`` before the one
    holding ``start``, in text order, each as (its words, its start, the end of its closing mark), and the words of
    that clause before ``start``."""
    rel = text[sspan.start:start]
    found = list(re.finditer(marks, rel))
    starts = [0] + [m.end() for m in found]
    return [(rel[a:m.start()], sspan.start + a, sspan.start + m.end()) for a, m in zip(starts, found)], rel[starts[-1]:]


def clauses_before(text: str, sspan: Span, start: int, section: str) -> list[tuple[str, int, int]]:
    """The clauses of the sentence ``sspan`` before the one the measure at ``start`` opens (only ``lead`` words
    before it there), as ``split_at`` gives them; [] when the measure does not open its clause or no clause
    stands before it."""
    earlier, own = split_at(text, sspan, start, qwords(section, "clause_marks"))
    return [] if not earlier or own.strip(qwords(section, "lead")) else earlier


def joined_clause_before(text: str, sspan: Span, start: int, section: str) -> tuple[str, int, int] | None:
    """The clause right before the one the measure at ``start`` opens (as ``clauses_before`` gives it), when the
    mark closing it is one of ``joins`` (a comma: never across ；or 。); else None."""
    clauses = clauses_before(text, sspan, start, section)
    return clauses[-1] if clauses and text[clauses[-1][2] - 1] in qwords(section, "joins") else None


def opening_run(words: list[tuple[str, str]], keeps: Callable[[int, str, str], bool]) -> tuple[str, int]:
    """The (word, tag) pairs opening ``words`` that each ``keeps(i, word, tag)``, joined, and how many they are."""
    n = next((i for i, (word, tag) in enumerate(words) if not keeps(i, word, tag)), len(words))
    return "".join(word for word, _ in words[:n]), n


def opening_words(clause: str, section: str, holds: Callable[[str, str], bool]) -> str:
    """The words opening ``clause`` before its act (a word of ``act_tags`` or ``more_act_tags``, but one of
    ``opening_tags`` first), when a subject ``holds`` each (word, tag) and no verb opens the clause; else ''."""
    clause = clause.strip()
    if starts_with_verb(clause):
        return ""
    own = lexicon("quantities")[section]
    acts, openers = (*own["act_tags"], *own.get("more_act_tags", ())), own.get("opening_tags", ())

    def act(i: int, tag: str) -> bool:
        return tag in acts and not (i == 0 and tag in openers)
    words = pos_of(clause)
    subject, n = opening_run(words, lambda i, word, tag: not act(i, tag) and holds(word, tag))
    # no act after the words: a plain noun phrase, a heading, no thing doing anything
    return subject if n < len(words) and act(n, words[n][1]) else ""


def within_bounds(subject: str, section: str) -> bool:
    """Whether ``subject`` is ``subject_chars`` long, opens with no ``manner`` word (大力推进X) and holds no
    ``not_subject`` pattern (a place, a quality)."""
    lo, hi = qwords(section, "subject_chars")
    return lo <= len(subject) <= hi and not re.match(qwords(section, "manner"), subject) \
        and not re.search(qwords(section, "not_subject"), subject)
