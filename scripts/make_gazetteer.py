"""Write policykg/data/gazetteer/divisions.tsv, China's administrative divisions down to county level, from
the data file that the jionlp package ships (jionlp/dictionary/china_location.zip), and renames.tsv, the
units renamed or moved under another prefecture since 2002 (jionlp/dictionary/china_location_change.txt)
with today's code, for reports of earlier years.

    .venv/bin/pip install '.[gazetteer]'        # jionlp, at the version pinned in pyproject.toml
    .venv/bin/python scripts/make_gazetteer.py

Why jionlp: it is maintained (its 2025 data has the county-level changes up to then, e.g. 玉环县 →
玉环市), carries the 6-digit GB/T 2260 code and the short name of every province, prefecture and
county, and is Apache-2.0. cpca, the other candidate, last shipped data in 2020. jionlp itself is
~16 MB with numpy and its own tokenizer, too heavy to import on every build, so the build reads the
compact file written here (~3,200 lines); jionlp is only needed to regenerate it. This script reads
the data file straight from the installed package, without importing jionlp.

Kept: provinces, prefecture-level units and county-level units with their GB/T 2260 code. Left out:
jionlp's statistical-only units (codes ending 71-79: development zones, management committees),
which are not GB/T 2260 divisions, the "直辖" placeholder rows, and the sub-units jionlp lists for
台湾省 (GB/T 2260 gives Taiwan one code, 710000).

Columns: code, name, level (province / city / county / district), parent code ("" for a province),
short names separated by "/" (jionlp's alias column).
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import io
import sys
import zipfile
from pathlib import Path

from script_cli import output, parser, run

OUT = Path(__file__).resolve().parent.parent / "policykg" / "data" / "gazetteer" / "divisions.tsv"
RENAMES = OUT.with_name("renames.tsv")


def _dictionary() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("jionlp is not installed: .venv/bin/pip install '.[gazetteer]'")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary"


def source_lines() -> tuple[str, list[str]]:
    """(jionlp's version, the lines of its china_location.txt)."""
    with zipfile.ZipFile(_dictionary() / "china_location.zip") as z:
        text = io.TextIOWrapper(z.open("china_location.txt"), encoding="utf-8").read()
    return importlib.metadata.version("jionlp"), text.splitlines()


def renames(rows: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    """(date, old name, old parent's name, new code, new name) of each change in jionlp's
    china_location_change.txt that a name lookup misses: a unit renamed (襄樊市 → 襄阳市, 江干区 → 上城区) or
    moved under another prefecture (柳州地区忻城县 → 来宾市忻城县). The new unit's code is the gazetteer's."""
    codes = {(parent, name): code for code, name, _, parent, _ in rows}
    for code, name, _, parent, aliases in rows:   # 金秀县 for 金秀瑶族自治县, as the change file writes it
        for alias in (a for a in aliases.split("/") if a and name.startswith(a)):
            codes.setdefault((parent, alias + name[-1]), code)
    out = set()
    for line in (_dictionary() / "china_location_change.txt").read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = (part.split("\t") for part in line.split("=>"))
        old_names = old[2::2]          # province, prefecture[, county]: the full names (short ones between)
        code = ""
        for name in new:               # province, prefecture[, county]
            code = codes.get((code, name), "")
        if code and old_names[-2:] != new[-2:]:
            out.add((old[0], old_names[-1], old_names[-2], code, new[-1]))
    return sorted(out)


def level_of(depth: int, name: str) -> str:
    if depth == 0:
        return "province"
    if depth == 1:
        return "city"
    # county level: 市辖区 (and 新区, 矿区) are districts; 县, 旗, 县级市, 林区, 特区 counties
    return "district" if name.endswith("区") and not name.endswith(("林区", "特区")) else "county"


def divisions(lines: list[str]) -> list[tuple[str, str, str, str, str]]:
    rows, parents = [], {}           # parents: depth → code of the unit above the next rows
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth > 2 or len(parts) != 3:
            continue                  # towns and villages; rows without a code
        name, code, alias = parts
        if depth == 0:
            parents = {1: code, 2: code}
        elif depth == 1:
            parents[2] = code
        parent = "" if depth == 0 else parents[depth]
        if "直辖" in name or code == parent:
            parents[2] = parents[1] if depth == 1 else parents[2]   # its rows hang from the province
            continue
        statistical_only = depth == 2 and "70" <= code[4:6] <= "79"
        if statistical_only or (depth and code.startswith("71")):
            continue
        rows.append((code, name, level_of(depth, name), parent, alias))
    return rows


def main() -> None:
    parser(__doc__).parse_args()
    version, lines = source_lines()
    rows = divisions(lines)
    head = [f"# China's administrative divisions (GB/T 2260 codes) down to county level, from jionlp {version}",
            "# (jionlp/dictionary/china_location.zip), written by scripts/make_gazetteer.py; do not edit.",
            "# code\tname\tlevel\tparent\taliases"]
    body = ["\t".join(r) for r in sorted(rows)]
    with output(str(OUT), only_ours=False) as fh:  # whole or not at all: the build reads it
        fh.write("\n".join(head + body) + "\n")
    print(f"{OUT}: {len(rows)} divisions from jionlp {version}", file=sys.stderr)
    changes = renames(rows)
    head = ["# Renamed and moved divisions (the name a report of an earlier year writes → today's division), from jionlp",
            f"# {version} (jionlp/dictionary/china_location_change.txt), written by scripts/make_gazetteer.py; do not edit.",
            "# date\told name\told parent\tcode\tnew name"]
    with output(str(RENAMES), only_ours=False) as fh:
        fh.write("\n".join(head + ["\t".join(r) for r in changes]) + "\n")
    print(f"{RENAMES}: {len(changes)} renamed or moved divisions", file=sys.stderr)


if __name__ == "__main__":
    run(main)
