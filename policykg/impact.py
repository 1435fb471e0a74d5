"""Park → project → target → goal impact analysis (networkx): reach, centrality, what-if removal.

The network is directed the way support flows, from where things happen to what they serve:

    Park ──hosts/locatedIn──▶ Project ──hasTarget/contributesTo──▶ Target
    Park ──hasTarget──▶ Target
    Target ──(owned by: Task hasTarget Target)──▶ Task ──partOf──▶ work area (a Task)
    Task/Project ──contributesTo──▶ Goal/Task/Target
    Park/Project ──(named in: Task mentions it)──▶ Task
    Target ──(Goal hasTarget Target)──▶ Goal

so a park *reaches* every node downstream of it: the projects it hosts, their and its own targets, the
tasks owning those targets, the work areas above them and the goals those contribute to. Inferred triples
(pkg:hosts, transitive pkg:partOf) are used when a TriG with the inferred graph is given.

`run(graphs, out_dir, park=None)` writes impact.md, CSV tables, PNG plots and a self-contained
network.html (no network access needed to view it: the JavaScript and data are inline).
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import warnings
from dataclasses import dataclass, field

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .errors import InputError, UsageError
from .namespaces import ID, ONTOLOGY_IRI, PKG

# classes in the network, in precedence order (a node typed both Section and Task is a Task)
KINDS = ("Park", "Project", "Target", "Goal", "Task")
KIND_ZH = {"Park": "园区", "Project": "项目", "Target": "目标指标", "Goal": "目标", "Task": "任务"}
KIND_COLOURS = {"Park": "#d62728", "Project": "#1f77b4", "Target": "#2ca02c", "Goal": "#9467bd",
                "Task": "#a0a0a0"}
LAYOUT_SEED = 7
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans CJK KR",
                "Noto Sans CJK HK", "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN",
                "AR PL UKai CN", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC")


# ---------------------------------------------------------------------------------------------- loading

def load(paths) -> Graph:
    """Union of the report graphs and the inferred graph of the given files (the ontology graph left out)."""
    from .loading import load_dataset

    if not paths:
        raise UsageError("give at least one --graph file")
    ds = load_dataset(list(paths))
    g = Graph()
    for ctx in ds.graphs():
        if ctx.identifier == ONTOLOGY_IRI:
            continue
        for t in ctx:
            g.add(t)
    return g


def _zh(g: Graph, node) -> str:
    labels = sorted(str(o) for o in g.objects(node, RDFS.label)
                    if isinstance(o, Literal) and (o.language or "").lower().startswith("zh"))
    if labels:
        return labels[0]
    other = sorted(str(o) for o in g.objects(node, RDFS.label))
    return other[0] if other else short_id(node)


def short_id(node) -> str:
    """A readable id without a URL scheme (IRIs under the id base become `id:…`)."""
    s = str(node)
    if s.startswith(str(ID)):
        return "id:" + s[len(str(ID)):]
    return s.split("://", 1)[-1]


def _number(lit) -> str:
    """A decimal as a reader writes it: 5.0 → 5, 40 → 40, 6.30 → 6.3."""
    from decimal import Decimal, InvalidOperation

    try:
        d = Decimal(str(lit))
    except InvalidOperation:
        return str(lit)
    if d == d.to_integral_value():
        return str(d.to_integral_value())
    return format(d.normalize(), "f")


def _kind(types) -> str | None:
    for k in KINDS:
        if PKG[k] in types:
            return k
    return None


# ---------------------------------------------------------------------------------------------- network

def build_network(g: Graph) -> nx.DiGraph:
    """The directed park → project → target → task → goal network; node ids are IRI strings."""
    kinds: dict[URIRef, str] = {}
    typed: dict[URIRef, set] = {}
    for s, o in g.subject_objects(RDF.type):
        if isinstance(s, URIRef):
            typed.setdefault(s, set()).add(o)
    for s, types in typed.items():
        k = _kind(types)
        if k:
            kinds[s] = k

    edges: set[tuple[str, str, str]] = set()

    def add(a, b, rel):
        if a in kinds and b in kinds and a != b:
            edges.add((str(a), str(b), rel))

    for project, place in g.subject_objects(PKG.locatedIn):
        if kinds.get(project) == "Project" and kinds.get(place) == "Park":
            add(place, project, "hosts")
    for park, project in g.subject_objects(PKG.hosts):
        if kinds.get(park) == "Park" and kinds.get(project) == "Project":
            add(park, project, "hosts")
    for owner, target in g.subject_objects(PKG.hasTarget):
        if kinds.get(target) != "Target":
            continue
        k = kinds.get(owner)
        if k in ("Park", "Project"):
            add(owner, target, "hasTarget")
        elif k in ("Task", "Goal"):
            add(target, owner, "ownedBy")  # the target serves the task/goal that states it
    for a, b in g.subject_objects(PKG.contributesTo):
        if kinds.get(a) in ("Task", "Project") and kinds.get(b) in ("Goal", "Task", "Target"):
            add(a, b, "contributesTo")
    # a park or project serves the task that names it (pkg:mentions from a Task, not from a summary
    # section): this is how parks' own targets, which no task owns, still reach the goals
    for task, x in g.subject_objects(PKG.mentions):
        if kinds.get(task) == "Task" and kinds.get(x) in ("Park", "Project"):
            add(x, task, "namedIn")
    for a, b in g.subject_objects(PKG.partOf):
        if kinds.get(a) == "Task" and kinds.get(b) == "Task":
            add(a, b, "partOf")  # task → its work area

    net = nx.DiGraph()
    used = {a for a, _, _ in edges} | {b for _, b, _ in edges}
    for node in sorted(str(n) for n, k in kinds.items() if k in ("Park", "Project") or str(n) in used):
        ref = URIRef(node)
        attrs = {"kind": kinds[ref], "label": _zh(g, ref), "id": short_id(ref)}
        if attrs["kind"] == "Target":
            v = next(iter(sorted(_number(o) for o in g.objects(ref, PKG.value))), "")
            u = next(iter(sorted(str(o) for o in g.objects(ref, PKG.unitText))), "")
            attrs.update(value=v, unit=u)
        attrs["alt"] = sorted(str(o) for o in g.objects(ref, SKOS.altLabel))
        attrs["names"] = sorted({str(o) for o in g.objects(ref, RDFS.label)} | set(attrs["alt"]))
        net.add_node(node, **attrs)
    for a, b, rel in sorted(edges):
        if net.has_edge(a, b):
            net.edges[a, b]["rel"] = min(net.edges[a, b]["rel"], rel)
        else:
            net.add_edge(a, b, rel=rel)
    return net


def nodes_of(net: nx.DiGraph, kind: str) -> list[str]:
    return sorted((n for n, d in net.nodes(data=True) if d["kind"] == kind),
                  key=lambda n: (net.nodes[n]["label"], n))


def find_park(net: nx.DiGraph, name: str) -> str:
    """The park whose rdfs:label or skos:altLabel is NAME (exact; then a unique substring match)."""
    parks = nodes_of(net, "Park")
    exact = [p for p in parks if name in net.nodes[p]["names"] or name == p or name == net.nodes[p]["id"]]
    if len(exact) == 1:
        return exact[0]
    partial = [p for p in parks if any(name in n for n in net.nodes[p]["names"])]
    if len(exact) > 1 or len(partial) > 1:
        raise UsageError(f"--park {name!r} matches several parks: "
                         + "、".join(net.nodes[p]["label"] for p in (exact or partial)))
    if partial:
        return partial[0]
    known = "、".join(net.nodes[p]["label"] for p in parks) or "none"
    raise UsageError(f"no park named {name!r} in the graph (parks: {known})")


# ---------------------------------------------------------------------------------------------- analyses

@dataclass
class Impact:
    net: nx.DiGraph
    parks: list[str]                       # parks analysed (all, or the one asked for)
    reach: dict[str, dict[str, list[str]]]  # park → kind → nodes reached
    centrality: list[dict]
    whatif: list[dict]                     # one row per (removed node, target left without support)
    removals: list[dict]                   # one row per removal: what was removed, how many targets lost
    focus: str | None = None
    notes: list[str] = field(default_factory=list)


def reach_of(net: nx.DiGraph, node: str) -> dict[str, list[str]]:
    down = nx.descendants(net, node)
    out = {}
    for kind in ("Project", "Target", "Task", "Goal"):
        out[kind] = sorted((n for n in down if net.nodes[n]["kind"] == kind),
                           key=lambda n: (net.nodes[n]["label"], n))
    return out


def centrality(net: nx.DiGraph, only: set[str] | None = None) -> list[dict]:
    """Degree, betweenness and PageRank on the directed network, for parks and projects, ranked."""
    degree = nx.degree_centrality(net) if len(net) > 1 else {n: 0.0 for n in net}
    between = nx.betweenness_centrality(net, normalized=True)
    # parks are sources of the directed network, so their directed betweenness is 0 by construction;
    # betweenness on the undirected network shows which parks and projects bridge parts of the plan
    between_und = nx.betweenness_centrality(nx.Graph(net), normalized=True)
    pagerank = nx.pagerank(net, alpha=0.85, max_iter=1000, tol=1e-12) if len(net) else {}
    # PageRank follows edges towards goals, so sources (parks) score low; on the reversed network it
    # measures how much a node feeds — reported beside it as upstream PageRank
    upstream = nx.pagerank(net.reverse(copy=True), alpha=0.85, max_iter=1000, tol=1e-12) if len(net) else {}
    rows = []
    for kind in ("Park", "Project"):
        for n in nodes_of(net, kind):
            if only is not None and n not in only:
                continue
            r = reach_of(net, n)
            rows.append({
                "kind": kind, "label": net.nodes[n]["label"], "iri": n,
                "in_degree": net.in_degree(n), "out_degree": net.out_degree(n),
                "degree": round(degree[n], 6), "betweenness": round(between[n], 6),
                "betweenness_undirected": round(between_und[n], 6),
                "pagerank": round(pagerank[n], 6), "upstream_pagerank": round(upstream[n], 6),
                "reach_projects": len(r["Project"]), "reach_targets": len(r["Target"]),
                "reach_goals": len(r["Goal"]),
            })
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], -r["upstream_pagerank"], r["label"], r["iri"]))
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return rows


def supporters(net: nx.DiGraph, target: str) -> set[str]:
    return {n for n in nx.ancestors(net, target) if net.nodes[n]["kind"] in ("Park", "Project")}


def what_if(net: nx.DiGraph, removed_nodes: list[str]) -> tuple[list[dict], list[dict]]:
    """For each park and project removed on its own, the targets it leaves without support.

    Removing a project: a target is listed when the project supported it (directly or through other
    nodes) and no other project does any more; parks still stating the target are reported beside it.
    Removing a park removes with it the projects located only in that park; a target is listed when no
    park or project is left supporting it.
    """
    targets = nodes_of(net, "Target")
    before = {t: supporters(net, t) for t in targets}
    rows, removals = [], []
    for x in removed_nodes:
        kind = net.nodes[x]["kind"]
        gone = {x}
        if kind == "Park":
            for p in net.successors(x):
                if net.nodes[p]["kind"] == "Project":
                    parks = {q for q in net.predecessors(p) if net.nodes[q]["kind"] == "Park"}
                    if parks == {x}:
                        gone.add(p)
        rest = net.subgraph(n for n in net if n not in gone)
        lost = []
        for t in targets:
            if not before[t] & gone:
                continue
            after = supporters(rest, t)
            after_projects = {n for n in after if net.nodes[n]["kind"] == "Project"}
            if kind == "Project":
                had_projects = {n for n in before[t] if net.nodes[n]["kind"] == "Project"}
                if not had_projects or after_projects:
                    continue
            elif after:
                continue
            lost.append(t)
            rows.append({
                "removed_kind": kind, "removed": net.nodes[x]["label"], "removed_iri": x,
                "removed_with": "、".join(net.nodes[p]["label"] for p in sorted(gone - {x})),
                "target": net.nodes[t]["label"], "target_iri": t,
                "value": net.nodes[t].get("value", ""), "unit": net.nodes[t].get("unit", ""),
                "lost_supporters": "、".join(sorted(net.nodes[n]["label"] for n in before[t] & gone)),
                "remaining_parks": "、".join(sorted(net.nodes[n]["label"] for n in after
                                                    if net.nodes[n]["kind"] == "Park")),
            })
        removals.append({"removed_kind": kind, "removed": net.nodes[x]["label"], "removed_iri": x,
                         "removed_with": "、".join(net.nodes[p]["label"] for p in sorted(gone - {x})),
                         "targets_lost": len(lost)})
    return rows, removals


def analyse(g: Graph, park: str | None = None) -> Impact:
    net = build_network(g)
    focus = find_park(net, park) if park else None
    parks = [focus] if focus else nodes_of(net, "Park")
    reach = {p: reach_of(net, p) for p in parks}
    if focus:
        scope = {focus} | set(reach[focus]["Project"])
        projects = reach[focus]["Project"]
    else:
        scope = None
        projects = nodes_of(net, "Project")
    cent = centrality(net, only=scope)
    rows, removals = what_if(net, parks + projects)
    return Impact(net=net, parks=parks, reach=reach, centrality=cent, whatif=rows, removals=removals,
                  focus=focus)


def view_subgraph(imp: Impact) -> nx.DiGraph:
    """The part of the network drawn: everything, or the focus park and all it reaches."""
    if imp.focus is None:
        return imp.net
    keep = {imp.focus} | nx.descendants(imp.net, imp.focus)
    view = nx.DiGraph()
    view.add_nodes_from((n, imp.net.nodes[n]) for n in sorted(keep))
    view.add_edges_from((a, b, d) for a, b, d in sorted(imp.net.edges(data=True)) if a in keep and b in keep)
    return view


# ---------------------------------------------------------------------------------------------- CJK font

def find_cjk_font():
    """(family name, font file, face index) of an installed CJK font known to matplotlib, or None."""
    from matplotlib import font_manager as fm

    def lookup():
        by_name = {}
        for f in fm.fontManager.ttflist:
            if f.style == "normal" and f.weight in (400, "normal", "regular"):
                by_name.setdefault(f.name, f)
            else:
                by_name.setdefault(f.name + " (any)", f)
        for fam in CJK_FAMILIES:
            f = by_name.get(fam) or by_name.get(fam + " (any)")
            if f is not None:
                return f.name, f.fname, getattr(f, "index", 0)
        return None

    found = lookup()
    if found is None:
        # the font cache may predate a font installed later: add CJK font files found on the system
        for path in sorted(fm.findSystemFonts()):
            base = os.path.basename(path).lower()
            if any(k in base for k in ("cjk", "wqy", "sourcehan", "droidsansfallback", "uming", "ukai")):
                try:
                    fm.fontManager.addfont(path)
                except Exception:  # noqa: BLE001 — an unreadable font file is just skipped
                    continue
        found = lookup()
    return found


def font_has_glyphs(font_file: str, text: str, index: int = 0) -> bool:
    """True when the font's cmap maps every non-space character of TEXT (fontTools)."""
    from fontTools.ttLib import TTCollection, TTFont

    if font_file.lower().endswith((".ttc", ".otc")):
        fonts = TTCollection(font_file, lazy=True).fonts
        font = fonts[index if index < len(fonts) else 0]
    else:
        font = TTFont(font_file, lazy=True)
    cmap = font.getBestCmap() or {}
    return all(ord(c) in cmap for c in text if not c.isspace())


