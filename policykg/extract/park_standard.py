"""Park zone types and industry words taught by no report (``park_standard.yaml``, written from national
catalogues and classifications) read into ``parks.yaml``'s lists. Their entries are never one report
family's support: ``scripts/park_ablation.py`` edits ``parks.yaml`` alone, so when a held-out family's own
entry is removed there, the same word from the standard still stands, as it would for a report nobody
tuned to (docs/checks/parks-standard-parks29.md)."""
from __future__ import annotations

import copy


def _before_shorter(suffixes: list[dict], entry: dict) -> None:
    """Insert ``entry`` before the first listed suffix it ends with (so that a name's longest suffix
    is met first by readers that take the first suffix a name ends with); else at the end."""
    at = next((i for i, s in enumerate(suffixes) if entry["suffix"].endswith(s["suffix"])), len(suffixes))
    suffixes.insert(at, dict(entry))


def with_standard(raw: dict, standard: dict) -> dict:
    """A copy of ``parks.yaml`` (``raw``) with the standard's suffixes and family words that it lacks."""
    out = copy.deepcopy(raw)
    listed = {s["suffix"] for s in out["suffixes"]}
    for entry in standard.get("suffixes") or []:
        if entry["suffix"] not in listed:
            listed.add(entry["suffix"])
            _before_shorter(out["suffixes"], entry)
    fam = out["head_families"]
    for key, words in (standard.get("head_families") or {}).items():
        fam[key] = fam[key] + [w for w in words if w not in fam[key]]
    return out
