"""Candidate-level leave-family-out folds of the park decision, to rank feature variants before a strict run.

Every dev report's candidates are described once (with the inputs of their count features, ``loro_strict``) and
cached; each fold then recounts its training reports without the held-out family's words (``--strict counts``),
fits, and scores the held-out family's candidates as ``train.decision_counts`` does (best boundary per head). The
lexicon entries only a family supports stay in (the candidates are the full lexicons'), so the figures are
kinder than ``loro_fast.py --group --strict``: use them to rank variants, then run the strict measure on the best.
A variant is a comma-separated list of changes to the park examples (``VARIANTS``); ``C=0.3`` fits at another
regularisation; ``thr=fold`` searches the thresholds inside each fold (``loro_strict.fold_thresholds``), ``thr=class``
one park threshold per head class, each chosen on the fold's training reports alone.
Usage: .venv/bin/python scripts/park_feature_folds.py [--cache F] [--watch NAME,NAME] VARIANT [VARIANT …]
"""
from __future__ import annotations

import os
import pickle
import stat
import tempfile
from collections import Counter, defaultdict

import loro_strict
from policykg.evaluation import manifest
from policykg.extract.train import C, FIXED, THRESHOLDS, decision_counts, fit, report_examples
from script_cli import parser, run

KINDS = ("Park", "Project")
WORD_KEYED = ("head", "function", "listed", "place_only", "general_head")   # Park:<key>=<a word of the text>


def family(stem: str) -> str:
    return stem.rsplit("-", 1)[0]


def head_class(head: str) -> str:
    """The kind of area a park head names, by its last character (园区 → 区, 科创园 → 园, 陆港 → 港)."""
    return head.lstrip("*")[-1:] or "none"


def _feature_words(x: dict, key: str) -> list[str]:
    return [k.split("=", 1)[1] for k in x if k.startswith(f"Park:{key}=")]


def shared(records: list[dict], key: str, positives: bool) -> set:
    """The values of Park:<key>= that stand on ≥ 2 families of RECORDS (``positives``: among gold parks only)."""
    fams = defaultdict(set)
    for r in records:
        if r["name"][0] == "Park" and (r["y"] or not positives):
            for w in _feature_words(r["x"], key):
                fams[w].add(family(r["head"][0]))
    return {w for w, f in fams.items() if len(f) >= 2}


def transform(x: dict, changes: list[str], keep: dict) -> dict:
    """X with the variant's changes to its park features; ``keep``: key → the values kept (≥ 2 families)."""
    if not any(k.startswith("Park:") or k == "kind=Park" for k in x):
        return x
    out = dict(x)
    for ch in changes:
        op, _, key = ch.partition(":")
        for w in _feature_words(x, key):
            if op in ("drop", "back", "shared", "backshared"):
                if not (op in ("shared", "backshared") and w in keep[key]):
                    out.pop(f"Park:{key}={w}", None)
                if op in ("back", "backshared"):
                    out[f"Park:{key}_class={head_class(w)}"] = 1.0
            elif op == "bare":
                out.pop(f"Park:{key}={w}", None)
                out[f"Park:{key}"] = 1.0
    return out


def _keeps(training: list[dict], changes: list[str], positives: bool) -> dict:
    return {ch.partition(":")[2]: shared(training, ch.partition(":")[2], positives)
            for ch in changes if ch.startswith(("shared", "backshared"))}


def apply(records: list[dict], changes: list[str], keep: dict) -> list[dict]:
    return [{**r, "x": transform(r["x"], changes, keep)} for r in records] if changes else records


def class_thresholds(training: dict, c: float) -> dict:
    """Head class → the park threshold of best pooled F1 over a four-part leave-families-out of TRAINING."""
    parts = loro_strict.inner_folds(training, family)
    probs = {}
    for i, held in parts.items():
        vec, clf = fit([r for j, rs in parts.items() if j != i for r in rs], c)
        probs[i] = clf.predict_proba(vec.transform([r["x"] for r in held]))[:, 1]
    out = {}
    for cls in sorted({_class_of(r) for rs in parts.values() for r in rs if r["name"][0] == "Park"}):
        def f1(t):
            tp = kept = gold = 0
            for i, held in parts.items():
                sel = [(r, p) for r, p in zip(held, probs[i]) if r["name"][0] == "Park" and _class_of(r) == cls]
                a, b, g = decision_counts([r for r, _ in sel], [p for _, p in sel], t, "Park")
                tp, kept, gold = tp + a, kept + b, gold + g
            return 2 * tp / (kept + gold) if tp else 0.0
        out[cls] = max(THRESHOLDS, key=lambda t: (f1(t), -abs(t - FIXED["Park"])))
    return out


def _class_of(r: dict) -> str:
    return head_class(r["name"][1])


