"""`policykg impact` on a graph of several jurisdictions: parks grouped by jurisdiction and province, and
network.html as headless Chromium renders, searches and filters it."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from impact_helpers import BATTERY, ROOT, ZIYA, pngs_of, rows, run_cli

CHROMIUM = "/usr/bin/chromium"
# reports of four jurisdictions in two provinces: 静海区 (天津市), 海拉尔区 and 内蒙古自治区 (内蒙古), 安徽省
SEVERAL = ["data/reports/jinghai-2021.txt", "data/corpus/hailaer/hailaer-2012.txt",
           "data/corpus/hailaer/hailaer-2013.txt", "data/corpus/provincial-2026/neimenggu-2026.txt",
           "data/corpus/provincial-2026/anhui-2026.txt"]


@pytest.fixture(scope="module")
def several_out(tmp_path_factory) -> Path:
    """impact of a build of SEVERAL (the graph.trig of five reports, four jurisdictions)."""
    from policykg.corpus.build import build, write_outputs

    built = tmp_path_factory.mktemp("several") / "out"
    write_outputs(build([str(ROOT / p) for p in SEVERAL]), str(built))
    out = built.parent / "impact"
    r = run_cli("impact", "--graph", str(built / "graph.trig"), "--out", str(out))
    assert r.returncode == 0, r.stderr
    return out


def test_parks_grouped_by_jurisdiction_and_province(several_out):
    juris = rows(several_out / "jurisdictions.csv")
    pairs = [(r["province"], r["jurisdiction"]) for r in juris]
    assert pairs == [("天津市", "静海区"), ("内蒙古自治区", "内蒙古自治区"), ("内蒙古自治区", "海拉尔区"),
                     ("安徽省", "安徽省")]  # in division-code order: 120118, 150000, 150702, 340000
    summary = rows(several_out / "park_summary.csv")
    assert sum(int(r["parks"]) for r in juris) == len(summary)
    for r in summary:  # a park's IRI is scoped to the jurisdiction of the report naming it
        slug = next(j["jurisdiction_iri"] for j in juris if j["jurisdiction"] == r["jurisdiction"]).rsplit("/", 1)[1]
        assert f"/park/{slug}/" in r["park_iri"], r
    assert {r["park"] for r in summary if r["jurisdiction"] == "海拉尔区"} >= {"中俄蒙国际物流园区", "呼伦贝尔经济技术开发区"}
    md = (several_out / "impact.md").read_text(encoding="utf-8")
    section = md.split("### 内蒙古自治区", 1)[1].split("###", 1)[0]
    assert "| 中俄蒙国际物流园区 | 海拉尔区 |" in section and "| 内蒙古自治区 |" in section
    assert pngs_of(several_out / "jurisdictions") == sorted(
        r["jurisdiction_iri"].rsplit("/", 1)[1] + ".png" for r in juris)


# ------------------------------------------------------------------------------------------ Chromium

needs_chromium = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) or shutil.which("chromium") is None,
    reason="Debian's chromium is not installed (make test installs it via scripts/system-deps.sh)")


@pytest.fixture
def browser(tmp_path):
    from chromium_cdp import Browser

    b = Browser(tmp_path / "profile")
    yield b
    b.close()


def visible(browser) -> tuple[list[str], list[str]]:
    """Labels of the park cards and project rows the page shows."""
    return tuple(browser.eval(f"Array.from(document.querySelectorAll('{sel}')).filter(e => !e.hidden && "
                              f"e.offsetParent !== null).map(e => e.dataset.label)")
                 for sel in ("article.park", "tr.project"))


def red_pixels(path: Path) -> int:
    import numpy as np
    from PIL import Image

    img = np.asarray(Image.open(path).convert("RGB")).astype(int)
    assert len(np.unique(img.reshape(-1, 3), axis=0)) > 20  # not blank
    return int(((img[..., 0] > 180) & (img[..., 1] < 80) & (img[..., 2] < 80)).sum())  # park boxes (#d62728)


@needs_chromium
def test_chromium_search_and_jurisdiction_filter(several_out, browser, tmp_path):
    summary, reach = rows(several_out / "park_summary.csv"), rows(several_out / "park_reach.csv")
    browser.open((several_out / "network.html").resolve().as_uri())
    assert browser.wait_for("document.body.dataset.rendered") == str(len(summary))
    parks, projects = visible(browser)
    assert sorted(parks) == sorted(r["park"] for r in summary)
    assert len(projects) > 50
    shot = browser.screenshot(tmp_path / "all.png")
    assert red_pixels(shot) > 200

    # typing a name keeps the parks whose name, alias, projects or targets contain it
    browser.type_text("#search", "子牙")
    hits = {r["park"] for r in summary if "子牙" in r["park"] + r["aliases"]}
    hits |= {r["park"] for r in reach if r["kind"] in ("Project", "Target") and "子牙" in r["label"]}
    parks, projects = visible(browser)
    assert sorted(parks) == sorted(hits) and ZIYA in parks and len(parks) < len(summary)
    assert BATTERY in projects and len(projects) < 20
    assert browser.eval("document.getElementById('count').textContent").startswith(f"显示 {len(hits)} /")
    assert red_pixels(browser.screenshot(tmp_path / "search.png")) > 100

    # a jurisdiction chosen in the filter, search cleared: only its parks and projects
    browser.eval("var s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input'))")
    browser.eval("var j = document.getElementById('jurisdiction'); j.value = 'hailaerqu'; "
                 "j.dispatchEvent(new Event('change'))")
    parks, projects = visible(browser)
    assert sorted(parks) == sorted(r["park"] for r in summary if r["jurisdiction"] == "海拉尔区")
    assert "中俄蒙国际物流园区" in parks and ZIYA not in parks
    groups = browser.eval("Array.from(document.querySelectorAll('h3.province')).filter(e => !e.hidden)"
                          ".map(e => e.textContent)")
    assert groups == ["内蒙古自治区"]
    hailaer_projects = {r["label"] for r in reach if r["kind"] == "Project" and r["park_iri"].count("/hailaerqu/")}
    assert hailaer_projects <= set(projects) and BATTERY not in projects
    assert red_pixels(browser.screenshot(tmp_path / "hailaer.png")) > 200
