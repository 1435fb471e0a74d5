"""The park tagger as evidence of the decision (``loro_fast.py --crf``; docs/checks/parks-crf-crf26.md): injected
here, around the decision's ``features`` and ``grammar_candidates``, so that the production modules hold no hook.

With the feature installed, a park candidate's features hold ``Park:crf`` (``park_crf.span_feature``: its span
probability under the tagger POLICYKG_PARK_CRF names, nothing without one); with ``spans`` the tagger's own
park names in a sentence with a park head are candidates too (``park_crf.crf_spans``), weighed by their last
character with ``Park:crf_only``. The decision and the training examples (``train.report_examples``) both see it.
"""
from __future__ import annotations

import dataclasses
import importlib
import os
import tempfile

STATE: dict = {"spans": False, "installed": None}


def _features(original, park_crf):
    def features(c, surfaces, rule_spans, counts):
        if c.attrs.get("family") == park_crf.CRF:     # the tagger's own span: no head of the lexicons
            f = original(dataclasses.replace(c, attrs={**c.attrs, "head": c.name[-1], "family": None}),
                         surfaces, rule_spans, counts)
            f["Park:crf_only"] = 1.0
        else:
            f = original(c, surfaces, rule_spans, counts)
        if c.kind == "Park":
            f.update(park_crf.span_feature(c.st, c.a, c.b, surfaces))
        return f
    return features


def _candidates(original, park_crf, name_grammar, grammar):
    def grammar_candidates(st, rule_cands=(), surfaces=None):
        out = original(st, rule_cands, surfaces)
        local = getattr(surfaces, "divisions", frozenset())
        seen = {(c.kind, c.a, c.b) for c in out}
        for a, b in park_crf.crf_spans(st, surfaces):     # where no head of the lexicons ends
            if ("Park", a, b) not in seen and a in st.starts and name_grammar._name_shaped(st, a, b, local, "Park"):
                seen.add(("Park", a, b))
                out.append(grammar.Candidate("Park", st.text[a:b], a, b, st, {"head": "", "family": park_crf.CRF}))
        return out
    return grammar_candidates


def install(spans: bool = False) -> None:
    """Wrap the decision's features (and, with ``spans``, its candidates) in the modules as imported now: once
    per import (a loro_fast --group child imports the extraction modules anew and installs again)."""
    STATE["spans"] = spans
    mods = {n: importlib.import_module(f"policykg.extract.{n}")
            for n in ("decide", "train", "park_crf", "name_grammar", "grammar")}
    if STATE["installed"] is mods["decide"]:
        return
    feats = _features(mods["decide"].features, mods["park_crf"])
    mods["decide"].features = mods["train"].features = feats
    if spans:
        cands = _candidates(mods["decide"].grammar_candidates, mods["park_crf"], mods["name_grammar"], mods["grammar"])
        mods["decide"].grammar_candidates = mods["train"].grammar_candidates = cands
    STATE["installed"] = mods["decide"]


def crf_folder(given: str | None) -> str:
    """Where the family taggers go: ``--crf-dir`` (made if missing) or a folder removed at exit."""
    if given:
        os.makedirs(given, exist_ok=True)
        return given
    import atexit
    import shutil
    folder = tempfile.mkdtemp(prefix="loro-crf-")
    atexit.register(shutil.rmtree, folder, True)
    return folder
