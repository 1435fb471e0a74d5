"""List the parks, projects and their ties of a built graph for a hand precision check (docs/checks/README.md).

    python scripts/sample_entities.py OUT [--cap 40] [--seed 2026] [--ties] [--unannotated N | --any N] [--kind Park]

reads OUT/graph.ttl and OUT/summary.csv written by `policykg build … --out OUT`, decodes each report with
policykg.read.read_report (the text the evidence offsets refer to) and prints, as CSV, one row per Park and
Project: report, kind, label, alt labels, quote_start, quote and the sentence around the first evidence,
with empty verdict / category / note columns to fill in by hand. A report with more than --cap items of a
kind gets a sample of --cap drawn with a fresh random.Random(seed) over its items in text order (reports in
name order, rows in text order). --ties prints instead every pkg:locatedIn / pkg:hosts edge whose ends are
a Project and a Park (kind `tie project-park`) or a Project/Park and a Place (`tie project-place`,
`tie park-place`), each once per pair, then every figure of a park or project (pkg:hasTarget / pkg:hasOutcome:
`tie project-target`, `tie project-outcome`, `tie park-target`, `tie park-outcome`) at the figure's evidence.
--unannotated N prints instead N projects (--kind Park: parks) of annotated
dev reports drawn with random.Random(seed) among those no required gold item of the class names (an optional one,
another class's or none: what a dev score does not judge), with a `gold` column saying which; --any N draws N
among all their items of the kind.
"""
import csv
import glob
import random
import sys
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS, Namespace

from policykg.errors import InputError
from policykg.read import read_report
from policykg.sheetcells import GuardedWriter, unguarded
from script_cli import count, parser, run, whole

ROOT = Path(__file__).resolve().parents[1]

