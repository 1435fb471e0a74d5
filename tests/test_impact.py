"""`policykg impact` on the seed graph: tables, plots with real CJK glyphs, an offline network.html that
headless Chromium renders, and the park → project → target findings the users asked about."""
from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ZIYA = "天津子牙经济技术开发区"
BATTERY = "废旧动力电池回收利用"
CHROMIUM = "/usr/bin/chromium"


def run_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def impact_out(seed_out, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("impact") / "impact"
    r = run_cli("impact", "--graph", str(seed_out / "graph.trig"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "impact.md" in r.stdout
    return out


def test_writes_report_plots_and_html(impact_out):
    names = set(os.listdir(impact_out))
    assert {"impact.md", "network.html", "park_reach.csv", "park_summary.csv", "centrality.csv",
            "whatif.csv"} <= names
    pngs = sorted(n for n in names if n.endswith(".png"))
    assert len(pngs) >= 2, pngs
    for p in pngs:
        data = (impact_out / p).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert b"tIME" not in data and b"Software" not in data  # no timestamps, no tool stamp
    md = (impact_out / "impact.md").read_text(encoding="utf-8")
    for p in pngs:
        assert f"({p})" in md


def test_park_table_reaches_battery_project_and_five_project_target(impact_out):
    md = (impact_out / "impact.md").read_text(encoding="utf-8")
    line = next(l for l in md.splitlines() if l.startswith(f"| {ZIYA} |") and BATTERY in l)
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
    assert BATTERY in by_park[0]["removed_with"]
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
    assert int(summary[0]["projects"]) == 3
    parks_in_view = {r["label"] for r in rows(out / "nodes.csv") if r["kind"] == "Park"}
    assert parks_in_view == {ZIYA}


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
    for name in sorted(os.listdir(impact_out)):
        assert (again / name).read_bytes() == (impact_out / name).read_bytes(), name


# ------------------------------------------------------------------------------------------ CJK glyphs

def test_plot_font_has_glyphs_for_the_labels():
    from policykg.impact import find_cjk_font, font_has_glyphs

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

    from policykg.impact import find_cjk_font

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


# ------------------------------------------------------------------------------------------ Chromium

def _chromium(*args, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                           "--no-first-run", "--disable-background-networking", "--disable-component-update",
                           "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not os.path.exists(CHROMIUM) or shutil.which("chromium") is None,
                    reason="Debian's chromium is not installed (make test installs it via scripts/system-deps.sh)")
def test_chromium_renders_the_network(impact_out, tmp_path):
    import numpy as np
    from PIL import Image

    url = (impact_out / "network.html").resolve().as_uri()
    r = _chromium("--dump-dom", "--virtual-time-budget=5000", url, tmp_path=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    dom = r.stdout
    nodes = rows(impact_out / "nodes.csv")
    circles = re.findall(r"<circle [^>]*class=\"node (\w+)\"", dom)
    assert len(circles) == len(nodes)
    assert circles.count("Park") == sum(1 for n in nodes if n["kind"] == "Park") >= 5
    assert f'data-rendered="{len(nodes)}"' in dom
    assert re.search(rf"<text [^>]*class=\"label Park\"[^>]*>{ZIYA}</text>", dom)
    assert f'data-label="{BATTERY}"' in dom

    shot = tmp_path / "network.png"
    r = _chromium(f"--screenshot={shot}", "--window-size=1200,900", "--virtual-time-budget=5000", url,
                  tmp_path=tmp_path)
    assert r.returncode == 0 and shot.exists(), r.stderr[-2000:]
    img = np.asarray(Image.open(shot).convert("RGB"))
    assert img.shape[:2] == (900, 1200)
    assert len(np.unique(img.reshape(-1, 3), axis=0)) > 20  # not blank
    red = (img[..., 0] > 180) & (img[..., 1] < 80) & (img[..., 2] < 80)  # park circles (#d62728)
    assert red.sum() > 200
