"""How the blind dev annotators name a figure whose quote writes an act or flow word before the counted
thing (新增科技贷款N亿元, 开工重点项目N个, 引进省级首店N家): the act kept before the thing, moved after
it, or dropped — per word, per annotator and per kind of measure (issue #13, names27).

Only the gold files whose first line says "Blind annotation by annqN" are read; the act is the first word
of ``ACTS`` in the quote that stands before the number with at least two characters of thing after it.
Usage: .venv/bin/python scripts/indicator_acts.py [--out FILE]
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from script_cli import run, write_report

from policykg.yaml_keys import read_unique

DEV = Path(__file__).resolve().parent.parent / "tests" / "annotations" / "dev"
# longest first, so 新培育 is read before 培育
ACTS = sorted("新增 净增 新建 新培育 新获批 新认定 新引进 新开工 新组建 新设立 新开通 新创建 新招引 新落地 新上 "
              "培育 引进 开工 建设 建成 落地 选派 认定 创建 打造 招引 组建 开通 招聘 培训 吸引 获批 签约 推介 "
              "实施 举办 招募 招收 带动 转移 新开".split(), key=len, reverse=True)
NUMBER = re.compile(r"[\d.]+(?:[万亿千百]|$)|[\d.]+")
AREA_UNITS = ("亩", "公顷", "平方", "公里", "千米", "米")


def blind_files() -> list[tuple[str, Path]]:
    """(annotator, file) of every blind quantity gold file of dev."""
    out = []
    for f in sorted(DEV.glob("*-quantities.yaml")):
        m = re.match(r"# Blind annotation by (annq\d)", f.read_text(encoding="utf-8").split("\n", 1)[0])
        if m:
            out.append((m.group(1), f))
    return out


def act_before_thing(quote: str) -> tuple[str, str] | None:
    """(act, thing) when an act word of ACTS stands before the quote's number with a thing after it; a
    second act joined to it (培育认定, 引进和培育) is no thing."""
    num = NUMBER.search(quote)
    head = quote[:num.start()] if num else quote
    for act in ACTS:
        i = head.find(act)
        if i >= 0 and len(head) - (i + len(act)) >= 2:
            thing = re.sub(rf"^(?:[和、]?(?:{'|'.join(ACTS)}))+", "", head[i + len(act):])
            return (act, thing) if len(thing) >= 2 else None
    return None


def placement(act: str, thing: str, indicator: str) -> str:
    """kept (the act before the thing in the name), after (the thing then the act) or dropped."""
    core = act[1:] if act.startswith("新") and len(act) > 2 else act
    word = act if act in indicator else core if core in indicator else None
    if word is None:
        return "dropped"
    anchor = next((indicator.find(thing[k:k + 2]) for k in range(len(thing) - 1)
                   if thing[k:k + 2] not in (act, core) and indicator.find(thing[k:k + 2]) >= 0), -1)
    if anchor < 0:
        return "kept"
    return "kept" if indicator.find(word) < anchor else "after"


def measure_kind(unit: str) -> str:
    """count, area/length or amount (money, power and other quantities)."""
    if unit.endswith(AREA_UNITS) or unit in ("km",):
        return "area/length"
    if re.search(r"元|%|瓦|吨|P|千瓦|立方|度|标箱", unit):
        return "amount"
    return "count"


def rows() -> list[dict]:
    """One row per blind entry whose quote writes an act before the counted thing."""
    out = []
    for who, f in blind_files():
        for e in read_unique(f) or []:
            found = act_before_thing(str(e["quote"]))
            if found:
                act, thing = found
                out.append({"who": who, "stem": f.name.removesuffix("-quantities.yaml"), "act": act,
                            "kind": measure_kind(str(e["unit"])), "quote": e["quote"], "indicator": e["indicator"],
                            "how": placement(act, thing, str(e["indicator"]))})
    return out


def table(title: str, key, rs: list[dict]) -> list[str]:
    """A markdown table of kept/after/dropped counted by ``key``."""
    by = defaultdict(Counter)
    for r in rs:
        by[key(r)][r["how"]] += 1
    lines = [f"### {title}", "", "| | kept before | moved after | dropped | total |", "|---|---|---|---|---|"]
    for k in sorted(by, key=lambda k: (-sum(by[k].values()), k)):
        c = by[k]
        lines.append(f"| {k} | {c['kept']} | {c['after']} | {c['dropped']} | {sum(c.values())} |")
    return lines + [""]


def write(out) -> None:
    rs = rows()
    lines = ["# Act and flow words before the counted thing in the blind dev gold (names27)", "",
             "Written by `scripts/indicator_acts.py` from the dev quantity gold files whose first line says",
             "\"Blind annotation by annqN\" (22 files, five annotators). An entry counts when its quote writes",
             "an act or flow word before the number with the counted thing after it (新增科技贷款N亿元).",
             "\"kept\" also counts an act that is part of a measure word (建成率, 签约服务覆盖率) or a fixed name",
             "(城镇新增就业, 劳动力转移就业): these are no case of the question.", "",
             "## Decision (docs/annotation-guideline.md, Quantities)", "",
             "- 新增 is kept before the thing by every reader in every measure (67 counts, 8 amounts, 8 areas and",
             "  lengths, none dropped): 新增科技贷款, 新增专精特新企业数量, 新增供热面积.",
             "- 新+verb in a count (新建, 新培育, 新引进, 新认定, 新开工): kept before by annq3 11 of 14, annq4 3 of 6,",
             "  annq5 9 of 9; the dropped ones are built and treated (新建扩建, 新建改造), which keep the old exception.",
             "- A plain act making the thing counted (培育, 引进, 开工, 建成, 建设, 创建, 认定, 落地, 选派, 培训):",
             "  moved after the thing by annq3 12 of 16, annq4 13 of 17, annq5 4 of 8 (the rest dropped, or compounds",
             "  read as kept); the majority of the readers, and the place the guideline already gives a treating verb:",
             "  省级首店引进数量, 重点项目开工数量, 技术经理人培育人数. 实施 (15 of 15) and 打造 (3 of 4) are dropped;",
             "  建设 of projects is dropped (建设亿元以上项目N个 → 亿元以上项目数量, two readers).",
             "- Areas and lengths of things built (新建/建设): dropped in 33 of 39 entries, most of them built and",
             "  treated (新建改造); of the plain 新建 the readers split (annq3 keeps 3 road lengths, annq1 and annq4",
             "  drop 4): the existing rule stays (新建高标准农田N亩 → 高标准农田面积).", ""]
    lines += table("By measure", lambda r: r["kind"], rs)
    lines += table("By annotator (counts only)", lambda r: r["who"], [r for r in rs if r["kind"] == "count"])
    lines += table("By annotator (amounts only)", lambda r: r["who"], [r for r in rs if r["kind"] == "amount"])
    lines += table("By word (counts)", lambda r: r["act"], [r for r in rs if r["kind"] == "count"])
    lines += table("By word (amounts)", lambda r: r["act"], [r for r in rs if r["kind"] == "amount"])
    lines += table("By word (areas and lengths)", lambda r: r["act"], [r for r in rs if r["kind"] == "area/length"])
    lines += ["### Every entry", "", "| annotator | report | act | measure | how | quote | indicator |",
              "|---|---|---|---|---|---|---|"]
    lines += [f"| {r['who']} | {r['stem']} | {r['act']} | {r['kind']} | {r['how']} | {r['quote']} | {r['indicator']} |"
              for r in rs]
    out.write("\n".join(lines) + "\n")


def main() -> int:
    return write_report(__doc__, "table", write)


if __name__ == "__main__":
    run(main)
