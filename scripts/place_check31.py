"""Title-only reports whose place only their body names (place31), read as a build reads them: per variant of
scripts/place_variants31.py the place read, its code, and ``right``, ``refused`` (no place: the reader asks for
--place) or ``WRONG`` against the place it should read; ``evidence`` says whether the place's span is a mention of
it that counts (not inside a longer unit's name nor an ordinary word). ``--dev`` adds the 28 dev reports cut to a
title-only header; ``--write DIR`` writes the variants as DIR/<name>.txt for ``policykg build``.

    PYTHONPATH=. python scripts/place_check31.py [NAME ...] [--dev] [--write DIR]
"""
from __future__ import annotations

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
    args = ap.parse_args()
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


if __name__ == "__main__":
    run(main)
