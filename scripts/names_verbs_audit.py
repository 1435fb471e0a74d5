"""The verbs and adverbs left in the dev figures' indicator names, each classed (names102, issue 13 item 2).

    PYTHONPATH=.:scripts python scripts/names_verbs_audit.py [--out rows.tsv] [--counts counts.tsv]

Every verb or adverb token (the project's tagger, ``qlexicon.pos_of``: v, vd, vi, d, ad; a pace adverb tagged t) of
every dev target's and outcome's name, classed: keep-count (the act defines which things are counted: 新增, 接待,
X建成数量), keep-term (part of a fixed term: 可支配收入, 再就业), drop-act / drop-plan / drop-adverb / drop-progress (the
sentence's own act, plan or modal, adverb, progress word). Basis: ``gold`` where a dev gold covers the figure (the
word in the gold's name: keep, else drop), ``read by hand`` for the rows of ``HAND``, else the word's lexicon class
and place (``lexicon/position``: a rule of thumb, not a reading). Dev only.
"""
from __future__ import annotations

import collections
import csv
import re

import name_rule_audit as audit
from script_cli import output, parser, run

CLASSES = ("keep-count", "keep-term", "drop-act", "drop-plan", "drop-adverb", "drop-progress")
PLAN = {"计划", "拟", "预计", "力争", "争取", "确保", "要", "将", "建议", "设定", "目标"}
PROGRESS = {"完成", "实现", "达到", "进展", "顺利", "圆满", "如期", "按期", "已", "取得", "推进", "推动"}
MEASURE = re.compile(r"(?:数量|人数|户数|面积|里程|人次|套数|个数|场次|次数|规模|总量|数|长度|批次|件数|投资|资金|金额|率|比例|比重|占比)$")
# read by hand: words of the sentence left in names no gold covers (and a few the gold words otherwise)
HAND = {
    ("提前", "保交房项目提前3个月"): "drop-adverb",
    ("如期", "购房群众如期拿到合格房屋户数"): "drop-adverb",
    ("顺利", "供水主管网改造等工程进展顺利"): "drop-progress",
    ("完成", "城市污水处理厂完成提标改造比例"): "keep-count",     # defines the share; misplaced (提标改造完成比例)
    ("完成", "村镇银行完成改革任务数量"): "keep-count",          # defines which banks; misplaced
    ("实施", "企业实施改造数量"): "drop-act",
    ("取得", "“4+4科创工程”取得创新成果数量"): "drop-act",
    ("妥善解决", "妥善解决了一大批事关群众切身利益的信访问题"): "drop-act",
    ("提高", "提高城乡居民基础养老金数量"): "drop-act",
    ("对接", "对接上海“五个中心”建设重点平台推出数量"): "drop-act",
    ("打", "大型产业集聚区打造成先进制造业重要承载区数量"): "drop-act",
    ("造成", "大型产业集聚区打造成先进制造业重要承载区数量"): "drop-act",
    ("约", "主要污染物排放强度约为全国平"): "drop-adverb",
    ("恢复", "旗舰物种海南长臂猿种群恢复至7群数量"): "drop-act",
    ("整合", "省级政府投资基金整合为产业数量"): "drop-act",
    ("安排", "专门安排财政资金"): "drop-act",
    ("安排", "每年安排"): "drop-act",
    ("实施", "实施项目数量"): "drop-act",
    ("建成", "建成市级重点项目数量"): "keep-count",   # defines; misplaced (市级重点项目建成数量)
    ("让", "“川渝通办”事项让两地群众“进一个门数量"): "drop-act",
}
# the gold leaves the word out, but it is no word of the sentence: the annotator wrote the term otherwise
GOLD_HAND = {
    ("常住", "城镇常住居民人均可支配收入"): "keep-term",
    ("常住", "农村常住居民人均可支配收入"): "keep-term",
    ("增速", "地区生产总值增速目标设定"): "keep-term",
    ("新增", "新增新能源发电量"): "keep-count",
    ("含", "孤儿（含艾滋病病毒感染儿童）"): "keep-term",
}


