"""Bodies named by a fixed public name (``data/lexicons/org_gazetteer.yaml``): the central government's
ministries and bodies, the central state-owned enterprises, international organisations and a province's
departments, each taken only as a word of its own (it starts and ends a token, no noun goes on after it)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .grammar import Candidate, TokSentence, pos_tags
from .org_shape import inside_word, jurisdiction_before, opens_name, orgs_raw


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, ...], frozenset]:
    """Every name, longest first, and the provincial ones (a jurisdiction before them joins the name)."""
    raw = resources.lexicon_data("org_gazetteer")
    names = sorted({*raw["national_bodies"], *raw["provincial_departments"]}, key=lambda w: (-len(w), w))
    return tuple(names), frozenset(raw["provincial_departments"])


@lru_cache(maxsize=1)
def _name_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in _names()[0]))


def own_word(st: TokSentence, a: int, b: int) -> bool:
    """The name at [a, b) is a word of its own: it starts and ends a token (集中建设 holds no 中建),
    opens no longer name (中国石油大学, 国家能源局东北监管局) nor a department (教育厅门), and no place
    word ends right before it (揭阳中石油炼化: a site's name)."""
    if a not in st.starts or inside_word(st, b) or opens_name(st.text, b):
        return False
    if any(e == a and f == "ns" for _, e, _, f in st.tokens):
        return False
    return st.text[b:b + 1] not in orgs_raw()["agency_not_followed_by"]


def gazetteer_bodies(st: TokSentence) -> list[Candidate]:
    """The sentence's bodies of the public lists, leftmost longest; a province's department takes the
    jurisdiction word before it (省林草局)."""
    names, provincial = _names()
    if not any(w in st.text for w in names):
        return []
    out = []
    for m in _name_re().finditer(st.text):
        a, b = m.span()
        if not own_word(st, a, b):
            continue
        if m.group() in provincial:
            a -= len(jurisdiction_before(st.text, a))
        out.append(Candidate("Organization", st.text[a:b], a, b, st))
    return out


def past_verb_to_body(text: str, start: int, b: int) -> int:
    """A suffix's stretch ending with a body of the public lists right after a verb (…艺术展走进国家博物馆):
    the name is that body, the words before the verb its subject. Else ``start``."""
    stretch = text[start:b]
    body = next((w for w in _names()[0] if stretch.endswith(w) and len(w) < len(stretch)), "")
    if not body:
        return start
    before = pos_tags(stretch[:len(stretch) - len(body)])
    return b - len(body) if before and before[-1][1] == "v" else start
