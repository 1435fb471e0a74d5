"""Park suffixes by grammar rather than one by one: a suffix's short form (``short_forms`` of
``parks.yaml``: X园区 is written X园 as well) is a suffix of the same kind, and so is the full form of a
suffix written short (科技园 → 科技园区), so a report that writes the other form of a listed suffix is read
without its own entry. Pure: ``grammar.lexicon`` builds on it."""
from __future__ import annotations


def park_suffixes(raw: dict) -> list[dict]:
    """The suffixes of ``parks.yaml`` (``raw``), each followed by the other forms its ending allows (产业园区 →
    产业园, 科技园 → 科技园区), unless listed; a bare ending (园区) has no short form (园 is no zone's head).
    Without the full form the shorter suffix cuts the name before its last character (…农业科技园|区)."""
    listed = {s["suffix"] for s in raw["suffixes"]}
    out = []
    for s in raw["suffixes"]:
        out.append(s)
        for form in _other_forms(s["suffix"], raw.get("short_forms") or {}):
            if form not in listed:
                listed.add(form)
                out.append({"suffix": form, "kind": s["kind"]})
    return out


def _other_forms(suffix: str, short_forms: dict) -> list[str]:
    """SUFFIX written short (stem + short of a full ending) and written in full (stem + full of a short ending)."""
    forms = []
    for end, shorts in short_forms.items():
        for short in shorts:
            if suffix.endswith(end) and len(suffix) > len(end):
                forms.append(suffix[: -len(end)] + short)
            elif suffix.endswith(short) and len(suffix) > len(short) and not suffix.endswith(end):
                forms.append(suffix[: -len(short)] + end)
    return forms
