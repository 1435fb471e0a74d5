"""Park → project → target flows: what each park hosts and what that serves, as rows a chart can draw
(one chart per jurisdiction, or one for the park asked for)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from .metrics import Impact
from .network import KIND_COLOURS
from .tables import parks_by_place, target_text

MAX_ROWS = 40  # rows of one chart; the parks that do not fit are named in a footnote
FLOW_FILE = "flow.png"        # the chart of the park asked for
FLOW_DIR = "jurisdictions"    # one <place>.png per jurisdiction


@dataclass
class ParkFlow:
    park: str
    projects: list[tuple[str, list[str]]]  # (project, the targets it reaches)
    own_targets: list[str]                 # targets the park reaches other than through its projects
    tasks: int
    goals: list[str]
    rows: int = field(init=False)
    truncated: bool = False                # rows left out to keep the chart readable

    def __post_init__(self):
        self.rows = max(1, sum(max(1, len(t)) for _, t in self.projects) + len(self.own_targets))


def park_flow(imp: Impact, park: str) -> ParkFlow:
    net, reach = imp.net, imp.reach
    projects = [(p, reach[p]["Target"]) for p in reach[park]["Project"]]
    via = {t for _, ts in projects for t in ts}
    return ParkFlow(park, projects, [t for t in reach[park]["Target"] if t not in via],
                    len(reach[park]["Task"]), [net.nodes[g]["label"] for g in reach[park]["Goal"]])


def jurisdiction_flows(imp: Impact) -> dict[str, list[ParkFlow]]:
    """jurisdiction IRI → the flows of its parks, largest reach first (in province order)."""
    out: dict[str, list[ParkFlow]] = {}
    for p in parks_by_place(imp):
        out.setdefault(imp.net.nodes[p]["juris_iri"] or "unknown", []).append(park_flow(imp, p))
    return out


def place_key(imp: Impact, n: str) -> str:
    """The id of N's jurisdiction in file names and in the page: the last segment of its IRI (place_keys)."""
    keys = imp.net.graph.get("place_keys")
    if keys is None:
        keys = imp.net.graph["place_keys"] = place_keys({d["juris_iri"] for _, d in imp.net.nodes(data=True)})
    return keys.get(imp.net.nodes[n]["juris_iri"]) or "unknown"


def place_keys(iris) -> dict[str, str]:
    """IRI → the last segment of it, made unique: a segment two IRIs share (http://a/x, http://b/x; X and x
    on a case-insensitive disk), `unknown` or one too long for a file name gets a hash of its IRI. Two
    jurisdictions shared jurisdictions/x.png, the second chart drawn over the first, one filter in the page."""
    import hashlib
    from collections import Counter

    last = {iri: iri.rstrip("/").rsplit("/", 1)[-1] for iri in iris if iri}
    shared = Counter(k.casefold() for k in last.values())
    return {iri: k if k and shared[k.casefold()] == 1 and k != "unknown" and len(k.encode()) <= 100
            else "-".join(filter(None, (k[:30], hashlib.sha1(iri.encode()).hexdigest()[:8])))
            for iri, k in last.items()}


