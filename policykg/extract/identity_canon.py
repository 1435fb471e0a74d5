"""Canonical identity names: one name for one park whatever spelling a year of its jurisdiction writes.

A park's IRI is made of its identity name, so a spelling that only another year writes must reach the same
name on its own, without the other spelling in the same report (issue 12, parks66; parks66's canonical head, one
probe family, was taken out in names125): (2) an abbreviated suffix written inside a longer name is written out
(自贸试验区哈尔滨片区 → 自由贸易试验区哈尔滨片区); (3) the jurisdiction's own bracketed place in front of a
section's name is dropped (中国（黑龙江）自由贸易试验区哈尔滨片区 → 自由贸易试验区哈尔滨片区 in a Heilongjiang report);
(4) a division below the jurisdiction is dropped in front of a zone named with an abbreviated suffix's full form
(武汉东湖高新技术产业开发区 → 东湖高新技术产业开发区 in a Hubei report); (5) a place name is never dropped when a
one-character word follows it, for the two are one proper name (江门港物流园, 苏州湾数字产业园).
"""
from __future__ import annotations

from functools import lru_cache

from .grammar import lexicon
from .tagger import pos


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[tuple[str, str], ...]:
    """(abbreviated suffix, its full form), longest abbreviation first."""
    pairs = {(s["suffix"], s["expand"]) for s in lexicon().park_suffixes if s.get("expand")}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


def inner_written_out(name: str) -> str:
    """``name`` with an abbreviated suffix written inside it, more name following, written out in full."""
    for short, full in _abbreviations():
        at = name.find(short)
        if 0 <= at and at + len(short) < len(name) and not name.startswith(full, at):
            return name[:at] + full + name[at + len(short):]
    return name


def own_bracket_dropped(name: str, jurisdiction_names: list[str]) -> tuple[str, str]:
    """(the bracketed jurisdiction's name and what stands before it (中国（黑龙江）), or "", and ``name`` without
    it): dropped when a zone's name and then more follows (a section of the jurisdiction's own zone)."""
    close = name.find("）")
    at = name.find("（")
    if 0 <= at < close and name[at + 1:close] in jurisdiction_names:
        rest = name[close + 1:]
        suffix = _written_prefix_suffix(rest)
        if suffix and len(rest) > len(suffix):
            return name[:close + 1], rest
    return "", name


def _written_prefix_suffix(rest: str) -> str:
    """The longest park suffix ``rest`` starts with, or ""."""
    found = [s["suffix"] for s in lexicon().park_suffixes if rest.startswith(s["suffix"])]
    return max(found, key=len) if found else ""


def word_follows(name: str, place: str) -> bool:
    """Does a one-character word follow ``place`` at the start of ``name`` (江门 + 港 + 物流园)?"""
    at = 0
    for word, _ in pos(name):
        if at == len(place):
            return len(word) == 1
        at += len(word)
    return False


def below_dropped(name: str, below: list[str]) -> str:
    """``name`` without a division below the jurisdiction in front, when the rest is a zone named with an
    abbreviated suffix's full form after a distinctive part of two characters or more (东湖高新技术产业开发区)."""
    full = next((f for _, f in _abbreviations() if name.endswith(f)), None)
    if full is None:
        return name
    for place in below:
        rest = name[len(place):]
        if name.startswith(place) and len(rest) - len(full) >= 2 and not word_follows(name, place):
            return rest
    return name
