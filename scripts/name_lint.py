"""Flag garbled indicator names in `policykg table targets|outcomes --format csv` files (issue #13).

    python scripts/name_lint.py targets.csv [outcomes.csv ...] [--show KIND] [--reports a,b]
    python scripts/name_lint.py --dev [--from names.tsv] [--csv flagged.csv] [--show KIND]

With --dev, every target and outcome of the dev reports is built (as lint_indicator_names.py does, or read
from its --dump) and checked for the shapes of data/lexicons/name_lint.yaml instead: comparator (不低于,
左右 … left in the name), lead (a preposition, conjunction or adverb opens it: 在, 对, 并, 全年 …), date,
numbering, digit (a digit left over, not of a term such as 5G), bracket (unbalanced), end (a function
character closes it: 的, 和, 、 …), cut (its first or last character splits a two-character word of its
sentence, by the tagger). --csv writes the flagged rows (report, kind, kinds, name, gold, quote, sentence).

Kinds: a verb, modal or adverb token by the project's tagger; a date or deadline; numbering; a
separator; a measure word written twice; fewer than 2 characters before the measure word; an amount
of goods, water or power (吨, 立方米, 千瓦时) whose name holds no measure (unmeasured: 生产X, X交易);
garbled: a manner, prepositional or comparing phrase or a passive as the name; half: the name ends inside
a word of its quote (by the tagger); verbal: the name ends in a verb of what was done or a verb and its
complement (a status, not a measure); untreated: a count or size whose quote holds a verb that treats the
things (改造, 整治, 拆除 …) that the name lost, unless they were built new too (新建改造). Prints
counts per kind and per report (and, with --show, the flagged names of one kind). Run it on dev
builds only: the test reports' names are for blind hand checks.
"""
import csv
import re

from policykg.extract.qlexicon import lexicon, qwords, split_unit, unit_classes
from policykg.extract.tagger import pos
from script_cli import in_file, kind_shown, out_file, output, parser, print_kind_counts, read_table, run

# tags of a clause inside a name; jieba tags many nouns of names as verbs (收入, 改造), so a verb
# token counts only when it is a clause word: a modal, or a governing word the name grammar peels
_CLAUSE_TAGS = {"v", "vd", "d", "ad"}
_MODALS = {"要", "将", "应", "能", "会", "需", "须", "并", "进行", "做好", "抓好", "全力", "确保", "力争"}
_DATE = re.compile(r"\d+月|[年月]底前?|[年月]末前|\d{4}年|[以之]前$|前(?:完成|建成)")
_SEPARATOR = re.compile("[、，,；;：]")


# a manner or prepositional head, a comparison or a passive: no measure a reader would name
_GARBLED = re.compile(r"^(?:按|依照|用于|向|把|严格|按期|如期)|(?<!植)被|(?:高于|低于|快于|慢于|优于|高出)(?![ⅠⅡⅢⅣ])")
# measures the name grammar appends to a counted object (not in the quote)
_APPENDED = ("数量", "人数", "户数", "个数", "面积", "里程", "规模", "投资", "产量", "排放量")
# verbs of status or result ending a name (建成投运, 化解在基层): tags v, or v + a locative complement
_VERB_TAGS = {"v", "vd", "vi"}
# verbs that head names as nouns (财政收入, 研发投入, 二氧化碳排放)
_NOMINAL = ("收入", "支出", "投入", "排放", "改造", "支付", "退税", "消费", "出口", "进口", "产出", "处置")


def _measures() -> list[str]:
    words = set(qwords("phrases", "suffix_done")) - {"数", "量", "率", "收入", "投资"}
    return sorted(words, key=len, reverse=True)


# the measures an amount of goods, water or power is named by
_AMOUNT_HEADS = ("量", "率", "值", "额", "能力", "规模", "产能", "强度", "单产", "总产", "装机", "标准")


_CHANGE = tuple(w for ws in lexicon("indicators")["change_words"].values() for w in ws) + ("较",)


def _half(name: str, quote: str) -> bool:
    """The name (without an appended measure) ends inside a word of the quote, as the tagger cuts it."""
    bare = next((name[:-len(a)] for a in _APPENDED if name.endswith(a) and name[:-len(a)] in quote), name)
    at = quote.find(bare) if len(bare) >= 2 else -1
    if at < 0:
        return False
    end, pos_ = at + len(bare), 0
    for w, _ in pos(quote):
        if pos_ < end < pos_ + len(w) and len(w) == 2:
            return not quote[end:].startswith(_CHANGE)
        pos_ += len(w)
    return False


