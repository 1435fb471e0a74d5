"""Leave-one-report-out scores of the learned park/project decision, fast.

As ``scripts/loro.py`` (fit on the other dev reports, score the held-out one through the whole
pipeline), but the candidates of each report are read once: 28 fits. Every fold uses the fixed
regularisation and thresholds of ``policykg.extract.train`` (C, FIXED), which have seen every dev
report, so the figures are a shade kinder than an unseen report's; use it to compare changes. Only
the entity model is refitted per fold: the placement column uses the rule (or the packaged placement
model, fitted on every dev report, when it wins), so it is optimistic in that case.
With ``--rules`` no model is fitted: every report is scored by the rule passes alone
(``POLICYKG_ENTITY_MODEL=rules``), its own use taken out of the word counts as in the folds, which
gives the README's rule-passes column.
With ``--group`` the held-out unit is a report's family (its name before the year: the Hailar years together,
each province alone), whose sister reports then neither train the fold nor count in its word counts, and the
lexicon entries only that family supports (``park_ablation.py`` tables, ``--tables``) are taken out while it is
scored (``park_standard.yaml``'s entries, taught by no report, stay; in a forked child, as the ablation does):
the measure of a report nobody tuned to
(docs/checks/parks-grouped-parks20.md). The fold's training examples keep every entry, unless
``--unseen-train``: each family's park examples are then described without the entries only it supports (``all``,
``filters``: its candidate-making heads kept, or ``heads``: those heads only, its filters kept), as a report nobody tuned to would be
(``loro_unseen.py``; parks-grouped-parks23.md);
with ``--strict`` too, without the standard's twin words as well (part ``standard``; parks-unseen-parks36.md).
With ``--crf`` the decision also weighs ``Park:crf``, the span probability of a character CRF
(``policykg.extract.park_crf``; pip install '.[crf]') fitted on the dev reports of every other family, never on the
held-out report's (the training examples' values come from their own family's tagger); ``--crf-spans``: the
tagger's spans are candidates too. Both are injected by ``crf_feature.py``; docs/checks/parks-crf-crf26.md.
With ``--vote BAND P`` the decision is main's, and after it a park head it rejected with a probability within BAND
under the park threshold is kept when the held-out family's tagger gives its span ≥ P (``park_vote.py``; the
family taggers in ``--crf-dir``; ``--vote-log F``: every rejected park within 0.4 of the threshold, as JSON lines).
With ``--strict`` no trace of the held-out report (or family) reaches its fold (``loro_strict.py``,
docs/checks/parks-leakage-parks34.md): the training reports' word counts leave it out too, the thresholds are
searched on the training reports alone, a report held out alone loses the lexicon entries only it supports
(as a family does), and the same words leave ``park_standard.yaml`` too; ``--strict counts,thresholds`` (a
subset of counts, thresholds, lexicon, standard) takes out those parts only.
Usage: .venv/bin/python scripts/loro_fast.py [--errors] [--rules] [--unseen-train all|filters|heads]
           [--group [--tables T.tsv …]] [--crf [--crf-spans] [--crf-dir D]] [--vote BAND P [--vote-log F]]
           [--strict [counts,thresholds,lexicon,standard]]
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter
from pathlib import Path

from policykg.evaluation import evaluate_report, manifest
from policykg.scoring import Counts
from policykg.extract import decide
from policykg.extract.park_crf import tagger
from policykg.extract.train import cross_validate, report_examples, write_model
from policykg.extract.train_crf import unseen_examples
from script_cli import decimal, folder_name, out_file, parser, run
import crf_feature
import loro_strict
import park_vote
from loro_unseen import unseen_parks

CLASSES = ("parks", "projects", "placements", "organisations")
# from the checkout's root, wherever the script is run from (relative names read none outside it: no entry removed);
# a later table's row overrides an earlier one's: parks45 re-ablated every entry parks20 has no row for
TABLES = tuple(str(Path(__file__).resolve().parent.parent / "docs" / "checks" / f"park-ablation-{run}.tsv")
               for run in ("parks14", "parks17", "parks20", "parks45"))


def family(stem: str) -> str:
    """The report family a stem belongs to: its name before the year (hailaer-2013 → hailaer)."""
    return stem.rsplit("-", 1)[0]


def _score(held: str, info: dict, totals: dict, errors: bool = False) -> None:
    decide.model.cache_clear()
    tagger.cache_clear()
    _tally(held, evaluate_report(held, info, unseen=True), totals, errors)   # its own words are not counted


def _tally(held: str, result: dict, totals: dict, errors: bool) -> None:
    """A held-out report's counts added to ``totals``, its F1 per class printed (``errors``: its FP and FN too)."""
    for k in CLASSES:
        totals[k].add(result[k])
        if errors and k in ("parks", "projects", "placements"):
            print(f"  {held} {k} FP {result[k].fps}\n  {held} {k} FN {result[k].fns}")
    print(held, " ".join(f"{k}={result[k].prf()[2]:.2f}" for k in CLASSES), flush=True)


