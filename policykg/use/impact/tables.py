"""The impact analysis as CSV tables and a Markdown report (impact.md), grouped by province."""
from __future__ import annotations

import csv
import io
from itertools import groupby

import networkx as nx

from ...sheetcells import guarded
from .metrics import REACH_KINDS, Impact, view_nodes
from .network import KIND_ZH, KINDS, nodes_of

TOP_CENTRALITY = 50   # rows of the centrality ranking in impact.md (all of them are in centrality.csv)

FIELDS = {
    "park_reach.csv": ["province", "jurisdiction", "park", "park_iri", "kind", "label", "iri", "steps",
                       "value", "unit"],
    "park_summary.csv": ["province", "jurisdiction", "park", "park_iri", "aliases", "projects", "targets",
                         "tasks", "goals"],
    "jurisdictions.csv": ["province", "jurisdiction", "jurisdiction_iri", "parks", "projects", "targets",
                          "tasks", "goals"],
    "centrality.csv": ["rank", "kind", "label", "iri", "province", "jurisdiction", "degree", "betweenness",
                       "betweenness_undirected", "pagerank", "upstream_pagerank", "in_degree", "out_degree",
                       "reach_projects", "reach_targets", "reach_tasks", "reach_goals"],
    # a removal's rows carry the removed node's place after its IRI, as the contract asks of every impact table
    "whatif.csv": ["removed_kind", "removed", "removed_iri", "province", "jurisdiction", "target", "target_iri",
                   "value", "unit", "lost_supporters", "remaining_parks"],
    "whatif_removed_with.csv": ["removed_kind", "removed", "removed_iri", "province", "jurisdiction", "project",
                                "project_iri"],
    "whatif_summary.csv": ["removed_kind", "removed", "removed_iri", "province", "jurisdiction", "removed_with",
                           "targets_lost"],
    "nodes.csv": ["iri", "kind", "label", "province", "jurisdiction", "value", "unit"],
    "edges.csv": ["source", "relation", "target", "source_label", "target_label"],
}


