"""Which park lexicon entries generalise: for every entry of ``parks.yaml``, the park list of
``heads.yaml`` and the word lists of ``grammar.yaml`` the park passes read, the dev reports on which removing it changes a
park verdict (a gold park gained or lost, a wrong one added or dropped), for the better or the worse.
An entry that helps one report only is memorised. ``--loro``: a lexicon leave-one-report-out, every
report scored with the entries whose only support is that report disabled.

Each ablation runs in a forked child that re-imports the extraction modules over the edited lexicon
(module constants of ``grammar.py`` are read at import). Dev reports only, each report's own words
left out of the word counts (as ``loro_fast.py``). ``--rules``: the rule passes alone, else the
packaged model (fitted with every entry: kinder than a refit).
``park_standard.yaml`` (zone types and industry words from national catalogues, taught by no report) is never
ablated and never counted as a report's support: only the files of ``_LISTS`` are edited, so a word both lists hold
stands through the standard when a family's own entry is removed (docs/checks/parks-standard-parks29.md).
A report whose text lacks the entry is not re-run (no pattern of it can match there), unless the entry names
a class (own_kinds: a park kind, in ASCII).
``--twins``: only the entries ``park_standard.yaml`` holds too, each removed with its twin there (the standard would
stand in for it and hide its support; the strict grouped measure removes the twin with a family's own entry).
Usage: .venv/bin/python scripts/park_ablation.py [--rules] [--only parks|heads|grammar] [--keys K,K] [--new T.tsv…]
           [--twins] [--shard I/N] > out.tsv
       .venv/bin/python scripts/park_ablation.py [--rules] --loro out.tsv [out2.tsv…]
       .venv/bin/python scripts/park_ablation.py --gold-support > out.tsv   (heads.yaml park, family functions)
"""
from __future__ import annotations

import copy
import os
import pickle
import sys
import tempfile
from pathlib import Path

import yaml

from policykg import resources
from policykg.evaluation import entity_annotation, manifest
from policykg.read import for_matching, read_report
from policykg.structure import parse
from script_cli import parser, read_table, run

# the word lists the park passes read (all of parks.yaml; of grammar.yaml those park_*.py, name_grammar.py,
# surfaces.py and left_boundary use)
_LISTS = {"parks": None, "heads": ("park",), "grammar": ("joiners", "list_governors", "list_words", "role_verbs",
                                                        "title_levels", "town_heads", "numbered_routes",
                                                        "result_complements")}
_KEEP = ("policykg.extract.tagger", "policykg.extract.tagger_cache")


def entries(name: str, raw: dict):
    """(file, path, item) of each removable entry: an item of a list (of a list of a dict)."""
    keys = _LISTS[name] or tuple(raw)
    for key in keys:
        val = raw[key]
        subs = val.items() if isinstance(val, dict) else [(None, val)]
        for sub, items in subs:
            if isinstance(items, list) and key != "whole_names":
                for it in items:
                    yield name, (key, sub), it["suffix"] if isinstance(it, dict) else it


def _without(raw: dict, path, item) -> None:
    key, sub = path
    lst = raw[key][sub] if sub else raw[key]
    lst[:] = [x for x in lst if (x["suffix"] if isinstance(x, dict) else x) != item]


def _docs() -> dict:
    dev = {s: i for s, i in sorted(manifest().items()) if i["split"] == "dev" and i["entities"]}
    out = {}
    for stem, info in dev.items():
        doc = for_matching(read_report(str(info["path"])))
        out[stem] = (doc, parse(doc).sentences, entity_annotation(stem, info).get("parks") or [])
    return out


def _verdicts(docs: dict, only=None) -> dict:
    """stem → (right gold labels, wrong names) of the park decision."""
    from policykg.extract.entities import extract_entities_and_groups
    from policykg.extract.report_words import vocabulary
    from policykg.extract.specificity import leaving_out
    from policykg.scoring import score_entities
    out = {}
    for stem, (doc, sentences, gold) in docs.items():
        if only and stem not in only:
            continue
        with leaving_out(vocabulary(doc.text)):
            ents = extract_entities_and_groups(doc.text, sentences, curation=True)[0]
        c = score_entities(ents, gold, "Park")
        right = {g["label"] for g in gold if not g.get("optional")} - set(c.fns)
        out[stem] = (frozenset(right), tuple(sorted(c.fps)))
    return out


def run_with(removed: list, docs: dict, only=None) -> dict:
    """The verdicts with ``removed`` [(file, path, item)] taken out of the lexicons, in a child."""
    return forked(removed, lambda: _verdicts(docs, only))


