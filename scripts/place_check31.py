"""Title-only reports whose place only their body names (place31), read as a build reads them: per variant of
scripts/place_variants31.py the place read, its code, and ``right``, ``refused`` (no place: the reader asks for
--place) or ``WRONG`` against the place it should read; ``evidence`` says whether the place's span is a mention of
it that counts (not inside a longer unit's name nor an ordinary word). ``--dev`` adds the 28 dev reports cut to a
title-only header; ``--write DIR`` writes the variants as DIR/<name>.txt for ``policykg build``; ``--sweep`` puts
every county-level division of the gazetteer in hailaer-2013's body instead.

    PYTHONPATH=. python scripts/place_check31.py [NAME ...] [--dev] [--write DIR] [--sweep]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_cli and the variants, beside this script

from levels19_variants import write_all_new  # noqa: E402
from place_variants31 import VARIANTS, dev_title_only  # noqa: E402
from script_cli import parser, run  # noqa: E402


def read(text: str) -> tuple[str | None, str | None, str]:
    """(place, code, the text its span points at) as ``policykg build`` reads a file ``report.txt`` holding ``text``."""
    from policykg.divisions import resolve_jurisdiction
    from policykg.errors import InputError
    from policykg.read import read_bytes

    try:
        md = read_bytes(text.encode("utf-8"), "report.txt").metadata
    except InputError:
        return None, None, ""
    d = resolve_jurisdiction(md.place, md.place_parents) if md.place else None
    span = md.spans.get("place")
    around = text[max(0, span.start - 6):span.end + 6].replace("\n", "/") if span else ""
    return md.place, d.code if d else None, around


def verdict(want: str | None, want_code: str | None, place: str | None, code: str | None) -> str:
    if place is None:
        return "right" if want is None else "refused"
    if want is None or place != want or (want_code and code != want_code):
        return "WRONG"
    return "right"


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("names", nargs="*", help=f"variants (default: all): {', '.join(VARIANTS)}")
    ap.add_argument("--dev", action="store_true", help="also the dev reports cut to a title-only header")
    ap.add_argument("--write", metavar="DIR", help="write the variants as DIR/<name>.txt instead")
    ap.add_argument("--sweep", action="store_true", help="every county-level division as hailaer-2013's own, counted")
    args = ap.parse_args()
    if args.sweep:
        return sweep()
    variants = {**VARIANTS, **(dev_title_only() if args.dev else {})}
    unknown = [n for n in args.names if n not in variants]
    if unknown:
        ap.error(f"no variant {unknown[0]!r} (the variants: {', '.join(variants)})")
    chosen = args.names or list(variants)
    if args.write:
        write_all_new(args.write, {name: variants[name].make() for name in chosen})
        return 0
    tally: Counter = Counter()
    print("| variant | should read | read | code | verdict | place span (±6) |")
    print("|---|---|---|---|---|---|")
    for name in chosen:
        v = variants[name]
        place, code, around = read(v.make())
        said = verdict(v.place, v.code, place, code)
        tally[said] += 1
        print(f"| {name} | {v.place or '(refused)'} | {place or '—'} | {code or '—'} | {said} | {around} |")
    print(f"\n{len(chosen)} variants: " + ", ".join(f"{k} {tally[k]}" for k in ("right", "refused", "WRONG")))
    return 0


def sweep() -> int:
    """Every district, county, county-level city and banner of the gazetteer as the unit of hailaer-2013 under a title
    only (its name for 海拉尔区, its short name for 海拉尔, its unit word for the 区 of 区政府, 全区), with and without
    the sentences of its own government naming it: how many are read as themselves, refused or read wrong."""
    from policykg.divisions import divisions, resolve_jurisdiction
    from policykg.structure.metadata import read_metadata
    from place_variants31 import HAILAR, no_own

    base = HAILAR(2013)
    tally: dict[str, Counter] = {"with": Counter(), "without": Counter()}
    wrong: dict[str, list[str]] = {"with": [], "without": []}
    for d in divisions().values():
        char = d.name[-1]
        if d.level not in ("county", "district") or char not in "区县市旗":
            continue
        text = re.sub(r"(?<![社园城治发景矿林牧街辖新市省])区(?=委|政府|长|人大|人民|政协|本级|直)", char, base)
        text = re.sub(r"(全|我|本)区(?!域|间|位|块|别|分)", rf"\g<1>{char}", text).replace("海拉尔区", d.name)
        text = text.replace("海拉尔", d.short if len(d.short) >= 2 else d.name)
        for way, variant in (("with", text), ("without", no_own(text))):
            md = read_metadata(variant)
            found = resolve_jurisdiction(md.place, md.place_parents) if md.place else None
            said = "refused" if md.place is None else "right" if found and found.code == d.code else "WRONG"
            tally[way][said] += 1
            if said == "WRONG":
                wrong[way].append(f"{d.name}→{md.place}")
    for way in tally:
        print(f"{way} its own government's sentences: " + ", ".join(f"{k} {tally[way][k]}" for k in
                                                                   ("right", "refused", "WRONG")),
              "e.g. " + "、".join(wrong[way][:12]) if wrong[way] else "")
    return 0


if __name__ == "__main__":
    run(main)
