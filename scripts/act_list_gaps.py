"""Which acts kept in the dev gold names are in today's act lists, and which would a grammar-based act
(a verb of the figure's clause that ends or opens the gold name) catch (issue #13, names56, step 1).

For every matched dev gold figure the act is read from the gold name against its clause: a 新/净+verb
opening the name, or the verbs (jieba v/vn in the clause) ending the name before its measure word. Each is
checked against the lists that keep acts today (quantities.yaml name_flows, phrases; indicators.yaml
selection_verbs) and against the system's name. Writes a TSV of every act found and prints the counts.
Usage: PYTHONPATH=. .venv/bin/python scripts/act_list_gaps.py --out FILE
"""
from __future__ import annotations

import re
from collections import Counter

from script_cli import out_file, output, parser, run

from policykg.evaluation import manifest
from policykg.extract import extract
from policykg.extract.qlexicon import lexicon, pos_of, qwords, treating_acts
from policykg.read import for_matching, read_report, restore_offsets
from policykg.scoring import match_quantities
from policykg.structure import parse
from policykg.yaml_keys import read_unique

HEADS = r"(?:面积|里程|长度|数量|户数|人数|个数|人次|场次|期数|套数|批次|增加数|规模|金额)$"
CLAUSE = "，。；;,！？"
VERBS = ("v", "vn")
COUNT_HEADS = r"(?:面积|里程|长度|数量|户数|人数|个数|人次|场次|期数|套数|批次|增加数)$"


def listed_act(act: str) -> bool:
    """The act is a word of a list that keeps acts in names today."""
    nf = lexicon("quantities")["name_flows"]
    pats = [nf["flow_before"], nf["new_acts"], nf["after_acts"], nf["sending_acts"].rstrip("$"), treating_acts(),
            lexicon("quantities")["name_moved"]["acts"], "|".join(nf["closing_acts"]), "|".join(nf["added_counts"]),
            "|".join(lexicon("indicators")["selection_verbs"]), "|".join(qwords("peeling", "kept_acts"))]
    return any(re.fullmatch(p, act) for p in pats)


def clause_of(text: str, start: int, quote: str) -> str:
    """The clause holding the quote: from the last clause mark before it to the first after it."""
    left = max(text.rfind(c, 0, start) for c in CLAUSE) + 1
    ends = [i for i in (text.find(c, start + len(quote)) for c in CLAUSE) if i >= 0]
    return text[left:min(ends) if ends else start + len(quote)]


def gold_act(name: str, clause: str) -> tuple[str, str] | None:
    """(act, where) of a gold name: 'before' for a 新/净+verb opening it, 'after' for clause verbs ending
    its body (the name less its measure word) after a thing of 2+ characters; None when it holds none."""
    body = re.sub(HEADS, "", name)
    for opening in (body[:3], body[:2]):
        verb = pos_of(opening[1:])
        if opening[:1] in "新净" and opening in clause and len(verb) == 1 and verb[0][1] in VERBS:
            return opening, "before"
    if not re.search(COUNT_HEADS, name):
        return None        # an amount's or a rate's name ending in a verb is the thing's (投资, 就业)
    words = [w for w, t in pos_of(clause) if t in VERBS and len(w) >= 2]
    ends = sorted((w for w in set(words) if body.endswith(w) and len(body) - len(w) >= 2), key=len, reverse=True)
    if not ends:
        return None
    act = ends[0]
    for w in words:     # a verb right before it in the name too (开工建设, 维修改造)
        if body.endswith(w + act) and len(body) - len(w + act) >= 2 and w + act in clause:
            act = w + act
    return act, "after"


def rows():
    """One dict per matched dev gold figure whose name holds an act."""
    for stem, info in sorted(manifest().items()):
        if info["split"] != "dev" or not info["quantities"]:
            continue
        written = read_report(str(info["path"]))
        doc = for_matching(written)
        outline = parse(doc)
        _, facts = restore_offsets(written, outline, extract(doc, outline))
        gold = read_unique(info["folder"] / f"{stem}-quantities.yaml") or []
        for kind in info["quantities"]:
            for p, g in match_quantities(facts.quantities, gold, kind)[0]:
                clause = clause_of(written.text, g["start"], g["quote"])
                found = gold_act(g["indicator"], clause)
                if found:
                    act, where = found
                    yield {"stem": stem, "quote": g["quote"], "clause": clause, "gold": g["indicator"],
                           "system": p.indicator, "act": act, "where": where, "listed": listed_act(act),
                           "right": p.indicator == g["indicator"], "act_in_system": act.lstrip("新") in p.indicator}


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--out", required=True, type=out_file, help="TSV file to write")
    args = ap.parse_args()
    rs = list(rows())
    with output(args.out) as f:
        f.write("report\tact\twhere\tlisted\tsystem_right\tact_in_system\tgold\tsystem\tclause\n")
        for r in rs:
            f.write(f"{r['stem']}\t{r['act']}\t{r['where']}\t{r['listed']}\t{r['right']}\t{r['act_in_system']}\t"
                    f"{r['gold']}\t{r['system']}\t{r['clause']}\n")
    c = Counter((r["listed"], r["right"]) for r in rs)
    print(f"gold names with an act: {len(rs)}; listed {sum(r['listed'] for r in rs)}, "
          f"not listed {sum(not r['listed'] for r in rs)}")
    for (listed, right), n in sorted(c.items()):
        print(f"  listed={listed} system_right={right}: {n}")
    miss = [r for r in rs if not r["listed"] and not r["act_in_system"]]
    print(f"not listed and the act missing from the system name: {len(miss)} "
          f"over {len({r['stem'] for r in miss})} reports")
    print("unlisted acts:", dict(Counter(r["act"] for r in rs if not r["listed"]).most_common()))
    return 0


if __name__ == "__main__":
    run(main)
