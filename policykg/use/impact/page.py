"""network.html: one self-contained page (data, style and script inline; nothing loaded from elsewhere)
with a park → project → target flow per park, a ranked table of projects, a filter by jurisdiction
(grouped by province) and a search by name. The script and style are files beside this module."""
from __future__ import annotations

import html
import json
import re
from importlib import resources
from itertools import groupby

from .flow import park_flow, place_key
from .metrics import Impact
from .network import KIND_COLOURS, KIND_ZH, nodes_of
from .tables import parks_by_place


def places(imp: Impact, nodes: list[str]) -> list[dict]:
    """Provinces, each with its jurisdictions, in division-code order (for the filter)."""
    net = imp.net
    ordered = sorted(nodes, key=lambda n: net.nodes[n]["juris_key"])
    out = []
    for province, group in groupby(ordered, key=lambda n: net.nodes[n]["province"]):
        juris = {}
        for n in group:
            juris.setdefault(place_key(imp, n), net.nodes[n]["juris"])
        out.append({"province": province, "jurisdictions": [{"key": k, "name": v} for k, v in juris.items()]})
    return out


class NodeTable:
    """Projects and targets referenced by the page, each once, by index."""

    def __init__(self, imp: Impact):
        self.imp, self.index, self.items = imp, {}, []

    def ref(self, n: str) -> int:
        if n not in self.index:
            d = self.imp.net.nodes[n]
            item = {"label": d["label"], "kind": d["kind"], "id": d["id"]}
            if d["kind"] == "Target":
                item["q"] = f"{d.get('value', '')}{d.get('unit', '')}"
            self.index[n] = len(self.items)
            self.items.append(item)
        return self.index[n]


def park_item(imp: Impact, p: str, table: NodeTable) -> dict:
    f, d = park_flow(imp, p), imp.net.nodes[p]
    return {"label": d["label"], "names": d["names"], "id": d["id"], "j": place_key(imp, p),
            "juris": d["juris"], "province": d["province"],
            "projects": [[table.ref(x), [table.ref(t) for t in ts]] for x, ts in f.projects],
            "own": [table.ref(t) for t in f.own_targets], "tasks": f.tasks, "goals": f.goals}


def project_rows(imp: Impact, table: NodeTable) -> list[dict]:
    """Projects in a park or with any reach (or the focus park's), largest reach first."""
    net = imp.net
    hosts = {x: [net.nodes[p]["label"] for p in sorted(net.predecessors(x)) if net.nodes[p]["kind"] == "Park"]
             for x in nodes_of(net, "Project")}
    scope = set(imp.reach[imp.focus]["Project"]) if imp.focus else None
    chosen = [x for x in nodes_of(net, "Project")
              if (x in scope if scope is not None else imp.reach_total(x) or hosts[x])]
    chosen.sort(key=lambda x: (-imp.reach_total(x), net.nodes[x]["label"], x))
    return [{"n": table.ref(x), "j": place_key(imp, x), "juris": net.nodes[x]["juris"],
             "targets": [table.ref(t) for t in imp.reach[x]["Target"]], "tasks": len(imp.reach[x]["Task"]),
             "goals": len(imp.reach[x]["Goal"]), "parks": hosts[x]} for x in chosen]


def payload(imp: Impact) -> dict:
    table = NodeTable(imp)
    parks = [park_item(imp, p, table) for p in parks_by_place(imp)]
    projects = project_rows(imp, table)
    shown = list(imp.parks) + [x for x in nodes_of(imp.net, "Project") if x in table.index]
    title = "园区 → 项目 → 目标指标" + (f"：{imp.net.nodes[imp.focus]['label']}" if imp.focus else "")
    return {"title": title, "parks": parks, "projects": projects, "nodes": table.items,
            "places": places(imp, shown),
            "kinds": {k: {"zh": KIND_ZH[k], "colour": KIND_COLOURS[k]} for k in KIND_ZH}}


def asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def write_html(imp: Impact, path: str) -> None:
    data = payload(imp)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # no '<' in a script element's text: '</script>' would end it and '<!--' change how it ends; '\\u003c' is
    # JSON ('<\\!--' was not, and the page's JSON.parse failed on a label holding '<!--')
    text = text.replace("<", "\\u003c")
    parts = {"STYLE": asset("page.css"), "SCRIPT": asset("page.js"), "TITLE": html.escape(data["title"]),
             "DATA": text}
    # one pass over the template: a label holding __DATA__ is not a placeholder
    page = re.sub(r"__(STYLE|SCRIPT|TITLE|DATA)__", lambda m: parts[m.group(1)], asset("page.html"))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)