def forked(removed: list, work):
    """WORK() run in a forked child over the lexicons without ``removed`` [(file, path, item)], the extraction
    modules re-imported over them; its pickled result."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:        # whatever happens, the child ends here: it never returns into its caller's loop
            os.close(r)
            with tempfile.TemporaryDirectory() as tmp:
                lexicons_without(removed, tmp)
                result = work()
            with os.fdopen(w, "wb") as fh:
                pickle.dump(result, fh)
            code = 0
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            os._exit(code)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        blob = fh.read()
    _, status = os.waitpid(pid, 0)
    if status or not blob:
        raise RuntimeError(f"the ablation child without {removed[:3]} failed (wait status {status}); its "
                           f"traceback is above")
    return pickle.loads(blob)


def lexicons_without(removed: list, tmp: str) -> None:
    """(In a child) the lexicons edited into TMP, read from there, and the extraction modules dropped so that
    they are imported again over them (module constants of ``grammar.py`` are read at import)."""
    for name in {f for f, _, _ in removed}:
        raw = copy.deepcopy(RAW[name])
        for f, path, item in removed:
            if f == name:
                _without(raw, path, item)
        Path(tmp, f"{name}.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    original = resources.lexicon
    resources.lexicon = lambda n: Path(tmp, f"{n}.yaml") if Path(tmp, f"{n}.yaml").is_file() else original(n)
    resources.lexicon_data.cache_clear()
    for m in [m for m in sys.modules if m.startswith("policykg.extract") and m not in _KEEP]:
        del sys.modules[m]


def delta(base: tuple, new: tuple) -> int:
    """Right gained minus wrong added (one report)."""
    return len(new[0]) - len(base[0]) - (len(new[1]) - len(base[1]))


def raw_lexicon(name: str):
    """A lexicon parsed afresh (the copy is edited) by the package's loader, which refuses a key given twice."""
    path = resources.lexicon(name)
    return resources.load_yaml(path.read_text(encoding="utf-8"), str(path))


RAW = {n: raw_lexicon(n) for n in _LISTS}


def _options():
    ap = parser(__doc__)
    ap.add_argument("--rules", action="store_true", help="the rule passes alone, not the packaged model")
    ap.add_argument("--only", choices=_LISTS, help="ablate the entries of one lexicon only")
    ap.add_argument("--shard", default="0/1", help="I/N: every N-th entry from the I-th (parallel runs)")
    ap.add_argument("--keys", help="KEY,KEY…: ablate the entries of these lists only (a lexicon's new lists)")
    ap.add_argument("--new", nargs="+", metavar="TABLE", help="ablate only the entries these tables have no row for")
    ap.add_argument("--twins", action="store_true", help="only entries the standard holds too, removed with their twin")
    ap.add_argument("--loro", nargs="+", metavar="TABLE", help="lexicon leave-one-report-out from ablation tables")
    ap.add_argument("--gold-support", action="store_true", help="rows for the candidate heads from the gold alone")
    args = ap.parse_args()
    try:
        shard, of = map(int, args.shard.split("/"))
        assert 0 <= shard < of
    except (ValueError, AssertionError):
        ap.error(f"--shard {args.shard!r}: give I/N with 0 <= I < N")
    return args, shard, of


def main() -> int:
    args, shard, of = _options()
    known = {e[1][0] for name in _LISTS for e in entries(name, RAW[name])}
    if args.keys and (unknown := sorted(set(args.keys.split(",")) - known)):
        print(f"park_ablation.py: --keys {','.join(unknown)}: no such list (known: {', '.join(sorted(known))})",
              file=sys.stderr)
        return 2
    # the tables before any work: one that is no table was found after the baseline run (a minute or more)
    loro_support = read_support(args.loro) if args.loro else None
    tabled = read_support(args.new) if args.new else {}
    if args.rules:
        os.environ["POLICYKG_ENTITY_MODEL"] = "rules"
    docs = _docs()
    if args.gold_support:
        return gold_support(docs)
    base = run_with([], docs)
    if loro_support is not None:
        return lexicon_loro(docs, base, loro_support)
    only = args.only
    print("file\tkey\tentry\tbetter\tworse\tbetter_reports\tworse_reports", flush=True)
    todo = [e for name in _LISTS if not only or name == only for e in entries(name, RAW[name])
            if (not args.keys or e[1][0] in args.keys.split(",")) and e not in tabled]
    if args.twins:
        import loro_strict
        todo = [e for e in todo if loro_strict.standard_twins([e])]
    for f, path, item in todo[shard::of]:
        where = {s for s, (doc, _, _) in docs.items() if item in doc.text or item.isascii()}   # a kind's name
        twins = loro_strict.standard_twins([(f, path, item)]) if args.twins else []
        for name in {t[0] for t in twins}:     # run as __main__, this RAW is not the one loro_strict filled
            RAW.setdefault(name, raw_lexicon(name))
        new = run_with([(f, path, item)] + twins, docs, where) if where else {}
        d = {s: delta(new[s], base[s]) for s in new if new[s] != base[s]}   # >0: the entry helps
        better, worse = sorted(s for s, v in d.items() if v > 0), sorted(s for s, v in d.items() if v < 0)
        key = "/".join(k for k in path if k)
        print(f"{f}\t{key}\t{item}\t{len(better)}\t{len(worse)}\t{','.join(better)}\t{','.join(worse)}", flush=True)
    return 0


