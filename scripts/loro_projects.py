"""The projects the learned decision keeps on each dev report when that report is unseen, for a hand check.

    python scripts/loro_projects.py dump OUT.csv            # every kept project, leave one report out
    python scripts/loro_projects.py sample OUT.csv --per 6 --seed 1801 [--reports a,b] [--skip a,b]

``dump`` runs the folds of ``scripts/loro_fast.py`` (fit on the other dev reports, extract the held-out one with
its own words left out of the word counts) and writes one row per kept Project: report, label, alt labels, what
the dev gold calls it (required / optional / other class / none), the first span and its sentence. ``sample``
draws ``--per`` rows of each chosen report with random.Random(seed), in report and text order, with empty
verdict / category / note columns (docs/checks/README.md).
"""
from __future__ import annotations

import csv
import os
import random
import sys
import tempfile

from policykg.evaluation import entity_annotation, manifest
from policykg.scoring import names
from script_cli import count, output, parser, read_table, run, whole, writable

STOPS = "。；！？\n"
COLUMNS = ["report", "label", "alts", "gold", "start", "quote", "sentence"]


def sentence(text: str, start: int, end: int) -> str:
    b = max(text.rfind(c, 0, start) for c in STOPS) + 1
    ends = [i for i in (text.find(c, end) for c in STOPS) if i != -1]
    return text[b:(min(ends) + 1 if ends else len(text))].strip()


def gold_kind(gold: dict, labels: set) -> str:
    """What the dev gold calls a kept project: required, optional, another class's item, or none."""
    for key in ("projects", "parks", "organizations", "places"):
        for g in gold.get(key) or []:
            if labels & names(g):
                return ("optional" if g.get("optional") else "required") if key == "projects" else "other"
    return "none"


def kept_projects(stem: str, info: dict) -> list[list]:
    """Rows of the projects extracted from one report read as unseen."""
    from policykg.extract import decide, extract
    from policykg.extract.report_words import vocabulary
    from policykg.extract.specificity import leaving_out
    from policykg.read import for_matching, read_report, restore_offsets
    from policykg.structure import parse
    decide.model.cache_clear()
    written = read_report(str(info["path"]))
    doc = for_matching(written)
    outline = parse(doc)
    with leaving_out(vocabulary(doc.text)):
        facts = extract(doc, outline)
    _, facts = restore_offsets(written, outline, facts)
    gold, rows = entity_annotation(stem, info), []
    for e in facts.entities:
        if e.kind != "Project":
            continue
        sp = min(e.spans, key=lambda s: s.start)
        rows.append([stem, e.label, "|".join(sorted(e.alt_labels)), gold_kind(gold, {e.label, *e.alt_labels}),
                     sp.start, written.text[sp.start:sp.end], sentence(written.text, sp.start, sp.end)])
    return sorted(rows, key=lambda r: r[4])


def dump(path: str) -> int:
    from policykg.extract.train import cross_validate, report_examples, write_model
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    by_report = {s: report_examples(s, i) for s, i in dev.items()}
    c, thresholds, _ = cross_validate(by_report)
    with tempfile.TemporaryDirectory() as tmp, output(path) as f:  # written whole at the end
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for held, info in dev.items():
            model = os.path.join(tmp, f"{held}.json")
            write_model(model, [r for s, rs in by_report.items() if s != held for r in rs], c, {}, thresholds)
            os.environ["POLICYKG_ENTITY_MODEL"] = model
            w.writerows(kept_projects(held, info))
            print(held, flush=True)
    return 0


def sample(path: str, per: int, seed: int, reports: list[str], skip: list[str]) -> int:
    rows = read_table(path, COLUMNS)
    chosen = reports or sorted({r["report"] for r in rows} - set(skip))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(COLUMNS + ["verdict", "category", "note"])
    rng = random.Random(seed)
    for rep in chosen:
        pool = [r for r in rows if r["report"] == rep]
        for r in sorted(rng.sample(pool, min(per, len(pool))), key=lambda r: int(r["start"])):
            w.writerow([r[c] for c in COLUMNS] + ["", "", ""])
    return 0


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("what", choices=("dump", "sample"))
    ap.add_argument("file")
    ap.add_argument("--per", type=count, default=6)
    ap.add_argument("--seed", type=whole, default=1801)
    ap.add_argument("--reports", default="")
    ap.add_argument("--skip", default="")
    a = ap.parse_args()
    if a.what == "dump":
        return dump(writable(a.file))
    if not os.path.isfile(a.file):
        ap.error(f"{a.file}: no such dump (write it with `loro_projects.py dump {a.file}`)")
    known = {r["report"] for r in read_table(a.file, COLUMNS)}
    chosen, skip = ([r for r in x.split(",") if r] for x in (a.reports, a.skip))
    unknown = sorted(set(chosen + skip) - known)
    if unknown:
        ap.error(f"no report {', '.join(unknown)} in {a.file}")
    return sample(a.file, a.per, a.seed, chosen, skip)


if __name__ == "__main__":
    run(main)