def _verbal(name: str) -> bool:
    """The name ends in a verb (a status or act), not a noun or a measure."""
    toks = pos(name)
    if not toks or name.endswith(tuple(_measures()) + _APPENDED + _NOMINAL):
        return False
    w, flag = toks[-1]
    return flag in _VERB_TAGS and len(w) >= 2 or (len(toks) > 1 and flag == "f" and toks[-2][1] in ("p", "v"))


def _untreated(name: str, quote: str) -> bool:
    """A count or size whose quote treats the things (改造X, X整治) and whose name lost the treatment."""
    if not name.endswith(("数量", "户数", "个数", "面积", "里程")) or re.search(qwords("phrases", "measured_act_not"), quote):
        return False
    return any(a not in name for a in re.findall(qwords("phrases", "measured_acts"), quote))


KINDS = ("unmeasured", "verb", "date", "numbering", "garbled", "half", "verbal", "untreated", "separator", "doubled",
         "short")   # of kinds(), in its order
HYGIENE_KINDS = ("comparator", "lead", "date", "numbering", "digit", "bracket", "end", "cut")   # of hygiene()


def kinds(name: str, unit: str = "", quote: str = "") -> list[str]:
    """The lint kinds one indicator name with its unit falls under (empty: it looks well-formed)."""
    out = []
    if unit_classes().get(split_unit(unit)[1], "") in ("weight", "volume", "energy") \
            and not name.endswith(_AMOUNT_HEADS):
        out.append("unmeasured")
    clause = _MODALS | set(lexicon("indicators")["lead_words"]) | set(lexicon("indicators")["generic_verbs"])
    bare = name
    for word in lexicon("indicators")["not_lead"]:
        bare = bare.replace(word, "")   # a word opening with a governing word but naming the thing
    if any(flag in _CLAUSE_TAGS and (w in clause or (flag in ("d", "ad") and len(w) == 1))
           for w, flag in pos(bare)):
        out.append("verb")
    if _DATE.search(name):
        out.append("date")
    if any(re.search(rx, name) for rx in lexicon("indicators").get("numbering", [])):
        out.append("numbering")
    if _GARBLED.search(name):
        out.append("garbled")
    if quote and _half(name, quote):
        out.append("half")
    if _verbal(name):
        out.append("verbal")
    if quote and _untreated(name, quote):
        out.append("untreated")
    if _SEPARATOR.search(name):
        out.append("separator")
    measures = _measures()
    found = [m for m in measures if m in name and not any(m in o and m != o for o in measures if o in name)]
    if "占" not in name and any(name.count(m) > 1 for m in found):   # X增加值占Y增加值 names both
        out.append("doubled")
    head = next((m for m in measures if name.endswith(m)), "")
    if len(name) - len(head) < 2:
        out.append("short")
    return out


_HYGIENE = lexicon("name_lint")
_ANY = lambda key: re.compile("|".join(_HYGIENE[key]))   # noqa: E731 (one alternation per list)
_COMPARATOR, _COMPARATOR_KEEP = _ANY("comparator"), _ANY("comparator_keep")
_LEAD = re.compile("(?:" + "|".join(sorted(_HYGIENE["lead"], key=len, reverse=True)) + ")")
_LEAD_KEEP = _ANY("lead_keep")
_DATES, _DATE_KEEP, _NUMBERING = _ANY("date"), _ANY("date_keep"), _ANY("numbering")
_DIGIT, _DIGIT_KEEP = re.compile(_HYGIENE["digit"]), _ANY("digit_keep")
_END = tuple(_HYGIENE["function_end"])
_CUT_NOT = _ANY("cut_not_words")


