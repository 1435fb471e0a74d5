"""``loro_fast.py --strict``: folds that let no trace of the held-out report (or family) reach its prediction.

The old folds leak three ways (docs/checks/parks-leakage-parks34.md): the training examples' word counts
(``specificity.py``: spread, recurs) still count the held-out reports' words; the decision thresholds were
chosen by a leave-one-report-out over every dev report; and, held out alone (without ``--group``), a report
keeps the lexicon entries only it supports. Strict folds describe each training report with the counts of
the reports other than itself and the held-out ones, search the thresholds (``train.THRESHOLDS``,
``train.SIBLING``, at the fixed C) by a four-fold leave-families-out over the training reports alone, and take out
the entries only the held-out report supports whether or not it is held out with its family; ``standard``: an
entry so removed from ``parks.yaml`` goes from ``park_standard.yaml`` too when that list holds the same word (the
standard's family words were written after the grouped measure's misses named them: parks-leakage-parks34.md).
"""
from __future__ import annotations

import argparse
from collections import Counter
from contextlib import contextmanager

from policykg.extract.specificity import COUNT_KEYS, count_features, report_words

PARTS = ("counts", "thresholds", "lexicon", "standard")   # what --strict takes out of a fold (all by default)
INNER_FOLDS = 4      # the thresholds' search within a fold: four fits (a leave-one-report-out is 27, too slow)
_STASH: list = []     # (kind, name, modifier tokens, places) of each candidate described, in order


def parts(text: str) -> tuple[str, ...]:
    """``--strict``'s value: a comma-separated subset of PARTS."""
    given = tuple(p for p in text.split(",") if p)
    if not given or (unknown := [p for p in given if p not in PARTS]):
        raise argparse.ArgumentTypeError(f"{text!r}: give some of {','.join(PARTS)}")
    return given


@contextmanager
def recording_counts():
    """While examples are made: what each candidate's count features were computed from, kept in order."""
    from policykg.extract import decide
    original = decide.specificity

    def recorded(k, name, modifier, mod_tokens, places, before, after):
        _STASH.append((k, name, tuple(mod_tokens), places))
        return original(k, name, modifier, mod_tokens, places, before, after)

    decide.specificity = recorded
    try:
        yield
    finally:
        decide.specificity = original


def examples_with_counts(dev: dict, make) -> dict:
    """stem → MAKE(stem, info)'s records, each with ``count_in``: the inputs of its count features."""
    out = {}
    with recording_counts():
        for stem, info in dev.items():
            _STASH.clear()
            records = make(stem, info)
            if len(records) != len(_STASH):
                raise RuntimeError(f"{stem}: {len(records)} examples but {len(_STASH)} described")
            out[stem] = [{**r, "count_in": c} for r, c in zip(records, _STASH)]
    return out


def vocabularies(dev: dict) -> dict:
    """stem → the words and kind names the report uses (``report_words.vocabulary``)."""
    from policykg.extract.report_words import vocabulary
    from policykg.read import for_matching, read_report
    return {s: vocabulary(for_matching(read_report(str(i["path"]))).text) for s, i in dev.items()}


def _is_count_feature(key: str) -> bool:
    return key.partition(":")[2].partition("=")[0] in COUNT_KEYS


def recounted(records: list, left_out: Counter) -> list:
    """RECORDS with their count features computed as if the reports of LEFT_OUT (word → reports) were unread."""
    words = report_words()

    def using(w: str) -> int:
        return max(words.get(w, 0) - left_out.get(w, 0), 0)

    out = []
    for r in records:
        x = {k: v for k, v in r["x"].items() if not _is_count_feature(k)}
        x.update(count_features(*r["count_in"], using))
        out.append({**r, "x": x})
    return out


def fold_training(by_report: dict, vocab: dict, held: set) -> dict:
    """stem → the training records of a fold holding out HELD: each described without its own words and
    without the held-out reports' words."""
    held_words = Counter(w for s in held for w in vocab[s])
    return {s: recounted(rs, held_words + Counter(vocab[s])) for s, rs in by_report.items() if s not in held}


def inner_folds(training: dict, family, k: int = INNER_FOLDS) -> dict:
    """The training reports in K parts, a family never split (families in name order, dealt in turn)."""
    families = sorted({family(s) for s in training})
    part = {f: i % k for i, f in enumerate(families)}
    out: dict = {}
    for s, rs in sorted(training.items()):
        out.setdefault(part[family(s)], []).extend(rs)
    return out


def fold_thresholds(training: dict, c: float, family) -> dict:
    """The thresholds a K-fold leave-families-out over the training reports alone picks (at C)."""
    from policykg.extract.train import cross_validate
    return cross_validate(inner_folds(training, family), (c,), None)[1]


def standard_twins(removed: list) -> list:
    """(file, path, item) of the ``park_standard.yaml`` entries holding the word of a removed ``parks.yaml``
    entry in the same list; the standard is made editable by ``park_ablation.forked`` (its RAW) as well."""
    import park_ablation
    raw = park_ablation.RAW.setdefault("park_standard", park_ablation.raw_lexicon("park_standard"))
    held = {(path, item) for f, path, item in removed if f == "parks"}
    out = []
    for key, val in raw.items():
        for sub, items in (val.items() if isinstance(val, dict) else [(None, val)]):
            for it in items if isinstance(items, list) else ():
                item = it["suffix"] if isinstance(it, dict) else it
                if ((key, sub), item) in held:
                    out.append(("park_standard", (key, sub), item))
    return out
