"""Why each project the learned decision misses is missed, leave one report out, by general cause.

As ``miss_classes.py`` (each held-out dev report's grammar candidates scored by its fold's model, the
misses those of the pipeline under that model), with two more things read: a miss whose exact span
the grammar proposes but a rule takes out before or after the decision (``filtered:<rule>``:
``describes``, ``unnamed``, ``unnamed_amount``, ``not_works``, a kept park around it), and, for an
exact span that is the best of its head but scores under the threshold (``low``), the features that
pull it down most (weight × value, the fold's model). Writes a Markdown table of the causes, the
features that pull down the low spans most often, and ``--examples`` examples (spread over the causes).
Usage: .venv/bin/python scripts/miss_causes.py [--md FILE] [--examples N] [--tsv FILE]
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter, defaultdict
from contextlib import nullcontext

from policykg.evaluation import manifest
from policykg.extract import decide
from policykg.extract.name_grammar import head_res
from policykg.extract.not_works import not_works
from policykg.extract.reach import describes, unnamed_amount
from policykg.extract.surfaces import place_surfaces
from policykg.extract.train import FIXED, report_examples
from policykg.read import for_matching, read_report
from policykg.structure import parse
from miss_classes import fold_misses as classes_fold
from miss_classes import project_scores
from script_cli import count, out_file, output, parser, run

PULL = -0.3         # a feature pulls a span down when its weight × value is below this


def _where(name: str, texts: list[str]):
    """Every (sentence index, start) where the report writes ``name``."""
    for i, text in enumerate(texts):
        s = text.find(name)
        while s >= 0:
            yield i, s
            s = text.find(name, s + 1)


def _rule(name: str, texts: list[str], surfaces) -> str | None:
    """The rule that takes the name out wherever it stands (None: none does)."""
    heads = [rx for _, rx in head_res()]
    if describes(name):
        return "describes"
    if decide.unnamed(name, surfaces):
        return "unnamed"
    if unnamed_amount(name, surfaces, heads):
        return "unnamed_amount"
    spots = list(_where(name, texts))
    if spots and all(not_works(texts[i], s, s + len(name)) for i, s in spots):
        return "not_works"
    return None


def classify(name_set: set, texts, recs, probs, threshold: float, surfaces) -> tuple[str, float, object]:
    """(cause, the exact span's score or -1, its record or the overlapping candidates) of one miss."""
    scored, best, exact = project_scores(name_set, recs, probs)
    if exact:
        r, p = exact
        if best[r["head"]][2] is not r:
            return "boundary: another start of its head wins", p, [best[r["head"]][2]["name"][1]]
        if p >= threshold:
            return f"filtered:{_rule(r['name'][1], texts, surfaces) or 'after the decision'}", p, r
        return "low", p, r
    rule = next((x for x in map(lambda n: _rule(n, texts, surfaces), sorted(name_set)) if x), None)
    if rule:
        return f"filtered:{rule}", -1.0, []
    near = sorted({(r["name"][1], round(float(p), 2)) for n in name_set for i, s in _where(n, texts) for r, p in scored
                   if r["head"][1] == i and r["a"] < s + len(n) and s < r["head"][3]}, key=lambda x: -x[1])
    return ("boundary: no candidate has its span" if near else "none: no candidate overlaps it"), -1.0, near[:3]


def pulls(r: dict, weights: dict) -> list[tuple[str, float]]:
    """The record's features whose weight × value is below ``PULL``, most negative first."""
    out = [(f, weights.get(f, 0.0) * v) for f, v in r["x"].items()]
    return sorted(((f, round(w, 2)) for f, w in out if w < PULL), key=lambda x: x[1])


def fold_misses(held: str, info: dict, train: list, recs: list, tmp: str):
    """(label, cause, score, detail) of every project the pipeline misses under the fold's model."""
    weights, probs, missed, gold = classes_fold(held, info, train, recs, tmp)
    sentences = parse(for_matching(read_report(str(info["path"])))).sentences
    texts = [s.text for s in sentences]
    surfaces = place_surfaces(next((s.context for s in sentences if s.context), None))
    for label in missed:
        cause, p, detail = classify(gold[label], texts, recs, probs, FIXED["Project"], surfaces)
        yield label, cause, p, (pulls(detail, weights) if cause == "low" else detail)


def _bucket(cause: str, p: float) -> str:
    return cause if cause != "low" else f"low, exact span best of its head, {'<0.2' if p < 0.2 else '0.2–0.4' if p < 0.4 else '0.4–0.57'}"


def markdown(rows: list, n_examples: int) -> str:
    """The cause table, the features pulling the low spans down, and examples spread over the causes."""
    causes = Counter(_bucket(c, p) for _, _, c, p, _ in rows)
    pulled = Counter(f for *_, c, _, d in rows if c == "low" for f, _ in d)
    lines = ["| cause | misses |", "|---|---:|"] + [f"| {k} | {v} |" for k, v in sorted(causes.items())]
    lines += [f"| total | {len(rows)} |", "", f"Features pulling the low spans down (weight × value < {PULL}), "
              "the spans they pull:", "", "| feature | spans |", "|---|---:|"]
    lines += [f"| `{f}` | {n} |" for f, n in pulled.most_common(25)]
    lines += ["", "| report | cause | score | name | detail |", "|---|---|---:|---|---|"]
    by_cause = defaultdict(list)
    for row in rows:
        by_cause[row[2]].append(row)
    picked = []
    for q in by_cause.values():     # a cause's share of the examples, one at least, evenly spaced through it
        n = max(1, round(n_examples * len(q) / len(rows)))
        picked += [q[i * len(q) // n] for i in range(min(n, len(q)))]
    for held, label, cause, p, d in sorted(picked, key=lambda r: (r[2], r[0])):
        detail = ", ".join(f"{f} {w}" for f, w in d[:4]) if cause == "low" else str(d)[:80]
        lines.append(f"| {held} | {cause} | {p:.2f} | {label} | {detail} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--md", type=out_file, help="write the Markdown tables here (default: standard output)")
    ap.add_argument("--tsv", type=out_file, help="also write every miss here")
    ap.add_argument("--examples", type=count, default=20, help="examples in the table (default 20)")
    args = ap.parse_args()
    if args.tsv is not None and args.md is not None and os.path.abspath(args.tsv) == os.path.abspath(args.md):
        ap.error(f"--md and --tsv name the same file, {args.md}")
    with output(args.tsv) if args.tsv else nullcontext() as tsv:
        rows = dev_misses(tsv)
    with output(args.md) as md:
        md.write(markdown(rows, args.examples))
    return 0


def dev_misses(tsv) -> list:
    """Each dev report's project misses with their cause (also as lines on tsv, unless None)."""
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    by_report = {s: report_examples(s, i) for s, i in dev.items()}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for held, info in dev.items():
            train = [r for s, rs in by_report.items() if s != held for r in rs]
            for label, cause, p, detail in fold_misses(held, info, train, by_report[held], tmp):
                rows.append((held, label, cause, p, detail))
                if tsv is not None:
                    print(f"{held}\t{cause}\t{p:.2f}\t{label}\t{detail}", file=tsv)
    return rows


if __name__ == "__main__":
    run(main)