# ---------------------------------------------------------------------------------------------- writing

def _csv(path: str, rows: list[dict], fields: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)


def _md_cell(v) -> str:
    return str(v).replace("|", "\\|").replace("\n", " ")


def _md_table(header: list[str], rows: list[list]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def _target_text(net, t) -> str:
    d = net.nodes[t]
    q = f"{d.get('value', '')}{d.get('unit', '')}"
    return f"{d['label']}（{q}）" if q else d["label"]


def reach_rows(imp: Impact) -> list[dict]:
    net, rows = imp.net, []
    for p in imp.parks:
        lengths = nx.single_source_shortest_path_length(net, p)
        for kind in ("Project", "Target", "Task", "Goal"):
            for n in imp.reach[p][kind]:
                rows.append({"park": net.nodes[p]["label"], "park_iri": p, "kind": kind,
                             "label": net.nodes[n]["label"], "iri": n, "steps": lengths[n],
                             "value": net.nodes[n].get("value", ""), "unit": net.nodes[n].get("unit", "")})
    return rows


def summary_rows(imp: Impact) -> list[dict]:
    net = imp.net
    return [{"park": net.nodes[p]["label"], "park_iri": p,
             "aliases": "、".join(a for a in net.nodes[p]["alt"]),
             "projects": len(imp.reach[p]["Project"]), "targets": len(imp.reach[p]["Target"]),
             "tasks": len(imp.reach[p]["Task"]), "goals": len(imp.reach[p]["Goal"])} for p in imp.parks]


def write_markdown(imp: Impact, path: str, plots: list[str], font: str | None) -> None:
    net = imp.net
    buf = io.StringIO()
    title = "园区影响分析" + (f"：{net.nodes[imp.focus]['label']}" if imp.focus else "")
    buf.write(f"# {title}\n\n")
    kinds = {k: len(nodes_of(net, k)) for k in KINDS}
    buf.write("Park → project → target → goal network built from the graph "
              f"({net.number_of_nodes()} nodes, {net.number_of_edges()} edges: "
              + ", ".join(f"{kinds[k]} {KIND_ZH[k]}" for k in KINDS) + ").\n\n")
    buf.write("Edges follow support: 园区 —hosts→ 项目 —hasTarget/contributesTo→ 目标指标; "
              "园区 —hasTarget→ 目标指标; 目标指标 → 所属任务 —partOf→ 工作领域 —contributesTo→ 目标; "
              "园区/项目 → 提及它的任务 (pkg:mentions).\n\n")

    buf.write("## 1. 园区覆盖（park reach）\n\n")
    rows = []
    for p in imp.parks:
        r = imp.reach[p]
        rows.append([net.nodes[p]["label"],
                     "、".join(net.nodes[n]["label"] for n in r["Project"]) or "—",
                     "；".join(_target_text(net, n) for n in r["Target"]) or "—",
                     "、".join(net.nodes[n]["label"] for n in r["Goal"]) or "—"])
    buf.write(_md_table(["园区", "项目", "目标指标", "目标"], rows))
    buf.write("\n")
    buf.write(_md_table(["园区", "项目数", "目标指标数", "任务数", "目标数"],
                        [[r["park"], r["projects"], r["targets"], r["tasks"], r["goals"]]
                         for r in summary_rows(imp)]))
    buf.write("\nFull list with steps from the park: `park_reach.csv`; counts: `park_summary.csv`.\n\n")

    buf.write("## 2. 中心性排名（centrality of parks and projects）\n\n")
    buf.write("On the directed network: degree centrality (in + out, normalised), betweenness "
              "(normalised, directed shortest paths; 0 for parks, which are sources; the undirected betweenness "
              "beside it shows which nodes bridge parts of the plan), PageRank (α = 0.85, along support towards goals) "
              "and upstream PageRank (on the reversed network: how much a node feeds). "
              "Ranked by degree, then betweenness, then upstream PageRank.\n\n")
    buf.write(_md_table(["#", "类型", "名称", "度中心性", "介数", "介数（无向）", "PageRank", "上游 PageRank",
                         "项目", "目标指标", "目标"],
                        [[r["rank"], KIND_ZH[r["kind"]], r["label"], f"{r['degree']:.4f}",
                          f"{r['betweenness']:.4f}", f"{r['betweenness_undirected']:.4f}", f"{r['pagerank']:.4f}", f"{r['upstream_pagerank']:.4f}",
                          r["reach_projects"], r["reach_targets"], r["reach_goals"]]
                         for r in imp.centrality]))
    buf.write("\n")

    buf.write("## 3. 移除情景（what-if removal）\n\n")
    buf.write("Each park and project removed on its own. Removing a project lists the targets it supported "
              "that no other project supports any more (a park still stating the target is shown). "
              "Removing a park removes the projects located only in it too, and lists the targets that "
              "no park or project supports any more.\n\n")
    if imp.whatif:
        buf.write(_md_table(["移除", "类型", "一并移除的项目", "失去支撑的目标指标", "数值", "单位", "仍由园区提出"],
                            [[r["removed"], KIND_ZH[r["removed_kind"]], r["removed_with"] or "—", r["target"],
                              r["value"], r["unit"], r["remaining_parks"] or "—"] for r in imp.whatif]))
    else:
        buf.write("No removal leaves a target without support.\n")
    quiet = [r["removed"] for r in imp.removals if not r["targets_lost"]]
    if quiet:
        buf.write(f"\nRemovals that leave every target supported: {'、'.join(quiet)}.\n")
    buf.write("\n")

    buf.write("## 4. 图（plots）\n\n")
    for p in plots:
        buf.write(f"![{p}]({p})\n\n")
    buf.write("Interactive view (offline, self-contained): [network.html](network.html).\n")
    if font is None:
        buf.write("\nNo CJK font was found: Chinese labels in the PNGs may show as boxes "
                  "(install fonts-noto-cjk).\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(buf.getvalue())


def _layout(view: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Deterministic positions: each connected component laid out on its own (spring layout, fixed seed),
    scaled by its size, then packed in rows, largest first, with isolated nodes in a grid at the end
    (one spring layout of a disconnected graph pushes the components to the edges)."""
    if not len(view):
        return {}
    und = nx.Graph()
    und.add_nodes_from(sorted(view.nodes))
    und.add_edges_from(sorted((a, b) for a, b in view.edges))
    comps = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c[0]))
    big = [c for c in comps if len(c) > 1]
    single = [c[0] for c in comps if len(c) == 1]
    single.sort(key=lambda n: (KINDS.index(view.nodes[n]["kind"]), view.nodes[n]["label"], n))
    placed: list[tuple[dict, float, float]] = []  # (positions in a box [0,w]x[0,h], w, h)
    for c in big:
        sub = nx.Graph()  # a fresh graph, not a subgraph view: a view iterates in set (hash) order
        sub.add_nodes_from(c)
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in und.subgraph(c).edges))
        raw = nx.spring_layout(sub, seed=LAYOUT_SEED, k=1.8 / len(c) ** 0.5, iterations=300)
        xs = [float(p[0]) for p in raw.values()]
        ys = [float(p[1]) for p in raw.values()]
        size = 1.2 * len(c) ** 0.5
        sx = (max(xs) - min(xs)) or 1.0
        sy = (max(ys) - min(ys)) or 1.0
        scale = size / max(sx, sy)
        pos = {n: ((float(raw[n][0]) - min(xs)) * scale, (float(raw[n][1]) - min(ys)) * scale) for n in c}
        placed.append((pos, sx * scale, sy * scale))
    if single:
        cols = max(1, int(len(single) ** 0.5 + 0.999))
        pos = {n: ((i % cols) * 0.9, -(i // cols) * 0.9) for i, n in enumerate(single)}
        rows = (len(single) + cols - 1) // cols
        pos = {n: (x, y + (rows - 1) * 0.9) for n, (x, y) in pos.items()}
        placed.append((pos, (cols - 1) * 0.9, (rows - 1) * 0.9))
    total = sum((w + 1) * (h + 1) for _, w, h in placed)
    width = max(max(w for _, w, _ in placed), total ** 0.5 * 1.3)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    gap = 1.0
    for pos, w, h in placed:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        for n, (px, py) in pos.items():
            out[n] = (round(x + px, 4), round(-(y + h - py), 4))  # rows go downwards
        x += w + gap
        row_h = max(row_h, h)
    return out


def _short(label: str, n: int = 12) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def write_plots(imp: Impact, out_dir: str, pos, font) -> list[str]:
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.ticker import MaxNLocator

    fam = font[0] if font else None
    rc = {"font.family": [fam, "DejaVu Sans"] if fam else ["DejaVu Sans"], "axes.unicode_minus": False,
          "svg.hashsalt": "policykg", "path.simplify": True}
    view = view_subgraph(imp)
    files = []
    with matplotlib.rc_context(rc), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        # 1. the network, nodes coloured by class
        fig = Figure(figsize=(16, 12), dpi=100)
        ax = fig.add_subplot()
        ax.set_axis_off()
        for a, b in sorted(view.edges):
            (x1, y1), (x2, y2) = pos[a], pos[b]
            ax.annotate("", xy=(x2, y2), xytext=(x1, y1),
                        arrowprops=dict(arrowstyle="-|>", color="#bbbbbb", lw=0.7, shrinkA=4, shrinkB=4,
                                        mutation_scale=8))
        sizes = {"Park": 260, "Project": 120, "Goal": 160, "Target": 60, "Task": 25}
        for kind in reversed(KINDS):
            ns = [n for n in sorted(view.nodes) if view.nodes[n]["kind"] == kind]
            if not ns:
                continue
            ax.scatter([pos[n][0] for n in ns], [pos[n][1] for n in ns], s=sizes[kind],
                       c=KIND_COLOURS[kind], edgecolors="white", linewidths=0.6, zorder=3)
            if kind in ("Park", "Project", "Goal") or (kind in ("Target", "Task") and imp.focus):
                for n in ns:
                    ax.annotate(_short(view.nodes[n]["label"], 14), pos[n], fontsize=9 if kind == "Park" else 7,
                                xytext=(0, 6), textcoords="offset points", ha="center", zorder=4,
                                color="#222222", fontweight="bold" if kind == "Park" else "normal")
        handles = [Line2D([], [], marker="o", ls="", color=KIND_COLOURS[k], label=f"{KIND_ZH[k]} {k}")
                   for k in KINDS]
        ax.legend(handles=handles, loc="lower left", frameon=False)
        ax.set_title("园区 → 项目 → 目标指标 → 目标 网络" +
                     (f"（{imp.net.nodes[imp.focus]['label']}）" if imp.focus else ""), fontsize=14)
        fig.tight_layout()
        fig.savefig(os.path.join(out_dir, "network.png"), metadata={"Software": None})
        files.append("network.png")

        # 2. park reach and centrality
        summ = summary_rows(imp)
        parks = sorted(summ, key=lambda r: (r["targets"] + r["projects"], r["park"]))
        cent = {r["iri"]: r for r in imp.centrality}
        fig = Figure(figsize=(14, max(4, 0.55 * len(parks) + 2)), dpi=100)
        ax1, ax2 = fig.subplots(1, 2, sharey=True)
        ys = list(range(len(parks)))
        names = [r["park"] for r in parks]
        h = 0.27
        ax1.barh([y + h for y in ys], [r["projects"] for r in parks], h, color=KIND_COLOURS["Project"], label="项目")
        ax1.barh(ys, [r["targets"] for r in parks], h, color=KIND_COLOURS["Target"], label="目标指标")
        ax1.barh([y - h for y in ys], [r["goals"] for r in parks], h, color=KIND_COLOURS["Goal"], label="目标")
        ax1.set_yticks(ys, names)
        ax1.set_title("园区覆盖：可达的项目、目标指标与目标")
        ax1.set_xlabel("数量")
        ax1.legend(loc="lower right")
        ax1.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax2.barh([y + h / 2 for y in ys], [cent[r["park_iri"]]["degree"] for r in parks], h,
                 color="#ff7f0e", label="度中心性")
        ax2.barh([y - h / 2 for y in ys], [cent[r["park_iri"]]["upstream_pagerank"] for r in parks], h,
                 color="#8c564b", label="上游 PageRank")
        ax2.set_title("园区中心性")
        ax2.legend(loc="lower right")
        fig.tight_layout()
        fig.savefig(os.path.join(out_dir, "parks.png"), metadata={"Software": None})
        files.append("parks.png")

        # 3. what-if: targets lost per removal
        rem = sorted((r for r in imp.removals if r["targets_lost"]),
                     key=lambda r: (r["targets_lost"], r["removed"]))
        if rem:
            fig = Figure(figsize=(10, max(3, 0.45 * len(rem) + 1.5)), dpi=100)
            ax = fig.add_subplot()
            ax.barh(range(len(rem)), [r["targets_lost"] for r in rem],
                    color=[KIND_COLOURS[r["removed_kind"]] for r in rem])
            ax.set_yticks(range(len(rem)), [f"{r['removed']}（{KIND_ZH[r['removed_kind']]}）" for r in rem])
            ax.set_xlabel("失去支撑的目标指标数")
            ax.set_title("移除情景：移除后失去支撑的目标指标")
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            fig.tight_layout()
            fig.savefig(os.path.join(out_dir, "whatif.png"), metadata={"Software": None})
            files.append("whatif.png")
    return files


def network_payload(imp: Impact, pos) -> dict:
    view = view_subgraph(imp)
    cent = {r["iri"]: r for r in imp.centrality}
    nodes = []
    for n in sorted(view.nodes):
        d = view.nodes[n]
        item = {"id": d["id"], "label": d["label"], "kind": d["kind"], "x": pos[n][0], "y": pos[n][1]}
        if d["kind"] == "Target":
            item["q"] = f"{d.get('value', '')}{d.get('unit', '')}"
        if n in cent:
            item["degree"] = cent[n]["degree"]
            item["betweenness"] = cent[n]["betweenness"]
        nodes.append(item)
    index = {n: i for i, n in enumerate(sorted(view.nodes))}
    edges = [[index[a], index[b], view.edges[a, b]["rel"]] for a, b in sorted(view.edges)]
    return {"nodes": nodes, "edges": edges, "kindOrder": list(KINDS), "kinds": {k: {"zh": KIND_ZH[k], "colour": KIND_COLOURS[k]} for k in KINDS},
            "title": "园区 → 项目 → 目标指标 → 目标 网络" +
                     (f"：{imp.net.nodes[imp.focus]['label']}" if imp.focus else "")}


_HTML = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; background: #fafafa; color: #222; }
header { padding: 6px 12px; border-bottom: 1px solid #ddd; background: #fff; display: flex; gap: 16px;
  align-items: center; flex-wrap: wrap; }
header h1 { font-size: 16px; margin: 0; }
.legend span { display: inline-flex; align-items: center; gap: 4px; margin-right: 10px; font-size: 13px; }
.legend i { width: 11px; height: 11px; border-radius: 50%; display: inline-block; }
#hint { font-size: 12px; color: #666; }
#view { position: relative; flex: 1; min-height: 0; }
svg#net { width: 100%; height: 100%; cursor: grab; display: block; }
svg#net.dragging { cursor: grabbing; }
.edge { stroke: #c8c8c8; stroke-width: 1; }
.node { stroke: #fff; stroke-width: 1.2; cursor: pointer; }
.label { font-size: 11px; fill: #333; pointer-events: none; paint-order: stroke; stroke: #fafafa;
  stroke-width: 3px; }
.label.Park { font-size: 13px; font-weight: bold; }
.dim { opacity: 0.12; }
.edge.hl { stroke: #555; stroke-width: 1.6; }
#tip { position: absolute; pointer-events: none; background: rgba(255,255,255,0.96); border: 1px solid #bbb;
  border-radius: 4px; padding: 6px 8px; font-size: 12px; max-width: 360px; display: none; }
#tip b { font-size: 13px; }
#tip code { color: #666; font-size: 11px; word-break: break-all; }
</style>
</head>
<body>
<header><h1 id="title">__TITLE__</h1><div class="legend" id="legend"></div>
<div id="hint">拖动平移 · 滚轮缩放 · 悬停查看 · 点击高亮上下游（再次点击或点击空白处取消）</div></header>
<div id="view"><svg id="net" role="img" aria-label="__TITLE__"><g id="viewport"><g id="edges"></g><g id="nodes"></g>
<g id="labels"></g></g></svg><div id="tip"></div></div>
<noscript><p>This view needs JavaScript; the same tables are in impact.md.</p></noscript>
<script type="application/json" id="data">__DATA__</script>
<script>
/* Hand-written on purpose: the page must open offline with nothing loaded from elsewhere, so no chart
   library. Positions are precomputed (networkx spring layout, fixed seed); this script only draws SVG
   and handles pan, zoom, hover and click-to-highlight. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var svg = document.getElementById("net");
  var NS = svg.namespaceURI;  /* the SVG namespace, taken from the inline element */
  var vp = document.getElementById("viewport");
  var tip = document.getElementById("tip");
  var W = 1000, H = 750, PAD = 40;
  var R = {Park: 10, Project: 7, Goal: 8, Target: 5, Task: 3.5};
  var LABELLED = {Park: 1, Project: 1, Goal: 1};
  var xs = data.nodes.map(function (n) { return n.x; }), ys = data.nodes.map(function (n) { return n.y; });
  var minX = Math.min.apply(null, xs.concat([0])), maxX = Math.max.apply(null, xs.concat([0]));
  var minY = Math.min.apply(null, ys.concat([0])), maxY = Math.max.apply(null, ys.concat([0]));
  function px(n) { return PAD + (n.x - minX) / ((maxX - minX) || 1) * (W - 2 * PAD); }
  function py(n) { return PAD + (maxY - n.y) / ((maxY - minY) || 1) * (H - 2 * PAD); }
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);

  var legend = document.getElementById("legend");
  data.kindOrder.forEach(function (k) {
    var count = data.nodes.filter(function (n) { return n.kind === k; }).length;
    var s = document.createElement("span");
    var i = document.createElement("i");
    i.style.background = data.kinds[k].colour;
    s.appendChild(i);
    s.appendChild(document.createTextNode(data.kinds[k].zh + " " + k + " (" + count + ")"));
    legend.appendChild(s);
  });

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (a) { e.setAttribute(a, attrs[a]); });
    parent.appendChild(e);
    return e;
  }
  var out = data.nodes.map(function () { return []; }), inc = data.nodes.map(function () { return []; });
  var edgeEls = data.edges.map(function (e, i) {
    out[e[0]].push(i); inc[e[1]].push(i);
    var a = data.nodes[e[0]], b = data.nodes[e[1]];
    return el("line", {"class": "edge", x1: px(a), y1: py(a), x2: px(b), y2: py(b), "data-rel": e[2]},
              document.getElementById("edges"));
  });
  var order = ["Task", "Target", "Goal", "Project", "Park"];
  var nodeEls = [], labelEls = [];
  order.forEach(function (k) {
    data.nodes.forEach(function (n, i) {
      if (n.kind !== k) return;
      nodeEls[i] = el("circle", {"class": "node " + n.kind, cx: px(n), cy: py(n), r: R[n.kind],
                                 fill: data.kinds[n.kind].colour, "data-id": n.id, "data-kind": n.kind,
                                 "data-label": n.label}, document.getElementById("nodes"));
      nodeEls[i].addEventListener("mousemove", function (ev) { showTip(ev, i); });
      nodeEls[i].addEventListener("mouseleave", function () { tip.style.display = "none"; });
      nodeEls[i].addEventListener("click", function (ev) { ev.stopPropagation(); highlight(i); });
      if (LABELLED[n.kind]) {
        var t = el("text", {"class": "label " + n.kind, x: px(n), y: py(n) - R[n.kind] - 3,
                            "text-anchor": "middle"}, document.getElementById("labels"));
        t.textContent = n.label.length > 16 ? n.label.slice(0, 15) + "…" : n.label;
        labelEls[i] = t;
      }
    });
  });

  function showTip(ev, i) {
    var n = data.nodes[i];
    var html = "<b></b><br><span></span>";
    tip.innerHTML = html;
    tip.firstChild.textContent = n.label;
    var extra = data.kinds[n.kind].zh + " " + n.kind + (n.q ? " · " + n.q : "") +
      " · 入 " + inc[i].length + " / 出 " + out[i].length +
      (n.degree !== undefined ? " · 度中心性 " + n.degree.toFixed(3) + " · 介数 " + n.betweenness.toFixed(3) : "");
    tip.lastChild.textContent = extra;
    var c = document.createElement("code");
    c.textContent = n.id;
    tip.appendChild(document.createElement("br"));
    tip.appendChild(c);
    var box = document.getElementById("view").getBoundingClientRect();
    tip.style.left = (ev.clientX - box.left + 14) + "px";
    tip.style.top = (ev.clientY - box.top + 14) + "px";
    tip.style.display = "block";
  }

  var selected = -1;
  function walk(start, adj, end) {
    var seen = {}, stack = [start];
    seen[start] = true;
    while (stack.length) {
      var v = stack.pop();
      adj[v].forEach(function (ei) {
        var w = data.edges[ei][end];
        if (!seen[w]) { seen[w] = true; stack.push(w); }
      });
    }
    return seen;
  }
  function highlight(i) {
    if (i === selected || i < 0) {
      selected = -1;
      nodeEls.forEach(function (e) { if (e) e.classList.remove("dim"); });
      labelEls.forEach(function (e) { if (e) e.classList.remove("dim"); });
      edgeEls.forEach(function (e) { e.classList.remove("dim", "hl"); });
      return;
    }
    selected = i;
    var down = walk(i, out, 1), up = walk(i, inc, 0);
    nodeEls.forEach(function (e, j) { if (e) e.classList.toggle("dim", !(down[j] || up[j])); });
    labelEls.forEach(function (e, j) { if (e) e.classList.toggle("dim", !(down[j] || up[j])); });
    edgeEls.forEach(function (e, k) {
      var a = data.edges[k][0], b = data.edges[k][1];
      var on = (down[a] && down[b]) || (up[a] && up[b]);
      e.classList.toggle("dim", !on);
      e.classList.toggle("hl", on);
    });
  }
  svg.addEventListener("click", function () { if (!moved) highlight(-1); });

  /* pan and zoom: a transform on the viewport group */
  var tx = 0, ty = 0, k = 1, drag = null, moved = false;
  function apply() { vp.setAttribute("transform", "translate(" + tx + "," + ty + ") scale(" + k + ")"); }
  function toSvg(ev) {
    var r = svg.getBoundingClientRect(), s = Math.min(r.width / W, r.height / H);
    var ox = (r.width - W * s) / 2, oy = (r.height - H * s) / 2;
    return [(ev.clientX - r.left - ox) / s, (ev.clientY - r.top - oy) / s, s];
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toSvg(ev), f = Math.exp(-ev.deltaY * 0.0015), nk = Math.max(0.2, Math.min(12, k * f));
    tx = p[0] - (p[0] - tx) * nk / k; ty = p[1] - (p[1] - ty) * nk / k; k = nk;
    apply();
  }, {passive: false});
  svg.addEventListener("mousedown", function (ev) {
    drag = {x: ev.clientX, y: ev.clientY, tx: tx, ty: ty, s: toSvg(ev)[2]}; moved = false;
    svg.classList.add("dragging");
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
    tx = drag.tx + dx / drag.s; ty = drag.ty + dy / drag.s;
    apply();
  });
  window.addEventListener("mouseup", function () {
    drag = null; svg.classList.remove("dragging");
    setTimeout(function () { moved = false; }, 0);
  });
  apply();
  document.body.setAttribute("data-rendered", String(data.nodes.length));
})();
</script>
</body>
</html>
"""


def write_html(imp: Impact, path: str, pos) -> None:
    payload = network_payload(imp, pos)
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("</", "<\\/").replace("<!--", "<\\!--")
    title = html.escape(payload["title"])
    page = _HTML.replace("__TITLE__", title).replace("__DATA__", data)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


def write_outputs(imp: Impact, out_dir: str) -> list[str]:
    os.makedirs(out_dir, exist_ok=True)
    net = imp.net
    _csv(os.path.join(out_dir, "park_reach.csv"), reach_rows(imp),
         ["park", "park_iri", "kind", "label", "iri", "steps", "value", "unit"])
    _csv(os.path.join(out_dir, "park_summary.csv"), summary_rows(imp),
         ["park", "park_iri", "aliases", "projects", "targets", "tasks", "goals"])
    _csv(os.path.join(out_dir, "centrality.csv"), imp.centrality,
         ["rank", "kind", "label", "iri", "degree", "betweenness", "betweenness_undirected", "pagerank", "upstream_pagerank",
          "in_degree", "out_degree", "reach_projects", "reach_targets", "reach_goals"])
    _csv(os.path.join(out_dir, "whatif.csv"), imp.whatif,
         ["removed_kind", "removed", "removed_iri", "removed_with", "target", "target_iri", "value", "unit",
          "lost_supporters", "remaining_parks"])
    _csv(os.path.join(out_dir, "whatif_summary.csv"), imp.removals,
         ["removed_kind", "removed", "removed_iri", "removed_with", "targets_lost"])
    view = view_subgraph(imp)
    _csv(os.path.join(out_dir, "nodes.csv"),
         [{"iri": n, **{k: v for k, v in d.items() if k in ("kind", "label", "value", "unit")}}
          for n, d in sorted(view.nodes(data=True))], ["iri", "kind", "label", "value", "unit"])
    _csv(os.path.join(out_dir, "edges.csv"),
         [{"source": a, "target": b, "relation": d["rel"], "source_label": net.nodes[a]["label"],
           "target_label": net.nodes[b]["label"]} for a, b, d in sorted(view.edges(data=True))],
         ["source", "relation", "target", "source_label", "target_label"])
    pos = _layout(view)
    font = find_cjk_font()
    if font is None:
        warnings.warn("no CJK font found (install fonts-noto-cjk): Chinese labels in the PNGs may show as "
                      "boxes", RuntimeWarning, stacklevel=2)
    plots = write_plots(imp, out_dir, pos, font)
    write_html(imp, os.path.join(out_dir, "network.html"), pos)
    write_markdown(imp, os.path.join(out_dir, "impact.md"), plots, font[0] if font else None)
    return sorted(p for p in os.listdir(out_dir) if not p.startswith("."))


def run(graphs, out_dir: str, park: str | None = None) -> Impact:
    """Analyse the graphs and write the outputs into a fresh folder swapped in as out_dir whole
    (outdir.staged: a non-empty folder that is not a policykg output is refused, never written into)."""
    from .outdir import check_out, staged

    check_out(out_dir, graphs)  # before the work: a bad --out costs nothing
    imp = analyse(load(graphs), park)
    if not imp.parks:
        raise InputError(f"{', '.join(graphs)}: no pkg:Park in the graph; nothing to analyse")
    with staged(out_dir, graphs) as tmp:
        write_outputs(imp, str(tmp))
    return imp