def _score_group(group: dict, support: dict, totals: dict, errors: bool, twins: bool = False) -> None:
    """Score a held-out family: its words out of the counts, the lexicon entries only it supports removed
    (``twins``: and the same words of ``park_standard.yaml``, ``loro_strict.standard_twins``)."""
    import park_ablation
    removed = park_ablation.only_supported_by(support, group)
    if twins:
        removed += loro_strict.standard_twins(removed)
    if removed:
        print(f"# {','.join(group)}: without {', '.join(('standard/' if f == 'park_standard' else '') + f'{k[0]}:{i}' for f, k, i in removed)}", flush=True)
    tagger.cache_clear()
    results = park_ablation.forked(removed, lambda: _group_results(group))
    for held, result in results.items():
        _tally(held, result, totals, errors)


def _group_results(group: dict) -> dict:
    """(In the child) each report of the family scored, the family's words left out of the counts."""
    from policykg.evaluation import evaluate_report as evaluate
    from policykg.extract.report_words import vocabulary
    from policykg.extract.specificity import leaving_out
    from policykg.read import for_matching, read_report
    words = Counter(w for info in group.values() for w in vocabulary(for_matching(read_report(str(info["path"]))).text))
    out = {}
    if crf_feature.STATE["installed"]:   # the extraction modules were imported anew: inject the tagger again
        crf_feature.install(crf_feature.STATE["spans"])
    if park_vote.STATE["mod"]:       # the extraction modules were imported anew: the vote wraps the new decision
        park_vote.install(park_vote.STATE["band"], park_vote.STATE["p"], park_vote.STATE["log"])
    with leaving_out(dict(words)):
        for held, info in group.items():
            park_vote.STATE["report"] = held
            out[held] = evaluate(held, info)
    return out


def _write_fold(path: str, by_report: dict, held, c, thresholds, strict: dict | None) -> None:
    """The fold's model, fitted on every report but HELD; ``strict`` (``loro_strict``): the training reports
    described without the held-out reports' words, the thresholds searched on the training reports alone."""
    if strict is None:
        write_model(path, [r for s, rs in by_report.items() if s not in held for r in rs], c, {}, thresholds)
        return
    training = loro_strict.fold_training(by_report, strict["vocab"], set(held)) if "counts" in strict["parts"] \
        else {s: rs for s, rs in by_report.items() if s not in held}
    if "thresholds" in strict["parts"]:
        thresholds = loro_strict.fold_thresholds(training, c, family)
        print(f"# {','.join(sorted(held))}: thresholds {thresholds}", flush=True)
    write_model(path, [r for rs in training.values() for r in rs], c, {}, thresholds)


def _grouped(dev: dict, by_report, c, thresholds, tables, totals: dict, errors: bool, crf: dict,
             votes: dict, strict: dict | None = None) -> None:
    import park_ablation
    support = park_ablation.read_support([t for t in tables if os.path.isfile(t)])
    families = sorted({family(s) for s in dev})
    with tempfile.TemporaryDirectory() as tmp:
        for fam in families:
            group = {s: i for s, i in dev.items() if family(s) == fam}
            if by_report is None:
                os.environ["POLICYKG_ENTITY_MODEL"] = "rules"
            else:
                path = os.path.join(tmp, f"{fam}.json")
                _write_fold(path, by_report, group, c, thresholds, strict)
                os.environ["POLICYKG_ENTITY_MODEL"] = path
            os.environ["POLICYKG_PARK_CRF"] = crf.get(next(iter(group)), "none")
            park_vote.use_tagger(votes.get(next(iter(group))))
            _score_group(group, support, totals, errors, bool(strict) and "standard" in strict["parts"])


def _arguments():
    """The parser and the parsed options, refused (exit 2) when they contradict each other or name no table."""
    ap = parser(__doc__)
    ap.add_argument("--rules", action="store_true", help="the rule passes alone, no model fitted")
    ap.add_argument("--errors", action="store_true", help="print each held-out report's FP and FN")
    ap.add_argument("--group", action="store_true", help="hold out report families, without their own entries")
    ap.add_argument("--unseen-train", choices=("all", "filters", "heads"),
                    help="train on park examples without their family's entries (all, its filters only, "
                         "or its candidate-making heads only)")
    ap.add_argument("--tables", nargs="+", default=TABLES, help="park_ablation.py tables (--group)")
    ap.add_argument("--crf", action="store_true", help="weigh Park:crf of a park tagger fitted without the "
                    "held-out report's family (docs/checks/parks-crf-crf26.md)")
    ap.add_argument("--crf-spans", action="store_true", help="--crf: the tagger's spans are candidates too")
    ap.add_argument("--vote", nargs=2, type=decimal, metavar=("BAND", "P"),
                    help="main's decision, then the tagger's vote on rejected parks within BAND under the threshold")
    ap.add_argument("--vote-log", type=out_file,
                    help="--vote: write the rejected parks near the threshold here (JSON lines)")
    ap.add_argument("--crf-dir", type=folder_name, help="--crf: fit the family taggers here, or take those an earlier run fitted there")
    ap.add_argument("--strict", nargs="?", const=",".join(loro_strict.PARTS), type=loro_strict.parts,
                    help="no trace of the held-out report(s) in the fold (loro_strict.py): the training word counts, "
                         "the thresholds, (held out alone) the lexicon and the standard's twin words without them; "
                         "or only the PARTS given "
                         f"({','.join(loro_strict.PARTS)})")
    args = ap.parse_args()
    if args.strict and (args.rules or args.crf or args.vote):
        ap.error("--strict refits the model without the held-out reports; it takes no --rules, --crf or --vote")
    if args.rules and (args.unseen_train or args.crf):
        ap.error("--unseen-train and --crf describe the training examples; --rules fits no model")
    if missing := [t for t in args.tables if not os.path.isfile(t)]:   # skipped later: a typo removed no entry
        ap.error(f"--tables: no file {', '.join(missing)}")
    return ap, args


