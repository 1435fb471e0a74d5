"""Named entities of a report: parks, projects, organisations and places, with their links.

The passes, each in its own module: ``grammar`` (lexicons, tokens, name shapes), ``candidates``
(rule candidates per sentence), ``decide`` (the learned keep/boundary decision for parks and
projects), ``groups`` (listed projects), ``assemble`` (identity, spans, attributes), ``curation``
(reviewed aliases, scoped to a jurisdiction), ``entity_links`` and ``placement`` (links the text
states). jieba gives word boundaries and POS tags; patterns and words are data (``data/lexicons``,
``data/gazetteer``); the decision is fitted on the dev annotations (``make train``).

Public API:
    extract_entities(text, sentences, curation=False) -> (entities, links)
    extract_groups(text, sentences) -> list[GroupStatement]
    extract_entities_and_groups(text, sentences, curation=False) -> (entities, links, groups)
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..model import Entity, Link, Sentence
from .activities import activity
from .backrefs import back_references
from .assemble import Builder, add_others, add_parks, drop_nested, merge_headed_forms, project_attributes
from .candidates import park_candidates
from .project_rules import project_candidates
from .curation import curate
from .identity import park_short_forms
from .elliptic import elliptic_members
from .member_heads import label_with_shared_heads
from .park_shared import shared_head_parks
from .decide import decide, model, name_counter, unnamed
from .name_grammar import head_end, head_res, shaped
from .entity_links import sentence_links
from .grammar import MEASURE_AFTER, Candidate, TokSentence, lexicon, lexicon_raw, tokens_of
from .surfaces import place_surfaces, short_place
from .groups import GroupStatement, counted_lists, subject_lists, uncounted_lists
from .campaigns import carried_out
from .not_works import continued, designated, founded, in_use, not_works
from .sector_lists import listed_sector
from .kind_lists import listed_kind
from .name_edges import annex_joined, annexed, rejoined
from .name_bounds import without_run_on_tail
from .named import org_candidates, org_list_candidates, place_candidates
from .name_places import drop_name_only_districts, drop_park_heads, opening_places
from .place_owners import owner_places
from .stated_places import stated_places
from .placement import placements
from .governed import governed_start
from .reach import sector_kind, unnamed_amount

__all__ = ["GroupStatement", "extract_entities", "extract_entities_and_groups", "extract_groups"]
_KIND_ORDER = {"Park": 0, "Project": 1, "Organization": 2, "Place": 3}


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
            else:       # the rule passes alone: the park names the decision's grammar allows
                parks = [c for c in parks if shaped(c, surfaces)]
            parks += shared_head_parks(st, parks)
            orgs = org_candidates(st, surfaces) + org_list_candidates(st, surfaces)
            places = place_candidates(st, surfaces)
            projects = [c for c in projects if not any(p.a <= c.a and c.b <= p.b for p in parks)]
            rows.append((st, parks, titles, projects, orgs, places))
        back_references(rows)
        _ANALYSIS.clear()
        _ANALYSIS.update(key=key, ctx=ctx, rows=rows)
    rows = [tuple(list(x) if isinstance(x, list) else x for x in row) for row in _ANALYSIS["rows"]]
    return _ANALYSIS["ctx"], rows


def split_joined(c: Candidate) -> list[Candidate]:
    """A project joined to the next by a conjunction word (``join_words`` of projects.yaml) is two
    projects when both sides hold three characters or more (two for a list member's left side: a list
    of abbreviations) and the right one ends with a project head or a member tail or opens with its own size;
    a side that is a bare suffix (二期: the phase of the member before) or a bare head (酒店) names nothing."""
    toks, _ = tokens_of(c.st, c.a, c.b)
    words, tails, bare = _join_lex()
    at = next(((t[0], t[1]) for t in toks if t[2] in words and c.a < t[0]), None)
    short = 2 if c.a > 0 and c.st.text[c.a - 1] in _LIST_MARKS else 3     # "" before offset 0 is in any str
    if at is None and short == 2:       # abbreviations: the tagger glues a one-character join to them
        i = next((i for i in range(c.a + short, c.b - 3) if c.st.text[i] in words), None)
        at = None if i is None else (i, i + 1)
    if at is None or at[0] - c.a < short:
        return [c]
    right = c.st.text[at[1]:c.b]
    if annexed(right):                  # X及配套Y, X及服务中心: one name (projbounds48)
        return [c]
    if head_end("Project").match(right):    # X及酒店: the works' bare kind beside X names nothing (projprec43)
        return [Candidate(c.kind, c.st.text[c.a:at[0]], c.a, at[0], c.st, dict(c.attrs))]
    # a right side opening with its own size (5万平方米X和2万平方米Y) is a second thing, head or none (projprec43)
    named = head_end("Project").search(right) or right.endswith(tails) or MEASURE_AFTER.match(right)
    if c.b - at[1] < 3 or not named:
        return [c]
    return [Candidate(c.kind, c.st.text[x:y], x, y, c.st, dict(c.attrs)) for x, y in ((c.a, at[0]), (at[1], c.b))
            if c.st.text[x:y] not in bare]


_LIST_MARKS = "、"


@lru_cache(maxsize=1)
def _join_lex() -> tuple[frozenset, tuple, frozenset]:
    """The join words, the member tails a right side may end with, the suffixes that are no side alone."""
    raw = lexicon_raw()
    return (frozenset(raw.get("join_words") or ()), tuple(raw["shared_heads"]["member_tails"]),
            frozenset(lexicon().project_suffixes))


def _works_only(members: list, surfaces) -> list:
    """The list members that are not a sector or technology kind, a kind of facility named by its class
    or its amount nor a programme named by its action (``reach.sector_kind``, ``reach.unnamed_kind``,
    ``reach.unnamed_amount``), nor a name its clause honours, titles or lists as a kind (``not_works``) or sets up
    (``founded``): ``_kind``."""
    return [c for c in members if not _kind(c, surfaces)]


def _kind(c: Candidate, surfaces) -> bool:
    """A sector kind, a kind, an amount of one, a programme or a title (``sector_kind``, ``unnamed``,
    ``unnamed_amount``, ``not_works``), part of a corridor's designation (``designated``), cut short of a place or
    a code that continues it (``continued``), set up (``founded``), in use (``in_use``), a programme carried out (``carried_out``), a
    member of a list of sectors (``listed_sector``) or of kinds (``listed_kind``) or an activity (``activity``). The
    decision's names too: a shared-kind list member (…、传感器研发制造等项目) is a sector as much as a group's member is."""
    heads = [rx for _, rx in head_res()]
    return sector_kind(c.name, surfaces) or unnamed(c.name, surfaces) or unnamed_amount(c.name, surfaces, heads) \
        or not_works(c.st.text, c.a, c.b) or designated(c.st.text, c.a, c.b) or founded(c.st.text, c.a) \
        or in_use(c.st.text, c.a, c.b) \
        or continued(c.st.text, c.b) or carried_out(c.st.text, c.a, c.b, surfaces) \
        or listed_sector(c.st.text, c.a, c.b, surfaces) or listed_kind(c.st.text, c.a, c.b) \
        or activity(c.name, surfaces) or governed_start(c)


def _add_listed_projects(rows, surfaces) -> list:
    """Members of group statements and of governed lists join their sentence's projects."""
    park_names = {c.name for row in rows for c in row[1]}
    raw_groups = []
    for row in rows:
        st, projects = row[0], row[3]
        counted = []
        for g in counted_lists(st, park_names):
            g.members[:] = _works_only(g.members, surfaces)
            if g.members:           # a count of sector kinds only names no works
                counted.append(g)
        for g in counted:
            projects.extend(g.members)
        raw_groups += counted
        projects.extend(_works_only(uncounted_lists(st, park_names, surfaces, projects), surfaces))
        projects.extend(_works_only(subject_lists(st, park_names, surfaces, projects), surfaces))
        projects.extend(elliptic_members(st, projects))
        projects[:] = [part for c in projects for part in split_joined(c)
                       if part is c or not unnamed(part.name, surfaces)]    # a side of a join is a member
        # every pass's names, the decision's too (the rule passes alone skip it): edges set, kinds and titles out
        projects[:] = [c for c in (without_run_on_tail(rejoined(annex_joined(c))) for c in projects)
                       if not _kind(c, surfaces)]
    return raw_groups


