"""Hostile use, round 27: the reading commands (query, serve, push, validate, impact, table) given hostile
queries, graphs and HTTP. Servers and stores are on 127.0.0.1 only."""
from __future__ import annotations

import json
import os
import re
import shutil

import pytest

from cli_helpers import ROOT, run_cli

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"
CHROMIUM = "/usr/bin/chromium"


def _impact_page(tmp_path, label: str) -> str:
    graph = tmp_path / "g.ttl"
    text = PARK_CHAIN.read_text(encoding="utf-8")
    graph.write_text(text.replace('"天津子牙经济技术开发区"@zh', json.dumps(label, ensure_ascii=False) + "@zh"),
                     encoding="utf-8")
    r = run_cli("impact", "--graph", graph, "--out", tmp_path / "out", timeout=300)
    assert r.returncode == 0, r.stderr
    return (tmp_path / "out" / "network.html").read_text(encoding="utf-8")


def _page_data(page: str):
    return json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S).group(1))


@pytest.mark.unit
@pytest.mark.parametrize("label", ["子牙<!--园", "<!--<script>", "园</script><!--x"])
def test_impact_page_data_is_json_whatever_the_label(tmp_path, label):
    """A park label holding `<!--` was written into network.html's data as `<\\!--`, which is no JSON escape:
    the page's JSON.parse failed and the page stayed empty (no park, no project). The label is kept exact."""
    page = _impact_page(tmp_path, label)
    assert "<!--" not in page and page.count("</script>") == 2
    data = _page_data(page)
    assert any(label in park["names"] for park in data["parks"])


@pytest.mark.skipif(not os.path.exists(CHROMIUM) or shutil.which("chromium") is None,
                    reason="Debian's chromium is not installed")
def test_impact_page_with_such_a_label_renders_in_chromium(tmp_path):
    from chromium_cdp import Browser
    page = tmp_path / "page.html"
    page.write_text(_impact_page(tmp_path, "子牙<!--园<script>alert(1)</script>"), encoding="utf-8")
    b = Browser(tmp_path / "profile")
    try:
        b.open(page.as_uri())
        b.wait_for("document.body.getAttribute('data-rendered') !== null", timeout=60)
        assert "子牙<!--园<script>alert(1)</script>" in b.eval("document.body.innerText")
        assert b.eval("document.querySelectorAll('script').length") == 2
    finally:
        b.close()
