"""Whether a regular expression may match one text in several ways inside an unbounded repeat (``(a|a)*b``,
``(a|aa)*b``, ``(?:xb?b?)*y``): a failing match then tries every way for every repetition, exponential in the
run's length. The check is that of an LL(1) grammar: inside the repeat's body, wherever the pattern chooses (between
the branches of an alternation, or between one more turn of a quantifier and what follows it), the first characters
of the choices must not overlap. It is sufficient, not necessary: ``(a|ab)*c`` is refused though only one way
matches, so data_shapes refuses it only where the shipped pattern has no such choice. Lookarounds, anchors and
possessive or atomic parts choose nothing (they do not backtrack into themselves)."""
from __future__ import annotations

try:
    from re import _constants as _C, _parser as _P
except ImportError:  # Python < 3.11
    import sre_constants as _C
    import sre_parse as _P

_TOP = 0x10FFFF
ALL = ((0, _TOP),)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT)
# the classes, as ranges: \w holds every letter and ideograph, so it is all but the marks and spaces
_SPACE = ((9, 13), (28, 32), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
          (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000))
_DIGIT = ((0x30, 0x39), (0x660, 0x669), (0x6F0, 0x6F9), (0x966, 0x96F), (0xFF10, 0xFF19))
_NOT_WORD = ((0, 0x2F), (0x3A, 0x40), (0x5B, 0x5E), (0x60, 0x60), (0x7B, 0xBF), (0x2000, 0x206F),
             (0x3000, 0x3004), (0x3008, 0x3020), (0xFE30, 0xFE4F), (0xFF01, 0xFF0F), (0xFF1A, 0xFF20),
             (0xFF3B, 0xFF40), (0xFF5B, 0xFF65))


def _union(*sets) -> tuple:
    spans = sorted(r for s in sets for r in s)
    out: list = []
    for lo, hi in spans:
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return tuple(out)


def _minus(a: tuple, b: tuple) -> tuple:
    """A without B (the complement of B in A)."""
    out, b = [], _union(b)
    for lo, hi in a:
        for blo, bhi in b:
            if bhi < lo or blo > hi:
                continue
            if blo > lo:
                out.append((lo, blo - 1))
            lo = bhi + 1
        if lo <= hi:
            out.append((lo, hi))
    return tuple(out)


def _meet(a: tuple, b: tuple) -> bool:
    return any(alo <= bhi and blo <= ahi for alo, ahi in a for blo, bhi in b)


_CATEGORIES = {_C.CATEGORY_DIGIT: _DIGIT, _C.CATEGORY_NOT_DIGIT: _minus(ALL, _DIGIT), _C.CATEGORY_SPACE: _SPACE,
               _C.CATEGORY_NOT_SPACE: _minus(ALL, _SPACE), _C.CATEGORY_WORD: _minus(ALL, _NOT_WORD),
               _C.CATEGORY_NOT_WORD: _NOT_WORD}


def _class(items) -> tuple:
    found, negate = [], False
    for op, av in items:
        if op == _C.NEGATE:
            negate = True
        elif op == _C.LITERAL:
            found.append(((av, av),))
        elif op == _C.RANGE:
            found.append((av,))
        else:                                   # a category, or what this check does not know: any character
            found.append(_CATEGORIES.get(av, ALL))
    got = _union(*found)
    return _minus(ALL, got) if negate else got


def _first(items: list, i: int, follow: tuple) -> tuple:
    """The characters that can start what ITEMS[i:] matches, FOLLOW's when it may match nothing."""
    if i >= len(items):
        return follow
    op, av = items[i]
    rest = lambda: _first(items, i + 1, follow)     # noqa: E731
    if op == _C.LITERAL:
        return ((av, av),)
    if op == _C.NOT_LITERAL:
        return _minus(ALL, ((av, av),))
    if op == _C.ANY:
        return ALL
    if op == _C.IN:
        return _class(av)
    if op == _C.SUBPATTERN:
        return _first(list(av[-1]), 0, rest())
    if op == _C.BRANCH:
        after = rest()
        return _union(*(_first(list(b), 0, after) for b in av[1]))
    if op in _REPEATS or op == getattr(_C, "POSSESSIVE_REPEAT", None):
        after = rest()
        return _union(_first(list(av[2]), 0, after), after) if av[0] == 0 else _first(list(av[2]), 0, after)
    if op == getattr(_C, "ATOMIC_GROUP", None):
        return _first(list(av), 0, rest())
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return rest()
    return _union(ALL, rest())                  # a back-reference, a conditional: anything


def ambiguous(pattern: str) -> bool:
    """True when PATTERN has a choice with overlapping first characters inside an unbounded repeat."""
    return _choices(list(_P.parse(pattern)), (), False)


# what stands for a template's field: a word list, whose words may share a first character (建成|建成投产) and which
# may repeat; under a repeat it conflicts with itself, so a field there is a choice as (a|aa)* is
_STAND_IN = "(?:\ue000|\ue000+)"


def ambiguous_filled(template: str, fields) -> bool:
    """``ambiguous`` for a str.format TEMPLATE once its FIELDS are filled with word lists: ``(?:{after}|开工建设)+x``
    is one way to match unfilled, but 2^n ways on n 开工建设 once {after} holds 开工 and 建设. False when the
    template does not fill or parse (the shape check names that itself)."""
    try:
        return ambiguous(template.format(**{f: _STAND_IN for f in fields}))
    except (ValueError, IndexError, KeyError, RecursionError, OverflowError, _C.error):
        return False


def _choices(items: list, follow: tuple, inside: bool) -> bool:
    """Whether ITEMS (followed by FOLLOW's characters) holds a conflicting choice; INSIDE: within an unbounded
    repeat's body, where a conflict counts."""
    for i, (op, av) in enumerate(items):
        after = _first(items, i + 1, follow)
        if op in _REPEATS:
            body, unbounded = list(av[2]), av[1] == _C.MAXREPEAT
            if inside and av[0] != av[1] and _meet(_first(body, 0, ()), after):
                return True                     # one more turn, or on: both may take the next character
            loop = _union(_first(body, 0, after), after) if unbounded else after
            if _choices(body, loop, inside or unbounded):
                return True
        elif op == _C.SUBPATTERN and _choices(list(av[-1]), after, inside):
            return True
        elif op in (_C.ASSERT, _C.ASSERT_NOT) and _choices(list(av[1]), ALL, False):
            return True     # a lookaround's own repeats backtrack as any other; its branches, atomic, are tried once
        elif op == getattr(_C, "ATOMIC_GROUP", None) and _choices(list(av), after, inside):
            return True
        elif op == getattr(_C, "POSSESSIVE_REPEAT", None) and _choices(list(av[2]), after, inside):
            return True                         # its turns are never split again, but each turn backtracks within
        elif op == _C.GROUPREF_EXISTS and any(_choices(list(b), after, inside) for b in av[1:] if b):
            return True
        elif op == _C.BRANCH:
            seen: tuple = ()
            for b in av[1] if inside else ():
                start = _first(list(b), 0, after)
                if _meet(start, seen):
                    return True                 # two branches may take the next character
                seen = _union(seen, start)
            if any(_choices(list(b), after, inside) for b in av[1]):
                return True
    return False
