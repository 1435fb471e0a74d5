"""Two ways the park/project decision (``decide.py``) reaches names the plain grammar misses: a short
abbreviation opening a name whatever jieba's tags, and a list member kept beside a kept sibling; and
four it never keeps, a stretch that describes works rather than names them, a listed sector kind, a
kind of facility named by its class and a programme named by its action (``unnamed_kind``); and, as a
filter after the decision, an amount of a kind, a kind of network, a kind opened by its status, a
class of things treated or improved, a programme named by its purpose or a role a city is designated to
play (``unnamed_amount``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .grammar import (JOINERS, LIST_WORDS, NAME_CHAR, PROPER_TAGS, TokSentence, lexicon, lexicon_raw, pos_tags,
                      word_freq)
from .qlexicon import gwords, lexicon as qlexicon
from .surfaces import proper_head

_ABBREVIATION = 4      # characters an abbreviation's name may hold before its head
_COMMON = 500          # jieba frequency above which a word's tag is trusted
_JOINERS = tuple(JOINERS)      # one character each; an empty string (a sentence's edge) is no joiner


def _common(tok) -> bool:
    return len(tok[2]) > 1 and (word_freq(tok[2]) or 0) > _COMMON


def is_abbreviation(st: TokSentence, a: int, toks, prev, heads) -> bool:
    """A short name of no common words after a boundary (the stretch's start, a joiner, a common verb):
    the first characters of the places a railway or canal joins, then its head. jieba tags an
    abbreviation's characters as it guesses, a verb tag there is no verb."""
    mod = list(toks)
    while mod and any(rx.fullmatch(mod[-1][2]) for rx in heads):
        mod.pop()
    if a and NAME_CHAR.match(st.text[a - 1]) and st.text[a - 1] not in (*JOINERS, *LIST_WORDS) and not (
            prev is not None and prev[3].startswith("v") and _common(prev)):
        return False
    return 2 <= sum(len(t[2]) for t in mod) <= _ABBREVIATION and not any(_common(t) for t in mod)


def joined(st: TokSentence, a: int, b: int) -> tuple[bool, bool]:
    """Is the stretch [a, b) a list member joined (、和及与) to the one before it, to the one after it?"""
    return st.text[a - 1:a] in _JOINERS, st.text[b:b + 1] in _JOINERS


def with_siblings(items, threshold: float, sibling: float | None) -> list[bool]:
    """Which of one sentence's best boundaries ``(p, a, b, joined before, joined after, …)`` to keep:
    those reaching ``threshold``, and at the lower ``sibling`` one a list member joined (、和及与) right
    beside a kept name: the members of a list are things of one kind."""
    kept = [x[0] >= threshold for x in items]
    if sibling is None:
        return kept
    ends = {x[2] for x, k in zip(items, kept) if k}
    starts = {x[1] for x, k in zip(items, kept) if k}
    return [k or (x[0] >= sibling and ((x[3] and x[1] - 1 in ends) or (x[4] and x[2] + 1 in starts)))
            for x, k in zip(items, kept)]


def describes(name: str) -> bool:
    """Does the stretch hold a superlative, a first-of or a ranking predicate (``name_never_holds`` of
    ``projects.yaml``)? It then describes the works, the name is a shorter stretch. The decision skips
    such candidates only when it scores them (the fitted candidates stay as they are); a list member that
    describes makes its list no list of names (``groups.subject_lists``)."""
    return any(w in name for w in lexicon_raw()["name_never_holds"])


def sector_kind(name: str, surfaces) -> bool:
    """Is the stretch a sector or a technology (``sector_tails`` of ``projects.yaml``) with no proper
    name, rare word, number or quoted label of its own? A works list then names kinds, not works: a
    firm's or a place's plant of that sector keeps its proper head."""
    if not name.endswith(tuple(lexicon_raw()["sector_tails"])):
        return False
    if any(c.isdigit() or c in "“”\"" for c in name):
        return False
    return not (_rare_word(name) or proper_head(name, surfaces))     # a brand's or a material's name


def _rare_word(text: str) -> bool:
    """Does ``text`` hold a word of two characters or more that the word counts do not know (a name)?"""
    return any(len(w) >= 2 and not word_freq(w) for w, _ in pos_tags(text))


def class_kind(name: str, surfaces, key: str = "kind_modifiers") -> bool:
    """Does the stretch open with a word of class (``kind_modifiers`` of ``projects.yaml``: size, level,
    standard, scope) and hold no place, number, Latin letter or quoted label after it? It then
    names a kind of facility, not works: a named one keeps its place or number after the class word."""
    lead = next((w for w in lexicon_raw()[key] if name.startswith(w)), None)
    return lead is not None and not marked(name[len(lead):], surfaces)


def marked(text: str, surfaces) -> bool:
    """Does ``text`` hold a place of the report's surfaces, a number, a Latin letter or a quoted label?"""
    regex = getattr(surfaces, "regex", None)
    return bool(re.search(lexicon_raw()["label_marks"], text)) or (regex is not None and bool(regex.search(text))) \
        or any(n in text for n in getattr(surfaces, "local", ()))


def works_core(name: str) -> str:
    """The name before its works head (``works_ends``: 工程, 项目), or the name whole when it ends with none or is
    only that head."""
    end = next((w for w in lexicon_raw()["works_ends"] if name.endswith(w)), "")
    return name[:-len(end)] if end and len(name) > len(end) else name


@lru_cache(maxsize=1)
def _levels_longest_first() -> tuple[str, ...]:
    return tuple(sorted(resources.lexicon_data("grammar")["own_levels"], key=len, reverse=True))


def _tail_object(name: str, key: str) -> str | None:
    """What the name (before 工程/项目, or bare) holds before its first-listed tail word of lexicon ``key``;
    None when it ends with none of them."""
    core = works_core(name)
    tail = next((w for w in lexicon_raw()[key] if core.endswith(w)), None)
    return None if tail is None else core[:-len(tail)]


def names_a_thing(text: str, surfaces, heads, head_at_end: bool = False) -> bool:
    """Does ``text`` hold a works or park head (``heads``; with ``head_at_end`` only one ending it, so 路 of 集成电路
    is none), a word ending with a ``work_objects`` word (…河, …港), a place of the report, a number, a Latin letter
    or a quoted label? The post-decision filters (campaigns, sector_lists) keep a name that does."""
    if marked(text, surfaces):
        return True
    if head_at_end:
        if any(m.end() == len(text) for rx in heads for m in rx.finditer(text)):
            return True
    elif any(rx.search(text) for rx in heads):
        return True
    return any(w.endswith(tuple(lexicon_raw()["work_objects"])) for w, _ in pos_tags(text))


def action_programme(name: str, surfaces, heads) -> bool:
    """Does the name (before 工程/项目, or bare) end with a programme's action (``action_tails``) that acts
    on no named thing: no place, number, quoted label, rare word, park or works head (``heads``) nor a
    ``work_objects`` word? Works on a river, a railway or a firm's plant name it."""
    obj, lex = _tail_object(name, "action_tails"), lexicon_raw()
    if obj is None:
        return False
    if marked(name, surfaces) or any(rx.search(obj) for rx in heads) or any(w in obj for w in lex["work_objects"]):
        return False
    return not _rare_word(obj)


def purpose_programme(name: str, surfaces) -> bool:
    """Does the name end with a programme's purpose (``purpose_tails``, before 工程/项目) and hold no place,
    number, Latin letter, quoted label, rare or ``work_objects`` word, no proper-tagged one but a generic word? The works of a class of
    facilities serve the purpose (基础设施…安全工程), a named facility's works name it."""
    obj, lex = _tail_object(name, "purpose_tails"), lexicon_raw()
    if not obj or marked(name, surfaces) or _rare_word(obj) or any(w in obj for w in lex["work_objects"]):
        return False
    return not any(f in PROPER_TAGS and w not in lex["generic_words"] for w, f in pos_tags(obj))


@lru_cache(maxsize=1)
def _measure() -> re.Pattern:
    """At a name's start, a quantity whose unit is of ``measured_classes`` (units.yaml; a Chinese numeral
    only before the classes that take one), a magnitude and 多/余 allowed, not followed by one of
    ``dimension_words``."""
    lex, units = lexicon_raw(), qlexicon("units")
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))
    classes = lex["measured_classes"]
    arabic = [u for c in classes for u in units["classes"][c]]
    chinese = [u for c in classes if c in units["chinese_numeral_classes"] for u in units["classes"][c]]
    mag = gwords("reach", "magnitude").format(magnitudes=alt(units["magnitudes"]))
    amounts = [rf"[0-9０-９]+(?:\.[0-9]+)?{mag}(?:{alt(arabic)})"] if arabic else []
    amounts += [gwords("reach", "chinese_amount").format(mag=mag, units=alt(chinese))] if chinese else []
    not_after = rf"(?!{alt(lex['dimension_words'])})" if lex["dimension_words"] else ""
    return re.compile(rf"(?:{'|'.join(amounts) or '(?!)'}){not_after}")


