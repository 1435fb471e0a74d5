"""Context features of the park/project decision that say how specific a name is and what the clause
does with it: how many dev reports use its words, and the name itself or what follows its place
(``data/lexicons/report_words.tsv``, ``report_words.py``, dev reports only; a dev report's own use is
left out while the decision is fitted), a phase or a count inside it, and the class (``verb_classes`` of ``projects.yaml``) of the verb
before it, the predicate after it (or, with none at once, the first class word further on in its clause:
a list's shared predicate) and a verb inside it."""
from __future__ import annotations

import re
from contextlib import contextmanager
from functools import lru_cache

from .. import resources
from .grammar import COUNT, lexicon_raw
from .qlexicon import gpattern
from .surfaces import place_prefix

_PHASE = gpattern("specificity", "phase", count=COUNT)
_COUNT_INSIDE = gpattern("specificity", "count_inside", count=COUNT)
_LEFT_OUT: frozenset[str] | dict[str, int] = frozenset()   # the words of the dev report(s) being described


@lru_cache(maxsize=1)
def report_words() -> dict[str, int]:
    """Word → the number of dev reports using it (words of at least two reports)."""
    path = resources.root() / "data" / "lexicons" / "report_words.tsv"
    return dict(resources.tsv_rows(path, 2, numbers=(1,)))


@lru_cache(maxsize=1)
def _classes() -> tuple[tuple[str, str], ...]:
    """(word, class) pairs, longest word first."""
    pairs = [(w, c) for c, ws in lexicon_raw()["verb_classes"].items() for w in ws]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@contextmanager
def leaving_out(vocabulary: frozenset[str] | dict[str, int]):
    """While fitting: the counts a dev report's candidates see leave out that report's own use. A mapping
    (word → reports) leaves out a held-out group's use (``scripts/loro_fast.py --group``)."""
    global _LEFT_OUT
    _LEFT_OUT = vocabulary
    try:
        yield
    finally:
        _LEFT_OUT = frozenset()


def reports_using(words: dict[str, int], w: str) -> int:
    """How many dev reports use ``w`` (``words``: word → reports), less the use ``leaving_out`` holds out."""
    left = _LEFT_OUT.get(w, 0) if isinstance(_LEFT_OUT, dict) else w in _LEFT_OUT
    return max(words.get(w, 0) - left, 0)


def _spread(n: int) -> str:
    return "one" if n <= 1 else "few" if n <= 4 else "some" if n <= 9 else "most"


def verb_before(text: str) -> str | None:
    """The class of the nearest class word in ``text`` (the clause before a name)."""
    best = (-1, None)
    for w, c in _classes():
        i = text.rfind(w)
        if i >= 0 and i + len(w) > best[0]:
            best = (i + len(w), c)
    return best[1]


def verb_after(text: str) -> str | None:
    """The class of the predicate ``text`` (what follows a name) opens with, past an adverb."""
    for adv in lexicon_raw()["predicate_adverbs"]:
        if text.startswith(adv):
            text = text[len(adv):]
            break
    return next((c for w, c in _classes() if text.startswith(w)), None)


def verb_later(text: str) -> str | None:
    """The class of the first class word further on in ``text`` (the rest of a name's clause, past
    its list neighbours: the shared predicate of a list comes after its last member)."""
    best = (len(text), None)
    for w, c in _classes():
        i = text.find(w, 1)
        if 0 < i < best[0]:
            best = (i, c)
    return best[1]


COUNT_KEYS = ("spread_min", "spread_last", "recurs", "rest_recurs")   # the features the word counts give


def count_features(k: str, name: str, mod_tokens, places, using) -> dict[str, float]:
    """The features of ``COUNT_KEYS``: ``using(word)`` is the number of other reports using a word."""
    content = [w for w in mod_tokens if len(w) >= 2 and w not in places]
    f = {}
    if content:
        f[f"{k}:spread_min={_spread(min(using(w) for w in content))}"] = 1.0
        f[f"{k}:spread_last={_spread(using(content[-1]))}"] = 1.0
    else:
        f[f"{k}:spread_min=none"] = 1.0
    place = place_prefix(name, places)
    cut = len(place) if place and len(name) > len(place) else 0
    for key, n in (("recurs", using(name)), ("rest_recurs", using(name[cut:]) if cut else 0)):
        if n >= 3:      # the name, or what follows its place, recurs across reports: a kind of thing
            f[f"{k}:{key}={_spread(n)}"] = 1.0
    return f


def specificity(k: str, name: str, modifier: str, mod_tokens: list[str], places, before: str,
                after: str) -> dict[str, float]:
    """The features, each prefixed by the kind ``k``."""
    words = report_words()
    f = count_features(k, name, mod_tokens, places, lambda w: reports_using(words, w))
    gov, pred = verb_before(before), verb_after(after)
    f[f"{k}:gov={gov}"] = 1.0
    f[f"{k}:pred={pred}"] = 1.0
    if pred is None:
        f[f"{k}:later={verb_later(after)}"] = 1.0
    inner = {c for w, c in _classes() if w in modifier[1:]}
    for c in sorted(inner & {"honour", "lead", "state"}):
        f[f"{k}:inner={c}"] = 1.0
    if _PHASE.search(name):
        f[f"{k}:phase"] = 1.0
    if _COUNT_INSIDE.search(modifier):
        f[f"{k}:count_inside"] = 1.0
    if "“" in name[1:] or "”" in name[:-1]:
        f[f"{k}:quote_inside"] = 1.0
    return f
