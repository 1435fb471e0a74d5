"""Names a reader would reject because a list was read wrong (issue #13): a list of modifiers before
one head taken as the thing counted (40个吸引力强、带动面广的消费场景 → 吸引力强), and 等 inside a word
taken as the end of a list (农村公路差等路 → 路)."""
from __future__ import annotations

import re
from functools import cache

from .name_flows import defining_act
from .qlexicon import lexicon, pos_of, qwords
from .tagger import pos


@cache
def _modifier_list() -> re.Pattern:
    return re.compile(lexicon("indicators")["modifier_list"]["pattern"])


def _noun_run(text: str) -> str:
    """The noun phrase opening TEXT, by the tagger: its words up to the first verb, adverb or mark."""
    spec = lexicon("indicators")["modifier_list"]
    words, out = pos(text), ""
    for i, (w, tag) in enumerate(words):
        verb_next = i + 1 < len(words) and words[i + 1][1].startswith("v") and words[i + 1][1] != "vn"
        if not re.fullmatch(spec["head_tags"], tag) or w in spec["head_stops"] or tag == "vn" and verb_next:
            break       # a verbal noun before a verb says how (免费提供): no part of the head
        out += w
    return out


def listed_head(obj: str, after: str) -> str:
    """Rule: the object counted right after a number, cut at a 、, is the first of a list of modifiers
    when the list ends in 的 or 等 before one head (N个A、B的X, N名A、B等X): the thing counted is the
    head X. OBJ is the object read up to the 、, AFTER the sentence from that 、 on; OBJ when no such
    list follows or the head is not a noun phrase of two characters or more; the whole list when the count is
    said of it (``whole_list``)."""
    spec = lexicon("indicators")["modifier_list"]
    if re.search(spec["first_member_stop"], obj):
        return obj
    whole = whole_list(obj, after)
    m = _modifier_list().match(after)
    if whole or not m:
        return whole or obj
    head = _noun_run(m["head"])
    return head if len(head) >= 2 and head not in spec["general_heads"] else obj


def list_reach(obj: str, after: str, named: str) -> int:
    """How far into AFTER the list runs that NAMED (``listed_head``'s answer for OBJ) was read from: to its head
    (N个A、B的X → X) or its last member (whole_list); 0 when NAMED is OBJ. The quote ended at OBJ, so a figure
    named 中试平台、概念验证中心建设数量 pointed at 建设10家以上中试平台 alone."""
    if named == obj:
        return 0
    if named.startswith(obj) and after.startswith(named[len(obj):]):
        return len(named) - len(obj)
    m = _modifier_list().match(after)
    return m.start("head") + len(named) if m and after.startswith(named, m.start("head")) else 0


def whole_list(obj: str, after: str) -> str | None:
    """Rule (names85): a count said once of a list of things named after it is the list's: OBJ (the first member)
    and the members of AFTER, when the list runs to the clause's end (建设10家以上中试平台、概念验证中心，) or closes on
    等 and a head too general to name the things alone (超5000场次专题教育、家长课堂等活动). None otherwise."""
    spec = lexicon("indicators")["modifier_list"]
    m = _modifier_list().match(after)
    if m:
        head = _noun_run(m["head"])
        general = head in spec["general_heads"] and after[m.start("head") - 1] == qwords("name_lists", "closer")
        return obj + after[:m.start("head")] + head if general else None
    whole = re.match(spec["whole_list"], after)
    return obj + whole.group() if whole and all(map(_thing, [obj, *whole.group().split("、")[1:]])) else None


def _thing(member: str) -> bool:
    """A list member that names a thing: short (``whole_list_member``), closing on a noun, opening with no verb
    (not 接通高铁, 规模居全国前列: a clause of its own)."""
    words = pos_of(member)
    return bool(re.fullmatch(lexicon("indicators")["modifier_list"]["whole_list_member"], member)) \
        and words[-1][1].startswith("n") and words[0][1] != "v"


def after_list(name: str, list_mark: str) -> str:
    """The name after the last 等 of a list (LIST_MARK, a regex); 等 inside a word by the tagger (差等路,
    同等学力, 劣等品) ends no list, so the name stays whole up to a 等 that is a word of its own (or 等等)."""
    at = 0
    for m in re.finditer(list_mark, name):
        if _own_word(name, m.start()):
            at = m.end()
    return name[at:]


def _own_word(text: str, i: int) -> bool:
    """The character at I makes, alone or repeated, the word holding it by the tagger (等, 等等; not 差等路)."""
    p = 0
    for w, _ in pos(text):
        if p <= i < p + len(w):
            return w == text[i] * len(w)
        p += len(w)
    return False


def later_members_clause(after: str) -> str:
    """The rest of the clause after a counted list's first member when later counted members follow it
    (、M个Y入选Z: a selection verb after them names the first member too; names50); "" otherwise."""
    m = re.match(qwords("phrases", "later_members"), after)
    return re.split(qwords("phrases", "clause_end"), after)[0] if m and m.end() else ""


def listed_act(named: str, q, text: str, pos: int, unit_class: str) -> str:
    """Rule (names85): the act that opens the clause right before a list given one value each (新建A、B、C各20家;
    培育引进A、B分别达到200个以上) is every member's, as it is a lone thing's (新建A数量, A培育引进数量): NAMED is a
    member's name, Q the list's figure, POS the end of its number. A level reached (分别达到) is the count of the
    things so made. Unchanged when no act of Q's opens the clause right before the list."""
    act, phrase = str(q.attrs.get("action") or ""), str(q.attrs.get("phrase") or "")
    at = text.rfind(phrase, 0, pos) if act and phrase else -1
    if at < 0:
        return named
    written = re.split(qwords("shared", "clause_ends"), text[max(0, at - 12):at])[-1]
    if not written.endswith(act):
        return named
    measure = str(q.attrs["measure"])
    acts = [w for w, _ in pos_of(written)][-2:]
    return defining_act(named, acts, unit_class, "count" if measure == "level" else measure, written)
