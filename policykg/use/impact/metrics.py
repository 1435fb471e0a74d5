"""Reach, centrality and what-if removal on the impact network.

A park *reaches* every node downstream of it: the projects it hosts, their and its own targets, the
tasks owning those targets or naming the park, the work areas above them and the goals those serve.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from .network import nodes_of

REACH_KINDS = ("Project", "Target", "Task", "Goal")


@dataclass
class Impact:
    net: nx.DiGraph
    parks: list[str]                       # parks analysed (all, or the one asked for)
    reach: dict[str, dict[str, list[str]]]  # park or project → kind → nodes reached
    centrality: list[dict]
    whatif: list[dict]                     # one row per (removed node, target left without support)
    removals: list[dict]                   # one row per removal: what was removed (with_iris: the projects
                                           # removed with a park), how many targets lost
    focus: str | None = None
    notes: list[str] = field(default_factory=list)

    def reach_total(self, node: str) -> int:
        return sum(len(v) for v in self.reach[node].values())


def reach_of(net: nx.DiGraph, node: str) -> dict[str, list[str]]:
    down = nx.descendants(net, node)
    return {kind: sorted((n for n in down if net.nodes[n]["kind"] == kind),
                         key=lambda n: (net.nodes[n]["label"], n)) for kind in REACH_KINDS}


def component_graphs(g: nx.Graph) -> list[nx.Graph]:
    """Each (weakly) connected component of 3 nodes or more as a fresh graph with sorted nodes and
    edges: a subgraph view iterates in set order, which would make float sums run in varying order."""
    comps = nx.weakly_connected_components(g) if g.is_directed() else nx.connected_components(g)
    out = []
    for comp in sorted((sorted(c) for c in comps if len(c) > 2), key=lambda c: c[0]):
        sub = g.__class__()
        sub.add_nodes_from(comp)
        sub.add_edges_from(sorted(g.subgraph(comp).edges))
        out.append(sub)
    return out


# Betweenness costs about sources × (nodes + edges) steps per component; above this many in all (a few
# seconds of networkx; the 37-report corpus needs 270,000) each component gets a share of sources drawn
# with a fixed seed: the values are an estimate, the same on every run, and impact.md says so.
BETWEENNESS_BUDGET = 2_000_000


def betweenness(g: nx.Graph, budget: int | None = None, notes: list[str] | None = None) -> dict[str, float]:
    """networkx's normalised betweenness, computed one component at a time; a note goes to NOTES when
    it is a sampled estimate (see BETWEENNESS_BUDGET).

    No shortest path leaves its component, so the sums are the same; networkx's own loop sets up
    per-source tables over the whole graph, which on the corpus (4,500 nodes, most in small
    components) cost 40 s a call."""
    n, budget = len(g), budget or BETWEENNESS_BUDGET
    out = dict.fromkeys(sorted(g), 0.0)
    if n <= 2:
        return out
    # unnormalised undirected values are halved (each pair counted from both ends): undo that
    factor = (1.0 if g.is_directed() else 2.0) / ((n - 1) * (n - 2))
    subs = component_graphs(g)
    steps = sum(len(sub) * (len(sub) + sub.number_of_edges()) for sub in subs)
    share, used = min(1.0, budget / steps) if steps else 1.0, 0
    for sub in subs:
        k = max(1, int(len(sub) * share))
        used += min(k, len(sub))
        sample = {"k": k, "seed": 0} if k < len(sub) else {}
        for v, x in nx.betweenness_centrality(sub, normalized=False, **sample).items():
            out[v] = x * factor
    if share < 1.0 and notes is not None:
        notes.append(f"{'directed' if g.is_directed() else 'undirected'} betweenness estimated from {used:,} "
                     f"of {sum(map(len, subs)):,} shortest-path sources (sampled with a fixed seed): the exact "
                     f"value would take about {steps:,} steps, above the limit of {budget:,}")
    return out


def centrality(net: nx.DiGraph, reach: dict, only: set[str] | None = None,
               notes: list[str] | None = None) -> list[dict]:
    """Degree, betweenness and PageRank on the directed network, for parks and projects, ranked; a
    note on a sampled betweenness goes to NOTES."""
    degree = nx.degree_centrality(net) if len(net) > 1 else {n: 0.0 for n in net}
    between = betweenness(net, notes=notes)
    # parks are sources of the directed network, so their directed betweenness is 0 by construction;
    # betweenness on the undirected network shows which parks and projects bridge parts of the plan
    between_und = betweenness(nx.Graph(net), notes=notes)
    pagerank = nx.pagerank(net, alpha=0.85, max_iter=1000, tol=1e-12) if len(net) else {}
    # PageRank follows edges towards goals, so sources (parks) score low; on the reversed network it
    # measures how much a node feeds — reported beside it as upstream PageRank
    upstream = nx.pagerank(net.reverse(copy=True), alpha=0.85, max_iter=1000, tol=1e-12) if len(net) else {}
    rows = []
    for kind in ("Park", "Project"):
        for n in nodes_of(net, kind):
            if only is not None and n not in only:
                continue
            r, d = reach[n], net.nodes[n]
            rows.append({
                "kind": kind, "label": d["label"], "iri": n, "jurisdiction": d["juris"],
                "province": d["province"], "in_degree": net.in_degree(n), "out_degree": net.out_degree(n),
                "degree": round(degree[n], 6), "betweenness": round(between[n], 6),
                "betweenness_undirected": round(between_und[n], 6),
                "pagerank": round(pagerank[n], 6), "upstream_pagerank": round(upstream[n], 6),
                "reach_projects": len(r["Project"]), "reach_targets": len(r["Target"]),
                "reach_tasks": len(r["Task"]), "reach_goals": len(r["Goal"]),
            })
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], -r["upstream_pagerank"], r["label"], r["iri"]))
    for i, r in enumerate(rows, 1):
        r["rank"] = i
    return rows


def supporters(net: nx.DiGraph, target: str, gone: set[str] = frozenset()) -> set[str]:
    """The parks and projects upstream of target, along paths through no node of GONE. A walk of its own:
    nx.ancestors on a restricted view takes the view's length, which counts every node, once per call
    (a graph of 12,000 nodes took 7 minutes of what-if)."""
    seen, todo = {target}, [target]
    while todo:
        for p in net.predecessors(todo.pop()):
            if p not in seen and p not in gone:
                seen.add(p)
                todo.append(p)
    return {n for n in seen if n != target and net.nodes[n]["kind"] in ("Park", "Project")}


def removed_with(net: nx.DiGraph, x: str) -> set[str]:
    """What goes when X goes: a park takes with it the projects located only in that park."""
    gone = {x}
    if net.nodes[x]["kind"] == "Park":
        for p in net.successors(x):
            if net.nodes[p]["kind"] == "Project":
                if {q for q in net.predecessors(p) if net.nodes[q]["kind"] == "Park"} == {x}:
                    gone.add(p)
    return gone


def loses_support(net: nx.DiGraph, kind: str, before: set[str], after: set[str]) -> bool:
    if kind == "Project":
        had_projects = any(net.nodes[n]["kind"] == "Project" for n in before)
        return had_projects and not any(net.nodes[n]["kind"] == "Project" for n in after)
    return not after


def _supported(before: dict[str, set[str]]) -> dict[str, list[str]]:
    """Park or project → the targets it supports, in BEFORE's order: a removal looks at its own targets
    only (asking every target at every removal took quadratic time: a park of 30,000 projects, minutes)."""
    out: dict[str, list[str]] = {}
    for t, had in before.items():
        for n in had:
            out.setdefault(n, []).append(t)
    return out


def what_if(net: nx.DiGraph, removed_nodes: list[str]) -> tuple[list[dict], list[dict]]:
    """For each park and project removed on its own, the targets it leaves without support.

    Removing a project: a target is listed when the project supported it (directly or through other
    nodes) and no other project does any more; parks still stating the target are reported beside it.
    Removing a park removes with it the projects located only in that park; a target is listed when no
    park or project is left supporting it. Those projects are named once per removal (its with_iris and
    removed_with), not on each target's row: repeated there, they grew with the square of the park's projects.
    """
    before = {t: supporters(net, t) for t in nodes_of(net, "Target")}
    supported, order = _supported(before), {t: i for i, t in enumerate(before)}
    label = lambda n: net.nodes[n]["label"]  # noqa: E731
    rows, removals = [], []
    for x in removed_nodes:
        kind, gone = net.nodes[x]["kind"], removed_with(net, x)
        place = {"province": net.nodes[x]["province"], "jurisdiction": net.nodes[x]["juris"]}
        with_iris = sorted(gone - {x})
        with_ = "、".join(label(p) for p in with_iris)
        lost = []
        for t in sorted({t for g in gone for t in supported.get(g, ())}, key=order.__getitem__):
            had = before[t]
            after = supporters(net, t, gone)
            if not loses_support(net, kind, had, after):
                continue
            lost.append(t)
            rows.append({
                "removed_kind": kind, "removed": label(x), "removed_iri": x, **place,
                "target": label(t), "target_iri": t,
                "value": net.nodes[t].get("value", ""), "unit": net.nodes[t].get("unit", ""),
                "lost_supporters": "、".join(sorted(label(n) for n in had & gone)),
                "remaining_parks": "、".join(sorted(label(n) for n in after if net.nodes[n]["kind"] == "Park")),
            })
        removals.append({"removed_kind": kind, "removed": label(x), "removed_iri": x, "removed_with": with_,
                         "with_iris": with_iris, **place, "targets_lost": len(lost)})
    return rows, removals


def analyse_network(net: nx.DiGraph, focus: str | None = None) -> Impact:
    parks = [focus] if focus else nodes_of(net, "Park")
    reach = {n: reach_of(net, n) for n in nodes_of(net, "Park") + nodes_of(net, "Project")}
    projects = reach[focus]["Project"] if focus else nodes_of(net, "Project")
    scope = {focus} | set(projects) if focus else None
    notes: list[str] = []
    cent = centrality(net, reach, only=scope, notes=notes)
    rows, removals = what_if(net, parks + projects)
    return Impact(net=net, parks=parks, reach=reach, centrality=cent, whatif=rows, removals=removals,
                  focus=focus, notes=notes)


def view_nodes(imp: Impact) -> list[str]:
    """The nodes shown: everything, or the focus park and all it reaches."""
    if imp.focus is None:
        return sorted(imp.net)
    return sorted({imp.focus} | nx.descendants(imp.net, imp.focus))
