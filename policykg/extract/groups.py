"""Group statements: "A、B等N个(…)项目" gives the listed projects and a count; "推进A、B、C等重大项目建设"
gives the listed projects without one, and so does a clause-opening list completed as works ("A、B建成投用").
Members become project candidates of their sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Entity, Span
from .candidates import first_token
from .grammar import (
    PROPER_TAGS,
    RANKED,
    CJK,
    COUNT,
    COUNTED,
    LIST_GOVERNORS,
    LIST_PROJECTS,
    Candidate,
    alternation,
    lexicon,
    lexicon_raw,
    pos_tags,
    word_freq,
)
from .listpattern import ListPattern
from .reach import describes
from .surfaces import proper_head
from .named import list_members
from .qlexicon import gpattern, gwords
from ..numerals import cn2an_smart

# 等, a count (an approximate one too: 3500多个) and up to twelve characters of kind, size or stage before
# 项目/工程 (等23个投资额百亿元以上重大工业项目, 等5个百亿级绿色氢基能源一体化项目)
_GROUP = ListPattern(f"{CJK}0-9A-Za-z（）", gwords("groups", "counted_group").format(count=COUNT, cjk=CJK))


@dataclass
class GroupStatement:
    park: Entity | None
    projects: list[Entity]
    count: int
    count_span: Span
    sentence: Span


@dataclass
class RawGroup:
    """A counted list before assembly: its sentence, member candidates, count and where it stands."""
    st: object
    members: list[Candidate]
    count: int
    count_at: tuple[int, int]      # sentence-relative span of "N个…项目"


def _generic(name: str) -> bool:
    lex = lexicon()
    return name in lex.generic or all(w in lex.generic for w, _ in pos_tags(name))


def counted_lists(st, park_names: set[str]) -> list[RawGroup]:
    """"A、B等N个项目": members that are not generic words nor parks, with the count."""
    out = []
    for m in _GROUP.finditer(st.text):
        members = [Candidate("Project", st.text[a:b], a, b, st, {"member": True}) for a, b in list_members(st, m)
                   if not _generic(st.text[a:b]) and st.text[a:b] not in park_names]
        if members:
            out.append(RawGroup(st, members, int(cn2an_smart(m.group(2))), (m.start(2), m.end(5))))
    return out


def _governed_list(st, m):
    """Members of "…等项目" when the list follows a works verb, the first one starting after it."""
    lex = lexicon()
    first = m.group(1).split("、")[0]
    govs = [(first.rfind(g), g) for g in (*lex.cons_before, *LIST_GOVERNORS) if g in first]
    members = list_members(st, m)
    if not govs or not members:
        return []
    i, g = max(govs, key=lambda x: (x[0] + len(x[1]), len(x[1])))
    a0 = m.start(1) + i + len(g)
    if members[0][0] < a0 or st.text[a0:members[0][0]].strip("“”"):
        members[0] = (a0, members[0][1]) if members[0][1] - a0 >= 2 else members[0]
    return members


def _not_a_name(name: str) -> bool:
    """A member that starts with a verb, is one common word (新能源, 服务业), holds a count or an amount
    (准东3个煤制气, 1.3亿元的…) or 的."""
    toks = pos_tags(name)
    w, f = toks[0]
    return ((len(w) > 1 and f.startswith("v")) or (len(toks) == 1 and f not in PROPER_TAGS and bool(word_freq(w)))
            or gwords("groups", "of") in name or (COUNTED.search(name) is not None)
            or bool(gpattern("groups", "amount").search(name)))


def _subject_list(st, m):
    """Members of "A、B等(一批)重大项目开工建设": a list that is the subject of a works predicate."""
    raw = lexicon_raw()
    after = st.text[m.end():m.end() + 8]
    while cut := next((len(w) for w in raw["predicate_adverbs"] if after.startswith(w)), 0):
        after = after[cut:]             # 等项目已全面竣工
    if not any(after.startswith(w) for w in lexicon().cons_after + list(raw["list_predicates"])) \
            or any(w in m.group(2) for w in raw["list_kinds"]):
        return []
    return list_members(st, m)


def _bundle(m) -> bool:
    """"A、B等“N大工程”": a ranked, quoted set of works words names a bundle of programmes."""
    return m.group(0).endswith(gwords("groups", "bundle_head")) and bool(RANKED.match(m.group(2).strip("“”")))


@lru_cache(maxsize=2)
def _predicated_re(key: str) -> re.Pattern:
    """``key`` of the groups patterns opening a clause — ``subject_list``, a list of at least two members, or
    ``single_subject``, one name — then completion predicates closing it (an adverb between)."""
    raw = lexicon_raw()
    return re.compile(gwords("groups", key).format(
        member=gwords("groups", "member"), adverbs=alternation(raw["predicate_adverbs"]),
        predicates=alternation(raw["completion_predicates"])))


@lru_cache(maxsize=1)
def _object_re() -> re.Pattern:
    """A verb that builds or completes works (``list_openers``, a short adverb before it) and a list of at
    least two members filling the rest of the clause (建设 may close it)."""
    return re.compile(gwords("groups", "object_list").format(
        cjk=CJK, openers=alternation(lexicon_raw()["list_openers"]), member=gwords("groups", "member")))


def subject_lists(st, park_names: set[str], surfaces, taken: list[Candidate]) -> list[Candidate]:
    """"A、B建成投用", "A、B、C全面竣工" and "加快建设A、B…二期": the members of a list that is a clause's
    subject before a predicate that completes or opens works, or its object after a verb that builds (one
    member ending with a works head), and one name ending with a works head that is such a subject (X主体完工),
    when every member looks like a name (no verb first, no count, no place alone)."""
    out = []
    objects = list(_object_re().finditer(st.text))
    singles = [m for m in _predicated_re("single_subject").finditer(st.text)
               if not gpattern("groups", "phase_first").match(m.group(1))]
    for m in [*_predicated_re("subject_list").finditer(st.text), *objects, *singles]:
        spans, a = [], m.start(1)
        for part in m.group(1).split("、"):
            spans.append((a, a + len(part)))
            a += len(part) + 1
        names = [st.text[a:b] for a, b in spans]
        if (m in objects or m in singles) and not any(n.endswith(tuple(lexicon().project_suffixes)) for n in names):
            continue        # a verb's object list, or one name alone, is works when one ends with a works head
        if any(_not_a_name(n) or _generic(n) or n in surfaces or n[0].isdigit() or describes(n) or a not in st.starts
               for n, (a, _) in zip(names, spans)):
            continue        # one member that is no name: a list of actions, places or figures
        out += [Candidate("Project", n, a, b, st, {"member": True}) for n, (a, b) in zip(names, spans)
                if n not in park_names and not any(c.a <= a and b <= c.b for c in [*taken, *out])]
    return out


def _works_kind(middle: str) -> bool:
    """"A、B等煤电项目": the list's kind is a kind of works (``list_works_kinds``
    of projects.yaml), which says what each member is, whatever its own head."""
    return any(w in middle for w in lexicon_raw()["list_works_kinds"])


def uncounted_lists(st, park_names: set[str], surfaces, taken: list[Candidate]) -> list[Candidate]:
    """"推进A、B、C等重大项目建设", "A、B等一批项目开工建设" and "建成A、B等煤电项目": members that look
    like names (not 引进A、B等项目: investors)."""
    lex = lexicon()
    out = []
    for m in LIST_PROJECTS.finditer(st.text):
        if m.start(2) - 1 not in st.starts or m.start(2) not in st.starts or _bundle(m):
            continue        # 等 inside a word (高等教育), or a bundle of programmes
        members = _subject_list(st, m)
        if not members and (gpattern("groups", "counted", count=COUNT).match(m.group(2))
                            or m.group(2).startswith(gwords("groups", "vague_kinds"))):
            continue
        # a works predicate after the list or a works kind before 项目 vouches for the members: no head needed
        subject = bool(members) or _works_kind(m.group(2))
        for a, b in members or _governed_list(st, m):
            name = st.text[a:b]
            if (len(name) < 2 or (len(name) == 2 and not subject) or _generic(name) or name in park_names
                    or any(name.endswith(ps["suffix"]) for ps in lex.park_suffixes)
                    or not (subject or proper_head(name, surfaces, allow_org=False) or lex.project_re.search(name[-4:]))
                    or first_token(name) in lex.generic or name.count("“") != name.count("”")
                    or (subject and (_not_a_name(name) or a not in st.starts))):
                continue
            if not any(c.a <= a and b <= c.b for c in [*taken, *out]):
                out.append(Candidate("Project", name, a, b, st, {"member": True}))
    return out