def _rule_scores(dev: dict, args, totals: dict) -> int:
    """Every report (``--group``: every family) scored by the rule passes alone, no model fitted."""
    if args.group:
        _grouped(dev, None, None, None, args.tables, totals, args.errors, {}, {})
        return _print_totals(totals)
    os.environ["POLICYKG_ENTITY_MODEL"] = "rules"
    for held, info in dev.items():
        _score(held, info, totals, args.errors)
    return _print_totals(totals)


def _training_examples(args, dev: dict) -> tuple[dict, dict]:
    """stem → its training examples (as ``--crf`` or ``--strict`` describe them), and stem → its fold's tagger (--crf)."""
    if args.crf:
        crf_feature.install(args.crf_spans)
        return unseen_examples(dev, crf_feature.crf_folder(args.crf_dir), reuse=bool(args.crf_dir))
    if args.strict:
        return loro_strict.examples_with_counts(dev, report_examples), {}
    return {s: report_examples(s, i) for s, i in dev.items()}, {}


def _voters(ap, args, dev: dict) -> dict:
    """stem → the family tagger that votes on its rejected parks (``--vote``, installed here), else {}."""
    if not args.vote:
        return {}
    if args.crf:
        ap.error("--vote adds to main's decision; --crf changes it")
    votes = park_vote.family_taggers(dev, crf_feature.crf_folder(args.crf_dir), bool(args.crf_dir))
    park_vote.install(*args.vote, park_vote.start_log() if args.vote_log else None)
    return votes


def _held_out_reports(dev: dict, by_report: dict, fit: tuple, crf: dict, votes: dict, strict: dict | None,
                      args, totals: dict) -> None:
    """Each dev report scored by the model fitted on all the others (``fit``: C and thresholds)."""
    if strict is not None:
        import park_ablation
        support = park_ablation.read_support(list(args.tables))
    with tempfile.TemporaryDirectory() as tmp:
        for held, info in dev.items():
            path = os.path.join(tmp, f"{held}.json")
            _write_fold(path, by_report, {held}, *fit, strict)
            os.environ["POLICYKG_ENTITY_MODEL"] = path
            os.environ["POLICYKG_PARK_CRF"] = crf.get(held, "none")
            park_vote.use_tagger(votes.get(held))
            park_vote.STATE["report"] = held
            if strict is None or not {"lexicon", "standard"} & set(strict["parts"]):
                _score(held, info, totals, args.errors)
            else:       # the entries only it supports out, as a held-out family's (in a forked child)
                _score_group({held: info}, support, totals, args.errors, "standard" in strict["parts"])


def main() -> int:
    ap, args = _arguments()
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    totals = {k: Counts() for k in CLASSES}
    if args.rules:
        return _rule_scores(dev, args, totals)
    if args.crf_spans and not args.crf:
        ap.error("--crf-spans needs --crf")
    by_report, crf = _training_examples(args, dev)
    strict = {"vocab": loro_strict.vocabularies(dev), "parts": args.strict} if args.strict else None
    votes = _voters(ap, args, dev)
    if args.unseen_train:
        by_report = unseen_parks(dev, by_report, args.tables, args.unseen_train, strict)
    c, thresholds, f = cross_validate(by_report)
    print(f"full fit: C={c} thresholds={thresholds} candidate-level LORO F1 {f:.3f}")
    if args.group:
        _grouped(dev, by_report, c, thresholds, args.tables, totals, args.errors, crf, votes, strict)
    else:
        _held_out_reports(dev, by_report, (c, thresholds), crf, votes, strict, args, totals)
    park_vote.keep_log(args.vote_log)
    return _print_totals(totals)


def _print_totals(totals: dict) -> int:
    for k, t in totals.items():
        p, r, f1 = t.prf()
        print(f"ALL {k:13s} P={p:.3f} R={r:.3f} F1={f1:.3f} (right {t.tp}, wrong {t.fp}, missed {t.fn})")
    return 0


if __name__ == "__main__":
    run(main)
