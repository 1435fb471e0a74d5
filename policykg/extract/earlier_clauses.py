"""What the two rules that find a bare measure's owner in an earlier clause of its sentence share
(clause_subjects.py, names49; name_owner.py, names82): the clauses before the measure's own, the words opening
a clause before its act, and the bounds of such a subject. Each rule reads the values from its own section of
quantities.yaml (``section`` below), where the values they share are one anchor."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Span
from .qlexicon import lexicon, pos_of, qwords, starts_with_verb


def clauses_before(text: str, sspan: Span, start: int, section: str) -> list[tuple[str, int, int]]:
    """The clauses of the sentence ``sspan`` before the one the measure at ``start`` opens (only ``lead`` words
    before it there), in text order, each as (its words, its start, the end of its closing mark); [] when the
    measure does not open its clause or no clause stands before it."""
    rel = text[sspan.start:start]
    marks = list(re.finditer(qwords(section, "clause_marks"), rel))
    if not marks or rel[marks[-1].end():].strip(qwords(section, "lead")):
        return []
    starts = [0] + [m.end() for m in marks]
    return [(rel[a:m.start()], sspan.start + a, sspan.start + m.end()) for a, m in zip(starts, marks)]


def opening_words(clause: str, section: str, holds: Callable[[str, str], bool]) -> str:
    """The words opening ``clause`` before its act (a word of ``act_tags`` or ``more_act_tags``, but one of
    ``opening_tags`` first), when a subject ``holds`` each (word, tag) and no verb opens the clause; else ''."""
    clause = clause.strip()
    if starts_with_verb(clause):
        return ""
    own = lexicon("quantities")[section]
    acts, openers = (*own["act_tags"], *own.get("more_act_tags", ())), own.get("opening_tags", ())
    subject = ""
    for i, (word, tag) in enumerate(pos_of(clause)):
        if tag in acts and not (i == 0 and tag in openers):
            return subject if i else ""
        if not holds(word, tag):
            return ""
        subject += word
    return ""       # a plain noun phrase: a heading, no thing doing anything


def within_bounds(subject: str, section: str) -> bool:
    """Whether ``subject`` is ``subject_chars`` long, opens with no ``manner`` word (大力推进X) and holds no
    ``not_subject`` pattern (a place, a quality)."""
    lo, hi = qwords(section, "subject_chars")
    return lo <= len(subject) <= hi and not re.match(qwords(section, "manner"), subject) \
        and not re.search(qwords(section, "not_subject"), subject)