def _edges_cut(name: str, sentence: str) -> bool:
    """The name's first or last character splits a two-character word of its sentence (by the tagger): the
    longest head and tail of the name (≥ 2 characters; an appended measure is not in the sentence) found there; not a
    word of ``cut_not_words`` (个国 of 74个国控断面, 比达 of 占比达)."""
    def spans(part_of):
        for n in range(len(name), 1, -1):
            piece = part_of(n)
            if (at := sentence.find(piece)) >= 0:
                return at, at + len(piece)
        return None
    head, tail = spans(lambda n: name[:n]), spans(lambda n: name[-n:])
    edges = ({head[0]} if head else set()) | ({tail[1]} if tail else set())
    p = 0
    for w, _ in pos(sentence):
        if len(w) == 2 and p + 1 in edges and not _CUT_NOT.match(sentence[max(p - 1, 0):p + 2]):
            return True
        p += len(w)
    return False


def _unbalanced(name: str) -> bool:
    return any(name.count(a) != name.count(b) for a, b in _HYGIENE["brackets"])


def hygiene(name: str, sentence: str = "") -> list[str]:
    """The shapes of data/lexicons/name_lint.yaml that one indicator name holds (empty: none)."""
    checks = {
        "comparator": _COMPARATOR.sub("", _COMPARATOR_KEEP.sub("#", name)) != _COMPARATOR_KEEP.sub("#", name),
        "lead": bool(_LEAD.match(name)) and not _LEAD_KEEP.match(name),
        "date": bool(_DATES.search(_DATE_KEEP.sub("#", name))),
        "numbering": bool(_NUMBERING.search(name)),
        "digit": bool(_DIGIT.search(_DIGIT_KEEP.sub("#", name))),
        "bracket": _unbalanced(name),
        "end": name.endswith(_END),
        "cut": bool(sentence) and _edges_cut(name, sentence),
    }
    return [k for k in HYGIENE_KINDS if checks[k]]


_CSV_COLUMNS = ("report", "kind", "kinds", "name", "gold", "quote", "sentence")


def dev_main(args) -> int:
    """--dev: the hygiene shapes of every dev target and outcome, counted per shape and report."""
    from lint_indicator_names import _COLUMNS, dev_rows
    rows = read_table(args.source, _COLUMNS, delimiter="\t") if args.source else dev_rows()
    flags, flagged = [], []
    for r in rows:
        ks = hygiene(r["name"], r["sentence"])
        flags.append((r["report"], ks))
        if ks:
            flagged.append({**r, "kinds": ",".join(ks)})
        if args.show and (args.show in ks or args.show == "all" and ks):
            print(f"{r['report']}\t{','.join(ks)}\t{r['name']}\t{r['gold']}\t{r['quote']}")
    if args.csv:
        with output(args.csv) as f:   # whole or not at all, and never over a file policykg did not write
            w = csv.DictWriter(f, _CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(flagged)
    print_kind_counts(flags)
    return 0


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("tables", nargs="*")
    ap.add_argument("--show")
    ap.add_argument("--reports", default="")
    ap.add_argument("--dev", action="store_true", help="build the dev reports and check the hygiene shapes")
    ap.add_argument("--from", dest="source", type=in_file, help="with --dev: a lint_indicator_names.py --dump")
    ap.add_argument("--csv", type=out_file, help="with --dev: write the flagged rows here")
    args = ap.parse_args()
    from policykg.errors import UsageError
    if args.dev and (args.tables or args.reports):   # each was dropped without a word (review27)
        raise UsageError("--dev builds the dev reports: it takes no table files nor --reports")
    kind_shown(ap, args.show, (*HYGIENE_KINDS, "all") if args.dev else KINDS)
    if not args.dev and (args.csv or args.source):
        raise UsageError("--csv and --from go with --dev (a table's flagged names are printed with --show)")
    if args.dev:
        return dev_main(args)
    if not args.tables:
        ap.error("give table CSV files, or --dev")
    keep = set(filter(None, args.reports.split(",")))
    rows = [r for path in args.tables for r in read_table(path, ("report", "indicator", "quote"), unguard=True)]
    if unknown := sorted(keep - {r["report"] for r in rows}):   # 'names 0', as if every name were clean
        ap.error(f"--reports: no report {', '.join(unknown)} in {', '.join(args.tables)}")
    flags = []
    for r in rows:
        if keep and r["report"] not in keep:
            continue
        ks = kinds(r["indicator"], r.get("unit", ""), r.get("quote", ""))
        flags.append((r["report"], ks))
        if args.show and args.show in ks:
            print(f"{r['report']}\t{r['indicator']}\t{r['quote']}")
    print_kind_counts(flags)
    return 0


if __name__ == "__main__":
    run(main)
