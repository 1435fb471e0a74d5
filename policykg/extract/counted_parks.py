"""A park the decision kept that its sentence names as a project: one it counts among projects (引进X产业园等重大项目
12个: ``counted_projects`` of ``parks.yaml``), and a project written as a kept park's name and a works end
(建设集成电路产业园项目 beside the park 集成电路产业园: one mention, one node, the park)."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidates import park_kind
from .grammar import Candidate, TokSentence, lexicon_raw, parks_raw


@lru_cache(maxsize=1)
def _counted() -> re.Pattern:
    return re.compile(parks_raw()["counted_projects"])


def counted_as_projects(st: TokSentence, parks: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """(the parks that stay, the industrial parks the sentence counts among its projects, now projects)."""
    stay, moved = [], []
    for c in parks:
        if park_kind(c.name)[0] == "industrial park" and _counted().match(st.text, c.b):
            moved.append(Candidate("Project", c.name, c.a, c.b, c.st, dict(c.attrs)))
        else:
            stay.append(c)
    return stay, moved


def park_works(st: TokSentence, project: Candidate, parks: list[Candidate]) -> bool:
    """Is the project a kept park's name followed by a works end only (X产业园 + 项目)?"""
    ends = tuple(lexicon_raw()["works_ends"])
    return any(p.a == project.a and p.b < project.b and st.text[p.b:project.b] in ends for p in parks)
