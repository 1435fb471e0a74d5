"""Reports of other levels and years made from dev reports (levels30), each checked against what should come out.

Every variant is a dev report (hailaer-2013/2014/2018, jinghai-2021, hebei-2026) with the words that say its place,
level or year replaced consistently: a prefecture-level city, a county, a county-level city, a 盟, an autonomous
prefecture, a municipality's district, the years and plan names shifted to 2006 or 2016, a header with only a title.
Its figures should be the base report's — the same kinds, values and units, periods moved by the years shifted,
names with the place replaced — and its header the place, level, code and year put in. The table says, per variant,
what came out, what should, and ``ok`` or what differs; ``--write DIR`` writes the variants for ``policykg build``.
``--sweep`` puts every division of the gazetteer in hailaer-2014's header instead (its meeting line with the units
above it, alone, its speaker line, a title line before or after the year, the opening 我代表…人民政府 under a title
only) and counts, per way of writing it, the divisions not read as themselves.

    PYTHONPATH=. python scripts/levels_check.py [NAME ...] [--write DIR] [--detail] [--sweep]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_cli and the variants, beside this script

from levels19_variants import write_all_new  # noqa: E402
from levels_variants30 import BASES, VARIANTS, Variant  # noqa: E402
from script_cli import folder_name, parser, run  # noqa: E402


@dataclass
class Reading:
    place: str | None = None
    code: str | None = None
    level: str | None = None
    year: int | None = None
    iri: str | None = None
    parts: tuple = ()
    figures: list = field(default_factory=list)   # (kind, value, unit, start, end, name)
    error: str | None = None


def read(text: str, file_name: str) -> Reading:
    """What the reader, structure, extractor and emitter make of ``text``."""
    from policykg.emit import _level
    from policykg.emit.ids import report_slug
    from policykg.errors import InputError
    from policykg.extract import extract
    from policykg.read import for_matching, read_bytes
    from policykg.structure import parse

    try:
        doc = for_matching(read_bytes(text.encode("utf-8"), file_name))
    except InputError as e:
        return Reading(error=str(e).split(": ", 1)[-1])
    md = doc.metadata
    outline = parse(doc)
    facts = extract(doc, outline)
    r = Reading(md.place, year=md.year, parts=tuple(h.part_kind for h in outline.headings if h.level == 1))
    from policykg.divisions import resolve_jurisdiction
    d = resolve_jurisdiction(md.place, md.place_parents) if md.place else None
    r.code, r.level = (d.code, d.level) if d else (None, _level(md.place, md.place_level) if md.place else None)
    r.iri = _jurisdiction_iri(doc, outline, facts) if md.place and md.year else None
    r.figures = [(q.kind, str(q.value), q.unit, q.start_year, q.end_year, q.indicator) for q in facts.quantities]
    return r


def _jurisdiction_iri(doc, outline, facts) -> str | None:
    from policykg.emit import emit
    from policykg.vocab import PKG
    g = emit(doc, outline, facts)
    found = sorted(str(o) for o in g.objects(None, PKG.jurisdiction))
    return found[0] if found else None


def compare(v: Variant, base: Reading, got: Reading) -> list[str]:
    """What differs from what should come out: header, parts and each figure of the base's not found alike."""
    if v.place is None:   # a header naming no place, a body naming none clearly: refused, asking for --place
        return [] if got.error else [f"read {got.place} (should be refused)"]
    wrong = [f"{k} {getattr(got, k)} (should be {want})" for k, want in
             (("place", v.place), ("code", v.code), ("level", v.level), ("year", v.year)) if getattr(got, k) != want]
    if got.error:
        return [f"refused: {got.error}"]
    if got.parts != base.parts:
        wrong.append(f"parts {'/'.join(map(str, got.parts))} (should be {'/'.join(map(str, base.parts))})")
    moved = lambda y: y + v.delta if y else y   # noqa: E731
    want = Counter((k, val, u, moved(s), moved(e)) for k, val, u, s, e, _ in base.figures)
    have = Counter(f[:5] for f in got.figures)
    for key, n in sorted((want - have).items(), key=str):
        wrong.append(f"missing {n}× {key}")
    for key, n in sorted((have - want).items(), key=str):
        wrong.append(f"extra {n}× {key}")
    names = Counter(v.words(f[5]) for f in base.figures) - Counter(f[5] for f in got.figures)
    wrong += [f"name {n} not kept" for n in sorted(names)]
    return wrong


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("names", nargs="*", help=f"variants (default: all): {', '.join(VARIANTS)}")
    ap.add_argument("--write", metavar="DIR", type=folder_name, help="write the variants as DIR/<name>.txt instead")
    ap.add_argument("--detail", action="store_true", help="list every difference, not the first three")
    ap.add_argument("--sweep", action="store_true", help="every gazetteer division in the header, counted")
    args = ap.parse_args()
    dropped = [o for o, given in (("variant names", args.names), ("--write", args.write is not None),
                                  ("--detail", args.detail)) if given]
    if args.sweep and dropped:   # each was dropped without a word: the sweep ran, nothing was written
        ap.error(f"--sweep puts every division in one header: it takes no {' nor '.join(dropped)}")
    if args.sweep:
        return sweep()
    if args.detail and args.write is not None:
        ap.error("--detail lists the differences of a check; --write writes the variants instead")
    unknown = [n for n in args.names if n not in VARIANTS]
    if unknown:
        ap.error(f"no variant {unknown[0]!r} (the variants: {', '.join(VARIANTS)})")
    chosen = args.names or list(VARIANTS)
    if args.write is not None:
        write_all_new(args.write, {name: VARIANTS[name].make() for name in chosen})
        return 0
    bases: dict[str, Reading] = {}
    print("| variant | place | code | level | year | parts | figures | jurisdiction | verdict |")
    print("|---|---|---|---|---|---|---:|---|---|")
    iris: dict[str, set[str]] = {}
    for name in chosen:
        v = VARIANTS[name]
        base = bases.get(v.base) or bases.setdefault(v.base, read(BASES[v.base](), "base.txt"))
        got = read(v.make(), "report.txt")
        wrong = compare(v, base, got)
        if got.iri:
            iris.setdefault(v.code, set()).add(got.iri)
        shown = wrong if args.detail else wrong[:3] + ([f"… {len(wrong) - 3} more"] if len(wrong) > 3 else [])
        print(f"| {name} | {got.place} | {got.code} | {got.level} | {got.year} | {'/'.join(map(str, got.parts))} "
              f"| {len(got.figures)}/{len(base.figures)} | {(got.iri or '').rsplit('/', 1)[-1]} "
              f"| {'ok' if not wrong else '; '.join(shown)} |")
    split = {code: sorted(s) for code, s in iris.items() if len(s) > 1}
    print("\none node per place across its reports:", "yes" if not split else f"NO: {split}")
    return 0