PKG = Namespace("https://w3id.org/policykg/ontology#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
STOPS = "。；！？\n"


def sentence(text: str, start: int, end: int) -> str:
    b = max(text.rfind(c, 0, start) for c in STOPS) + 1
    ends = [i for i in (text.find(c, end) for c in STOPS) if i != -1]
    return text[b:(min(ends) + 1 if ends else len(text))].strip()


def find_text(folder: Path, name: str) -> Path:
    """The report file summary.csv names: a bare file name (so the build is the same wherever it ran), the one
    file of that name under folder; a path (an output of before hostile44) as it is. Two files of one name in
    different folders: which one the build read is unknown, so none is taken (review43: the first was, and a
    file of the name in the current folder came before --texts)."""
    if Path(name).name != name and Path(name).is_file():
        return Path(name)
    hits = sorted(folder.rglob(glob.escape(Path(name).name)))
    if not hits:
        raise InputError(f"no {name} under {folder} (give the input folder with --texts)")  # exit 2, not 1
    if len(hits) > 1:
        raise InputError(f"{name}: {len(hits)} files of that name under {folder} ({hits[0]}, {hits[1]}); give "
                         f"--texts the folder of this build's reports")
    return hits[0]


class Built:
    """A built graph and the text of its reports, as the evidence offsets refer to it."""

    def __init__(self, out: Path, texts: Path):
        with open(out / "summary.csv", encoding="utf-8", newline="") as f:
            self.texts = {r["report"]: read_report(find_text(texts, unguarded(r["file"]))).text
                          for r in csv.DictReader(f)}
        self.g = rdflib.Graph()
        self.g.parse(out / "graph.ttl")

    def first_ev(self, node) -> tuple[str, int, int, str]:
        """(report, start, end, quote) of the node's first evidence, checked against the text."""
        g, evs = self.g, []
        for ev in g.objects(node, PKG.evidence):
            rep = str(g.value(ev, PKG.inReport)).rsplit("/", 1)[1]
            s, e = int(g.value(ev, PKG.start)), int(g.value(ev, PKG.end))
            q = str(g.value(ev, PKG.quote))
            if self.texts[rep][s:e] != q:
                raise InputError(f"{rep} {s}: quote {q!r} does not match the text")
            evs.append((rep, s, e, q))
        return min(evs)

    def kind(self, node) -> str | None:
        types = set(self.g.objects(node, RDF.type))
        return next((k for k in ("Project", "Park", "Place") if PKG[k] in types), None)


def write_ties(b: Built, w) -> None:
    """Every project-park, project-place and park-place edge, once per pair."""
    g = b.g
    w.writerow(["report", "kind", "subject", "object", "quote_start", "quote", "sentence",
                "verdict", "category", "note"])
    seen = set()
    for p in (PKG.locatedIn, PKG.hosts):
        for s, o in g.subject_objects(p):
            if p == PKG.hosts:
                s, o = o, s
            ks, ko = b.kind(s), b.kind(o)
            if (ks, ko) not in {("Project", "Park"), ("Project", "Place"), ("Park", "Place")} or (s, o) in seen:
                continue
            seen.add((s, o))
            rep, st, en, q = b.first_ev(s)
            w.writerow([rep, f"tie {ks.lower()}-{ko.lower()}", str(g.value(s, RDFS.label)),
                        "|".join(sorted(str(x) for x in g.objects(o, RDFS.label))), st, q,
                        sentence(b.texts[rep], st, en), "", "", ""])
    write_figure_ties(b, w)


def write_figure_ties(b: Built, w) -> None:
    """Every park's or project's own figure (pkg:hasTarget / pkg:hasOutcome from a Park or Project; figties113),
    kind `tie project-target`, `tie park-outcome`…, at the figure's evidence, in report and text order."""
    g, rows = b.g, []
    for p, fig in ((PKG.hasTarget, "Target"), (PKG.hasOutcome, "Outcome")):
        for s, o in g.subject_objects(p):
            ks = b.kind(s)
            if ks not in ("Project", "Park") or (o, RDF.type, PKG[fig]) not in g:
                continue
            rep, st, en, q = b.first_ev(o)
            name = g.value(g.value(o, PKG.indicator), RDFS.label)
            rows.append([rep, f"tie {ks.lower()}-{fig.lower()}", str(g.value(s, RDFS.label)),
                         f"{name}: {q}" if name is not None else q, st, q, sentence(b.texts[rep], st, en), "", "", ""])
    for row in sorted(rows, key=lambda r: (r[0], r[4], r[1], r[2])):
        w.writerow(row)


def write_items(b: Built, w, cap: int, seed: int) -> None:
    """Parks and projects per report, a sample of CAP where a report has more."""
    g = b.g
    w.writerow(["report", "kind", "label", "alts", "quote_start", "quote", "sentence",
                "verdict", "category", "note"])
    groups: dict[tuple[str, str], list] = {}
    for k in ("Park", "Project"):
        for node in g.subjects(RDF.type, PKG[k]):
            rep, st, en, q = b.first_ev(node)
            groups.setdefault((rep, k), []).append((st, en, q, node))
    for (rep, k) in sorted(groups):
        items = sorted(groups[(rep, k)], key=lambda x: x[0])
        if len(items) > cap:
            print(f"sample_entities: {rep} {k}: {cap} of {len(items)} drawn (seed {seed})", file=sys.stderr)
            items = sorted(random.Random(seed).sample(items, cap), key=lambda x: x[0])
        for st, en, q, node in items:
            alts = "|".join(sorted(str(a) for a in g.objects(node, SKOS.altLabel)))
            w.writerow([rep, k, str(g.value(node, RDFS.label)), alts, st, q,
                        sentence(b.texts[rep], st, en), "", "", ""])


def gold_of(label_file: dict[str, str], cls: str = "projects") -> dict[str, dict[str, set]]:
    """Dev report → {required, optional, other}: the names of its gold items of ``cls`` and of its other gold
    entities."""
    from policykg.evaluation import entity_annotation, manifest
    from policykg.scoring import names
    m, out = manifest(), {}
    for rep, stem in label_file.items():
        if stem not in m or not m[stem]["entities"] or m[stem]["split"] != "dev":
            continue    # the test split's gold is for the blind check only
        a, d = entity_annotation(stem, m[stem]), {"required": set(), "optional": set(), "other": set()}
        for g in a.get(cls) or []:
            d["optional" if g.get("optional") else "required"] |= names(g)
        d["other"] |= {n for k in ("projects", "parks", "organizations", "places") if k != cls
                       for g in a.get(k) or [] for n in names(g)}
        out[rep] = d
    return out


def write_unannotated(b: Built, w, n: int, seed: int, out: Path, kind: str = "Project", every: bool = False) -> None:
    """N items of ``kind`` no required gold item of the class names (with ``every``, any item of the kind), drawn
    over every annotated dev report."""
    with open(out / "summary.csv", encoding="utf-8", newline="") as f:
        gold = gold_of({r["report"]: Path(unguarded(r["file"])).stem for r in csv.DictReader(f)}, kind.lower() + "s")
    w.writerow(["report", "kind", "label", "alts", "gold", "quote_start", "quote", "sentence",
                "verdict", "category", "note"])
    pool = []
    for node in b.g.subjects(RDF.type, PKG[kind]):
        rep, st, en, q = b.first_ev(node)
        labels = {str(b.g.value(node, RDFS.label)), *(str(a) for a in b.g.objects(node, SKOS.altLabel))}
        hit = next((k for k in ("required", "optional", "other") if labels & gold.get(rep, {}).get(k, set())), "none")
        if rep in gold and (every or hit != "required"):
            pool.append((rep, st, en, q, hit, node))
    pool.sort(key=lambda x: x[:3])
    what = "annotated-report" if every else "unannotated"
    print(f"sample_entities: {min(n, len(pool))} of {len(pool)} {what} {kind.lower()}s (seed {seed})", file=sys.stderr)
    for rep, st, en, q, hit, node in sorted(random.Random(seed).sample(pool, min(n, len(pool))), key=lambda x: x[:3]):
        alts = "|".join(sorted(str(a) for a in b.g.objects(node, SKOS.altLabel)))
        w.writerow([rep, kind, str(b.g.value(node, RDFS.label)), alts, hit, st, q,
                    sentence(b.texts[rep], st, en), "", "", ""])


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("out")
    ap.add_argument("--cap", type=count, default=40)
    ap.add_argument("--seed", type=whole, default=2026)
    sample = ap.add_mutually_exclusive_group()  # one sample a run: --unannotated N --any M drew N of every item
    sample.add_argument("--ties", action="store_true")
    sample.add_argument("--unannotated", type=count, default=0, metavar="N")
    ap.add_argument("--kind", choices=("Project", "Park"), default="Project", help="with --unannotated or --any")
    sample.add_argument("--any", type=count, default=0, metavar="N", help="as --unannotated, over every item of the kind")
    ap.add_argument("--texts", default=str(ROOT / "data"), help="folder the built reports were read from")
    args = ap.parse_args()
    missing = [n for n in ("summary.csv", "graph.ttl") if not (Path(args.out) / n).is_file()]
    if missing:
        ap.error(f"{args.out}: no {missing[0]} (give the --out folder of `policykg build`)")
    built = Built(Path(args.out), Path(args.texts))
    w = GuardedWriter(sys.stdout)
    if args.ties:
        write_ties(built, w)
    elif args.unannotated or args.any:
        write_unannotated(built, w, args.unannotated or args.any, args.seed, Path(args.out), args.kind,
                          every=bool(args.any))
    else:
        write_items(built, w, args.cap, args.seed)
    return 0


if __name__ == "__main__":
    run(main)
