"""Placement: which park a project is in, as the text ties them.

A project is placed in a park when the same sentence names the park before it (在X建设Y, "X…Y等项目
开工", a list that follows a park's name), the nearest such park winning; or, when its sentence
names no park before it, in the park that opens its paragraph (the paragraph is about that park:
"加快中俄蒙国际物流园区建设。…启动A、B等项目"), as long as no other park was named in between.
Only the text is used: no world knowledge, no gazetteer of parks.
"""
from __future__ import annotations

from ..model import Entity, Link, Sentence, Span

OPENING = 12   # a park that starts within this many characters of its paragraph opens it


def _mentions(entities: list[Entity], kind: str) -> list[tuple[Span, Entity]]:
    return sorted(((s, e) for e in entities if e.kind == kind for s in e.spans), key=lambda m: m[0])


def _paragraph_topic(parks, paragraph: Span | None):
    if paragraph is None:
        return None
    opening = [(s, e) for s, e in parks if paragraph.start <= s.start < paragraph.start + OPENING]
    return opening[0] if opening else None


def placements(entities: list[Entity], sentences: list[Sentence], known: list[Link]) -> list[Link]:
    """locatedIn links Project → Park that the sentences state; pairs already in ``known`` are skipped."""
    parks = _mentions(entities, "Park")
    projects = _mentions(entities, "Project")
    seen = {(id(ln.subject), id(ln.object)) for ln in known if ln.predicate == "locatedIn"}
    out = []
    for st in sentences:
        topic = _paragraph_topic(parks, st.paragraph)
        for span, project in projects:
            if not (st.span.start <= span.start < st.span.end):
                continue
            before = [(s, e) for s, e in parks if st.span.start <= s.start and s.end <= span.start]
            if before:
                park = before[-1][1]
            elif topic is not None and topic[0].end <= span.start and not any(
                    topic[0].end <= s.start and s.end <= span.start and e is not topic[1] for s, e in parks):
                park = topic[1]
            else:
                continue
            if park is project or (id(project), id(park)) in seen:
                continue
            seen.add((id(project), id(park)))
            out.append(Link(project, "locatedIn", park, st.span))
    return out
