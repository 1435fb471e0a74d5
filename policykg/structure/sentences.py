"""Split report text into sentences and clauses, keeping code-point offsets."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

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
    """Sentences of ``text[start:end]``; a sentence ends at 。！？； or a line break, and one longer than
    typing.yaml's sentence_max is cut into pieces no longer (_bounded)."""
    end = len(text) if end is None else end
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        span = _trimmed(text, pos, m.end() if m.group().strip() else m.start())
        if span:
            yield from _bounded(text, span)
        pos = m.end()
    span = _trimmed(text, pos, end)
    if span:
        yield from _bounded(text, span)


@cache
def _bound() -> tuple[int, re.Pattern]:
    from ..extract.qlexicon import lexicon
    typing = lexicon("typing")
    return typing["sentence_max"], re.compile(typing["sentence_breaks"])


def _bounded(text: str, span: Span) -> Iterator[Span]:
    """span, or pieces of it of at most sentence_max characters, each ending after the last break (a clause
    mark, a table's bar, a space) in the piece's second half, else at the bound: every figure's reading scans
    its sentence. The reader has already dropped a figure's thousands commas (12,345 is read as 12345)."""
    most, breaks = _bound()
    pos = span.start
    while span.end - pos > most:
        cut = pos + most
        for m in breaks.finditer(text, pos + most // 2, cut):
            cut = m.end()
        piece = _trimmed(text, pos, cut)
        if piece:
            yield piece
        pos = cut
    piece = _trimmed(text, pos, span.end)
    if piece:
        yield piece


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
