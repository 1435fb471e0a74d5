"""Ranked bar charts: parks and projects by reach (top N), provinces by what their parks reach, and
the removals that leave targets without support. Every chart has a fixed, readable size."""
from __future__ import annotations

import os
import warnings
from contextlib import contextmanager

from .metrics import Impact
from .network import KIND_COLOURS, KIND_ZH, nodes_of
from .tables import jurisdiction_rows

TOP_N = 25
CHART_FILES = {"provinces": "provinces.png", "parks": "parks.png", "projects": "projects.png",
               "whatif": "whatif.png"}
STACK = ("Project", "Target", "Task", "Goal")


@contextmanager
def plotting(font):
    """matplotlib settings for every chart: the CJK font, no run-dependent metadata."""
    import matplotlib

    fam = font[0] if font else None
    rc = {"font.family": [fam, "DejaVu Sans"] if fam else ["DejaVu Sans"], "axes.unicode_minus": False,
          "svg.hashsalt": "policykg", "path.simplify": True}
    with matplotlib.rc_context(rc), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        yield


def stacked_bars(items: list[tuple[str, dict]], title: str, xlabel: str, path: str) -> None:
    """Horizontal stacked bars, first item on top; ITEMS are (label, {kind: count})."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(12, 1.6 + 0.36 * max(len(items), 4)), dpi=100)
    ax = fig.add_subplot()
    ys = list(range(len(items)))[::-1]
    left = [0] * len(items)
    for kind in STACK:
        vals = [c.get(kind, 0) for _, c in items]
        if any(vals):
            ax.barh(ys, vals, 0.7, left=left, color=KIND_COLOURS[kind], label=KIND_ZH[kind])
            left = [a + b for a, b in zip(left, vals)]
    for y, total in zip(ys, left):
        ax.text(total, y, f" {total}", va="center", fontsize=8, color="#444444")
    ax.set_yticks(ys, [label for label, _ in items], fontsize=9)
    ax.set_xlabel(xlabel)
    ax.set_title(title, fontsize=13, loc="left")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})


def place_tag(imp: Impact, n: str) -> str:
    d = imp.net.nodes[n]
    return d["juris"] if d["juris"] == d["province"] else f"{d['province']}·{d['juris']}"


def top_by_reach(imp: Impact, kind: str, only: set[str] | None = None) -> list[str]:
    nodes = [n for n in nodes_of(imp.net, kind) if only is None or n in only]
    ranked = sorted(nodes, key=lambda n: (-imp.reach_total(n), imp.net.nodes[n]["label"], n))
    return [n for n in ranked if imp.reach_total(n)][:TOP_N]


def reach_chart(imp: Impact, kind: str, path: str, only: set[str] | None = None) -> bool:
    top = top_by_reach(imp, kind, only)
    if not top:
        return False
    items = [(f"{imp.net.nodes[n]['label'][:20]}（{place_tag(imp, n)}）",
              {k: len(v) for k, v in imp.reach[n].items()}) for n in top]
    total = len(only) if only is not None else len(nodes_of(imp.net, kind))
    stacked_bars(items, f"{KIND_ZH[kind]}影响范围：前 {len(top)} 个（共 {total} 个），按可达节点数排序",
                 "可达的项目、目标指标、任务与目标数", path)
    return True


def province_chart(imp: Impact, path: str) -> None:
    """Per province: the distinct projects, targets, tasks and goals its parks reach."""
    by_prov: dict[str, dict] = {}
    for r in jurisdiction_rows(imp):
        c = by_prov.setdefault(r["province"], {"parks": 0, **dict.fromkeys(STACK, 0)})
        c["parks"] += r["parks"]
        for k, col in zip(STACK, ("projects", "targets", "tasks", "goals")):
            c[k] += r[col]
    ranked = sorted(by_prov.items(), key=lambda kv: (-sum(kv[1][k] for k in STACK), kv[0]))
    items = [(f"{prov}（{c['parks']} 个园区）", c) for prov, c in ranked]
    stacked_bars(items, "各省（区、市）园区的影响范围", "园区可达的项目、目标指标、任务与目标数", path)


def whatif_chart(imp: Impact, path: str) -> bool:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    rem = sorted((r for r in imp.removals if r["targets_lost"]),
                 key=lambda r: (-r["targets_lost"], r["removed"], r["removed_iri"]))[:TOP_N][::-1]
    if not rem:
        return False
    fig = Figure(figsize=(12, 1.6 + 0.36 * max(len(rem), 4)), dpi=100)
    ax = fig.add_subplot()
    ax.barh(range(len(rem)), [r["targets_lost"] for r in rem], 0.7,
            color=[KIND_COLOURS[r["removed_kind"]] for r in rem])
    ax.set_yticks(range(len(rem)), [f"{r['removed'][:20]}（{KIND_ZH[r['removed_kind']]}·{r['jurisdiction']}）"
                                    for r in rem], fontsize=9)
    ax.set_xlabel("失去支撑的目标指标数")
    ax.set_title("移除情景：移除后失去支撑的目标指标", fontsize=13, loc="left")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})
    return True


def write_charts(imp: Impact, out_dir: str) -> list[str]:
    """The charts of CHART_FILES that have something to show, into out_dir; their names."""
    def path(chart: str) -> str:
        return os.path.join(out_dir, CHART_FILES[chart])

    drawn = []
    if imp.focus is None:
        province_chart(imp, path("provinces"))
        drawn.append("provinces")
        if reach_chart(imp, "Park", path("parks")):
            drawn.append("parks")
    only = set(imp.reach[imp.focus]["Project"]) if imp.focus else None
    if reach_chart(imp, "Project", path("projects"), only):
        drawn.append("projects")
    if whatif_chart(imp, path("whatif")):
        drawn.append("whatif")
    return [CHART_FILES[c] for c in drawn]
