"""Named entities of a report: parks, projects, organisations and places, with their links.

Rule based, on purpose: the reports use a small set of naming patterns (a proper-name head followed
by a category suffix such as 经开区, 产业园, 工程, 集团), and every decision must be traceable to a
pattern in ``data/lexicons`` / ``data/gazetteer``. jieba is used for word boundaries and POS tags
(proper-name tags ns/nr/nz/nt/j and out-of-vocabulary words mark a name-like head); no statistical
NER model for Chinese government text is available offline, so the span logic is written here.

Public API:
    extract_entities(text, sentences, curation=False) -> (entities, links)
    extract_groups(text, sentences) -> list[GroupStatement]
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Entity, Link, Sentence, Span
from .candidates import (
    first_token,
    list_members,
    org_candidates,
    org_list_candidates,
    park_candidates,
    park_kind,
    park_status,
    place_candidates,
    project_candidates,
    project_status,
)
from .curation import curate
from .decide import decide, model, name_counter
from .grammar import (
    CJK,
    COUNT,
    LIST_GOVERNORS,
    LIST_PROJECTS,
    PART_ORDER,
    Candidate,
    TokSentence,
    lexicon,
    place_surfaces,
    pos_tags,
    proper_head,
    short_place,
)
from .identity import norm_park, park_identity


# ------------------------------------------------------------------------------------ assembling
@dataclass
class GroupStatement:
    park: Entity | None
    projects: list[Entity]
    count: int
    count_span: Span
    sentence: Span


_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _cn_int(s: str) -> int:
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for c in s:
        if c in _CN_NUM:
            cur = _CN_NUM[c]
        elif c == "两":
            cur = 2
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
    return total + cur


class _Builder:
    def __init__(self, text: str):
        self.text = text
        self.entities: dict[tuple[str, str], Entity] = {}
        self.mentions: dict[tuple[str, str], list[Candidate]] = {}

    def add(self, key: tuple[str, str], c: Candidate, label: str | None = None) -> Entity:
        e = self.entities.get(key)
        if e is None:
            e = Entity(kind=key[0], label=label or c.name)
            self.entities[key] = e
            self.mentions[key] = []
        span = Span(c.st.base + c.a, c.st.base + c.b)
        assert self.text[span.start:span.end] == c.name, (c.name, self.text[span.start:span.end])
        if span not in e.spans:
            e.spans.append(span)
            self.mentions[key].append(c)
        if c.name != e.label:
            e.alt_labels.add(c.name)
        return e


def _ctx_key(c) -> tuple | None:
    return None if c is None else (c.report_year, c.part_kind, c.place, tuple(c.place_parents))


_ANALYSIS: dict = {}


def _analyse(sentences: list[Sentence]):
    """Per-sentence candidates (the costly part), memoised for the last sentence list: the pipeline
    asks for entities and then for groups of the same sentences."""
    key = tuple((s.span.start, s.span.end, s.text, _ctx_key(s.context)) for s in sentences)
    hit = _ANALYSIS.get("key")
    if hit != key:
        sents = [TokSentence(s) for s in sentences]
        ctx = next((s.s.context for s in sents if s.s.context), None)
        surfaces = place_surfaces(ctx)
        counts = name_counter(sentences)
        learned = model()
        rows = []
        for st in sents:
            parks, titles = park_candidates(st, surfaces)
            projects = project_candidates(st, surfaces)
            if learned is not None:
                parks, projects = decide(st, parks, projects, surfaces, counts, learned)
            orgs = org_candidates(st, surfaces) + org_list_candidates(st, surfaces)
            places = place_candidates(st, surfaces)
            projects = [c for c in projects if not any(p.a <= c.a and c.b <= p.b for p in parks)]
            rows.append((st, parks, titles, projects, orgs, places))
        _ANALYSIS.clear()
        _ANALYSIS.update(key=key, ctx=ctx, rows=rows)
    rows = [tuple(list(x) if isinstance(x, list) else x for x in row) for row in _ANALYSIS["rows"]]
    return _ANALYSIS["ctx"], rows


def _run(text: str, sentences: Iterable[Sentence], curation: bool):
    ctx, per_sent = _analyse(list(sentences))
    surfaces = place_surfaces(ctx)
    jur = [n for n in ([ctx.place, *ctx.place_parents] if ctx else []) if n]
    jur_names = sorted({x for n in jur for x in (n, short_place(n))}, key=len, reverse=True)
    lex = lexicon()

    # project names that are the object of construction anywhere win over an organisation reading
    project_names = {c.name for row in per_sent for c in row[3]}
    park_names = {c.name for row in per_sent for c in row[1]}

    # ----- group statements: "A、B等N个(…)项目" / "等N项工程"
    group_re = re.compile(rf"((?:[{CJK}0-9A-Za-z（）]+、)*[{CJK}0-9A-Za-z（）]+)等({COUNT})([个项])([{CJK}]{{0,6}}?)(项目|工程)")
    groups_raw = []
    for row in per_sent:
        st = row[0]
        for m in group_re.finditer(st.text):
            members = []
            for a, b in list_members(st, m):
                name = st.text[a:b]
                if name in lex.generic or all(w in lex.generic for w, _ in pos_tags(name)) or name in park_names:
                    continue
                members.append(Candidate("Project", name, a, b, st, {"member": True}))
            if members:
                row[3].extend(members)
                project_names.update(c.name for c in members)
                groups_raw.append((st, members, _cn_int(m.group(2)), (m.start(2), m.end(5))))
        # uncounted lists: "推进A、B、C等重大项目建设" — the members are projects when they look like names
        for m in LIST_PROJECTS.finditer(st.text):
            if re.match(rf"{COUNT}[个项批]", m.group(2)) or m.group(2).startswith(("一批", "各类", "相关")):
                continue
            # the list must follow a works verb: not 引进A、B等项目 (investors) nor "A、B等项目迁驻运营"
            first = m.group(1).split("、")[0]
            govs = [(first.rfind(g), g) for g in (*lex.cons_before, *LIST_GOVERNORS) if g in first]
            if not govs:
                continue
            i, g = max(govs, key=lambda x: (x[0] + len(x[1]), len(x[1])))
            members = list_members(st, m)
            if not members:
                continue
            a0 = m.start(1) + i + len(g)
            if members[0][0] < a0 or st.text[a0:members[0][0]].strip("“”"):
                members[0] = (a0, members[0][1]) if members[0][1] - a0 >= 2 else members[0]
            for a, b2 in members:
                name = st.text[a:b2]
                if len(name) <= 2 or (name in lex.generic or all(w in lex.generic for w, _ in pos_tags(name)) or name in park_names
                        or any(name.endswith(ps["suffix"]) for ps in lex.park_suffixes)
                        or not (proper_head(name, surfaces, allow_org=False) or lex.project_re.search(name[-4:]))
                        or first_token(name) in lex.generic or name.count("“") != name.count("”")):
                    continue
                if any(c.a <= a and b2 <= c.b for c in row[3]):
                    continue
                row[3].append(Candidate("Project", name, a, b2, st, {"member": True}))
                project_names.add(name)

    b = _Builder(text)
    # ----- parks: identity by normalised full name
    park_keys: dict[str, tuple[str, str]] = {}
    for row in per_sent:
        for c in row[1]:
            norm = norm_park(c.name, jur_names)
            park_keys.setdefault(norm, ("Park", norm))
    alias_of = park_identity(list(park_keys))
    for row in per_sent:
        for c in row[1]:
            norm = alias_of[norm_park(c.name, jur_names)]
            b.add(("Park", norm), c)
    for key, e in b.entities.items():
        if key[0] != "Park":
            continue
        forms = [m.name for m in b.mentions[key]]
        e.label = max(forms, key=lambda s: (len(s), -forms.index(s)))
        e.alt_labels = {f for f in forms if f != e.label}
        kind, full = park_kind(e.label)
        if full != e.label:
            e.alt_labels.add(full)
        if key[1] != e.label:
            e.alt_labels.add(key[1])
        e.alt_labels.discard(e.label)
        e.attrs["parkKind"] = kind
        statuses = [s for s in (park_status(m) for m in b.mentions[key]) if s]
        e.attrs["status"] = ("applied for" if "applied for" in statuses else
                             "planned" if "planned" in statuses and "existing" not in statuses else "existing")

    # ----- projects
    for row in per_sent:
        for c in row[3]:
            b.add(("Project", c.name), c)
    # ----- organisations (a name also found as a project or park stays that)
    for row in per_sent:
        for c in row[4]:
            if c.name in project_names or c.name in park_names:
                continue
            b.add(("Organization", c.name), c)
    # ----- places
    settled = {short_place(c.name) for row in per_sent for c in row[5] if not c.attrs.get("settlement")}
    for row in per_sent:
        for c in row[5]:
            canon = c.attrs["canon"]
            e = b.add(("Place", canon), c, label=canon)
            if c.attrs.get("placeLevel"):
                e.attrs.setdefault("placeLevel", c.attrs["placeLevel"])
    # stems of suffixed places mentioned bare elsewhere (大邱庄镇 … 大邱庄)
    for key, e in list(b.entities.items()):
        if key[0] == "Place" and e.attrs.get("placeLevel") is None:
            e.attrs["placeLevel"] = "town"
    _ = settled

    # drop mentions nested in a longer mention of the same kind
    for key, e in b.entities.items():
        keep = []
        for s, c in zip(e.spans, b.mentions[key]):
            nested = any(o is not e and o.kind == e.kind and any(
                x.start <= s.start and s.end <= x.end and (x.end - x.start) > (s.end - s.start) for x in o.spans)
                for o in b.entities.values() if o.kind == e.kind)
            keep.append((s, c, nested))
        if all(n for _, _, n in keep):
            e.attrs["_drop"] = True
        else:
            e.spans = [s for s, _, n in keep if not n]
            b.mentions[key] = [c for _, c, n in keep if not n]
            forms = {c.name for c in b.mentions[key]}
            if e.kind != "Park":
                e.alt_labels = {f for f in e.alt_labels if f in forms}
    for key in [k for k, e in b.entities.items() if e.attrs.pop("_drop", False)]:
        del b.entities[key]
        del b.mentions[key]

    # ----- project attributes
    for key, e in b.entities.items():
        if key[0] != "Project":
            continue
        ms = sorted(b.mentions[key], key=lambda c: (PART_ORDER.get(c.st.part, -1), c.st.base))
        status, year = None, None
        for c in reversed(ms):
            s = project_status(c)
            if s:
                status = s
                year = c.st.year if c.st.part == "plan" else (c.st.year - 1 if c.st.year and c.st.part == "review" else None)
                break
        if status is None and ms:
            c = ms[-1]
            year = c.st.year if c.st.part == "plan" else (c.st.year - 1 if c.st.year and c.st.part == "review" else None)
        if status:
            e.attrs["status"] = status
        if year:
            e.attrs["year"] = year

    # ----- curation
    if curation:
        curate(b.entities, jur)

    entities = sorted(b.entities.values(), key=lambda e: (["Park", "Project", "Organization", "Place"].index(e.kind)
                                                          if e.kind in ("Park", "Project", "Organization", "Place") else 9,
                                                          min(e.spans).start if e.spans else 0, e.label))
    for e in entities:
        e.spans.sort()
    by_span = {}
    for e in entities:
        for s in e.spans:
            by_span[(e.kind, s)] = e

    # ----- links
    links: list[Link] = []
    seen = set()

    def link(s, p, o, span):
        k = (id(s), p, id(o))
        if k not in seen and s is not o:
            seen.add(k)
            links.append(Link(subject=s, predicate=p, object=o, span=span))

    def ent(kind, st, c):
        return by_span.get((kind, Span(st.base + c.a, st.base + c.b)))

    groups: list[GroupStatement] = []
    for st, parks, titles, projects, orgs, places in per_sent:
        sent_span = st.s.span
        topic = None
        for c in parks:
            if c.a == 0:
                topic = ent("Park", st, c)
        # an honour (获批/成为 国家…) belongs to the park named before it in the same clause
        for t0, title in titles:
            holders = [c for c in parks if c.b <= t0 and not re.search("[，,；;。]", st.text[c.b:t0])
                       and any(w in st.text[c.b:t0] for w in lex.title_cues)]
            holder = ent("Park", st, holders[-1]) if holders else None
            if holder is not None:
                holder.attrs.setdefault("titles", [])
                if title not in holder.attrs["titles"]:
                    holder.attrs["titles"].append(title)
        proj_ents = [e for e in (ent("Project", st, c) for c in projects) if e]
        if topic:
            for pe in proj_ents:
                link(pe, "locatedIn", topic, sent_span)
        # name-internal places: "团泊大道大邱庄段" → 大邱庄
        for kind in ("Project", "Park"):
            for c in (projects if kind == "Project" else parks):
                holder = ent(kind, st, c)
                if holder is None:
                    continue
                for pc in places:
                    if c.a <= pc.a and pc.b <= c.b:
                        pl = ent("Place", st, pc)
                        if pl is not None and pl.attrs.get("placeLevel") != "region":
                            link(holder, "locatedIn", pl, sent_span)
                for oc in orgs:
                    if c.a <= oc.a and oc.b <= c.b and kind == "Project":
                        org = ent("Organization", st, oc)
                        if org is not None:
                            link(holder, "involves", org, sent_span)
        # cooperation cues: projects of a sentence involve the organisations it cooperates with
        if proj_ents and re.search("合作|发挥.{2,30}作用", st.text):
            for oc in orgs:
                org = ent("Organization", st, oc)
                if org is None:
                    continue
                before = st.text[max(0, oc.a - 6):oc.a]
                after = st.text[oc.b:oc.b + 8]
                if "与" in before and "合作" in after or "发挥" in before and "作用" in after:
                    for pe in proj_ents:
                        if not any(pe.spans and x.start <= st.base + oc.a < x.end for x in pe.spans):
                            link(pe, "involves", org, sent_span)
        for gst, members, count, (ca, cb) in groups_raw:
            if gst is not st:
                continue
            mems = [e for e in (ent("Project", st, c) for c in members) if e]
            groups.append(GroupStatement(park=topic, projects=mems, count=count,
                                         count_span=Span(st.base + ca, st.base + cb), sentence=sent_span))
    return entities, links, groups


def extract_entities(text: str, sentences: Iterable[Sentence], *, curation: bool = False
                     ) -> tuple[list[Entity], list[Link]]:
    """Parks, projects, organisations and places named in ``sentences``, with locatedIn/involves links."""
    entities, links, _ = _run(text, list(sentences), curation)
    return entities, links


def extract_groups(text: str, sentences: Iterable[Sentence]) -> list[GroupStatement]:
    """One record per "A、B等N个项目" statement, with the park the sentence is about (if any)."""
    return _run(text, list(sentences), False)[2]
