"""Back-references: a park named in full once and by the tail of its name elsewhere.

"中日（天津）健康产业发展合作示范区 … 合作示范区用好市级联席会议机制": once a park is kept, every other
mention of a tail of its name — starting at a word of the full name, with at least two characters
before the park head, not a generic word, and standing as a name of its own in its sentence (where a
name would start: after punctuation or a verb, 推动合作示范区建设) — is a mention of that park, whatever
the sentence-level decision said about it. Identity (``identity.py``, rule 2) then joins it to the full name.
"""
from __future__ import annotations

from .grammar import Candidate, lexicon, pos_tags
from .left_edge import left_boundary


def _tails(name: str) -> list[str]:
    """The tails of a park's name that can stand for it: from each word start, at least two
    characters before the head, the first word not generic (longest first)."""
    head = next((s["suffix"] for s in lexicon().park_suffixes if name.endswith(s["suffix"])), None)
    if head is None:
        return []
    out, pos = [], 0
    for word, _ in pos_tags(name):
        tail = name[pos:]
        if pos and len(tail) - len(head) >= 2 and word not in lexicon().generic and "）" not in tail:
            out.append(tail)
        pos += len(word)
    return out


def back_references(rows) -> None:
    """Add to each row's parks the tail mentions of the report's kept parks (see module doc)."""
    kept = {c.name for row in rows for c in row[1]}
    tails = sorted({t for n in kept for t in _tails(n) if t not in kept}, key=lambda t: (-len(t), t))
    if not tails:
        return
    order = {t: k for k, t in enumerate(tails)}
    lengths, firsts = sorted({len(t) for t in tails}), {t[0] for t in tails}
    for row in rows:
        st, parks, projects = row[0], row[1], row[3]
        taken = [(c.a, c.b) for c in (*parks, *projects)]
        for t, i in _occurrences(st.text, order, lengths, firsts):
            b = i + len(t)
            if i in st.starts and not any(i < bb and a < b for a, bb in taken) \
                    and left_boundary(st, b)[0] == i:
                parks.append(Candidate("Park", t, i, b, st))
                taken.append((i, b))
        parks.sort(key=lambda c: (c.a, c.b))


def _occurrences(text: str, order: dict[str, int], lengths: list[int], firsts: set[str]) -> list[tuple[str, int]]:
    """(tail, start) as finding each tail in ORDER's order, left to right and not overlapping itself, would
    give them; read in one pass over TEXT, looking up each slice of a tail's length where a tail's first
    character stands (each tail searched in every sentence was quadratic: 1,000 parks in nested brackets cost
    12 times as much at 4 times the size)."""
    found: dict[str, list[int]] = {}
    for i in (i for i, ch in enumerate(text) if ch in firsts):
        for n in lengths:
            if text[i:i + n] in order:
                found.setdefault(text[i:i + n], []).append(i)
    out = []
    for t in sorted(found, key=order.__getitem__):
        end = 0
        for i in found[t]:
            if i >= end:
                out.append((t, i))
                end = i + len(t)
    return out
