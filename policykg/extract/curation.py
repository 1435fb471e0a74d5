"""The curation pass: reviewed aliases, rejections and English labels from
``data/curation/aliases.yaml``, each alias applied only within the jurisdiction it was written for."""
from __future__ import annotations

from ..model import Entity
from .grammar import curation_data
from .qlexicon import gwords

NATIONWIDE = gwords("curation", "nationwide")


def scoped_aliases(jurisdiction: list[str]) -> dict[str, str]:
    """alias → canonical label for a report of ``jurisdiction`` (its place, then the places above)."""
    scopes = curation_data().get("aliases") or {}
    out: dict[str, str] = {}
    for scope in [NATIONWIDE, *reversed(jurisdiction)]:     # the narrowest scope wins
        out.update(scopes.get(scope) or {})
    return out


def curate(entities: dict, jurisdiction: list[str]) -> None:
    """Rename, reject and label ``entities`` (key → Entity) in place."""
    cur = curation_data()
    aliases = scoped_aliases(jurisdiction)
    reject = cur.get("reject") or {}
    en = cur.get("en") or {}
    for key, e in list(entities.items()):
        e: Entity
        if e.label in set(reject.get(e.kind, []) or []):
            del entities[key]
            continue
        if e.label in aliases:
            e.alt_labels.add(e.label)
            e.label = aliases[e.label]
        name = e.attrs.get("identity") or e.label     # a park's English label goes with its identity name (its zh label)
        if name in en:
            e.attrs["en"] = en[name]
