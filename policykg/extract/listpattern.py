"""Patterns that begin with a list of members, ``((?:[M]+、)*[M]+)`` (A、B、C等…), searched in time
linear in the text.

``re.finditer`` tries every start; on a long stretch of member characters that holds no match each
start scans the stretch to its end, which is quadratic (a line of 10,000 ideographs took seconds per
pattern). A match starting inside such a stretch would also match from the stretch's start (the first
member takes the characters before it), so once a start fails, every start up to the stretch's end
fails too and is skipped. The matches are those of ``re.finditer``, found the same way.
"""
from __future__ import annotations

import re
from collections.abc import Iterator


class ListPattern:
    """``re.compile(f"((?:[{member}]+、)*[{member}]+)" + rest)`` with a linear-time ``finditer``."""

    def __init__(self, member: str, rest: str):
        self.pattern = rf"((?:[{member}]+、)*[{member}]+)" + rest
        self.re = re.compile(self.pattern)
        self._stretch = re.compile(rf"(?:[{member}]+、)*[{member}]+")

    def finditer(self, text: str) -> Iterator[re.Match]:
        """What ``self.re.finditer(text)`` yields."""
        pos = 0
        while True:
            s = self._stretch.search(text, pos)
            if s is None:
                return
            m = self.re.match(text, s.start())
            if m is None:
                pos = s.end()       # no later start inside this stretch matches either
                continue
            yield m
            pos = m.end()
