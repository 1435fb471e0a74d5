"""Reports of other levels and years made from dev reports (levels19): each variant replaces the words that say the
report's level, place or year, and this prints what the reader and extractor make of it (metadata, code, the
periods of its figures, the figures of the inserted sentences). ``--write DIR`` writes the variants as text files
for ``policykg build DIR --out OUT``.

    PYTHONPATH=. python scripts/levels19_variants.py [NAME ...] [--write DIR]
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_cli, beside this script

from script_cli import folder_name, parser, run  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"
AIMS = "时期全区经济社会发展的主要目标是："
QUOTED = ("全国国内生产总值增长6.9%，全省地区生产总值增长7.2%，全市地区生产总值增长4.5%，全县地区生产总值增长5%。"
          "全市一般公共预算收入增长8%。")
FIVE_YEARS = "今后五年全市经济社会发展的主要目标是：地区生产总值年均增长6%左右，一般公共预算收入年均增长5%。"


def hailaer(year: int) -> str:
    return (DATA / "corpus" / "hailaer" / f"hailaer-{year}.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")


def jinghai() -> str:
    return (DATA / "reports" / "jinghai-2021.txt").read_text(encoding="utf-8")


def shift_years(text: str, delta: int, plans: list[tuple[str, str]]) -> str:
    """Every 20xx年 moved by ``delta`` years, the plan names replaced."""
    for old, new in plans:
        text = text.replace(old, new)
    return re.sub(r"(?<!\d)(20[0-3]\d)(?=年)", lambda m: str(int(m[1]) + delta), text)


def as_city(text: str, city: str = "廊坊市", province: str = "河北省") -> str:
    """jinghai-2021 as a prefecture-level city's report: place, speaker's title and own scope words."""
    text = text.replace("天津市静海区", province + city).replace("静海区", city).replace("区长", "市长")
    return text.replace("全区", "全市").replace("我区", "我市")


def with_aims(text: str) -> str:
    """A five-year plan's numeric aims after its main-targets line (jinghai-2021 states them in words only)."""
    assert AIMS in text
    return text.replace(AIMS, AIMS + "地区生产总值年均增长7%，到2025年一般公共预算收入达到50亿元；"
                                      "到2035年人均地区生产总值达到15万元。", 1)


def county_quoting() -> str:
    """hailaer-2018 as 沛县's report whose review quotes the nation's, province's and city's figures before its own."""
    text = hailaer(2018).replace("在海拉尔区第十五届", "在沛县第十五届").replace("海拉尔区人民政府区长", "沛县人民政府县长")
    return text.replace("全区", "全县").replace("发展的质量持续向好。", "发展的质量持续向好。" + QUOTED, 1)


def unit_report(place: str, scope: str, role: str) -> str:
    """hailaer-2014 as the report of ``place``: meeting and speaker lines name it, its 全区 becomes ``scope``."""
    return (hailaer(2014).replace("海拉尔区第十四届", place + "第十四届", 1)
            .replace("海拉尔区人民政府区长", place + "人民政府" + role, 1).replace("全区", scope))


VARIANTS = {
    "city2011": lambda: as_city(shift_years(with_aims(jinghai()), -10, [("十三五", "十一五"), ("十四五", "十二五")])),
    "city2001": lambda: as_city(shift_years(with_aims(jinghai()), -20, [("十三五", "九五"), ("十四五", "十五")])),
    "city2021": lambda: as_city(with_aims(jinghai())),
    "county-quotes": county_quoting,
    "city-5yr": lambda: as_city(jinghai(), "保定市").replace("“十四五”时期全市经济社会发展的主要目标是：", FIVE_YEARS),
    "month2019": lambda: hailaer(2018).replace("2018年3月7日在海拉尔区", "2019年1月在海拉尔区")
                                      .replace("2018年", "2019年").replace("2017年", "2018年"),
    **{place: (lambda p=place, s=scope, r=role: unit_report(p, s, r))
       for place, scope, role in [("陈巴尔虎旗", "全旗", "旗长"), ("互助土族自治县", "全县", "县长"), ("六枝特区", "全区", "区长"),
                                  ("神农架林区", "全区", "区长"), ("呼伦贝尔盟海拉尔市", "全市", "市长")]},
}


def show(name: str, text: str) -> None:
    from policykg.divisions import resolve_jurisdiction
    from policykg.extract import extract
    from policykg.read import for_matching, read_bytes
    from policykg.structure import parse

    doc = for_matching(read_bytes(text.encode("utf-8"), name + ".txt"))
    md = doc.metadata
    found = resolve_jurisdiction(md.place, md.place_parents) if md.place else None
    print(f"## {name}: date={md.date} year={md.year} place={md.place} parents={md.place_parents} "
          f"level={md.place_level} speaker={md.speaker_role} code={found and (found.code, found.name, found.level)}")
    facts = extract(doc, parse(doc))
    periods = Counter((q.kind, q.start_year, q.end_year) for q in facts.quantities)
    print("   periods:", sorted(periods.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0, kv[0][2] or 0)))
    print("   names opening with a scope word:", sorted({q.indicator for q in facts.quantities if q.indicator[:1] == "全"}))
    for inserted in (QUOTED, FIVE_YEARS, AIMS + "地区生产总值"):
        start = doc.text.find(inserted)
        for q in facts.quantities if start >= 0 else ():
            if start <= q.span.start < start + len(inserted) + 60:
                print("   ", q.kind, q.indicator, q.value, q.unit, q.start_year, q.end_year)


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("names", nargs="*", help=f"variants to show (default: all): {', '.join(VARIANTS)}")
    ap.add_argument("--write", metavar="DIR", type=folder_name, help="write the variants as DIR/<name>.txt instead")
    args = ap.parse_args()
    unknown = [n for n in args.names if n not in VARIANTS]
    if unknown:   # a KeyError traceback, after the variants before it were written
        ap.error(f"no variant {unknown[0]!r} (the variants: {', '.join(VARIANTS)})")
    if args.write is not None:
        write_all_new(args.write, {name: VARIANTS[name]() for name in args.names or VARIANTS})
        return 0
    for name in args.names or VARIANTS:
        show(name, VARIANTS[name]())
    return 0


def write_all_new(folder: str, texts: dict[str, str]) -> None:
    """Each text written to ``folder/<name>.txt``, a file made here, or none: every name is checked before the
    first is written (one already there ended the run after the variants before it were written); a failure or
    an interrupt while they are written removes those written and the folders made for them (hostile32)."""
    from policykg.corpus.made_folders import make_parents, remove_made
    from policykg.errors import UsageError
    from policykg.out_paths import no_file_above
    paths = {Path(folder) / f"{name}.txt": text for name, text in texts.items()}
    for path in paths:
        no_file_above(str(path), "--write")   # a link to nowhere made mkdir say 'File exists'
        if os.path.lexists(path):
            raise UsageError(f"{path}: exists; not replacing it (give --write a new folder)")
    made, written = make_parents(Path(folder)), []
    try:
        for path, text in paths.items():
            write_new(path, text, written)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        remove_made(made)
        raise


def write_new(path: Path, text: str, written: list[Path]) -> None:
    """Write a variant to a file made here (appended to ``written`` once made): a file already there (a report of
    the user's, in a folder of reports) is never replaced, nor a link followed (write_text replaced either)."""
    from policykg.errors import UsageError
    try:
        with path.open("x", encoding="utf-8") as fh:
            written.append(path)
            fh.write(text)
    except FileExistsError:
        raise UsageError(f"{path}: exists; not replacing it (give --write a new folder)") from None

if __name__ == "__main__":
    run(main)
