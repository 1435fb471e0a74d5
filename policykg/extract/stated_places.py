"""The place a sentence states a work is built in, before the verb that builds it (支持鄂州申建空港综保区,
支持赤峰建设蒙东作物种质资源库): the guideline's 在X建设Y. The place, a place candidate or a division of the report's
province written whole between a cue and the verb, is marked ``site_of`` the work and `entity_links` ties them."""
from __future__ import annotations

from dataclasses import replace

from .. import resources
from .grammar import Candidate
from .name_places import province_division


def _site(c: Candidate, surfaces, places: list[Candidate]) -> Candidate | None:
    """The place written right before C's build verb, itself right after a cue (支持X申建C); None otherwise."""
    w = resources.lexicon_data("placement")
    before = c.st.text[:c.a]
    verb = next((v for v in w["site_verbs"] if before.endswith(v)), None)
    if verb is None:
        return None
    end = c.a - len(verb)
    for p in (p for p in places if p.b == end):
        if before[:p.a].endswith(tuple(w["site_cues"])):
            return p
    for cue in w["site_cues"]:
        start = before.rfind(cue, 0, end) + len(cue)
        name = before[start:end]
        d = start >= len(cue) and 2 <= len(name) <= 6 and province_division(name, surfaces.home)
        if d:
            return Candidate("Place", name, start, end, c.st, {"canon": d.name, "placeLevel": d.level})
    return None


def stated_places(rows, surfaces) -> None:
    """Marks in each row's places the site each park or project is built in, as its sentence states it."""
    if not getattr(surfaces, "home", ""):
        return
    for _, parks, _, projects, _, places in rows:
        for c in (*parks, *projects):
            p = _site(c, surfaces, places)
            if p is None:
                continue
            marked = replace(p, attrs={**p.attrs, "site_of": (c.a, c.b)})
            if p in places:
                places[places.index(p)] = marked
            else:
                places.append(marked)