def sweep() -> int:
    """Every division in hailaer-2014's header, written each way: how many are not read as themselves (examples)."""
    from policykg.divisions import chain, divisions, resolve_jurisdiction
    from policykg.structure.metadata import read_metadata

    body = "各位代表" + BASES["hailaer-2014"]().partition("各位代表")[2][:400]
    missed: dict[str, list[str]] = {}
    for d in divisions().values():
        above = "".join(a.name for a in reversed(chain(d)[1:]))
        role = {"province": "省长", "city": "市长", "county": "县长", "district": "区长"}[d.level]
        mine = body.replace("海拉尔区", "区")
        for way, text in {
            "meeting line, units above": f"——2014年2月19日在{above}{d.name}第十四届人民代表大会第三次会议上\n{body}",
            "meeting line, alone": f"——2014年2月19日在{d.name}第十四届人民代表大会第三次会议上\n{body}",
            "speaker line": f"——2014年2月19日在第十四届人民代表大会第三次会议上\n{above}{d.name}人民政府{role}　杜联合\n{mine}",
            "title, year first": f"2014年{d.name}政府工作报告\n\n{mine}",
            "title, year after": f"{d.name}2014年政府工作报告\n\n{mine}",
            "title only, opening": f"2014年政府工作报告\n\n{body.replace('海拉尔区', above + d.name)}"}.items():
            md = read_metadata(text)
            found = resolve_jurisdiction(md.place, md.place_parents) if md.place else None
            if found is None or found.code != d.code or md.year != 2014:
                missed.setdefault(way, []).append(d.name)
    print(f"{len(divisions())} divisions")
    for way, names in missed.items():
        print(f"{way}: {len(names)} not read as themselves, e.g. {'、'.join(names[:8])}")
    return 0


if __name__ == "__main__":
    run(main)
