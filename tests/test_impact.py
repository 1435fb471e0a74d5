"""`policykg impact` on the seed graph: the report, tables, plots and offline network.html, the park →
project → target findings the users asked about, deterministic output, and readable CJK glyphs in the
charts. A graph of several jurisdictions, and the page in headless Chromium: test_impact_jurisdictions.py."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from impact_helpers import BATTERY, ZIYA, pngs_of, rows, run_cli


@pytest.fixture(scope="module")
def impact_out(seed_out, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("impact") / "impact"
    r = run_cli("impact", "--graph", str(seed_out / "graph.trig"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "impact.md" in r.stdout
    return out


def test_writes_report_plots_and_html(impact_out):
    from PIL import Image

    names = set(os.listdir(impact_out))
    assert {"impact.md", "network.html", "park_reach.csv", "park_summary.csv", "centrality.csv",
            "whatif.csv", "jurisdictions.csv", "parks.png", "projects.png", "provinces.png"} <= names
    pngs = pngs_of(impact_out)
    assert "jurisdictions/jinghaiqu.png" in pngs
    for p in pngs:
        data = (impact_out / p).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert b"tIME" not in data and b"Software" not in data  # no timestamps, no tool stamp
        w, h = Image.open(impact_out / p).size
        assert w <= 1400 and h <= 1800, (p, w, h)  # a page a person reads, not a 9,000-pixel strip
    md = (impact_out / "impact.md").read_text(encoding="utf-8")
    for p in pngs:
        assert f"({p})" in md


def test_park_table_reaches_battery_project_and_five_project_target(impact_out):
    md = (impact_out / "impact.md").read_text(encoding="utf-8")
    line = next(l for l in md.splitlines() if l.startswith(f"| {ZIYA} | 静海区 |") and BATTERY in l)
    assert "5个项目" in line and "（5个）" in line
    reach = [r for r in rows(impact_out / "park_reach.csv") if r["park"] == ZIYA]
    assert {"Project", BATTERY} <= {v for r in reach if r["kind"] == "Project" for v in (r["kind"], r["label"])}
    five = [r for r in reach if r["kind"] == "Target" and r["value"] == "5" and r["unit"] == "个"]
    assert five and BATTERY in five[0]["label"]
    # the park's target reaches a goal through the task that names the park
    assert any(r["kind"] == "Goal" for r in reach)


def test_centrality_ranks_parks_and_projects(impact_out):
    cent = rows(impact_out / "centrality.csv")
    assert [int(r["rank"]) for r in cent] == list(range(1, len(cent) + 1))
    assert {r["kind"] for r in cent} == {"Park", "Project"}
    parks = [r["label"] for r in cent if r["kind"] == "Park"]
    assert ZIYA in parks[:3]  # among the best-connected parks: it hosts the most projects
    for r in cent:
        for k in ("degree", "betweenness", "pagerank", "upstream_pagerank"):
            assert 0.0 <= float(r[k]) <= 1.0


def test_what_if_removing_the_project_lists_its_target(impact_out):
    wi = rows(impact_out / "whatif.csv")
    by_project = [r for r in wi if r["removed_kind"] == "Project" and r["removed"] == BATTERY]
    assert len(by_project) == 1
    assert by_project[0]["target"].startswith(BATTERY) and by_project[0]["value"] == "5"
    assert by_project[0]["remaining_parks"] == ZIYA  # the park still states the target
    by_park = [r for r in wi if r["removed_kind"] == "Park" and r["removed"] == ZIYA]
    assert [r["target"] for r in by_park] == [by_project[0]["target"]]
    with_ = [r["project"] for r in rows(impact_out / "whatif_removed_with.csv") if r["removed"] == ZIYA]
    assert BATTERY in with_ and "removed_with" not in by_park[0]   # a park's projects once, not on every row
    md = (impact_out / "impact.md").read_text(encoding="utf-8")
    assert re.search(rf"^\| {BATTERY} \| 项目 \| — \| {BATTERY}等5个项目开工建设 \|", md, re.M)


def test_html_is_self_contained(impact_out):
    page = (impact_out / "network.html").read_text(encoding="utf-8")
    low = page.lower()
    for bad in ("http://", "https://", "//cdn", "@import"):
        assert bad not in low, bad
    for m in re.finditer(r"""(?:src|href)\s*=\s*["']?([^"'\s>]*)|url\(\s*["']?([^"')]*)""", page, re.I):
        ref = m.group(1) or m.group(2) or ""
        assert ref.startswith(("#", "data:")) or ref == "", ref
    assert "<script src" not in low and "<link" not in low
    assert ZIYA in page


def test_park_option_restricts_and_accepts_alias(seed_out, tmp_path):
    out = tmp_path / "one"
    r = run_cli("impact", "--graph", str(seed_out / "graph.ttl"), "--out", str(out), "--park", "子牙经开区")
    assert r.returncode == 0, r.stderr
    summary = rows(out / "park_summary.csv")
    assert [s["park"] for s in summary] == [ZIYA]
    hosted = {r["iri"] for r in rows(out / "park_reach.csv") if r["kind"] == "Project" and r["steps"] == "1"}
    assert int(summary[0]["projects"]) == len(hosted) >= 1
    assert summary[0]["jurisdiction"] == "静海区" and summary[0]["province"] == "天津市"
    parks_in_view = {r["label"] for r in rows(out / "nodes.csv") if r["kind"] == "Park"}
    assert parks_in_view == {ZIYA}
    assert pngs_of(out) == ["flow.png", "projects.png", "whatif.png"]
    assert "jurisdictions" not in os.listdir(out)


def test_out_folder_that_is_not_ours_is_refused_untouched(seed_out, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    r = run_cli("impact", "--graph", str(seed_out / "graph.ttl"), "--out", str(out))
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "not a previous policykg output" in r.stderr
    assert os.listdir(out) == ["notes.txt"] and (out / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_unknown_park_is_one_line_exit_2(seed_out, tmp_path):
    out = tmp_path / "none"
    r = run_cli("impact", "--graph", str(seed_out / "graph.ttl"), "--out", str(out), "--park", "不存在的园区")
    assert r.returncode == 2
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "不存在的园区" in r.stderr
    assert not out.exists()


def test_missing_graph_is_one_line_exit_2(tmp_path):
    r = run_cli("impact", "--graph", str(tmp_path / "nope.ttl"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_outputs_are_deterministic(seed_out, impact_out, tmp_path):
    again = tmp_path / "again"
    r = run_cli("impact", "--graph", str(seed_out / "graph.trig"), "--out", str(again))
    assert r.returncode == 0, r.stderr
    names = sorted(str(p.relative_to(impact_out)) for p in impact_out.rglob("*") if p.is_file())
    assert names == sorted(str(p.relative_to(again)) for p in again.rglob("*") if p.is_file())
    assert "jurisdictions/jinghaiqu.png" in names
    for name in names:
        assert (again / name).read_bytes() == (impact_out / name).read_bytes(), name


def _older_marker_copy(out: Path, to: Path) -> Path:
    """A copy of an impact output whose marker predates the list of files (judged by names alone)."""
    from policykg.corpus.marker import MARKER, MARKER_TEXT

    shutil.copytree(out, to)
    (to / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    return to


def test_marker_knows_every_file_impact_writes(impact_out, seed_out, tmp_path):
    """The names an older marker is judged by come from impact's writers: every file of a full run and
    of a --park run passes, and a file impact does not write is still named."""
    from policykg.corpus.marker import foreign_entry
    from policykg.use.impact import output_names

    park = tmp_path / "park"
    r = run_cli("impact", "--graph", str(seed_out / "graph.ttl"), "--out", str(park), "--park", "子牙经开区")
    assert r.returncode == 0, r.stderr
    files, dirs = output_names()
    for out in (impact_out, park):
        written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {".policykg-output"}
        assert all(w in files or w.split("/")[0] in dirs for w in written), written
        copy = _older_marker_copy(out, tmp_path / f"old-{out.name}")
        assert foreign_entry(copy) is None
        (copy / "notes.csv").write_text("mine", encoding="utf-8")
        assert foreign_entry(copy) == "notes.csv"


# ------------------------------------------------------------------------------------------ CJK glyphs


def test_plot_font_has_glyphs_for_the_labels():
    from policykg.use.impact import find_cjk_font, font_has_glyphs

    font = find_cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (make test installs fonts-noto-cjk)")
    name, path, index = font
    labels = ZIYA + BATTERY + "园区项目目标指标中心性移除情景失去支撑"
    assert font_has_glyphs(path, labels, index), name
    assert not font_has_glyphs(path, "\U000F0000", index)  # a private-use character: the check can fail


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
def test_cjk_text_renders_as_glyphs_not_tofu():
    """The bitmap of a Chinese label differs glyph by glyph; missing glyphs would all be the same box."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    from policykg.use.impact import find_cjk_font

    font = find_cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (make test installs fonts-noto-cjk)")
    prop = FontProperties(fname=font[1])

    def bitmap(ch):
        fig = Figure(figsize=(0.6, 0.6), dpi=100)
        FigureCanvasAgg(fig)
        fig.text(0.5, 0.5, ch, fontproperties=prop, fontsize=30, ha="center", va="center")
        fig.canvas.draw()
        return np.asarray(fig.canvas.buffer_rgba())[..., 0].copy()

    tofu = bitmap("\U000F0000")  # private use: no font has it, so this is the missing-glyph box
    glyphs = [bitmap(c) for c in "子牙园区"]
    for g in glyphs:
        assert (g < 128).any()  # ink on the canvas
        assert not np.array_equal(g, tofu)
    assert len({g.tobytes() for g in glyphs}) == len(glyphs)


def test_whatif_tables_carry_the_removed_nodes_place(impact_out):
    """Regression (docs42): the contract gives every impact table province and jurisdiction columns where a row has
    a place; whatif.csv and whatif_removed_with.csv had neither and whatif_summary.csv no province."""
    for name in ("whatif.csv", "whatif_removed_with.csv", "whatif_summary.csv"):
        table = rows(impact_out / name)
        assert table, name
        assert {(r["province"], r["jurisdiction"]) for r in table} == {("天津市", "静海区")}, name
