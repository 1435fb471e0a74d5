"""``loro_fast.py --unseen-train``: each family's park examples described as an unseen report's, without the
lexicon entries only that family supports (park_ablation.py tables; docs/checks/parks-grouped-parks23.md)."""
from __future__ import annotations

import os

from policykg.extract.train_crf import family
import loro_strict

_HEAD_KEYS = ("head_families", "suffixes", "own_kinds")     # entries that make candidates (--unseen-train filters)


def _park_examples(group: dict, counted: bool = False) -> dict:
    """(In the child) each report's park examples over the edited lexicons (the modules imported anew);
    ``counted``: with the inputs of their count features (``loro_strict.examples_with_counts``)."""
    from policykg.extract.train import report_examples as examples
    made = loro_strict.examples_with_counts(group, examples) if counted else \
        {s: examples(s, i) for s, i in group.items()}
    return {s: [r for r in rs if r["name"][0] == "Park"] for s, rs in made.items()}


def training_removals(entries: list, which: str = "all") -> list:
    """Of a family's own entries (file, (key, sub), item), those its training examples are described without:
    ``all``; ``filters``: its filters only, not the lists that make its candidates; ``heads``: those lists only."""
    def makes(e) -> bool:
        return e[0] == "heads" or e[1][0] in _HEAD_KEYS
    if which == "filters":
        return [e for e in entries if not makes(e)]
    return [e for e in entries if makes(e)] if which == "heads" else list(entries)


def unseen_parks(dev: dict, by_report: dict, tables, which: str = "all", strict: dict | None = None) -> dict:
    """The examples with each family's park candidates described as an unseen report's: without the lexicon
    entries only that family supports (its projects as they are); ``strict``: with their count inputs, and
    (part ``standard``) without the same words of ``park_standard.yaml`` too, as a strict fold's held-out family."""
    import park_ablation
    support = park_ablation.read_support([t for t in tables if os.path.isfile(t)])
    out = {}
    for fam in sorted({family(s) for s in dev}):
        group = {s: i for s, i in dev.items() if family(s) == fam}
        removed = training_removals(park_ablation.only_supported_by(support, group), which)
        if strict is not None and "standard" in strict["parts"]:
            removed += loro_strict.standard_twins(removed)
        parks = park_ablation.forked(removed, lambda: _park_examples(group, strict is not None)) if removed else \
            {s: [r for r in by_report[s] if r["name"][0] == "Park"] for s in group}
        for s in group:
            out[s] = parks[s] + [r for r in by_report[s] if r["name"][0] != "Park"]
    return out
