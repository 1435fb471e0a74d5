"""What a wider name rule does on the 29 dev reports: every figure whose name a lexicon edit changes (names87).

    PYTHONPATH=.:scripts python scripts/name_widen_probe.py --set 'phrases.act_adverbs="…"' [--set …] [--csv out.csv]

A name rule that fires on a closed word list is tried with a wider class by putting a new value (JSON: a
pattern string, a list or a map) in place of a ``quantities.yaml`` key for the run only. The dev reports are
extracted without and with the new values (quantities only, as ``name_rule_audit`` does) and every figure whose
name changes is printed and written to the CSV with its matched gold, a verdict (``gain``, ``loss``,
``wrong-both``, ``no-gold``, as the audit's) and its sentence, for a reader to mark right / wrong / same. The
last line: strict dev indicator agreement without and with the values. Dev only: no test report is read.
"""
from __future__ import annotations

import csv
import json
import re
from contextlib import contextmanager

import name_rule_audit as audit
from policykg.errors import InputError
from script_cli import out_file, output, parser, run
from policykg.scoring import same_indicator
from rule_patch import clear_caches

FIELDS = ["report", "family", "kind", "value", "old_name", "new_name", "gold", "verdict", "sentence"]


def parse_set(text: str) -> tuple[str, str, object]:
    """``module.key=JSON`` → (module, key, value), or InputError naming what is wrong."""
    key, eq, raw = text.partition("=")
    mod, dot, name = key.partition(".")
    if not (eq and dot and mod and name):
        raise InputError(f"--set {text!r}: write module.key=JSON")
    try:
        return mod, name, json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"--set {key}: the value is not JSON ({exc.msg})") from None


@contextmanager
def widened(values: list[tuple[str, str, object]]):
    """``quantities.yaml`` with ``values`` in place of its keys while in use, its own values back after."""
    from policykg.extract.qlexicon import lexicon
    table, saved = lexicon("quantities"), []
    try:
        for mod, name, value in values:
            if name not in table.get(mod, {}):
                raise InputError(f"--set {mod}.{name}: no such key in quantities.yaml")
            _check_value(f"{mod}.{name}", table[mod][name], value)
            saved.append((mod, name, table[mod][name]))
            table[mod][name] = value
        clear_caches()
        yield
    finally:
        for mod, name, value in reversed(saved):
            table[mod][name] = value
        clear_caches()


def _check_value(key: str, old: object, value: object) -> None:
    """InputError unless value has the key's own type and, as a string, is a regular expression: a number or a
    bad pattern ended the run in a traceback after minutes of extraction."""
    if type(value) is not type(old):
        raise InputError(f"--set {key}: the value is a {type(value).__name__}, the key holds a {type(old).__name__}")
    try:
        re.compile(value) if isinstance(value, str) else None
    except re.error as exc:
        raise InputError(f"--set {key}: not a regular expression ({exc})") from None


def changed(stem: str, text: str, base: dict, wide: dict) -> list[dict]:
    """The figures of ``stem`` named otherwise with the wider values (a figure only one run has: '(none)')."""
    rows = []
    for key in sorted(set(base) | set(wide), key=lambda k: (k[1], k[2], k[0])):
        (old_q, g1), (new_q, g2) = base.get(key, (None, None)), wide.get(key, (None, None))
        old, new = (old_q.indicator if old_q else "(none)"), (new_q.indicator if new_q else "(none)")
        if old == new:
            continue
        gold = (g1 or g2 or {}).get("indicator")
        verdict = "no-gold" if gold is None else "gain" if new == gold else "loss" if old == gold else "wrong-both"
        rows.append(dict(zip(FIELDS, [stem, audit.family(stem), key[0], key[3] + key[4], old, new, gold or "",
                                      verdict, audit._sentence(text, key[1], key[2])])))
    return rows


def write_csv(path: str, rows: list[dict]) -> None:
    """The changed figures, written whole through ``output`` (a plain open() was not recorded as ours, so the
    next run refused its own file)."""
    with output(path) as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)


def agreed(figs: dict) -> int:
    return sum(same_indicator(q.indicator, g["indicator"]) for q, g in figs.values() if g)


def main(argv=None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--set", action="append", required=True, type=parse_set, help="module.key=JSON value")
    ap.add_argument("--csv", type=out_file, help="every changed figure, one row each")
    args = ap.parse_args(argv)
    with widened(args.set):     # every key named is one of quantities.yaml's, before any work
        pass
    dev = audit.read_dev()
    rows, before, after = [], 0, 0
    for stem in dev:
        base = audit.figures(stem, dev)
        with widened(args.set):
            wide = audit.figures(stem, dev)
        rows += changed(stem, dev[stem][0].text, base, wide)
        before, after = before + agreed(base), after + agreed(wide)
    for r in rows:
        print("\t".join(r[f] for f in FIELDS))
    if args.csv:
        write_csv(args.csv, rows)
    print(f"changed figures: {len(rows)} on {len({r['family'] for r in rows})} families; "
          f"strict dev indicator agreement {before} → {after}")
    return 0


if __name__ == "__main__":
    run(main)
