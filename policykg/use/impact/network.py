"""The directed park → project → target → task → goal network (networkx), built from loaded facts.

Edges follow support, from where things happen to what they serve:

    Park ──hosts/locatedIn──▶ Project ──hasTarget/contributesTo──▶ Target
    Park ──hasTarget──▶ Target
    Target ──(owned by: Task hasTarget Target)──▶ Task ──partOf──▶ work area (a Task)
    Task/Project ──contributesTo──▶ Goal/Task/Target
    Park/Project ──(named in: Task mentions it)──▶ Task
    Target ──(Goal hasTarget Target)──▶ Goal
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import networkx as nx

from ...errors import UsageError
from ...vocab import ID
from .load import Facts, zh_label

# classes in the network, in precedence order (a node typed both Section and Task is a Task)
KINDS = ("Park", "Project", "Target", "Goal", "Task")
KIND_ZH = {"Park": "园区", "Project": "项目", "Target": "目标指标", "Goal": "目标", "Task": "任务"}
KIND_COLOURS = {"Park": "#d62728", "Project": "#1f77b4", "Target": "#2ca02c", "Goal": "#9467bd",
                "Task": "#a0a0a0"}


def short_id(node: str) -> str:
    """A readable id without a URL scheme (IRIs under the id base become `id:…`)."""
    if node.startswith(str(ID)):
        return "id:" + node[len(str(ID)):]
    return node.split("://", 1)[-1]


def reader_number(text: str) -> str:
    """A decimal as a reader writes it: 5.0 → 5, 40 → 40, 6.30 → 6.3."""
    try:
        d = Decimal(text)
    except InvalidOperation:
        return text
    if d == d.to_integral_value():
        return str(d.to_integral_value())
    return format(d.normalize(), "f")


def node_kinds(facts: Facts) -> dict[str, str]:
    return {s: next(k for k in KINDS if k in types)
            for s, types in facts.types.items() if any(k in types for k in KINDS)}


def support_edges(facts: Facts, kinds: dict[str, str]) -> set[tuple[str, str, str]]:
    """(from, to, relation) of every support edge between nodes of the network."""
    edges = set()

    def add(a, b, rel):
        if a in kinds and b in kinds and a != b:
            edges.add((a, b, rel))

    links = facts.links
    for project, place in links["locatedIn"]:
        if kinds.get(project) == "Project" and kinds.get(place) == "Park":
            add(place, project, "hosts")
    for park, project in links["hosts"]:
        if kinds.get(park) == "Park" and kinds.get(project) == "Project":
            add(park, project, "hosts")
    for owner, target in links["hasTarget"]:
        if kinds.get(target) == "Target":
            if kinds.get(owner) in ("Park", "Project"):
                add(owner, target, "hasTarget")
            elif kinds.get(owner) in ("Task", "Goal"):
                add(target, owner, "ownedBy")  # the target serves the task/goal that states it
    for a, b in links["contributesTo"]:
        if kinds.get(a) in ("Task", "Project") and kinds.get(b) in ("Goal", "Task", "Target"):
            add(a, b, "contributesTo")
    # a park or project serves the task that names it (pkg:mentions from a Task, not from a summary
    # section): this is how parks' own targets, which no task owns, still reach the goals
    for task, x in links["mentions"]:
        if kinds.get(task) == "Task" and kinds.get(x) in ("Park", "Project"):
            add(x, task, "namedIn")
    for a, b in links["partOf"]:
        if kinds.get(a) == "Task" and kinds.get(b) == "Task":
            add(a, b, "partOf")  # task → its work area
    return edges


def node_attrs(facts: Facts, node: str, kind: str) -> dict:
    home = facts.home.get(node)
    attrs = {"kind": kind, "label": zh_label(facts, node, short_id(node)), "id": short_id(node),
             "juris": home.name if home else "—", "juris_iri": home.iri if home else "",
             "province": home.province if home else "—",
             "juris_key": home.sort_key if home else ("999999", "999999", "—", "")}
    if kind == "Target":
        attrs["value"] = min((reader_number(v) for v in facts.values.get(node, ())), default="")
        attrs["unit"] = min(facts.units.get(node, ()), default="")
    attrs["alt"] = sorted(facts.alt.get(node, ()))
    attrs["names"] = sorted({t for _, t in facts.labels.get(node, [])} | set(attrs["alt"]))
    return attrs


def build_network(facts: Facts) -> nx.DiGraph:
    """The network; node ids are IRI strings, inserted in sorted order (deterministic iteration)."""
    kinds = node_kinds(facts)
    edges = support_edges(facts, kinds)
    used = {a for a, _, _ in edges} | {b for _, b, _ in edges}
    net = nx.DiGraph()
    for node in sorted(n for n, k in kinds.items() if k in ("Park", "Project") or n in used):
        net.add_node(node, **node_attrs(facts, node, kinds[node]))
    for a, b, rel in sorted(edges):
        if net.has_edge(a, b):
            net.edges[a, b]["rel"] = min(net.edges[a, b]["rel"], rel)
        else:
            net.add_edge(a, b, rel=rel)
    return net


def nodes_of(net: nx.DiGraph, kind: str) -> list[str]:
    return sorted((n for n, d in net.nodes(data=True) if d["kind"] == kind),
                  key=lambda n: (net.nodes[n]["label"], n))


def _park_list(net: nx.DiGraph, parks: list, most: int = 20) -> str:
    """The first ``most`` parks as 'name（jurisdiction）'; when two read alike, each with its id, which --park
    takes (twin parks were listed as 甲园（—）、甲园（—）, nothing to choose one by)."""
    shown = [f"{net.nodes[p]['label']}（{net.nodes[p]['juris']}）" for p in parks]
    if len(set(shown)) < len(shown):
        shown = [f"{net.nodes[p]['label']}（{net.nodes[p]['juris']}, {net.nodes[p]['id']}）" for p in parks]
        return "、".join(shown[:most]) + _more(parks, most) + "; give one's id"
    return "、".join(shown[:most]) + _more(parks, most)


def _more(parks: list, most: int) -> str:
    return f" and {len(parks) - most} more" if len(parks) > most else ""


def find_park(net: nx.DiGraph, name: str) -> str:
    """The park whose rdfs:label or skos:altLabel is NAME (exact; then a unique substring match)."""
    parks = nodes_of(net, "Park")
    exact = [p for p in parks if name in net.nodes[p]["names"] or name == p or name == net.nodes[p]["id"]]
    if len(exact) == 1:
        return exact[0]
    partial = [p for p in parks if any(name in n for n in net.nodes[p]["names"])]
    if len(exact) > 1 or len(partial) > 1:
        raise UsageError(f"--park {name!r} matches several parks: {_park_list(net, exact or partial)}")
    if partial:
        return partial[0]
    known = "、".join(net.nodes[p]["label"] for p in parks[:20]) or "none"
    raise UsageError(f"no park named {name!r} in the graph (parks: {known}{_more(parks, 20)})")
