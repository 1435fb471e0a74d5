"""Park → project → target → goal impact analysis (networkx): reach, centrality, what-if removal,
grouped by jurisdiction and province.

    load.py     graph files → the facts used (one pyoxigraph store, one scan per predicate)
    network.py  the directed support network (see its docstring for the edges)
    metrics.py  reach, centrality, what-if removal
    tables.py   CSV tables and impact.md
    flow.py     park → project → target charts, one per jurisdiction (or for --park)
    charts.py   ranked bars: parks, projects, provinces, removals
    page.py     network.html (page.html, page.css and page.js inlined: works offline)

`run(graphs, out_dir, park=None)` writes them all into a fresh folder swapped in as out_dir whole.
"""
from __future__ import annotations

import os
import warnings

from ...errors import InputError
from .fonts import find_cjk_font, font_has_glyphs
from .load import load_store, read_facts
from .metrics import Impact, analyse_network
from .network import KIND_COLOURS, KIND_ZH, KINDS, build_network, find_park, nodes_of

__all__ = ["KINDS", "KIND_ZH", "KIND_COLOURS", "Impact", "analyse", "build_network", "find_cjk_font",
           "find_park", "font_has_glyphs", "nodes_of", "output_names", "run", "write_outputs"]

PAGE_FILE = "network.html"
REPORT_FILE = "impact.md"


def analyse(paths, park: str | None = None) -> Impact:
    """The analysis of the graph files; PARK (a name or alias) restricts it to one park."""
    facts = read_facts(load_store(paths))
    if facts.blank_parks and not any("Park" in kinds for kinds in facts.types.values()):
        raise InputError(f"{', '.join(paths)}: its {facts.blank_parks} pkg:Park node(s) are blank nodes (_:…), and "
                         f"impact follows parks by IRI; give each park an IRI, as a policykg build does")
    net = build_network(facts)
    return analyse_network(net, find_park(net, park) if park else None)


def write_outputs(imp: Impact, out_dir: str) -> list[str]:
    """Tables, impact.md, charts and network.html into OUT_DIR; the names written."""
    from .charts import plotting, write_charts
    from .flow import write_flows
    from .page import write_html
    from .tables import write_markdown, write_tables

    os.makedirs(out_dir, exist_ok=True)
    write_tables(imp, out_dir)
    font = find_cjk_font()
    if font is None:
        warnings.warn("no CJK font found (install fonts-noto-cjk): Chinese labels in the PNGs may show as "
                      "boxes", RuntimeWarning, stacklevel=2)
    with plotting(font):
        plots = write_charts(imp, out_dir) + write_flows(imp, out_dir)
    write_html(imp, os.path.join(out_dir, PAGE_FILE))
    write_markdown(imp, os.path.join(out_dir, REPORT_FILE), plots, font[0] if font else None)
    return sorted(p for p in os.listdir(out_dir) if not p.startswith("."))


def output_names() -> tuple[set[str], dict[str, str]]:
    """The files write_outputs may write, and its folders with the suffix of their files."""
    from .charts import CHART_FILES
    from .flow import FLOW_DIR, FLOW_FILE
    from .tables import FIELDS

    return {*FIELDS, *CHART_FILES.values(), FLOW_FILE, PAGE_FILE, REPORT_FILE}, {FLOW_DIR: ".png"}


def run(graphs, out_dir: str, park: str | None = None) -> Impact:
    """Analyse the graphs and write the outputs into a fresh folder swapped in as out_dir whole
    (outdir.staged: a non-empty folder that is not a policykg output is refused, never written into)."""
    from ...corpus.outdir import check_out, staged

    check_out(out_dir, graphs, "impact")  # before the work: a bad --out costs nothing
    imp = analyse(graphs, park)
    if not imp.parks:
        raise InputError(f"{', '.join(graphs)}: no pkg:Park in the graph; nothing to analyse")
    with staged(out_dir, graphs, "impact") as tmp:
        write_outputs(imp, str(tmp))
    return imp
