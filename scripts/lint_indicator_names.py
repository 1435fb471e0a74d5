"""Lint every dev indicator name a reader would reject as junk (issue #13).

    python scripts/lint_indicator_names.py [--dump names.tsv] [--from names.tsv] [--show KIND]

Reads each dev report (or a --from dump of an earlier run), and flags the name of every target and
outcome: lead (starts with a verb, adverb or preposition of the lists in indicators.yaml
lead_words and stray_leads), absent (the name without its appended measure and the words the rules add
is not read in order in its sentence), verbal (a verb or adjective, no act of the guideline, right
before an appended 数量/人数), cut (starts or ends inside a word of its sentence, by the tagger),
listed (holds 、 where the matched gold name has none).
Prints flag counts per kind and per dev report; --dump writes report, kind, name, gold, quote and
sentence rows to compare runs. Dev reports only: the test reports are for blind checks.
"""
from __future__ import annotations

import csv
import re
from concurrent.futures import ProcessPoolExecutor

from policykg.extract.qlexicon import lexicon, qwords
from policykg.extract.tagger import pos
from policykg.yaml_keys import read_unique
from script_cli import in_file, kind_shown, out_file, output, parser, print_kind_counts, read_table, run

# measures the name grammar appends to a counted object (not in the quote)
_APPENDED = ("数量", "人数", "户数", "个数", "面积", "里程", "长度", "规模", "投资", "产量")
_COLUMNS = ("report", "kind", "name", "gold", "quote", "sentence")
_SENTENCE_END = re.compile("[。；;！？\n]")
# acts a name may hold before its measure by the guideline (X建成数量, 城镇新增就业人数; the after-acts of name_flows)
_ACTS = frozenset(lexicon("indicators")["action_verbs"] + lexicon("indicators")["selection_verbs"]
                  + ["就业", "再就业", "参保", "搬迁", "开行", "持证", "上榜", "发射", "淘汰", "推广", "复制推广"]
                  + re.findall("[\u4e00-\u9fff]+", qwords("name_flows", "after_acts")))
# a stray opening word (a qualifier lead such as 重点 before its noun names the thing: not one)
_LEAD = re.compile("|".join(map(re.escape, [w for w in lexicon("indicators")["lead_words"]
                                             + lexicon("indicators")["stray_leads"] if w not in qwords("peeling", "qualifier_leads")])))
_NOT_LEAD = re.compile("|".join(lexicon("indicators")["not_stray"] + lexicon("indicators")["not_lead"]))
# words the naming rules add to a name that are not in its quote (受益 for 惠及, 常住, an act moved)
_ADDED = tuple(_ACTS) + tuple(lexicon("indicators")["new_words"]) + ("受益", "常住", "城镇", "累计", "比重", "占比")


def _report_rows(stem: str) -> list[dict]:
    """One row per extracted target and outcome of a dev report, with the matched gold name."""
    from policykg.evaluation import manifest
    from policykg.extract import extract
    from policykg.read import for_matching, read_report, restore_offsets
    from policykg.scoring import match_quantities
    from policykg.structure import parse
    info = manifest()[stem]
    written = read_report(str(info["path"]))
    doc = for_matching(written)
    outline = parse(doc)
    outline, facts = restore_offsets(written, outline, extract(doc, outline))
    text = written.text if hasattr(written, "text") else doc.text
    gold_q = read_unique(info["folder"] / f"{stem}-quantities.yaml") or []
    gold = {}
    for kind in ("Target", "Outcome"):
        gold.update({id(p): g["indicator"] for p, g in match_quantities(facts.quantities, gold_q, kind)[0]})
    rows = []
    for q in sorted(facts.quantities, key=lambda q: (q.span.start, q.indicator)):
        a = max((m.end() for m in _SENTENCE_END.finditer(text, 0, q.span.start)), default=0)
        b = m.start() if (m := _SENTENCE_END.search(text, q.span.end)) else len(text)
        rows.append({"report": stem, "kind": q.kind, "name": q.indicator, "gold": gold.get(id(q), ""),
                     "quote": text[q.span.start:q.span.end], "sentence": text[a:b]})
    return rows


def dev_rows() -> list[dict]:
    """The rows of all dev reports, in report order."""
    from policykg.evaluation import manifest
    stems = sorted(s for s, i in manifest().items() if i["split"] == "dev" and i["quantities"])
    with ProcessPoolExecutor(max_workers=8) as pool:
        return [r for rows in pool.map(_report_rows, stems) for r in rows]


def _bare(name: str) -> str:
    """The name without the measure the name grammar appended."""
    return next((name[:-len(a)] for a in _APPENDED if name.endswith(a) and len(name) > len(a)), name)


def _in_sentence(name: str, sentence: str) -> bool:
    """The name (bare, 规上/规模以上 alike), less the words the naming rules may add (acts, 新增, 受益,
    常住), is read in the sentence in order, gaps allowed (the rules drop words and move acts)."""
    bare = _bare(name).replace("规模以上", "规上")
    for word in sorted(_ADDED, key=len, reverse=True):
        bare = bare.replace(word, "")
    flat, at = sentence.replace("规模以上", "规上"), 0
    for ch in bare:
        at = flat.find(ch, at) + 1
        if not at:
            return False
    return True


def _cut(name: str, sentence: str) -> bool:
    """The bare name starts or ends inside a word of its sentence, as the tagger cuts it (路 of 差等路)."""
    bare = name if name in sentence else _bare(name)
    at = sentence.find(bare)
    if at < 0:
        return False
    edges, p = {at, at + len(bare)}, 0
    for w, _ in pos(sentence):
        if any(p < e < p + len(w) for e in edges):
            return True
        p += len(w)
    return False


KINDS = ("lead", "absent", "verbal", "cut", "listed")   # of kinds(), in its order


def kinds(row: dict) -> list[str]:
    """The lint kinds of one row's name (empty: a reader would take it)."""
    name, out = row["name"], []
    if _LEAD.match(name) and not _NOT_LEAD.match(name):
        out.append("lead")
    if not _in_sentence(name, row["sentence"]):
        out.append("absent")
    bare = _bare(name)
    if bare != name and name.endswith(("数量", "人数")):
        toks = pos(bare)
        # an act of several verbs the tagger cuts (维修|养护) is an act as a whole
        if toks and toks[-1][1] in ("v", "vd", "a", "ad") and not bare.endswith(tuple(_ACTS)):
            out.append("verbal")
    if _cut(name, row["sentence"]):
        out.append("cut")
    if "、" in name and row["gold"] and "、" not in row["gold"]:
        out.append("listed")
    return out


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--dump", type=out_file, help="write the rows here (TSV), to compare runs")
    ap.add_argument("--from", dest="source", type=in_file, help="read the rows of an earlier --dump")
    ap.add_argument("--show")
    args = ap.parse_args()
    kind_shown(ap, args.show, (*KINDS, "all"))
    rows = read_table(args.source, _COLUMNS, delimiter="\t") if args.source else dev_rows()
    if args.dump:
        with output(args.dump) as f:   # whole or not at all, and never over a file policykg did not write
            w = csv.DictWriter(f, _COLUMNS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    flags = []
    for r in rows:
        ks = kinds(r)
        flags.append((r["report"], ks))
        if args.show and (args.show in ks or args.show == "all" and ks):
            print(f"{r['report']}\t{','.join(ks)}\t{r['name']}\t{r['gold']}\t{r['quote']}")
    print_kind_counts(flags)
    return 0


if __name__ == "__main__":
    run(main)
