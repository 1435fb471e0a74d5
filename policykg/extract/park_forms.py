"""Park suffixes by grammar rather than one by one: a suffix's short form (``short_forms`` of
``parks.yaml``: X园区 is written X园 as well) is a suffix of the same kind, so a report that writes the
short form of a listed full suffix is read without its own entry. Pure: ``grammar.lexicon`` builds on it."""
from __future__ import annotations


def park_suffixes(raw: dict) -> list[dict]:
    """The suffixes of ``parks.yaml`` (``raw``), each followed by the short forms its ending allows
    (产业园区 → 产业园), unless listed; a bare ending (园区) has no short form (园 is no zone's head)."""
    listed = {s["suffix"] for s in raw["suffixes"]}
    out = []
    for s in raw["suffixes"]:
        out.append(s)
        for end, shorts in (raw.get("short_forms") or {}).items():
            stem = s["suffix"][: -len(end)]
            for short in shorts:
                if s["suffix"].endswith(end) and stem and stem + short not in listed:
                    listed.add(stem + short)
                    out.append({"suffix": stem + short, "kind": s["kind"]})
    return out