def gold_support(docs: dict, only=("park", "head_families")) -> int:
    """Rows of the table format for the candidate heads (``heads.yaml`` park, the family functions) from the
    gold alone: the dev reports with a required gold park the entry ends (where no park suffix does) — the
    reports removing it could cost a right park. A proxy of the ablation, for lists too slow to ablate."""
    from policykg.extract.grammar import lexicon
    suffixes = tuple(s["suffix"] for s in lexicon().park_suffixes)
    heads = RAW["parks"]["head_families"]["heads"]
    print("file\tkey\tentry\tbetter\tworse\tbetter_reports\tworse_reports")
    for f, path, item in (e for name in ("parks", "heads") for e in entries(name, RAW[name]) if e[1][0] in only):
        ends = [item + h for h in heads] if path[0] == "head_families" and path[1] == "functions" else \
            [item] if path[0] == "park" else []
        if not ends:
            continue
        reach = sorted(s for s, (_, _, gold) in docs.items() if any(
            not g.get("optional") and g["label"].endswith(tuple(ends)) and not g["label"].endswith(suffixes)
            for g in gold))
        print(f"{f}\t{'/'.join(k for k in path if k)}\t{item}\t{len(reach)}\t0\t{','.join(reach)}\t", flush=True)
    return 0


def _prf(res: dict, docs: dict) -> str:
    gold = sum(len([g for g in docs[s][2] if not g.get("optional")]) for s in res)
    tp, fp = sum(len(v[0]) for v in res.values()), sum(len(v[1]) for v in res.values())
    p, r = tp / max(tp + fp, 1), tp / max(gold, 1)
    return f"P={p:.3f} R={r:.3f} F1={2 * p * r / max(p + r, 1e-9):.3f} (right {tp}, wrong {fp}, missed {gold - tp})"


def read_support(tables: list[str]) -> dict:
    """(file, path, item) → the reports removing it made worse (the ablation tables; a later table's row of an
    entry overrides an earlier one's)."""
    support = {}
    for table in tables:   # read_table: another file ended in a traceback, a FIFO blocked it for good
        for row in read_table(table, ("file", "key", "entry", "better_reports"), delimiter="\t"):
            path = (row["key"].split("/") + [None])[:2]
            better = row["better_reports"]
            support[(row["file"], tuple(path), row["entry"])] = better.split(",") if better else []
    return support


# the language's own function words (、 和 等 joining and closing a list): no report teaches them, so a strict
# held-out run never takes them out (projrec50: the shanghai fold lost 、 and 等, names ran on past 等)
_LANGUAGE = {("grammar", ("joiners", None)), ("grammar", ("list_words", None))}


def only_supported_by(support: dict, stems) -> list:
    """The current entries whose whole support lies in STEMS (an entry no report supports is not one), the
    language's function words apart."""
    current = {e for name in _LISTS for e in entries(name, RAW[name]) if e[:2] not in _LANGUAGE}
    return sorted((e for e, s in support.items() if s and set(s) <= set(stems) and e in current), key=str)


def lexicon_loro(docs: dict, base: dict, support: dict) -> int:
    """Each report scored with the entries only it supports disabled (SUPPORT: read_support of the tables)."""
    held = {}
    for stem in base:
        mine = only_supported_by(support, [stem])   # a table's entry since removed: none
        held[stem] = run_with(mine, docs, {stem})[stem] if mine else base[stem]
        lost, added = sorted(base[stem][0] - held[stem][0]), sorted(set(held[stem][1]) - set(base[stem][1]))
        print(f"# {stem}: {len(mine)} entries only it supports; right {len(base[stem][0])}->{len(held[stem][0])}"
              f" wrong {len(base[stem][1])}->{len(held[stem][1])}{'; lost ' + ','.join(lost) if lost else ''}"
              f"{'; wrong added ' + ','.join(added) if added else ''}", flush=True)
    print(f"# all entries       {_prf(base, docs)}\n# lexicon-LORO      {_prf(held, docs)}")
    return 0


if __name__ == "__main__":
    run(main)
