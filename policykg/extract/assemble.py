"""Assembly: decided candidates become entities — one per park (identity pass), project,
organisation and place — with their spans, aliases and attributes (park kind and status, project
status and year)."""
from __future__ import annotations

import bisect

from ..model import Entity, Span
from .candidates import park_kind, park_status
from .project_rules import project_status
from .grammar import PART_ORDER, Candidate, lexicon, lexicon_raw, phase_words
from .park_lists import zone_kind
from .identity import norm_park, park_identity, park_label, written_norm


class Builder:
    """Entities by key (kind, identity name), with the candidates that mention them."""

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

    def absorb(self, key: tuple[str, str], other: Entity, mentions: list[Candidate]) -> Entity:
        """Fold ``other`` (already out of the builder) into the entity at ``key``: its spans, its labels as
        alternatives, its mentions. One work written two ways (merge_headed_forms, member_heads)."""
        e = self.entities[key]
        e.spans += [s for s in other.spans if s not in e.spans]
        e.alt_labels |= ({other.label} | other.alt_labels) - {e.label}
        self.mentions[key] += mentions
        return e


def add_parks(b: Builder, parks: list[Candidate], jur_names: list[str], below: list[str] = ()) -> None:
    """One entity per park across its spellings; the longest form is the label. ``below``: the names of the
    divisions below the jurisdiction (``identity_canon.below_dropped``)."""
    written: dict[str, list[str]] = {}
    for c in parks:
        forms = written.setdefault(norm_park(_named(c), jur_names, below), [])
        if written_norm(_named(c), jur_names) not in forms:
            forms.append(written_norm(_named(c), jur_names))
    canon = park_identity(sorted(written), written)
    for c in parks:
        b.add(("Park", canon[norm_park(_named(c), jur_names, below)]), c)
    for key, e in b.entities.items():
        if key[0] == "Park":
            _park_attributes(key, e, b.mentions[key], jur_names, below)


def _named(c: Candidate) -> str:
    """A park's name: as written, or with the head its list writes once (``park_shared``: 丰南 of 丰南、遵化经济开发区)."""
    return c.attrs.get("headed", c.name)


def _park_attributes(key, e: Entity, mentions: list[Candidate], jur_names: list[str], below: list[str]) -> None:
    forms = [_named(m) for m in mentions]
    e.label = max(forms, key=lambda s: (len(s), -forms.index(s)))
    kind, full = park_kind(e.label)
    e.alt_labels = ({f for f in forms} | {m.name for m in mentions} | {full, key[1]}) - {e.label}
    e.attrs["parkKind"] = zone_kind(e.label) or kind     # the node only: the decision weighs the suffix kind
    e.attrs["identity"] = key[1]     # the IRI's name: another year's spelling of the park (子牙经开区) reaches it too
    e.attrs["zh"] = park_label(key[1], forms, jur_names, below)    # what a reader reads: the place the text writes kept
    statuses = [s for s in (park_status(m) for m in mentions) if s]
    e.attrs["status"] = ("applied for" if "applied for" in statuses else
                         "planned" if "planned" in statuses and "existing" not in statuses else "existing")


def add_others(b: Builder, projects, orgs, places, taken_names: set[str]) -> None:
    """Projects; organisations whose name is not a project's or park's; places by canonical name."""
    for c in projects:
        b.add(("Project", c.name), c)
    for c in orgs:
        if c.name not in taken_names:
            b.add(("Organization", c.name), c)
    for c in places:
        e = b.add(("Place", c.attrs["canon"]), c, label=c.attrs["canon"])
        if c.attrs.get("placeLevel"):
            e.attrs.setdefault("placeLevel", c.attrs["placeLevel"])
    for key, e in b.entities.items():      # a bare stem of a suffixed place (大邱庄 of 大邱庄镇)
        if key[0] == "Place":
            e.attrs.setdefault("placeLevel", "town")


