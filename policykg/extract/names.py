"""Indicator names a reader would write: words that only say how a figure moves, when, or in which
order the report lists it are cut from the name ("地区生产总值按增长5%安排" → 地区生产总值;
"地区生产总值迈上" → 地区生产总值; "要确保…"; "九是为…"). The patterns are data
(``name_cleanup`` in data/lexicons/indicators.yaml), applied until nothing changes."""
from __future__ import annotations

import re
from functools import cache


@cache
def _patterns() -> tuple[re.Pattern, ...]:
    from .qlexicon import kept_words, lexicon
    spec = lexicon("indicators")["name_cleanup"]
    leading = lexicon("indicators")["numbering"] + spec["leading"]
    kept = kept_words()   # 在园幼儿: the 在 of a word of the name (review27)
    return tuple(re.compile(f"^(?!{kept})(?:{p})") for p in leading) + \
        tuple(re.compile(f"(?:{p})$") for p in spec["trailing"])


@cache
def _second_item() -> re.Pattern:
    from .qlexicon import lexicon
    return re.compile(lexicon("indicators")["name_cleanup"]["second_item"])


@cache
def _replacements() -> tuple[tuple[str, str], ...]:
    from .qlexicon import lexicon
    return tuple(lexicon("indicators")["name_cleanup"]["replace"].items())


@cache
def _inner() -> tuple[re.Pattern, ...]:
    from .qlexicon import lexicon
    return tuple(re.compile(p) for p in lexicon("indicators")["name_cleanup"]["inner"])


@cache
def _finished_clause() -> re.Pattern:
    from .qlexicon import lexicon
    return re.compile(lexicon("indicators")["name_cleanup"]["finished_clause"])


def _after_finished_clause(name: str) -> str:
    """A clause that ends in its own figure before a separator is no part of the name: the name is
    what follows, owned by the clause's subject (X人次N万、收入 → X收入), as a yield is named after
    the thing of the figure before it."""
    m = _finished_clause().match(name)
    if not m:
        return name
    from .qlexicon import pos_of, qwords, strip_suffix
    heads = set(qwords("phrases", "suffix_done")) | set(qwords("peeling", "generic_heads"))
    words = list(pos_of(m["clause"]))
    while words and words[-1][1][0] in "vda" and words[-1][0] not in heads:
        words.pop()        # the clause's own verb and adverbs
    rest = m["rest"]
    owner = "".join(w for w, _ in words)
    if not rest.startswith(qwords("phrases", "share_word")):
        owner = strip_suffix(owner, heads)[0]     # a share keeps the whole its part is of
    return owner + rest if len(owner) >= 2 and not rest.startswith(owner) else rest


def _goods_of_act(name: str) -> str:
    """Rule: a verb making or giving off goods, after nothing but a time or per-unit word, before one noun
    and no measure (生产X, 度电排放X), names how much of the goods: X产量, 度电X排放量."""
    from .qlexicon import lexicon, pos_of
    spec = lexicon("indicators")["name_cleanup"]
    m = re.fullmatch(f"(?P<lead>{spec['act_lead']})(?P<act>{'|'.join(spec['act_measures'])})(?P<goods>.{{2,6}})", name)
    if not m or [t for _, t in pos_of(m["goods"])] not in (["n"], ["nz"]) or re.search(spec["act_not_goods"], m["goods"]):
        return name     # a measure after the verb is no goods (生产总值, 排放强度)
    return m["lead"] + m["goods"] + spec["act_measures"][m["act"]]


@cache
def _pace_adverbs() -> tuple[frozenset, tuple[str, ...]]:
    from .grammar import lexicon_raw
    from .qlexicon import lexicon
    spec = lexicon("indicators")["name_cleanup"]
    return frozenset(lexicon_raw()["predicate_adverbs"]) | frozenset(spec["pace_adverbs"]), tuple(spec["pace_adverb_tags"])


def without_pace_adverbs(name: str) -> str:
    """Rule (names102): an adverb of the act's pace or aspect (``predicate_adverbs`` of projects.yaml: 如期, 按期, 已…;
    ``pace_adverbs`` of name_cleanup, which the projects' rules do not read: 同步, names124),
    a word of its own by the tagger read as an adverb (``pace_adverb_tags``: not 全部/n of 占全部投资比重), right before
    a verb at the head of a name or after a noun (its doer or things), says how or when the sentence's act goes, not which things are
    counted: it goes (…改造提升工程如期投资 → …改造提升工程投资, 购房群众如期拿到合格房屋户数 → 购房群众拿到合格房屋户数)."""
    from .qlexicon import pos_of
    adverbs, tags = _pace_adverbs()
    words = pos_of(name)
    # after a verb it opens a clause qualifying the object (改造提升已建成自然村: which villages), not the sentence's pace
    kept = [w for i, (w, t) in enumerate(words)
            if not (w in adverbs and t in tags and i + 1 < len(words) and words[i + 1][1].startswith("v")
                    and (i == 0 or words[i - 1][1].startswith("n")))]
    cut = "".join(kept)
    return cut if len(cut) >= 2 and len(kept) < len(words) else name


def clean(name: str) -> str:
    """The name without leading numbering/modal words, trailing movement/time words and a second
    counted item, with the words of ``replace`` swapped and those of ``inner`` cut; the name as given when cutting would
    leave fewer than two characters."""
    name = without_pace_adverbs(_goods_of_act(_after_finished_clause(name)))
    m = _second_item().search(name)
    if m and m.start() >= max(2, len(m["item"]) - 1) and not re.search(r"\d", name[:m.start()]):
        name = name[:m.start()]
    for word, by in _replacements():
        name = name.replace(word, by)
    for p in _inner():
        cut = p.sub("", name)
        name = cut if len(cut) >= 2 else name
    changed = True
    while changed:
        changed = False
        for p in _patterns():
            cut = p.sub("", name)
            if cut != name and len(cut) >= 2:
                name, changed = cut, True
    return name