def measured_kind(name: str, surfaces) -> bool:
    """Does the name open with an amount (a count, a length, an area: ``measured_classes``) and hold no place,
    number, Latin letter or quoted label after it? It then measures a kind of works (N公里…管网), it names
    none: a place or a firm before the amount names the work."""
    m = _measure().match(name)
    return m is not None and m.end() < len(name) and not marked(name[m.end():], surfaces)


def bare_kind(name: str, surfaces) -> bool:
    """Does the name end with a kind head (``kind_heads``: 管网 …) that only common words of type or scope
    modify, no place, number, Latin letter, quoted label, proper or rare word? It names the kind."""
    core = works_core(name)
    head = next((h for h in lexicon_raw()["kind_heads"] if core.endswith(h)), None)
    mod = core[:-len(head)] if head else ""
    if not mod or marked(mod, surfaces) or _rare_word(mod):
        return False
    return not any(f in PROPER_TAGS for _, f in pos_tags(mod))


def treated_class(name: str, surfaces, heads) -> bool:
    """Does the name (before 工程/项目) end with treating or improving actions (``improving_actions``) whose
    object, past its works head, holds only class words (``generic_words``, common words, numerals)? It then
    treats a class of things (a programme); a named thing (a place, a firm, a number, an abbreviation's
    single characters, a rare word) keeps its name."""
    core = works_core(name)
    acts = tuple(lexicon_raw()["improving_actions"])
    obj = core
    while obj.endswith(acts):
        obj = obj[:-len(next(w for w in acts if obj.endswith(w)))]
    if obj == core or marked(core, surfaces):
        return False
    head = next((m for rx in heads for m in rx.finditer(obj) if m.end() == len(obj)), None)
    return all(class_token(w, f) for w, f in pos_tags(obj[:head.start()] if head and head.start() else obj))


