"""Strict held-out names: dev figure-name agreement with each report's own-family name rules turned off (names84).

    PYTHONPATH=.:scripts python scripts/names_strict.py [--per-report] [--errors out.tsv]

The names analogue of the parks' strict grouped measure. A name rule of ``name_rule_audit.RULES`` is *family-only*
when every dev report it was written from (its source) lies in one family (the Hailar years together, one
province, or jinghai). For each of the 29 dev reports, every family-only rule of that report's family is turned
off (the audit's monkeypatches), and its strict indicator agreement (the matched gold figures whose name is the
gold name, as ``--split dev --json`` dev.indicator counts them) is scored; the sum over the dev reports is the
"strict held-out names" figure. Cheap: one wrapped run records where each function rule fires, and a report is
extracted again only when one of its family's rules fires on it (a lexicon rule: always). ``--errors``: every
matched gold figure whose held-out name is not the gold name (report, value, name, gold, sentence). ``--home``: a
stricter reading, every rule whose source includes the report's family is off (not only the family-only ones).
Dev only.
"""
from __future__ import annotations

import csv
from contextlib import ExitStack

import name_rule_audit as audit
from script_cli import out_file, output, parser, run
from policykg.scoring import same_indicator


def family_only(rules=None, home: bool = False) -> dict[str, list]:
    """family → the rules whose source lies in that family alone (``home``: whose source includes it)."""
    out: dict[str, list] = {}
    for rule in rules or audit.RULES:
        fams = {audit.family(s) for s in rule[2].split()}
        for fam in fams if home or len(fams) == 1 else ():
            out.setdefault(fam, []).append(rule)
    return out


def held_out(stem: str, dev: dict, base: dict, rules: list, where: dict) -> dict:
    """``stem``'s figures with ``rules`` turned off; the base figures when none of them fires on it."""
    live = [r for r in rules if r[4] == "lex" or stem in where.get(r[0], ())]
    if not live:
        return base
    with ExitStack() as stack:
        for rule in live:
            stack.enter_context(audit.Patch(rule))
        return audit.figures(stem, dev)


def agreement(figs: dict) -> tuple[int, int]:
    """(names equal to the matched gold's, matched gold figures)."""
    pairs = [(q, g) for q, g in figs.values() if g]
    return sum(same_indicator(q.indicator, g["indicator"]) for q, g in pairs), len(pairs)


def measure(dev: dict, home: bool = False) -> dict[str, tuple]:
    """stem → (packaged agreed, held-out agreed, matched, held-out figures) over the dev reports."""
    groups = family_only(home=home)
    where = audit.fired(dev, [r for rs in groups.values() for r in rs if r[4] != "lex"])
    out = {}
    for stem in dev:
        base = audit.figures(stem, dev)
        off = held_out(stem, dev, base, groups.get(audit.family(stem), []), where)
        out[stem] = (agreement(base)[0], *agreement(off), off)
    return out


def _errors(path: str, dev: dict, scores: dict) -> None:
    """Every matched gold figure named otherwise under the held-out rules, one TSV row each, written whole through
    ``output`` (a plain open() was not recorded as ours, so the next run refused its own file)."""
    with output(path) as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["report", "kind", "value", "name", "gold", "sentence"])
        for stem, (*_, figs) in scores.items():
            for key, (q, g) in sorted(figs.items(), key=lambda kv: (kv[0][1], kv[0][2])):
                if g and not same_indicator(q.indicator, g["indicator"]):
                    w.writerow([stem, key[0], key[3] + key[4], q.indicator, g["indicator"],
                                audit._sentence(dev[stem][0].text, key[1], key[2])])


def main(argv=None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--per-report", action="store_true", help="one line per dev report")
    ap.add_argument("--errors", type=out_file, help="the held-out misnamed gold figures, as TSV")
    ap.add_argument("--home", action="store_true", help="every rule whose source includes the family is off")
    args = ap.parse_args(argv)
    dev = audit.read_dev()
    scores = measure(dev, args.home)
    for fam, rules in sorted(family_only(home=args.home).items()):
        print(f"{'home' if args.home else 'family-only'} rules of {fam}: {' '.join(r[0] for r in rules)}")
    if args.per_report:
        for stem, (packaged, agreed, n, _) in scores.items():
            print(f"{stem}\tpackaged {packaged}\theld-out {agreed}\tof {n}")
    packaged, agreed, n = (sum(v[i] for v in scores.values()) for i in range(3))
    print(f"packaged strict agreement: {packaged} of {n} ({packaged / n:.4f})")
    print(f"strict held-out names: {agreed} of {n} ({agreed / n:.4f})")
    if args.errors:
        _errors(args.errors, dev, scores)
    return 0


if __name__ == "__main__":
    run(main)
