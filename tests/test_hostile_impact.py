"""Hostile labels in `policykg impact`: a park name from a crafted graph is text everywhere — escaped in
network.html (no script of its own, no placeholder of the page) and in impact.md (no raw HTML)."""
from __future__ import annotations

import re

from cli_helpers import ROOT, run_cli

EVIL = '</script><script>alert(1)</script><img src=x onerror=alert(2)><!-- __DATA__ | & x'


def test_hostile_park_label_is_escaped_in_html_and_markdown(tmp_path):
    graph = tmp_path / "evil.ttl"
    text = (ROOT / "tests" / "fixtures" / "park-chain.ttl").read_text(encoding="utf-8")
    graph.write_text(text.replace('"天津子牙经济技术开发区"@zh', '"' + EVIL.replace('"', '\\"') + '"@zh'),
                     encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("impact", "--graph", graph, "--out", out, "--park", EVIL)
    assert r.returncode == 0, r.stderr
    page = (out / "network.html").read_text(encoding="utf-8")
    assert page.count("</script>") == 2 and "<!--" not in page   # only the data's and the page's script end
    assert "onerror=alert(2)><" not in page.split('id="data"')[0]     # nothing of the label before the data
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "&lt;/script&gt;" in title and '"parks"' not in title      # __DATA__ in a label stays text
    md = (out / "impact.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "<img" not in md and "<!--" not in md
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in md and "\\| &amp; x" in md
