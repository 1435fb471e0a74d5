"""Whose a name cut to its head is. A name opening with the last word of a thing its sentence, or the
sentence right before it, names in full (X问题, X产业集群, X产业) is that thing's: the report shortens a
thing it has just named, as in 开展涉企历史遗留问题攻坚行动，力争问题解决率… (issue #13, names41)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Quantity, Span, starting_in
from .qlexicon import pos_of, qwords


def _w(key: str):
    return qwords("short_heads", key)


def _noun_runs(text: str) -> list[list[str]]:
    """The runs of nouns in ``text``, clause by clause, as lists of words."""
    runs: list[list[str]] = []
    for clause in filter(None, re.split(_w("clause_marks"), text)):
        run: list[str] = []
        for w, t in pos_of(clause) + (("", ""),):     # the empty word closes the last run
            if t in _w("noun_tags"):
                run.append(w)
            elif run:
                runs.append(run)
                run = []
    return runs


def _in_full(run: list[str], head: str) -> str:
    """The words of ``run`` up to the first that ends with ``head``, when they say more than ``head`` and
    ``head`` is not inside a longer compound there (重大产业项目 names projects, not an industry)."""
    for k, w in enumerate(run):
        if w.endswith(head) and not (k + 1 < len(run) and re.match(_w("compound_tails"), run[k + 1])):
            full = "".join(run[:k + 1])
            return full if len(full) > len(head) and not re.search(_w("not_full"), full) else ""
    return ""


def _full_thing(text: str, sspan: Span, q: Quantity, head: str) -> str:
    """The thing ending in ``head`` first named in full before ``q`` in its sentence, else the one that
    opens the sentence right before it in its paragraph (X产业重点推动…。产业规模… → X产业), or ''."""
    for run in _noun_runs(text[sspan.start:q.span.start]):
        if full := _in_full(run, head):
            return full
    para = text.rfind("\n", 0, sspan.start) + 1
    before = text[para:sspan.start].rstrip()[:-1] if sspan.start > para else ""
    prev = re.split(_w("sentence_ends"), before)[-1].lstrip()    # a paragraph's indent (　　) opens no thing
    runs = _noun_runs(prev)
    return _in_full(runs[0], head) if runs and prev.startswith(runs[0][0]) else ""


def own_short_heads(text: str, sspan: Span, out: list[Quantity], rename: Callable[[Quantity, str], None]) -> None:
    """Rule: a name of a bare generic head (问题, 集群, 产业) and then a measure takes the thing its
    sentence first names in full with that head, or the thing opening the sentence right before (涉企历史遗留
    问题攻坚行动，力争问题解决率… → 涉企历史遗留问题解决率; 低空经济产业…。产业规模… → 低空经济产业规模)."""
    for q in starting_in(sspan, out):
        base = q.name_base
        head = next((h for h in _w("heads") if base.startswith(h)), "")
        if not head or not re.fullmatch(_w("measures"), base[len(head):]):
            continue
        if base not in q.label or q.label[:q.label.find(base)].endswith(_w("cut_marks")):
            continue    # the name is not written bare (人形机器人、人工智能等产业营收: a list cut from it)
        if full := _full_thing(text, sspan, q, head):
            rename(q, full + base[len(head):])
