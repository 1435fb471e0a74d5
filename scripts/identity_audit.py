"""Audit node identity in a build: parks, places and indicators that may be one thing minted twice.

    python scripts/identity_audit.py OUT [--hide-test]

Reads OUT/graph.trig (pyoxigraph) and OUT/summary.csv, prints the node counts and the candidate pairs
of each kind: parks of one jurisdiction (and its province) whose names, loosened (short forms written
out, brackets, 国家级/省级, a trailing 园区/区, a place in front), meet; places with one stem (县/旗/区 …
dropped); indicators of one jurisdiction equal once width, spaces, brackets, 规上-style short forms and a
trailing 数量/面积/里程 are set aside. With --hide-test a pair that touches a test report
(tests/annotations/manifest.yaml) is counted but not printed (the test reports' output is not read).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml
from pyoxigraph import RdfFormat, Store

PKG = "https://w3id.org/policykg/ontology#"
ID = "https://w3id.org/policykg/id/"
Q = f"""PREFIX pkg: <{PKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?n ?l ?r ?q WHERE {{ ?n a pkg:%s . {{ ?n rdfs:label ?l FILTER(lang(?l) = "zh") }}
  UNION {{ ?n skos:altLabel ?l }} OPTIONAL {{ ?n pkg:evidence ?e . ?e pkg:inReport ?r ; pkg:quote ?q }} }}"""
ZH = f"""PREFIX pkg: <{PKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?n ?l WHERE {{ ?n a pkg:%s ; rdfs:label ?l FILTER(lang(?l) = "zh") }}"""
PARK_SHORT = {"经开区": "经济技术开发区", "高新区": "高新技术产业开发区", "综保区": "综合保税区",
              "自贸区": "自由贸易试验区", "自贸试验区": "自由贸易试验区", "园区": "园"}
IND_SHORT = {"规上": "规模以上", "限上": "限额以上", "％": "%"}
IND_TAILS = ("数量", "面积", "里程", "总量", "规模")
PLACE_UNITS = ("自治县", "自治旗", "县", "旗", "区", "市", "镇", "乡", "街道")


def nodes(store: Store, cls: str) -> dict[str, dict]:
    """node IRI → {labels, reports, quotes}."""
    out: dict[str, dict] = defaultdict(lambda: {"labels": set(), "reports": set(), "quotes": set()})
    for row in store.query(Q % cls, use_default_graph_as_union=True):
        d = out[row["n"].value]
        d["labels"].add(row["l"].value)
        if row["r"] is not None:
            d["reports"].add(row["r"].value.rsplit("/", 1)[-1])
            d["quotes"].add(row["q"].value)
    return dict(out)


def test_slugs(out: Path) -> set[str]:
    """The report slugs of the build whose files are test reports."""
    manifest = yaml.safe_load((Path(__file__).resolve().parents[1] / "tests" / "annotations" / "manifest.yaml")
                             .read_text(encoding="utf-8"))
    stems = set((manifest.get("test") or {}).keys())
    with open(out / "summary.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    key = next(k for k in rows[0] if k not in ("report", "id")) if rows else "file"
    return {r.get("report") or r.get("id") for r in rows if Path(r.get("file") or r[key]).stem in stems}


def park_key(label: str) -> str:
    s = unicodedata.normalize("NFKC", label)
    s = re.sub(r"[()（）“”\"\s]", "", s)
    s = re.sub(r"^(国家级|省级|国家)", "", s)
    for short, full in PARK_SHORT.items():
        if s.endswith(short):
            s = s[: -len(short)] + full
    return s


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def park_meets(x: str, y: str) -> str:
    """How two park names meet once loosened ('' when they do not): the kind of the pair."""
    a, b = sorted((park_key(x), park_key(y)), key=len)
    if a == b:
        return "written two ways" if x != y else "one name twice"
    if len(a) >= 4 and b.endswith(a):
        return "place in front"
    if len(a) >= 4 and b.startswith(a):
        return "longer ending"
    if len(a) >= 4 and a[:2] == b[:2] and a[-1] == b[-1] and _in_order(a, b):
        return "contraction"
    return ""


def provinces(store: Store) -> dict[str, str]:
    """A report's jurisdiction slug → the slug of the report of a unit above it (its province) in the build."""
    q = f"""PREFIX pkg: <{PKG}> SELECT ?r ?r2 WHERE {{ ?r pkg:jurisdiction ?j . ?j pkg:parentPlace+ ?p .
        ?r2 pkg:jurisdiction ?p }}"""
    return {jurisdiction(row["r"].value.rsplit("/", 1)[-1]): jurisdiction(row["r2"].value.rsplit("/", 1)[-1])
            for row in store.query(q, use_default_graph_as_union=True)}


def scope(iri: str) -> str:
    return iri[len(ID):].split("/")[1]


def park_pairs(parks: dict, province_of: dict) -> list:
    """Pairs of park nodes of one scope, or of a scope and its province's."""
    iris = sorted(parks)
    out = []
    for i, a in enumerate(iris):
        for b in iris[i + 1:]:
            sa, sb = scope(a), scope(b)
            if sa != sb and province_of.get(sa) != sb and province_of.get(sb) != sa:
                continue
            kinds = {park_meets(x, y) for x in parks[a]["labels"] for y in parks[b]["labels"]} - {""}
            if kinds:
                where = "one scope" if sa == sb else "scope and province"
                if not parks[a]["reports"] & parks[b]["reports"]:
                    where += ", two reports"   # no report names both: another year's spelling (identity48)
                out.append((a, b, ",".join(sorted(kinds)) + f" [{where}]"))
    return out


def placeless_labels(store: Store, parks: dict, hidden: set) -> None:
    """Parks whose zh label a longer spelling of theirs ends (上海化工区 of a node labelled 化工区: the place
    the text writes dropped from what a reader reads); and park spellings that hold a whole park name and a
    verb after it (海口综保区进入…: a clause taken as a name). Test-touching ones counted, not printed."""
    zh = {row["n"].value: row["l"].value for row in store.query(ZH % "Park", use_default_graph_as_union=True)}
    lost = [(n, l) for n, l in sorted(zh.items()) if any(x != l and x.endswith(l) for x in parks[n]["labels"])]
    verbs = [(n, x) for n in sorted(parks) for x in sorted(parks[n]["labels"]) if clause_spelling(x)]
    for what, found in (("park labels that drop the place a spelling writes", lost),
                        ("park spellings a park name then a verb runs through", verbs)):
        hid = [f for f in found if parks[f[0]]["reports"] & hidden]
        print(f"{what}: {len(found)} ({len(hid)} touching a test report, not shown)")
        for n, x in (f for f in found if f not in hid):
            print(f"  {n[len(ID):]}  {x}  labels={sorted(parks[n]['labels'])}")


def clause_spelling(name: str) -> bool:
    """Does jieba tag a verb right after a whole park name inside ``name`` (the park grammar's own test)?"""
    from policykg.extract.grammar import pos_tags
    from policykg.extract.name_grammar import head_res
    from policykg.extract.park_shape import park_then_verb
    toks, at = [], 0
    for w, f in pos_tags(name):
        toks.append((at, at + len(w), w, f))
        at += len(w)
    return park_then_verb(toks, name, len(name), dict(head_res())["Park"])


def place_key(label: str) -> str:
    for u in PLACE_UNITS:
        if label.endswith(u) and len(label) - len(u) >= 2:
            return label[: -len(u)]
    return label


def keyed_pairs(items: dict, key, why) -> list:
    """Pairs of nodes with a label each of one key; the kind of the pair is ``why`` of the two labels."""
    groups = defaultdict(list)
    for iri, d in items.items():
        for x in d["labels"]:
            groups[key(x)].append((iri, x))
    pairs: dict = defaultdict(set)
    for members in groups.values():
        for i, (a, x) in enumerate(sorted(members)):
            for b, y in sorted(members)[i + 1:]:
                if a != b:
                    pairs[(a, b)].add(why(x, y))
    return [(a, b, ",".join(sorted(k))) for (a, b), k in sorted(pairs.items())]


def place_why(x: str, y: str) -> str:
    return "unit dropped" if x != y else "one name twice"


def indicator_why(x: str, y: str) -> str:
    """Which loosening made two indicator names meet (the first that does)."""
    steps = (("width", lambda s: unicodedata.normalize("NFKC", s)),
             ("spaces/brackets", lambda s: re.sub(r"[()（）\s]", "", s)),
             ("short form", lambda s: _replace_all(s, IND_SHORT)))
    for name, step in steps:
        x, y = step(x), step(y)
        if x == y:
            return name
    return "suffix " + "/".join(sorted({s[len(indicator_key(s)):] for s in (x, y)} - {""}))


def _replace_all(s: str, table: dict) -> str:
    for a, b in table.items():
        s = s.replace(a, b)
    return s


def indicator_key(label: str) -> str:
    s = unicodedata.normalize("NFKC", label)
    s = re.sub(r"[()（）\s]", "", s)
    for short, full in IND_SHORT.items():
        s = s.replace(short, full)
    for t in IND_TAILS:
        if s.endswith(t) and len(s) > len(t) + 1:
            return s[: -len(t)]
    return s


def jurisdiction(slug: str) -> str:
    return re.sub(r"-\d{4}$", "", slug)


def _show(kind: str, pairs: list, items: dict, hidden: set, same_jur: bool = False) -> None:
    shown = hid = 0
    kinds: dict = defaultdict(int)
    for a, b, why in pairs:
        ra, rb = items[a]["reports"], items[b]["reports"]
        if same_jur and not ({jurisdiction(r) for r in ra} & {jurisdiction(r) for r in rb}):
            continue
        kinds[why] += 1
        if (ra | rb) & hidden:
            hid += 1
            continue
        shown += 1
        print(f"  {kind} pair {shown} ({why}):")
        for n in (a, b):
            d = items[n]
            print(f"    {n[len(ID):]}  labels={sorted(d['labels'])}  reports={sorted(d['reports'])}")
            print(f"      quotes={sorted(d['quotes'])[:4]}")
    print(f"{kind}: {shown} pairs shown, {hid} touching a test report (counted, not shown); by kind: "
          + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--hide-test", action="store_true")
    args = ap.parse_args(argv)
    trig = args.out / "graph.trig"
    if not trig.is_file():
        print(f"identity_audit: no graph.trig in {args.out}", file=sys.stderr)
        return 2
    store = Store()
    try:
        store.bulk_load(path=str(trig), format=RdfFormat.TRIG)
    except (SyntaxError, OSError) as exc:     # not a graph policykg wrote: one line, no traceback
        print(f"identity_audit: {trig}: not readable as TriG ({str(exc).splitlines()[0]})", file=sys.stderr)
        return 2
    hidden = test_slugs(args.out) if args.hide_test else set()
    parks, places, inds = (nodes(store, c) for c in ("Park", "Place", "Indicator"))
    print(f"nodes: parks {len(parks)}, places {len(places)}, indicators {len(inds)}")
    _show("park", park_pairs(parks, provinces(store)), parks, hidden)
    placeless_labels(store, parks, hidden)
    _show("place", keyed_pairs(places, place_key, place_why), places, hidden)
    ind_pairs = keyed_pairs(inds, indicator_key, indicator_why)
    _show("indicator", ind_pairs, inds, hidden, same_jur=True)
    kinds: dict = defaultdict(int)
    for _, _, why in ind_pairs:
        kinds[why] += 1
    print("indicator pairs of any jurisdictions (indicators are global), by kind: "
          + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"))
    return 0


if __name__ == "__main__":
    from script_cli import run   # a reader gone (`| head`) ends quietly, Ctrl-C in one line
    run(main)
