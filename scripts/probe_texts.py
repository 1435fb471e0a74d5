"""The probe texts of tests/data/constructed: short reports of other levels and years, written and annotated by
the guideline before the tool was run on them (parks59's ``probe-*``, names115's ``figs-*``). One way to find a
probe text and its gold, in the shape ``policykg.evaluation`` scores a report in; a measure of its own, never
mixed with dev or test."""
from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "constructed"


def probe_texts(prefix: str, gold: str) -> dict[str, dict]:
    """stem → the ``evaluate_report`` info of each ``{prefix}-*.txt`` beside its ``{stem}-{gold}.yaml``
    (gold: ``entities`` or ``quantities``); the figures' texts have every kind annotated in full."""
    out = {}
    for path in sorted(FOLDER.glob(f"{prefix}-*.txt")):
        if (FOLDER / f"{path.stem}-{gold}.yaml").is_file():
            out[path.stem] = {"path": path, "folder": FOLDER, "entities": gold == "entities",
                              "quantities": ["Target", "Outcome"] if gold == "quantities" else []}
    return out
