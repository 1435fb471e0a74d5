"""Links among the entities of a sentence: honours to the park that received them, places and
organisations named inside a project or park name, organisations a sentence's projects cooperate
with, and the group statements with the park the sentence is about."""
from __future__ import annotations

import re

from .. import resources
from ..model import Link, Span
from .grammar import CLAUSE_MARKS, lexicon
from .groups import GroupStatement
from .qlexicon import gpattern, gwords


class Linker:
    """Collects links once each; resolves a sentence's candidates to the entities they became."""

    def __init__(self, entities):
        self.links: list[Link] = []
        self._seen: set = set()
        self._by_span = {(e.kind, s): e for e in entities for s in e.spans}

    def entity(self, kind, st, c):
        return self._by_span.get((kind, Span(st.base + c.a, st.base + c.b)))

    def add(self, s, p, o, span) -> None:
        k = (id(s), p, id(o))
        if k not in self._seen and s is not o:
            self._seen.add(k)
            self.links.append(Link(subject=s, predicate=p, object=o, span=span))


def _titles(lk: Linker, st, parks, titles) -> None:
    """An honour (获批/成为 国家…) belongs to the park named before it in the same clause."""
    for t0, title in titles:
        holders = [c for c in parks if c.b <= t0 and not re.search(f"[{CLAUSE_MARKS}]", st.text[c.b:t0])
                   and any(w in st.text[c.b:t0] for w in lexicon().title_cues)]
        holder = lk.entity("Park", st, holders[-1]) if holders else None
        if holder is not None and title not in holder.attrs.setdefault("titles", []):
            holder.attrs["titles"].append(title)


def route_end(name: str, a: int, b: int) -> bool:
    """The place at [a, b) of NAME is an end of the route the name names (济南至宁津, 重庆东至黔江段, 海南—广东…线路工程),
    not where the work is; a dash makes ends only in a route's name (伊犁—吐鲁番国家植物园 is at both)."""
    w = resources.lexicon_data("placement")
    joiners = tuple(w["route_joiners"])
    if any(r in name for r in w["route_words"]):
        joiners += tuple(w["route_dashes"])
    after = name[b:]
    if after[:1] in w["route_end_after"] and after[1:].startswith(joiners):
        after = after[1:]
    return after.startswith(joiners) or name[:a].endswith(joiners)


def _inside_names(lk: Linker, st, parks, projects, orgs, places) -> None:
    """"团泊大道大邱庄段" → 大邱庄; "生宝集团设施农业提升工程" involves 生宝集团; never a route's end (济南至宁津)."""
    for kind, cands in (("Project", projects), ("Park", parks)):
        for c in cands:
            holder = lk.entity(kind, st, c)
            if holder is None:
                continue
            for pc in places:
                stated = pc.attrs.get("site_of") == (c.a, c.b)             # 支持鄂州申建空港综保区
                pl = lk.entity("Place", st, pc) if c.a <= pc.a and pc.b <= c.b or stated else None
                if pl is not None and not stated and route_end(st.text[c.a:c.b], pc.a - c.a, pc.b - c.a):
                    continue
                if pc.attrs.get("owner_of") == (c.a, c.b):     # 北京大学…三亚医院: 北京 names the owner
                    continue
                if pl is not None and (pl.attrs.get("placeLevel") != "region" or pc.attrs.get("area")):
                    lk.add(holder, "locatedIn", pl, st.s.span)
            for oc in orgs if kind == "Project" else ():
                org = lk.entity("Organization", st, oc) if c.a <= oc.a and oc.b <= c.b else None
                if org is not None:
                    lk.add(holder, "involves", org, st.s.span)


def _cooperation(lk: Linker, st, proj_ents, orgs) -> None:
    """Projects of a sentence involve the organisations it cooperates with (与X合作, 发挥X作用)."""
    if not proj_ents or not gpattern("entity_links", "cooperation").search(st.text):
        return
    for oc in orgs:
        org = lk.entity("Organization", st, oc)
        before, after = st.text[max(0, oc.a - 6):oc.a], st.text[oc.b:oc.b + 8]
        if org is None or not any(w in before and v in after for w, v in gwords("entity_links", "cooperation_pairs")):
            continue
        for pe in proj_ents:
            if not any(x.start <= st.base + oc.a < x.end for x in pe.spans):
                lk.add(pe, "involves", org, st.s.span)


def sentence_links(entities, rows, raw_groups) -> tuple[list[Link], list[GroupStatement]]:
    """Links of every sentence, and the group statements with their topic park (one opening the sentence)."""
    lk = Linker(entities)
    groups = []
    for st, parks, titles, projects, orgs, places in rows:
        topic = next((lk.entity("Park", st, c) for c in parks if c.a == 0), None)
        _titles(lk, st, parks, titles)
        _inside_names(lk, st, parks, projects, orgs, places)
        _cooperation(lk, st, [e for e in (lk.entity("Project", st, c) for c in projects) if e], orgs)
        for g in (g for g in raw_groups if g.st is st):
            members = [e for e in (lk.entity("Project", st, c) for c in g.members) if e]
            groups.append(GroupStatement(park=topic, projects=members, count=g.count,
                                         count_span=Span(st.base + g.count_at[0], st.base + g.count_at[1]),
                                         sentence=st.s.span))
    return lk.links, groups