def write_csv(path: str, rows: list[dict], fields: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows({k: guarded("" if v is None else str(v)) for k, v in row.items()} for row in rows)


def parks_by_place(imp: Impact) -> list[str]:
    """The parks analysed, by province and jurisdiction, then by reach (largest first)."""
    net = imp.net
    return sorted(imp.parks, key=lambda p: (net.nodes[p]["juris_key"], -imp.reach_total(p),
                                            net.nodes[p]["label"], p))


def place_cols(net: nx.DiGraph, n: str) -> dict:
    return {"province": net.nodes[n]["province"], "jurisdiction": net.nodes[n]["juris"]}


def reach_rows(imp: Impact) -> list[dict]:
    net, rows = imp.net, []
    for p in parks_by_place(imp):
        lengths = nx.single_source_shortest_path_length(net, p)
        for kind in REACH_KINDS:
            for n in imp.reach[p][kind]:
                rows.append({**place_cols(net, p), "park": net.nodes[p]["label"], "park_iri": p, "kind": kind,
                             "label": net.nodes[n]["label"], "iri": n, "steps": lengths[n],
                             "value": net.nodes[n].get("value", ""), "unit": net.nodes[n].get("unit", "")})
    return rows


def summary_rows(imp: Impact) -> list[dict]:
    net = imp.net
    return [{**place_cols(net, p), "park": net.nodes[p]["label"], "park_iri": p,
             "aliases": "、".join(net.nodes[p]["alt"]),
             "projects": len(imp.reach[p]["Project"]), "targets": len(imp.reach[p]["Target"]),
             "tasks": len(imp.reach[p]["Task"]), "goals": len(imp.reach[p]["Goal"])}
            for p in parks_by_place(imp)]


def jurisdiction_rows(imp: Impact) -> list[dict]:
    """One row per jurisdiction with parks: how many parks, and the distinct nodes they reach."""
    net, rows = imp.net, []
    for _, group in groupby(parks_by_place(imp), key=lambda p: net.nodes[p]["juris_key"]):
        parks = list(group)
        reached = {k: set().union(*(imp.reach[p][k] for p in parks)) for k in REACH_KINDS}
        rows.append({**place_cols(net, parks[0]), "jurisdiction_iri": net.nodes[parks[0]]["juris_iri"],
                     "parks": len(parks), "projects": len(reached["Project"]),
                     "targets": len(reached["Target"]), "tasks": len(reached["Task"]),
                     "goals": len(reached["Goal"])})
    return rows


def with_rows(imp: Impact) -> list[dict]:
    """One row per removal and project removed with it (a park's projects located only in it), in the
    removals' order, projects by IRI: the tidy form of whatif_summary.csv's removed_with list."""
    net = imp.net
    return [{"removed_kind": r["removed_kind"], "removed": r["removed"], "removed_iri": r["removed_iri"],
             "province": r["province"], "jurisdiction": r["jurisdiction"],
             "project": net.nodes[p]["label"], "project_iri": p} for r in imp.removals for p in r["with_iris"]]


def write_tables(imp: Impact, out_dir: str) -> None:
    net, view = imp.net, view_nodes(imp)
    keep = set(view)
    tables = {
        "park_reach.csv": reach_rows(imp), "park_summary.csv": summary_rows(imp),
        "jurisdictions.csv": jurisdiction_rows(imp), "centrality.csv": imp.centrality,
        "whatif.csv": imp.whatif, "whatif_summary.csv": imp.removals, "whatif_removed_with.csv": with_rows(imp),
        "nodes.csv": [{"iri": n, **place_cols(net, n), **net.nodes[n]} for n in view],
        "edges.csv": [{"source": a, "target": b, "relation": d["rel"], "source_label": net.nodes[a]["label"],
                       "target_label": net.nodes[b]["label"]}
                      for a, b, d in sorted(net.edges(data=True)) if a in keep and b in keep],
    }
    for name, rows in tables.items():
        write_csv(f"{out_dir}/{name}", rows, FIELDS[name])


# ---------------------------------------------------------------------------------------------- markdown

def md_text(value) -> str:
    """A label as Markdown text: one line, with & < > as entities, so that a label from the graph is
    never read as HTML by a Markdown viewer (they render the entities as the characters)."""
    import html

    return html.escape(" ".join(str(value).split("\n")), quote=False)


def md_table(header: list[str], rows: list[list]) -> str:
    cell = lambda v: md_text(v).replace("|", "\\|")  # noqa: E731
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def target_text(net: nx.DiGraph, t: str) -> str:
    d = net.nodes[t]
    q = f"{d.get('value', '')}{d.get('unit', '')}"
    return f"{d['label']}（{q}）" if q else d["label"]


def md_reach(imp: Impact) -> str:
    """Section 1: per province, one row per park (its projects, targets and goals)."""
    net, buf = imp.net, io.StringIO()
    for province, group in groupby(parks_by_place(imp), key=lambda p: net.nodes[p]["province"]):
        rows = []
        for p in group:
            r = imp.reach[p]
            rows.append([net.nodes[p]["label"], net.nodes[p]["juris"],
                         "、".join(net.nodes[n]["label"] for n in r["Project"]) or "—",
                         "；".join(target_text(net, n) for n in r["Target"]) or "—",
                         len(r["Task"]), "、".join(net.nodes[n]["label"] for n in r["Goal"]) or "—"])
        buf.write(f"### {province}\n\n")
        buf.write(md_table(["园区", "辖区", "项目", "目标指标", "任务数", "目标"], rows) + "\n")
    return buf.getvalue()


def md_centrality(imp: Impact) -> str:
    rows = imp.centrality[:TOP_CENTRALITY]
    head = ("On the directed network: degree centrality (in + out, normalised), betweenness (normalised, "
            "directed shortest paths; 0 for parks, which are sources; the undirected betweenness beside it "
            "shows which nodes bridge parts of the plan), PageRank (α = 0.85, along support towards goals) "
            "and upstream PageRank (on the reversed network: how much a node feeds). Ranked by degree, then "
            f"betweenness, then upstream PageRank; the first {len(rows)} of {len(imp.centrality)} "
            "(all in `centrality.csv`).\n\n")
    head += "".join(f"Note — {md_text(n)}.\n\n" for n in imp.notes)
    return head + md_table(
        ["#", "类型", "名称", "辖区", "度中心性", "介数", "介数（无向）", "PageRank", "上游 PageRank", "项目",
         "目标指标", "目标"],
        [[r["rank"], KIND_ZH[r["kind"]], r["label"], r["jurisdiction"], f"{r['degree']:.4f}",
          f"{r['betweenness']:.4f}", f"{r['betweenness_undirected']:.4f}", f"{r['pagerank']:.4f}",
          f"{r['upstream_pagerank']:.4f}", r["reach_projects"], r["reach_targets"], r["reach_goals"]]
         for r in rows])


def _removed_with(imp: Impact):
    """Each what-if row's 一并移除的项目 cell: the list on a removal's first row only. Repeated on every
    target a park leaves unsupported, it grew with the square of the park's projects (30,000: gigabytes,
    and impact ran out of memory)."""
    shown, with_ = None, {r["removed_iri"]: r["removed_with"] for r in imp.removals}
    for r in imp.whatif:
        same = r["removed_iri"] == shown and with_[r["removed_iri"]]
        shown = r["removed_iri"]
        yield "〃" if same else with_[r["removed_iri"]] or "—"


def md_whatif(imp: Impact) -> str:
    buf = io.StringIO()
    buf.write("Each park and project removed on its own. Removing a project lists the targets it supported "
              "that no other project supports any more (a park still stating the target is shown). "
              "Removing a park removes the projects located only in it too, and lists the targets that "
              "no park or project supports any more.\n\n")
    if imp.whatif:
        buf.write("A park's projects removed with it are listed on its first row (〃: the same).\n\n")
        buf.write(md_table(["移除", "类型", "一并移除的项目", "失去支撑的目标指标", "数值", "单位", "仍由园区提出"],
                           [[r["removed"], KIND_ZH[r["removed_kind"]], with_, r["target"], r["value"], r["unit"],
                             r["remaining_parks"] or "—"] for r, with_ in zip(imp.whatif, _removed_with(imp))]))
    else:
        buf.write("No removal leaves a target without support.\n")
    quiet = sum(1 for r in imp.removals if not r["targets_lost"])
    buf.write(f"\n{quiet} of {len(imp.removals)} removals leave every target supported "
              "(`whatif_summary.csv`).\n\n")
    return buf.getvalue()


def write_markdown(imp: Impact, path: str, plots: list[str], font: str | None) -> None:
    net = imp.net
    kinds = {k: len(nodes_of(net, k)) for k in KINDS}
    parts = [f"# 园区影响分析{'：' + md_text(net.nodes[imp.focus]['label']) if imp.focus else ''}\n\n",
             "Park → project → target → goal network built from the graph "
             f"({net.number_of_nodes()} nodes, {net.number_of_edges()} edges: "
             + ", ".join(f"{kinds[k]} {KIND_ZH[k]}" for k in KINDS) + ").\n\n",
             "Edges follow support: 园区 —hosts→ 项目 —hasTarget/contributesTo→ 目标指标; 园区 —hasTarget→ 目标指标; "
             "目标指标 → 所属任务 —partOf→ 工作领域 —contributesTo→ 目标; 园区/项目 → 提及它的任务 (pkg:mentions). "
             "Each node belongs to the jurisdiction of the report that states it, grouped by province.\n\n",
             "## 1. 辖区汇总（by jurisdiction）\n\n",
             md_table(["省份", "辖区", "园区数", "项目数", "目标指标数", "任务数", "目标数"],
                      [[r["province"], r["jurisdiction"], r["parks"], r["projects"], r["targets"], r["tasks"],
                        r["goals"]] for r in jurisdiction_rows(imp)]),
             "\n## 2. 园区覆盖（park reach）\n\n", md_reach(imp),
             "Full list with steps from the park: `park_reach.csv`; counts: `park_summary.csv`.\n\n",
             "## 3. 中心性排名（centrality of parks and projects）\n\n", md_centrality(imp),
             "\n## 4. 移除情景（what-if removal）\n\n", md_whatif(imp), "## 5. 图（plots）\n\n"]
    parts += [f"![{p}]({p})\n\n" for p in plots]
    parts.append("Interactive view (offline, self-contained; filter by jurisdiction, search by name): "
                 "[network.html](network.html).\n")
    if font is None:
        parts.append("\nNo CJK font was found: Chinese labels in the PNGs may show as boxes "
                     "(install fonts-noto-cjk).\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(parts))
