"""The park errors of strict grouped leave-family-out (``loro_fast.py --group --strict``), each with where it is
lost and its shape: per held-out family, under the fold's model and without the entries only the family supports,
every missed gold park is ``no candidate`` (no candidate has the name; ``overlap`` names a candidate sharing
characters with it), ``boundary`` (a candidate of another start on its head won) or ``below threshold`` (its
best candidate scored under the fold's park threshold), and every wrong park ``kept wrong``; with the name's last
two characters, its first two, and the six characters before it in the report. Dev reports only.
``--dump F``: every park candidate of the held-out reports (JSON lines: its name, probability under the fold's model,
label, the fold's threshold and its features), to try decision variants offline.
Usage: .venv/bin/python scripts/park_misses_grouped.py [--only FAMILY,FAMILY] [--dump F] > table.md
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter

import loro_fast
import loro_strict
from park_misses import explain
from policykg.evaluation import manifest
from policykg.extract.train import C, FIXED, report_examples
from script_cli import parser, run


def _overlap(name: str, records: list[dict]) -> str:
    """The park candidate of most characters in common with NAME, when it shares three or more."""
    best = max(((sum((Counter(name) & Counter(r["name"][1])).values()), r["name"][1]) for r in records
                if r["name"][0] == "Park" and r["name"][1] != name), default=(0, ""))
    return best[1] if best[0] >= 3 else ""


def _before(text: str, name: str) -> str:
    i = text.find(name)
    return text[max(0, i - 6):i].replace("\n", "⏎") if i >= 0 else "(not in text)"


def _explained(group: dict) -> dict:
    """(In the child) each report scored as ``loro_fast._group_results``, its park errors printed."""
    out = loro_fast.ORIGINAL(group)
    from policykg.extract import decide       # the modules the child imported anew, over the edited lexicons
    from policykg.extract.train import report_examples as examples
    from policykg.extract.report_words import vocabulary
    from policykg.extract.specificity import leaving_out
    from policykg.read import for_matching, read_report
    m = decide.model()
    for held, info in group.items():
        text = for_matching(read_report(str(info["path"]))).text
        with leaving_out(dict(Counter(w for i in group.values()
                                      for w in vocabulary(for_matching(read_report(str(i["path"]))).text)))):
            records = examples(held, info)
        for wrong, items in ((False, out[held]["parks"].fns), (True, out[held]["parks"].fps)):
            for name in sorted(items):
                cause, detail = explain(name, wrong, records, m)
                if cause == "no candidate" and (o := _overlap(name, records)):
                    detail = f"overlap {o}"
                print(f"| {held} | {name} | {'wrong' if wrong else 'missed'} | {cause} | {detail} | "
                      f"{name[:2]}…{name[-2:]} | {_before(text, name)} | thr {m.thresholds['Park']} |", flush=True)
        _dump(held, records, m, text)
    return out


def _dump(held: str, records: list[dict], m, text: str) -> None:
    """(``--dump``) the held-out report's park candidates, one JSON line each, appended to DUMP."""
    if not os.environ.get("PARKS38_DUMP"):
        return
    with open(os.environ["PARKS38_DUMP"], "a", encoding="utf-8") as fh:
        for r in records:
            if r["name"][0] == "Park":
                fh.write(json.dumps({"stem": held, "name": r["name"][1], "p": m.probability(r["x"]), "y": r["y"],
                                     "head": list(r["head"]), "a": r["a"], "thr": m.thresholds["Park"],
                                     "count": text.count(r["name"][1]), "x": r["x"]},
                                    ensure_ascii=False) + "\n")


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--only", type=lambda t: t.split(","), metavar="FAMILY,FAMILY", help="these families alone")
    ap.add_argument("--dump", help="write every held-out park candidate here (JSON lines; a new file)")
    args = ap.parse_args()
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    held_out = {s: i for s, i in dev.items() if not args.only or loro_fast.family(s) in args.only}
    if unknown := sorted(set(args.only or ()) - {loro_fast.family(s) for s in dev}):
        ap.error(f"--only {','.join(unknown)}: no such dev family")
    if args.dump:
        try:
            open(args.dump, "x").close()
        except OSError as exc:
            ap.error(f"--dump {args.dump}: cannot write a new file there ({exc.strerror})")
        os.environ["PARKS38_DUMP"] = args.dump
    try:
        totals = _table(dev, held_out)
    except BaseException:
        if args.dump:   # a half dump (Ctrl-C, a failed fold) was scored as if whole by park_dump_variants.py (review28)
            os.unlink(args.dump)
        raise
    t = totals["parks"]
    print(f"ALL parks P={t.prf()[0]:.3f} R={t.prf()[1]:.3f} F1={t.prf()[2]:.3f} (right {t.tp}, wrong {t.fp}, "
          f"missed {t.fn})", file=sys.stderr)
    return 0


def _table(dev: dict, held_out: dict) -> dict:
    """The table of HELD_OUT's park errors printed, the families folded as ``loro_fast --group --strict``; the totals."""
    by_report = loro_strict.examples_with_counts(dev, report_examples)
    strict = {"vocab": loro_strict.vocabularies(dev), "parts": loro_strict.PARTS}
    loro_fast.ORIGINAL, loro_fast._group_results = loro_fast._group_results, _explained
    totals = {k: loro_fast.Counts() for k in loro_fast.CLASSES}
    print("| report | park | error | cause | detail | shape | before | fold |\n|---|---|---|---|---|---|---|---|")
    _grouped(dev, held_out, by_report, strict, totals)
    return totals


def _grouped(dev: dict, held_out: dict, by_report: dict, strict: dict, totals: dict) -> None:
    """``loro_fast._grouped`` over the families of HELD_OUT only (the folds still train on every other family)."""
    import tempfile

    import park_ablation
    support = park_ablation.read_support([t for t in loro_fast.TABLES if os.path.isfile(t)])
    with tempfile.TemporaryDirectory() as tmp:
        for fam in sorted({loro_fast.family(s) for s in held_out}):
            group = {s: i for s, i in dev.items() if loro_fast.family(s) == fam}
            path = os.path.join(tmp, f"{fam}.json")
            loro_fast._write_fold(path, by_report, group, C, FIXED, strict)
            os.environ["POLICYKG_ENTITY_MODEL"] = path
            os.environ["POLICYKG_PARK_CRF"] = "none"
            loro_fast.park_vote.use_tagger(None)
            loro_fast._score_group(group, support, totals, False, True)


if __name__ == "__main__":
    run(main)