def shorten(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def trimmed(f: ParkFlow) -> ParkFlow:
    """F cut to MAX_ROWS rows: its projects (and their targets) first, then its own targets."""
    projects, used = [], 0
    for p, targets in f.projects:
        if used >= MAX_ROWS:
            break
        targets = targets[: max(1, MAX_ROWS - used)]
        projects.append((p, targets))
        used += max(1, len(targets))
    cut = ParkFlow(f.park, projects, f.own_targets[: max(0, MAX_ROWS - used)], f.tasks, f.goals)
    cut.truncated = True
    return cut


def fit(flows: list[ParkFlow]) -> tuple[list[ParkFlow], list[ParkFlow]]:
    """The flows that fit in MAX_ROWS rows (at least one, trimmed if it alone is longer), and the rest."""
    shown, used = [], 0
    for i, f in enumerate(flows):
        if shown and used + f.rows > MAX_ROWS:
            return shown, flows[i:]
        shown.append(f if f.rows <= MAX_ROWS else trimmed(f))
        used += shown[-1].rows
    return shown, []


def place_boxes(imp: Impact, flows: list[ParkFlow]) -> tuple[list[tuple], list[tuple]]:
    """(column, row, kind, text) boxes and (from column, row, to column, row) links, rows counted down."""
    net, boxes, links = imp.net, [], []
    row = 0
    for f in flows:
        top = row
        for project, targets in f.projects:
            p_row = row + (max(1, len(targets)) - 1) / 2
            boxes.append((1, p_row, "Project", shorten(net.nodes[project]["label"], 16)))
            for t in targets:
                boxes.append((2, row, "Target", shorten(target_text(net, t), 24)))
                links.append((1, p_row, 2, row))
                row += 1
            row += 0 if targets else 1
        for t in f.own_targets:
            boxes.append((2, row, "Target", shorten(target_text(net, t), 24)))
            row += 1
        park_row = top + (f.rows - 1) / 2
        links += [(0, park_row, 1, r) for c, r, k, _ in boxes if c == 1 and top <= r < top + f.rows]
        links += [(0, park_row, 2, r) for r in range(top + f.rows - len(f.own_targets), top + f.rows)]
        serves = f"任务 {f.tasks}" + (f" · 目标 {len(f.goals)}" if f.goals else "")
        boxes.append((0, park_row, "Park", shorten(net.nodes[f.park]["label"], 16)))
        boxes.append((3, park_row, "Task", serves))
        row = top + f.rows
    return boxes, links


def draw_flow(imp: Impact, flows: list[ParkFlow], title: str, path: str) -> None:
    """A left-to-right chart: parks, the projects they host, the targets those reach, and how many
    tasks and goals each park serves."""
    from matplotlib.figure import Figure

    shown, rest = fit(flows)
    boxes, links = place_boxes(imp, shown)
    rows = max(r for _, r, _, _ in boxes) + 1
    fig = Figure(figsize=(13, 1.4 + 0.34 * rows), dpi=100)
    ax = fig.add_axes((0.01, 0.4 / (1.4 + 0.34 * rows), 0.98, 0.34 * rows / (1.4 + 0.34 * rows)))
    ax.set_xlim(-0.05, 3.9)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_axis_off()
    xs = (0.0, 1.05, 2.1, 3.35)
    drawn = {}
    for col, r, kind, text in boxes:
        colour = KIND_COLOURS[kind]
        drawn[col, r] = ax.text(
            xs[col] + (0.0 if col < 3 else 0.02), r, text, va="center", ha="left", fontsize=9,
            color="#222222" if col < 3 else "#555555", fontweight="bold" if kind == "Park" else "normal",
            bbox=dict(boxstyle="round,pad=0.25", fc=colour + "22", ec=colour, lw=0.8) if col < 3 else None)
    for col, a, to, b in links:  # from the right edge of one label to the left edge of the next
        ax.annotate("", xy=(0, 0.5), xycoords=drawn[to, b], xytext=(1, 0.5), textcoords=drawn[col, a],
                    arrowprops=dict(arrowstyle="-", color="#b0b0b0", lw=0.8, shrinkA=3, shrinkB=3))
    for col, head in enumerate(("园区", "项目", "目标指标", "服务的任务与目标")):
        ax.text(xs[col], -0.5, head, va="bottom", ha="left", fontsize=10, fontweight="bold", color="#444444")
    fig.suptitle(title, fontsize=13, x=0.01, ha="left")
    notes = [f"另有 {len(rest)} 个园区未画出（见 park_summary.csv）：" +
             shorten("、".join(imp.net.nodes[f.park]["label"] for f in rest), 60)] if rest else []
    notes += ["只画出前 %d 行（完整列表见 park_reach.csv）" % MAX_ROWS] if any(f.truncated for f in shown) else []
    if notes:
        fig.text(0.01, 0.01, "；".join(notes), fontsize=8, color="#666666")
    fig.savefig(path, metadata={"Software": None})


def write_flows(imp: Impact, out_dir: str) -> list[str]:
    """flow.png for the park asked for, else jurisdictions/<place>.png for each jurisdiction."""
    if imp.focus:
        draw_flow(imp, [park_flow(imp, imp.focus)],
                  f"{imp.net.nodes[imp.focus]['label']}：园区 → 项目 → 目标指标", os.path.join(out_dir, FLOW_FILE))
        return [FLOW_FILE]
    os.makedirs(os.path.join(out_dir, FLOW_DIR), exist_ok=True)
    files = []
    for flows in jurisdiction_flows(imp).values():
        d = imp.net.nodes[flows[0].park]
        name = f"{FLOW_DIR}/{place_key(imp, flows[0].park)}.png"
        title = f"{d['province']} · {d['juris']}：{len(flows)} 个园区 → 项目 → 目标指标"
        draw_flow(imp, flows, title, os.path.join(out_dir, name))
        files.append(name)
    return files

