"""Fit the park sequence tagger (``park_crf.py``) on the dev annotations (an experiment: none ships).

The sentences of a dev report that hold a park head of the lexicons or a gold park name are labelled
BIO by its gold park names (optional ones too: they are parks), and a linear-chain CRF is fitted on
every dev report's (``--out``). A decision weighing ``Park:crf`` must be fitted on values a tagger gives
a report it never saw: ``family_models`` fits one tagger per report family (the Hailar years together,
each province alone) on the other families, and ``unseen_examples`` describes each report's candidates
with its family's tagger (``scripts/loro_fast.py --crf``). Test-split annotations are never read here.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path

from ..corpus.safefile import check_target, write_atomic
from ..errors import run_module
from ..evaluation import entity_annotation
from ..read import for_matching, read_report
from ..scoring import names
from ..structure import parse
from .grammar import TokSentence
from .park_crf import _head_marks, bio, char_features, crfsuite, fit, tagger
from .surfaces import place_surfaces


def family(stem: str) -> str:
    """The report family a stem belongs to: its name before the year (hailaer-2013 → hailaer)."""
    return stem.rsplit("-", 1)[0]


def report_sequences(stem: str, info: dict) -> list[tuple[list, list]]:
    """(features, labels) of each sentence of the report that holds a park head or a gold park."""
    gold = {n for g in entity_annotation(stem, info).get("parks") or [] for n in names(g)}
    sentences = parse(for_matching(read_report(str(info["path"])))).sentences
    ctx = next((s.context for s in sentences if s.context), None)
    surfaces = place_surfaces(ctx)
    out = []
    for s in sentences:
        inside = [n for n in gold if n in s.text]
        if not inside and not _head_marks(s.text)[1]:
            continue
        st = TokSentence(s)
        out.append((char_features(st, surfaces), bio(st.text, inside)))
    return out


def fit_into(path: str, sequences: list, option: str, *, only_ours: bool = False,
             record: bool = False) -> None:
    """Fit a tagger on ``sequences`` in a folder of its own and put it at ``path`` whole through write_atomic
    (``record``: the command's output, see write_atomic): python-crfsuite writes the name it is given, so a
    link there was written through, a FIFO blocked the run, `<out>.part` clobbered a user's file and the
    bare rename went unrecorded."""
    with tempfile.TemporaryDirectory(prefix="policykg-crf-") as work:
        part = os.path.join(work, "tagger.crfsuite")
        fit(sequences, part)
        write_atomic(path, Path(part).read_bytes(), option, record=record, only_ours=only_ours)


def family_models(by_report: dict[str, list], folder: str, reuse: bool = False) -> dict[str, str]:
    """stem → a tagger fitted in ``folder`` on the reports of every other family (``reuse``: a regular file
    already there is taken as it is: the same reports' fold, fitted by an earlier run; links, FIFOs and folders
    there are refused), each put in place by fit_into."""
    paths = {}
    for fam in sorted({family(s) for s in by_report}):
        path = os.path.join(folder, f"crf-{fam}.crfsuite")
        there = check_target(path, "--crf-dir") is not None
        if not (reuse and there):
            fit_into(path, [q for s, qs in sorted(by_report.items()) if family(s) != fam for q in qs], "--crf-dir")
        paths.update({s: path for s in by_report if family(s) == fam})
    return paths


@contextlib.contextmanager
def using(path: str | None):
    """The decision reads ``path``'s tagger (``none``: no tagger) inside the block."""
    old = os.environ.get("POLICYKG_PARK_CRF")
    os.environ["POLICYKG_PARK_CRF"] = path or "none"
    tagger.cache_clear()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("POLICYKG_PARK_CRF", None)
        else:
            os.environ["POLICYKG_PARK_CRF"] = old
        tagger.cache_clear()


def unseen_examples(reports: dict[str, dict], folder: str, reuse: bool = False) -> tuple[dict, dict]:
    """(stem → ``train.report_examples`` with ``Park:crf`` from its family's tagger, stem → that tagger)."""
    from .train import report_examples
    crfsuite("the family taggers")     # before the reports are read, not after
    paths = family_models({s: report_sequences(s, i) for s, i in reports.items()}, folder, reuse)
    out = {}
    for s, i in reports.items():
        with using(paths[s]):
            out[s] = report_examples(s, i)
    return out, paths


def main(argv: list[str] | None = None) -> int:
    from .train import dev_reports
    ap = argparse.ArgumentParser(prog="python -m policykg.extract.train_crf", description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="tagger file to write")
    args = ap.parse_args(argv)
    check_target(str(args.out), only_ours=True)
    crfsuite("train_crf")          # before the reports are read, not after
    by_report = {s: report_sequences(s, i) for s, i in dev_reports([]).items()}
    fit_into(str(args.out), [q for _, qs in sorted(by_report.items()) for q in qs], "--out", only_ours=True,
             record=True)
    print(f"{len(by_report)} dev reports, {sum(len(v) for v in by_report.values())} sentences; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(run_module(main, "python -m policykg.extract.train_crf"))