def _run(text: str, sentences: list[Sentence], curation: bool):
    ctx, rows = _analyse(sentences)
    surfaces = place_surfaces(ctx)
    jur = [n for n in ([ctx.place, *ctx.place_parents] if ctx else []) if n]
    jur_names = sorted({x for n in jur for x in (n, short_place(n))}, key=len, reverse=True)
    raw_groups = _add_listed_projects(rows, surfaces)
    drop_park_heads(rows, surfaces)
    opening_places(rows, surfaces)
    drop_name_only_districts(rows)
    owner_places(rows)
    stated_places(rows, surfaces)
    park_short_forms(rows, jur_names)
    taken = {c.name for row in rows for c in (*row[1], *row[3])}   # a project or park is not an organisation
    b = Builder(text)
    below = sorted(set(surfaces.divisions) - set(jur_names), key=lambda n: (-len(n), n))
    add_parks(b, [c for row in rows for c in row[1]], jur_names, below)
    add_others(b, [c for row in rows for c in row[3]], [c for row in rows for c in row[4]],
               [c for row in rows for c in row[5]], taken)
    drop_nested(b)
    label_with_shared_heads(b)
    merge_headed_forms(b)
    project_attributes(b)
    if curation:
        curate(b.entities, jur)
    entities = sorted(b.entities.values(), key=lambda e: (_KIND_ORDER.get(e.kind, 9),
                                                          min(e.spans).start if e.spans else 0, e.label))
    for e in entities:
        e.spans.sort()
    links, groups = sentence_links(entities, rows, raw_groups)
    links += placements(entities, sentences, links, text)
    return entities, links, groups


def extract_entities(text: str, sentences: Iterable[Sentence], *, curation: bool = False
                     ) -> tuple[list[Entity], list[Link]]:
    """Parks, projects, organisations and places named in ``sentences``, with locatedIn/involves links."""
    entities, links, _ = _run(text, list(sentences), curation)
    return entities, links


def extract_entities_and_groups(text: str, sentences: Iterable[Sentence], *, curation: bool = False
                                ) -> tuple[list[Entity], list[Link], list[GroupStatement]]:
    """Both at once, the groups naming the very entities returned (what the pipeline uses)."""
    return _run(text, list(sentences), curation)


def extract_groups(text: str, sentences: Iterable[Sentence]) -> list[GroupStatement]:
    """One record per "A、B等N个项目" statement, with the park the sentence is about (if any)."""
    return _run(text, list(sentences), False)[2]
