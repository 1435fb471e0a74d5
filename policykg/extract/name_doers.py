"""Counts of divisions named by what they do (issue #13 item 2, names52).

The guideline names a count of who does the work by the work, before the counted ones
(N个县开展X建设 → 开展X建设县数量; guangdong-2026's blind gold). The reading cut such a count at its verb
(县（市、区）数量, 区县数量) because the act after the number ends the counted things. The words are data
(``name_doers`` in data/lexicons/quantities.yaml); the reading is docs/checks/indicator-dev-names52.md."""
from __future__ import annotations

import re
from functools import cache

from .qlexicon import alternation_of, pos_of, qwords, starts_with_verb


def _w(key: str):
    return qwords("name_doers", key)


def named_by_what_they_do(name: str, right: str) -> str:
    """The counted things' name after every rule here that names them by what their clause says they do, in turn.
    The rules are looked up when called, so that scripts/name_rule_audit.py can turn one off."""
    for rule in (doing_divisions, partnered_things, reached_things, attained_things, acting_things, moving_things):
        name = rule(name, right)
    return name


def doing_divisions(name: str, right: str) -> str:
    """Rule: a count whose things, written after the number, are a word made only of county-level divisions
    (``divisions``: 县（市、区）, 县市区, 区县, 盟市, 自治州) followed in their clause by what they do (an act
    opening it: ``opens_act``) counts the divisions doing it, named by the act before them: 超5个县（市、区）开展
    全域幸福河湖建设 → 开展全域幸福河湖建设县（市、区）. Unchanged when the name is no longer the text's own words
    (a title they were selected into named them) or the words after the divisions open with no act
    (盟市空气质量全部达标, 县（市、特区）与…建立…)."""
    right = right.strip()
    m = re.match(_w("divisions"), right)
    if m is None or not right.startswith(name) or len(name) < len(m.group()):
        return name
    act = re.split(_w("clause_end"), right[m.end():])[0]
    if len(act) < 2 or not _opens_act(act):
        return name
    return act + m.group()


def partnered_things(name: str, right: str) -> str:
    """Rule (names77): things written after their number that bind themselves to a partner in their clause
    (``partnered``: X与Y建立…, X与Y结对…) are named by that tie before them: 与Y建立…的X (the measure follows).
    Unchanged when the name is no longer the text's own words."""
    return _tie_before(name, re.match(partnered_pattern(), right.strip()), tie_follows=True)


def reached_things(name: str, right: str) -> str:
    """Rule (names78): things written after their number whose clause closes on a standard they reached
    (``reached``: X达到Y标准, X水质达标, X能耗达到Y) are named by it before them: 达到Y标准的X, 水质达标X,
    能耗达到Y的X (the measure follows).
    Unchanged when the name is no longer the text's own words."""
    return _tie_before(name, re.fullmatch(reached_pattern(), first_clause(right)))


def attained_things(name: str, right: str) -> str:
    """Rule (names90): things written after their number whose clause closes on what they came to have (``attained``:
    入住, 通, cut by the tagger as a word of its own, then an object of nouns only) are named by it before them, with no
    的: 115户家庭入住公租房 → 入住公租房家庭; 4000个自然村通硬化路 → 通硬化路自然村. Unchanged when the name is no longer
    the text's own words, or the verb is part of a longer word (通过)."""
    m, words = _things_then(name, right, "attained", "attained_object")
    if m is None or (m["lead"], "v") not in words:
        return name
    if any(tag not in _w("attained_object_tags") for _, tag in pos_of(m["rest"])):
        return name
    return m["lead"] + m["rest"] + m["things"]


def acting_things(name: str, right: str) -> str:
    """Rule (names106): things written after their number whose clause closes on a generic verb of the task and its
    act (``acting_verbs``: 完成, 实施) are the doers counted, named by that act before them with 的: 1.4万余家企业实施改造
    → 实施改造的企业. Unchanged when the name is no longer the text's own words, the things do not close on a noun, or
    the act holds a number."""
    m, words = _things_then(name, right, "acting_verbs", "acting_object")
    if m is None or (m["lead"], "v") not in words:
        return name
    things = pos_of(m["things"])
    if not things or not re.match(_w("acting_things_end"), things[-1][1]):
        return name
    return m["lead"] + m["rest"] + _w("of") + m["things"]


