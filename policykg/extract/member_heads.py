"""List members labelled with the head the list writes once (projects64, issue 12).

"北沿江、通苏嘉甬、盐泰锡常宜高铁", "乌东德、白鹤滩等14座大中型水电站", "大湾、盘南等煤电项目": a member that is
no whole name alone (北沿江 reads as a region, 乌东德 as a place) is the work only with the head the list
shares, so its label is member + head (北沿江高铁, 乌东德水电站, 大湾煤电项目) and the written member an
alternative (gold matching sees both). A member that already ends with a head of its own (宣威水库, 成南扩容)
keeps its name. The heads are the existing head data of projects.yaml (``shared_heads``, ``segment_heads``)
and ``shared_heads.member_heads``; a generic head (项目, 工程) is shared
only with the works kind written before it (在建铁路项目 → 铁路项目, 煤电项目), never alone (京东方、惠科等重大产业项目).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .grammar import COUNT, NAME_CHAR, alternation, lexicon_raw, phase_words
from .qlexicon import gwords

_MAX_BARE = 6       # a member longer than this, not a route, is a whole name
_MAX_ABBREVIATION = 3
_MAX_LAST = 12      # the last member's name before the head
_MAX_MID = 6        # words between 等/a count and the head (大中型, 重庆, 在建铁路)


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(the heads a list shares: lines, roads, plants, labs; the generic heads; works kinds; the words a whole
    name ends with or holds). A facility word of ``project_suffixes`` (中心, 平台, 广场) names the last member
    alone or the list's category (等创新平台), so it is shared by no member, though it ends a whole name."""
    raw = lexicon_raw()
    sh = raw["shared_heads"]
    concrete = tuple(dict.fromkeys((*sh["heads"], *raw["segment_heads"], *sh["member_heads"])))
    own = (*concrete, *raw["project_suffixes"], *sh["list_heads"], *sh["member_tails"], *phase_words(),
           *sh["whole_name_marks"])
    return concrete, tuple(sh["list_heads"]), tuple(raw["list_works_kinds"]), own


def _bare(name: str) -> bool:
    """A member that is no whole name alone: short (an abbreviation, a place: 北沿江, 乌东德) or a route by its
    two ends (大村至遵义), holding no head or line word of its own (京哈改扩建, 13号线东延伸, 包银高铁…支线)."""
    _, _, _, own = _heads()
    if name.endswith(own) or any(w in name for w in own):
        return False
    return len(name) <= _MAX_BARE or _route(name)


@lru_cache(maxsize=1)
def _tails() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(等 and/or a count, the words before the head, the head) right after the last member; the last member's
    stretch: (its name, the same), and (its name, the head glued to it: 聊邯长铁路)."""
    concrete, generic, _, _ = _heads()
    sh = lexicon_raw()["shared_heads"]
    close, classifiers = re.escape(sh["list_close"]), re.escape("".join(sh["count_classifiers"]))
    heads = alternation([*concrete, *generic])
    counted = rf"({close}(?:{COUNT}[{classifiers}])?|{COUNT}[{classifiers}])(.{{0,{_MAX_MID}}}?)({heads})"
    return (re.compile(counted), re.compile(rf"([^{close}]{{1,{_MAX_LAST}}}?){counted}"),
            re.compile(rf"([^{close}]{{1,{_MAX_LAST}}}?)({heads})"))


def _stretch_end(text: str, i: int) -> int:
    while i < len(text) and NAME_CHAR.match(text[i]):
        i += 1
    return i


def _shared_head(mid: str, head: str) -> str | None:
    """What a member takes: a concrete head alone (14座大中型水电站 → 水电站, 3个重庆实验室 → 实验室, 4个在建铁路项目
    → 铁路); a generic one only after a works kind (煤电项目), never alone (重大产业项目)."""
    concrete, generic, kinds, _ = _heads()
    if head not in generic:
        return head
    kind = next((k for k in sorted(kinds, key=len, reverse=True) if mid.endswith(k)), None)
    return kind + head if kind else None


def member_head(text: str, a: int, b: int, named) -> str | None:
    """The head the 、-list holding text[a:b] writes once after its last member, or None. A head glued to the
    last member (聊邯长铁路) counts when ``named(x, y)`` says text[x:y] is a project's own name, or when text[a:b]
    is an abbreviation or a route, that member is bare too and no member before holds a head of its own (港口铁路通项目 holds 铁路 but is no
    railway: 邻县高速通、乡镇便捷通 before it)."""
    if not _bare(text[a:b]):
        return None
    i = start = b
    while i < len(text) and text[i] == "、":    # skip the bare members after this one, up to the head's
        j = _stretch_end(text, i + 1)
        if j == i + 1:
            return None
        start, i = i + 1, j
        if not _bare(text[start:i]):
            break
    after, counted, glued = _tails()
    if start == b:          # this member is the last: the head follows after 等 or a count
        m = after.match(text, b, _stretch_end(text, b))
        return _shared_head(m.group(2), m.group(3)) if m else None
    if m := counted.match(text, start, i):
        return _shared_head(m.group(3), m.group(4))
    m = glued.match(text, start, i)
    if not m or not (named(start, m.end()) or (_abbreviation(text[a:b]) and _bare(m.group(1))
                                               and not _headed_before(text, a))):
        return None
    return _shared_head("", m.group(2))


def _abbreviation(name: str) -> bool:
    """A route by its ends (日照至五莲) or an abbreviation of at most three characters (莱临, 雄忻, 沙坡头): never a
    whole name alone, unlike 第四跑道, 狮子洋通道, 南渡江引水 before a last member that holds a head glued to it."""
    return len(name) <= _MAX_ABBREVIATION or _route(name)


def _route(name: str) -> bool:
    """A route by its two ends (大村至遵义, 日照至五莲): the route word of ``elliptic`` in the name."""
    return gwords("elliptic", "route") in name


def _headed_before(text: str, a: int) -> bool:
    """Whether a member before text[a:] in its 、-list holds a head of its own (邻县高速通、乡镇便捷通、港口铁路通项目:
    a list of kinds, each its own, not of names sharing 铁路)."""
    concrete = _heads()[0]
    while a > 0 and text[a - 1] == "、":
        b, a = a - 1, a - 1
        while a > 0 and NAME_CHAR.match(text[a - 1]):
            a -= 1
        if any(h in text[a:b] for h in concrete):
            return True
    return False


def label_with_shared_heads(b) -> None:
    """Rule (projects64): a project labelled by a list member that is no whole name alone, the list writing
    its head once after the last member, is labelled member + head, the member an alternative; when that
    name is another project's already, the two are one (宜常 and 宜常高铁). ``b``: an assemble.Builder, after
    ``drop_nested``."""
    spans = {(s.start, s.end) for k, e in b.entities.items() if k[0] == "Project" for s in e.spans}
    for key in [k for k in b.entities if k[0] == "Project"]:
        e = b.entities.get(key)
        if e is None:
            continue
        for c in sorted(b.mentions[key], key=lambda c: c.st.base + c.a):
            named = (lambda x, y, base=c.st.base: (base + x, base + y) in spans)
            if c.name == e.label and (head := member_head(c.st.text, c.a, c.b, named)):
                _relabel(b, key, e.label + head)
                break


def _relabel(b, key, label: str) -> None:
    e, mentions = b.entities.pop(key), b.mentions.pop(key)
    new = ("Project", label)
    if new in b.entities:
        b.absorb(new, e, mentions)
        return
    e.alt_labels, e.label = (e.alt_labels | {e.label}) - {label}, label
    b.entities[new], b.mentions[new] = e, mentions
