"""What a regular expression of the data files is, as shapes.json records it (data_shapes): its template fields,
whether it matches the empty string and whether an unbounded repeat stands inside another (exponential on a failing
run). Split from data_shapes, which checks a user's edited files against these facts."""
from __future__ import annotations

import re
import string

try:
    from re import _constants as _C, _parser as _P
except ImportError:  # Python < 3.11
    import sre_constants as _C
    import sre_parse as _P

from .pattern_choices import ambiguous, ambiguous_filled

META = set("\\[]()|*+?^$")
_FIELD = re.compile(r"[A-Za-z_]\w*")
_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op)
_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
               _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W"}


def nested_repeat(text: str) -> bool:
    """Does the pattern TEXT hold an unbounded repeat inside another (``_nested``)? re.error when it is none."""
    return _nested(list(_P.parse(text)), False)


def pattern_facts(text: str) -> dict | None:
    """A string's facts as a pattern (fields, empty, nested, its named groups), or None when it is no regular expression: no
    regex mark (a plain word), or one that does not compile as written (a list of marks)."""
    if not META & set(text):
        return None
    try:
        parsed = _P.parse(text)
        empty = re.compile(text).search("") is not None
    except (re.error, ValueError, IndexError):
        return None
    fields = sorted(template_fields(text) or ())
    facts = {"t": "pattern", "fields": fields, "empty": empty, "nested": _nested(list(parsed), False),
             "ambiguous": ambiguous(text)}
    groups = sorted(re.compile(text).groupindex)    # the named groups the code reads from a match (m["n"])
    if groups:
        facts["groups"] = groups
    return {**facts, "filled": ambiguous_filled(text, fields)} if fields else facts



def template_fields(text: str) -> set[str] | None:
    """The str.format fields a pattern template names ({num}, {cjk}); None when TEXT is no template (a
    brace it holds is a regex quantifier, {0,12}, or stands alone)."""
    try:
        found = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError:
        return None
    return found if found and all(_FIELD.fullmatch(f) for f in found) else None


def _nested(items, inside) -> bool:
    """True when an unbounded repeat stands inside another unbounded repeat (``(a+)+``): a failing match may
    try every split of the run, exponential in its length. Not when the inner one repeats one character and the
    item after it (last in the outer repeat's body: the body's first) is a character it cannot match
    (``(?:\\d+年)+``, ``(?:、[^、。]+)*``): each repetition then ends at one place. INSIDE: False outside any
    unbounded repeat, else the item that follows ITEMS (True when unknown)."""
    items = list(items)
    for i, (op, av) in enumerate(items):
        after = items[i + 1] if i + 1 < len(items) else inside
        if op in _REPEATS:
            unbounded = av[1] == _C.MAXREPEAT
            if unbounded and inside and not _fenced(av[2], after):
                return True
            body = list(av[2])
            if len(body) == 1 and body[0][0] == _C.SUBPATTERN:
                body = list(body[0][1][-1])
            if _nested(body, (body[0] if body else True) if unbounded else bool(inside)):
                return True
        elif op == _C.SUBPATTERN and _nested(av[-1], after if inside else False):
            return True
        elif op == _C.BRANCH and any(_nested(b, after if inside else False) for b in av[1]):
            return True
        elif op in (_C.ASSERT, _C.ASSERT_NOT) and _nested(av[1], bool(inside)):
            return True
    return False


def _fenced(body, after) -> bool:
    """BODY repeats one character and AFTER (an item, or True when unknown) is a literal it cannot match."""
    body = list(body)
    if len(body) != 1 or not isinstance(after, tuple) or after[0] != _C.LITERAL:
        return False
    found = _one_char(body[0], chr(after[1]))
    return found is False


def _one_char(item, ch: str) -> bool | None:
    """Does the one-character ITEM match CH (None: not such an item, or unknown)?"""
    op, av = item
    if op == _C.LITERAL:
        return ord(ch) == av
    if op == _C.NOT_LITERAL:
        return ord(ch) != av
    if op != _C.IN:
        return None
    negate, hit = False, False
    for kind, value in av:
        if kind == _C.NEGATE:
            negate = True
        elif kind == _C.LITERAL:
            hit = hit or ord(ch) == value
        elif kind == _C.RANGE:
            hit = hit or value[0] <= ord(ch) <= value[1]
        elif kind == _C.CATEGORY and value in _CATEGORIES:
            hit = hit or re.match(_CATEGORIES[value], ch) is not None
        else:
            return None
    return hit != negate