def moving_things(name: str, right: str) -> str:
    """Rule (names107): things written after their number whose clause goes on with where they go or how wholly they
    act (``acting_leads``: 到/赴 a place, 整县) and then an act are the doers counted, named by that predicate before
    them with 的, as acting_things names them: 2万名高校毕业生等青年到粤东粤西粤北地区稳定就业 → 到粤东粤西粤北地区稳定就业的
    高校毕业生等青年 (guangdong's gold), 16个县（市、区）整县建成美丽乡村 → 整县建成美丽乡村的县（市、区） (sichuan's gold);
    so are things that pass a check or act by a means (通过: 13个大模型通过国家备案 → 通过国家备案的大模型, hebei's gold;
    names118). Unchanged when the name is no longer the text's own words, the lead is part of a longer word (到位, 到期),
    or neither an act nor a check passed (``passed``) follows it."""
    m, words = _things_then(name, right, "acting_leads", "acting_rest")
    if m is None or m["lead"] not in (word for word, _ in words):
        return name
    if not any(tag in _w("acting_rest_tags") for _, tag in pos_of(m["rest"])) and not re.search(_w("passed"), m["rest"]):
        return name
    return m["lead"] + m["rest"] + _w("of") + m["things"]


def first_clause(right: str) -> str:
    """RIGHT up to its first mark outside brackets (``bracketed_clause_end``): a bracketed list such as 县（市、区） is
    one word of the things, not two clauses (names110)."""
    return re.split(_w("bracketed_clause_end"), right.strip())[0]


def _things_then(name: str, right: str, leads: str, rest: str):
    """(match, tagged words of the clause) when right's first clause is the things (``reached``), a word of ``leads``
    and ``rest``, and the name opens with the things and that word (the things alone for a lead of ``cut_leads``, which
    the reading cuts the name before); else (None, None). The match's groups: things, lead, rest (attained_things,
    acting_things, moving_things)."""
    clause = first_clause(right)
    m = re.fullmatch(f"(?P<things>{_w('reached')})(?P<lead>{alternation_of(_w(leads))})(?P<rest>{_w(rest)})",
                     clause)
    if m is None or not name.startswith(m["things"] + (m["lead"] if m["lead"] not in _w("cut_leads") else "")):
        return None, None
    return m, pos_of(clause)


@cache
def partnered_pattern() -> str:
    """The things, then their tie to a partner (``partnered``, ``partner_tie``)."""
    return f"(?P<things>{_w('partnered')})(?P<tie>{_w('partner_tie')})"


@cache
def reached_pattern() -> str:
    """The things, then the standard they (or their ``measured`` aspect) reached, or the aspect of theirs that met it."""
    return (f"(?P<things>{_w('reached')})(?P<measured>{_w('measured')})?{_w('all_of')}"
            f"(?:(?P<tie>{_w('standard_tie')})|(?P<aspect>{_w('aspects')}){_w('all_of')}(?P<met>{_w('met')}))")


@cache
def tie_opening() -> str:
    """A name opening with a tie that partnered_things or reached_things put before the things (与Y建立…的,
    能耗达到Y标准的, 水质达标), from the same words: a subject written before the number goes after it, before the
    things (推动漓江4条支流水质达标 → 水质达标漓江支流数量, not 漓江水质达标支流数量, guangxi 2026; review38)."""
    return (f"^(?:{_w('partner_tie')}{_w('of')}|(?:{_w('measured')})?{_w('standard_tie')}{_w('of')}"
            f"|(?:{_w('aspects')}){_w('met')})")


def _tie_before(name: str, m: re.Match | None, tie_follows: bool = False) -> str:
    """The things ``m`` found named by their tie before them: the tie and ``of`` (的), after a ``measured`` aspect
    that reached it (能耗), or the aspect that met its standard (``met`` of the pattern: 达标). Unchanged when
    nothing matched or the name does not open with the things (and the tie's first character, when ``tie_follows``)."""
    if m is None or not name.startswith(m["things"] + (m["tie"][:1] if tie_follows else "")):
        return name
    if m["tie"]:
        return (m.groupdict().get("measured") or "") + m["tie"] + _w("of") + m["things"]
    return m["aspect"] + m["met"] + m["things"]


def _opens_act(words: str) -> bool:
    """``words`` open with an act: a verb of the action lexicon, a word of ``opens_act``, or a verb of two or
    more characters by the tagger (接通)."""
    if starts_with_verb(words) or re.match(_w("opens_act"), words):
        return True
    first = pos_of(words)[:1]
    return bool(first) and first[0][1] == "v" and len(first[0][0]) > 1


def counts_divisions(name: str) -> bool:
    """The name counts divisions named by what they do (``doing_divisions``: 开展X建设县（市、区）数量): a count of
    the divisions, not of the things their act names (县域医共体, 幸福河湖), so no broad concept of those things."""
    return re.search("(?:" + _w("divisions") + ")" + _w("division_count") + "$", name) is not None