def _lexicon_classes() -> dict:
    from policykg.extract.grammar import lexicon_raw
    from policykg.extract.qlexicon import lexicon
    ind = lexicon("indicators")
    return {"pace": set(lexicon_raw()["predicate_adverbs"]), "lead": set(ind["lead_words"]) | set(ind["generic_verbs"]),
            "flow": set(ind["new_words"]) | set(ind["action_verbs"]), "terms": set(ind["not_lead"])}


def guess(word: str, tag: str, at: str, rest: str, nxt: tuple, lex: dict) -> str:
    """The class of WORD by its lexicon class and place (a rule of thumb)."""
    if word in lex["pace"] or (tag in ("d", "ad", "t") and word in PROGRESS | lex["lead"]):
        return "drop-adverb"
    if word in PLAN:
        return "drop-plan"
    if word in PROGRESS | lex["lead"] and nxt[1].startswith("v"):
        return "drop-progress"
    if at == "head" and (word in lex["flow"] or nxt[1][:1] in ("n", "v", "j", "l", "b")) or MEASURE.match(rest) \
            or at == "end":
        return "keep-count"
    return "keep-term"


def classed(word: str, name: str, gold: str, guessed: str, nxt: tuple, lex: dict) -> tuple[str, str]:
    """(class, basis) of WORD in NAME."""
    if word + nxt[0] in lex["terms"]:
        return "keep-term", "lexicon (not_lead)"     # 再就业
    if (word, name) in GOLD_HAND:
        return GOLD_HAND[(word, name)], "gold, read by hand"
    if gold:
        if word in gold:
            return (guessed if guessed.startswith("keep") else "keep-count"), "gold"
        return (guessed if guessed.startswith("drop") else "drop-act"), "gold"
    if (word, name) in HAND:
        return HAND[(word, name)], "read by hand"
    return guessed, "lexicon/position"


def rows_of(stem: str, figs: dict, lex: dict):
    """One row per verb or adverb token of each figure's name."""
    from policykg.extract.qlexicon import pos_of
    for key, (q, g) in sorted(figs.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0], kv[0][5])):
        name, gold, words, pos = q.indicator, g["indicator"] if g else "", pos_of(q.indicator or ""), 0
        for i, (word, tag) in enumerate(words):
            if tag in ("v", "vd", "vi", "d", "ad") or (tag == "t" and word in lex["pace"] | PROGRESS):
                at = "head" if pos == 0 else ("end" if pos + len(word) == len(name) else "inside")
                nxt = words[i + 1] if i + 1 < len(words) else ("", "")
                cls, basis = classed(word, name, gold, guess(word, tag, at, name[pos + len(word):], nxt, lex), nxt, lex)
                yield [audit.family(stem), stem, key[0], key[1], name, gold, word, tag, at, cls, basis]
            pos += len(word)


def main(argv=None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--out", default="docs/checks/names-verbs-names102.tsv")
    ap.add_argument("--counts", default="docs/checks/names-verbs-names102-counts.tsv")
    args = ap.parse_args(argv)
    dev, lex, counts = audit.read_dev(), _lexicon_classes(), collections.Counter()
    with output(args.out, only_ours=False) as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["family", "report", "kind", "start", "name", "gold", "word", "tag", "position", "class", "basis"])
        for stem in dev:
            for row in rows_of(stem, audit.figures(stem, dev), lex):
                w.writerow(row)
                counts[(row[0], row[9], row[10].startswith("gold"))] += 1
    with output(args.counts, only_ours=False) as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["family"] + [f"{c} ({b})" for c in CLASSES for b in ("gold", "read")])
        for fam in sorted({k[0] for k in counts}) + ["ALL"]:
            w.writerow([fam] + [sum(v for (f_, c_, g_), v in counts.items() if fam in ("ALL", f_) and c_ == c and g_ == b)
                                for c in CLASSES for b in (True, False)])
    return 0


if __name__ == "__main__":
    run(main)
