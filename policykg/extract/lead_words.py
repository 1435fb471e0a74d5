"""Whole lead words off a name's ends (全年共 …, 和 …), never a character of a longer word: a character set
stripped 并网线路 to 网线路 and 共享 to 享 (names54). The words are data (regexes in the lexicons)."""
from __future__ import annotations

import re

from .qlexicon import pos_of


def strip_words(s: str, words: str, marks: str = "", ends: str = "both") -> str:
    """``s`` without the ``marks`` characters (punctuation, spaces) and the whole ``words`` (a regex
    alternation) at its ``ends`` ('both', 'left', 'right'); a word is cut only when the tagger reads it as
    a word of its own there (共 in 共建成, not in 共享)."""
    left, right = ends in ("both", "left"), ends in ("both", "right")
    while True:
        before = s
        s = s.lstrip(marks) if left else s
        s = s.rstrip(marks) if right else s
        m = re.match(f"(?:{words})", s) if left else None
        if m and pos_of(s)[0][0] == m.group():
            s = s[m.end():]
        m = re.search(f"(?:{words})$", s) if right else None
        if m and s != m.group() and pos_of(s)[-1][0] == m.group():
            s = s[:m.start()]
        elif m and s == m.group():
            s = ""
        if s == before:
            return s