def fold(by_report: dict, vocab: dict, fam: str, variant: dict, watch: set) -> dict:
    """(tp, kept, gold) per kind of the held-out family FAM under VARIANT."""
    held = {s for s in by_report if family(s) == fam}
    training = loro_strict.fold_training(by_report, vocab, held)
    flat = [r for rs in training.values() for r in rs]
    keep = _keeps(flat, variant["changes"], variant["positives"])
    training = {s: apply(rs, variant["changes"], keep) for s, rs in training.items()}
    thresholds, per_class = dict(FIXED), None
    if variant["thr"] == "fold":
        thresholds = loro_strict.fold_thresholds(training, variant["C"], family)
    elif variant["thr"] == "class":
        per_class = class_thresholds(training, variant["C"])
    vec, clf = fit([r for rs in training.values() for r in rs], variant["C"])
    held_words = Counter(w for s in held for w in vocab[s])
    out = {k: [0, 0, 0] for k in KINDS}
    for s in sorted(held):
        recs = apply(loro_strict.recounted(by_report[s], held_words), variant["changes"], keep)
        probs = clf.predict_proba(vec.transform([r["x"] for r in recs]))[:, 1]
        for r, p in zip(recs, probs):
            if r["name"][1] in watch:
                print(f"  {s} {r['name'][1]} y={r['y']} p={p:.3f}", flush=True)
        for k in KINDS:
            if k == "Park" and per_class:
                groups = defaultdict(list)
                for r, p in zip(recs, probs):
                    groups[_class_of(r)].append((r, p))
                counts = [decision_counts([r for r, _ in g], [p for _, p in g], per_class.get(cls, FIXED["Park"]), k)
                          for cls, g in groups.items()]
            else:
                counts = [decision_counts(recs, probs, thresholds[k], k, thresholds.get(f"{k}:sibling"))]
            for c in counts:
                out[k] = [x + y for x, y in zip(out[k], c)]
    return out


def parse_variant(text: str) -> dict:
    """'drop:head,C=0.3,thr=fold' → changes, C, thresholds mode ('pos': ≥ 2 families among gold parks); an
    argparse type (a bad part ends the run before any work, exit 2)."""
    import argparse
    from script_cli import decimal
    v = {"name": text, "changes": [], "C": C, "thr": "fixed", "positives": False}
    for part in filter(None, text.split(",")):
        op, _, key = part.partition(":")
        if part.startswith("C="):
            v["C"] = decimal(part[2:])
        elif part in ("thr=fixed", "thr=fold", "thr=class"):
            v["thr"] = part[4:]
        elif part == "pos":
            v["positives"] = True
        elif op in ("drop", "back", "shared", "backshared", "bare") and key in WORD_KEYED:
            v["changes"].append(part)
        elif part != "base":
            raise argparse.ArgumentTypeError(f"{part!r}: give base, OP:KEY (OP drop/back/shared/backshared/bare, "
                                             f"KEY {'/'.join(WORD_KEYED)}), pos, C=N or thr=fixed/fold/class")
    if v["C"] <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: C must be above 0")
    return v


def examples(cache: str) -> dict:
    """stem → its candidates with their count inputs (cached in CACHE: delete it after a lexicon change). A cache is
    read only when it is a regular file of this user's no one else may write (a pickle runs code as it loads: one
    planted in a shared folder must not be read), and written whole through a temporary file beside it."""
    from policykg.cachefiles import only_ours
    from policykg.errors import UsageError
    if os.path.lexists(cache):
        st = os.lstat(cache)
        if not stat.S_ISREG(st.st_mode) or not only_ours(st):
            raise UsageError(f"--cache {cache}: not a regular file of yours that only you may write; not read")
        try:
            with open(cache, "rb") as fh:
                data = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError) as exc:
            raise UsageError(f"--cache {cache}: not a cache this script wrote ({exc})") from None
        if not (isinstance(data, dict) and {"records", "vocab"} <= set(data)):
            raise UsageError(f"--cache {cache}: not a cache this script wrote")
        return data
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    data = {"records": loro_strict.examples_with_counts(dev, report_examples), "vocab": loro_strict.vocabularies(dev)}
    _write_whole(cache, pickle.dumps(data))
    return data


def _write_whole(path: str, blob: bytes) -> None:
    """blob to path through a temporary file in its folder and a rename: an interrupted run leaves no half cache."""
    fd, tmp = tempfile.mkstemp(prefix=".park-feature-folds-", suffix=".tmp", dir=os.path.dirname(path) or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _default_cache() -> str | None:
    """park-feature-folds.pkl in the first usable policykg cache folder (never a shared /tmp name)."""
    from policykg.cachefiles import cache_dirs, usable_dir
    return next((os.path.join(d, "park-feature-folds.pkl") for d in cache_dirs() if usable_dir(d)), None)


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("variants", nargs="+", type=parse_variant, help="e.g. base  drop:head  backshared:head,pos  C=0.3  thr=class")
    ap.add_argument("--cache", help="the described candidates (made once; default: policykg's cache folder)")
    ap.add_argument("--watch", default="", help="print these park names' fold probabilities")
    args = ap.parse_args()
    cache = args.cache or _default_cache()
    if cache is None:
        ap.error("no usable cache folder: name one file with --cache")
    data = examples(cache)
    fams = sorted({family(s) for s in data["records"]})
    for variant in args.variants:
        text = variant["name"]
        tot = {k: [0, 0, 0] for k in KINDS}
        for fam in fams:
            got = fold(data["records"], data["vocab"], fam, variant, set(filter(None, args.watch.split(","))))
            tot = {k: [x + y for x, y in zip(tot[k], got[k])] for k in KINDS}
        print(text, "  ".join(f"{k} {tp}/{kept - tp}/{gold - tp} F1={2 * tp / (kept + gold):.3f}"
                              for k, (tp, kept, gold) in tot.items()), flush=True)
    return 0


if __name__ == "__main__":
    run(main)
