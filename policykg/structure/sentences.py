"""Split report text into sentences and clauses, keeping code-point offsets."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Span

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n+")
_CLAUSE_END = re.compile(r"[，,、：:]")


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Sentences of ``text[start:end]``; a sentence ends at 。！？； or a line break."""
    end = len(text) if end is None else end
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        span = _trimmed(text, pos, m.end() if m.group().strip() else m.start())
        if span:
            yield span
        pos = m.end()
    span = _trimmed(text, pos, end)
    if span:
        yield span


def clause_spans(text: str, span: Span) -> Iterator[Span]:
    """Comma-separated clauses of one sentence (punctuation excluded)."""
    pos = span.start
    for m in _CLAUSE_END.finditer(text, span.start, span.end):
        s = _trimmed(text, pos, m.start())
        if s:
            yield s
        pos = m.end()
    s = _trimmed(text, pos, span.end)
    if s:
        yield s