class _Containers:
    """The spans of one kind's entities, sorted by start: the longer spans holding a span are found by
    bisection among those starting at most the longest span's length before its end (linear, where a
    pairwise test was quadratic in the number of mentions)."""

    def __init__(self, entities: list[Entity]):
        self.items = sorted(((x.start, x.end, i, o) for i, o in enumerate(entities) for x in o.spans),
                            key=lambda t: (t[0], t[1], t[2]))
        self.starts = [t[0] for t in self.items]
        self.longest = max((z - a for a, z, _, _ in self.items), default=0)

    def nested(self, e: Entity, s: Span, gone: set) -> bool:
        """Whether another entity has a longer span holding s that is still among its mentions."""
        lo = bisect.bisect_left(self.starts, s.end - self.longest)
        for a, z, _, o in self.items[lo:bisect.bisect_right(self.starts, s.start)]:
            if o is not e and s.end <= z and z - a > s.end - s.start and (id(o), a, z) not in gone:
                return True
        return False


def drop_nested(b: Builder) -> None:
    """Mentions inside a longer mention of the same kind go; an entity left with none goes too. Entities
    are taken in order: the mentions an earlier one lost no longer hold a later one's (an entity that
    lost all keeps them). A national zone of the gazetteer stays inside a longer park's name (自贸试验区哈尔滨片区
    of 自贸试验区哈尔滨片区保税物流中心: the zone that holds it; parks39)."""
    by_kind: dict[str, list[Entity]] = {}
    for e in b.entities.values():
        by_kind.setdefault(e.kind, []).append(e)
    index = {kind: _Containers(es) for kind, es in by_kind.items()}
    gone: set[tuple[int, int, int]] = set()
    drop = []
    for key, e in b.entities.items():
        keep = [(s, c) for s, c in zip(e.spans, b.mentions[key])
                if c.attrs.get("gazetteer") or not index[e.kind].nested(e, s, gone)]
        if not keep:
            drop.append(key)
            continue
        kept = {s for s, _ in keep}
        gone.update((id(e), s.start, s.end) for s in e.spans if s not in kept)
        e.spans, b.mentions[key] = [s for s, _ in keep], [c for _, c in keep]
        if e.kind != "Park":
            forms = {c.name for _, c in keep}
            e.alt_labels = {f for f in e.alt_labels if f in forms}
    for key in drop:
        del b.entities[key]
        del b.mentions[key]


def _year_of(c: Candidate) -> int | None:
    if c.st.part == "plan":
        return c.st.year
    return c.st.year - 1 if c.st.year and c.st.part == "review" else None


def project_attributes(b: Builder) -> None:
    """Status and year from the latest mention that states one (review < outlook < plan)."""
    for key, e in b.entities.items():
        if key[0] != "Project":
            continue
        ms = sorted(b.mentions[key], key=lambda c: (PART_ORDER.get(c.st.part, -1), c.st.base))
        stated = [(s, c) for c in reversed(ms) if (s := project_status(c))]
        status, c = stated[0] if stated else (None, ms[-1] if ms else None)
        if status:
            e.attrs["status"] = status
        if c is not None and _year_of(c):
            e.attrs["year"] = _year_of(c)


def merge_headed_forms(b: Builder) -> None:
    """Rule (projects63): a project named X and one named X and a project head (``project_suffixes``,
    ``segment_heads`` of projects.yaml: 工程, 铁路, 二期 …) are one work, the guideline's name with or without its
    head (淮河入海水道二期 and 淮河入海水道二期工程, jiangsu; 宜常 and 宜常高铁, hunan): the longer name is the label,
    the shorter an alternative, unless the head is a phase or an act (``phase_heads``: 天府国际机场二期). Not when X
    has two such longer forms (秦沈高速一期, 秦沈高速二期: two works). After ``drop_nested``, so a name inside its own
    longer form is gone already."""
    raw = lexicon_raw()
    heads = tuple(dict.fromkeys((*lexicon().project_suffixes, *raw["segment_heads"])))
    for key in sorted((k for k in b.entities if k[0] == "Project"), key=lambda k: (len(k[1]), k[1])):
        longer = [k for k in (("Project", key[1] + h) for h in heads) if k in b.entities]
        if len(key[1]) < 2 or len(longer) != 1:
            continue
        other = b.entities.pop(key)
        e = b.absorb(longer[0], other, b.mentions.pop(key))
        if longer[0][1][len(key[1]):] in phase_words():     # the phase is the alternative, the work the label
            e.alt_labels, e.label = (e.alt_labels | {e.label}) - {other.label}, other.label