def graded_programme(name: str, surfaces) -> bool:
    """Does the name open with a rank (``grade_opening``: A级, 二三级), end with a work noun (``programme_works``,
    before 工程/项目) and hold between them no place, number, Latin letter, quoted label, proper or rare word?
    It then works on every thing of a ranked class (A级旅游景区提升工程): a programme; a named thing keeps its
    name."""
    rank = re.match(lexicon_raw()["grade_opening"], name)
    obj = _tail_object(name, "programme_works")
    if rank is None or not obj or len(obj) <= rank.end():
        return False
    rest = obj[rank.end():]
    if marked(rest, surfaces) or _rare_word(rest):
        return False
    return not any(f in PROPER_TAGS for _, f in pos_tags(rest))


def levelled_group(name: str) -> bool:
    """Is the name a level of government (``own_levels`` of grammar.yaml) and class words only (``generic_words``)
    before 项目/工程 (省重大项目, 自治区重大项目: projprec33)? It counts the level's group of projects: a kind."""
    core = works_core(name)
    if core == name:
        return False
    level = next((w for w in _levels_longest_first() if core.startswith(w)), None)
    generic = lexicon().generic
    return level is not None and len(core) > len(level) and all(w in generic for w, _ in pos_tags(core[len(level):]))


def class_token(word: str, tag: str) -> bool:
    """A word of class, not of a name: a generic word, a numeral or a common word of no proper tag."""
    if word in lexicon_raw()["generic_words"] or tag == "m":
        return True
    return len(word) > 1 and tag not in PROPER_TAGS and (word_freq(word) or 0) > _COMMON


def unnamed_kind(name: str, surfaces, heads) -> bool:
    """A kind of facility named by its class or a programme named by its action: never a project."""
    return class_kind(name, surfaces) or action_programme(name, surfaces, heads)


def unnamed_amount(name: str, surfaces, heads=()) -> bool:
    """An amount of a kind, a kind of network, a kind opened by its status (``class_kind`` of
    ``status_modifiers``), a treated class, a purpose (``measured_kind``, ``bare_kind``, ``treated_class``,
    ``purpose_programme``), a programme on a ranked class (``graded_programme``), a level's group of projects
    (``levelled_group``) or a designated role or status (``role_tails`` ending it, ``role_words`` anywhere in it,
    ``role_opening`` opening it): never a project. A filter on every pass's names after the decision (``entities``),
    not a reason to drop a candidate from the fit: taking their candidates out of the fit shifted its weights (dev
    with the refit model: 6 right names lost elsewhere), while after the decision they drop the same names."""
    return measured_kind(name, surfaces) or bare_kind(name, surfaces) or class_kind(name, surfaces, "status_modifiers") \
        or treated_class(name, surfaces, heads) or purpose_programme(name, surfaces) \
        or graded_programme(name, surfaces) or levelled_group(name) \
        or name.endswith(tuple(lexicon_raw()["role_tails"])) or any(w in name for w in lexicon_raw()["role_words"]) \
        or bool(re.match(lexicon_raw()["role_opening"], name))
