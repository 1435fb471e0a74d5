"""Placement by name: a project whose name opens with a park's name is a work of that park.

文昌国际航天城卫星超级工厂, 薛家湾煤炭物流园区智能调度中心, 亚山物流园冷链仓储中心: the text ties the work to the park
inside the work's own name, where no context rule of ``placement.py`` looks (the park is no mention of its own
there, it is part of the project's). A park's name (label or alternative label, at least
``placement_features.RECALL_MIN`` characters, so no bare 园区) that opens a project's label and leaves more after it
places the project; the longest such name decides, and a tie between two parks places nothing. A phase or a build
act after the park's name (X物流园二期, 深哈产业园二期, 比亚迪襄阳产业园扩建) is the park's own stage or work, not a work
in it, and a park that bears the project's label is the same thing read twice: neither is placed. Nor is a "work"
whose name goes on from the park's with a verb that governs works (``grammar.yaml`` ``list_governors``: X启动二期,
X重点推进精密铸造二期): that is the park as its clause's subject, kept with its predicate as a project's span.

ties71 weighed the rule by its firings (``scripts/placement_firings.py``) on the 29 dev reports and the 22 probe
entity texts: it fires on no dev report; on the probes 11 times: 6 right (6 families: banner-2018, city-2013,
county-2020, county-2023, province-2020, province-2023), 2 optional (county-2023's gold-optional tie; city-2017's
标准厂房 of the optional park 航空零部件产业园, named only in its works' names), 3 wrong, all of the governing-verb shape
(county-2020, countycity-2021, district-2013), which the verb bound removes; the rule stays (6 right, 0 wrong).
"""
from __future__ import annotations

from ..model import Entity, Sentence, Span
from .grammar import LIST_GOVERNORS, phase_words
from .identity import park_headed
from .placement_features import RECALL_MIN, sentence_finder


def _own_names(park: Entity) -> set[str]:
    """The park's spellings that end in a park head (``identity.park_headed``): a list member's place as written
    (鄂尔多斯 of 鄂尔多斯综保区, ``park_shared``) names no park inside a work's name, nor does a city quarter
    (西海岸新区中心医院 is the quarter's hospital)."""
    return {n for n in {park.label, *park.alt_labels} if park_headed(n)}


def _park_names(entities: list[Entity]) -> list[tuple[str, Entity]]:
    """(name, park) of every park name long enough to be read inside another name, longest first."""
    names = {(n, id(e)): (n, e) for e in entities if e.kind == "Park"
             for n in _own_names(e) if len(n) >= RECALL_MIN}
    return sorted(names.values(), key=lambda x: (-len(x[0]), x[0], x[1].label))


def named_host(project: Entity, names: list[tuple[str, Entity]]) -> Entity | None:
    """The park whose name opens the project's label (the longest; None when two parks tie for it)."""
    label, phases = project.label, phase_words()
    stops = phases + tuple(sorted(LIST_GOVERNORS))
    found = [(n, e) for n, e in names if len(label) > len(n) and label.startswith(n)
             and not label[len(n):].startswith(stops) and not _bears(e, label)]
    if not found:
        return None
    longest = [e for n, e in found if len(n) == len(found[0][0])]
    return longest[0] if len({id(e) for e in longest}) == 1 else None


def _bears(park: Entity, label: str) -> bool:
    """Is ``label`` one of the park's own names (the same thing kept as a park and as a project)?"""
    return label == park.label or label in park.alt_labels


def name_ties(entities: list[Entity], sentences: list[Sentence]) -> list[tuple[Entity, Entity, Span]]:
    """(project, park, sentence span of its first mention) for each project a park's name opens."""
    names = _park_names(entities)
    if not names:
        return []
    sentence_at = sentence_finder(sentences)
    out = []
    for project in (e for e in entities if e.kind == "Project" and e.spans):
        park = named_host(project, names)
        st = sentence_at(min(project.spans)) if park is not None else None
        if st is not None:
            out.append((project, park, st.span))
    return out
