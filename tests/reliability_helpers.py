"""Helpers for the reliability tests: a real GBK report, folder snapshots, stray temporary folders, and
the seed report as a realistic HTML page."""
from __future__ import annotations

import html
import re
from pathlib import Path

from cli_helpers import ROOT, SEED

GBK_REPORT = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"   # a real GBK report


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def strays(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if re.match(r"\.out\.(tmp|old)-", p.name))


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def page(paragraphs: list[str], charset: str = "utf-8") -> str:
    """A realistic report page: head with script/style, navigation, content div, footer."""
    body = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in paragraphs if p.strip())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>静海区2021年政府工作报告_静海区人民政府</title>
<script type="text/javascript">var nav = "<p>各位代表</p>"; if (a < b && c > d) {{ document.write('政府工作报告'); }}</script>
<style>p {{ text-indent: 2em; }} .nav > a {{ color: #c00 }}</style></head>
<body><nav class="nav">首页 | 新闻 | 政务公开 | 政府工作报告</nav>
<div class=content>
{body}
</div>
<footer>版权所有 天津市静海区人民政府　网站标识码 1200000000　主办：静海区人民政府办公室</footer>
</body></html>"""


def resummed(out: Path) -> Path:
    """out's marker written again over the files as they are now (a damaged output whose marker sums the
    damage): the check that reads the damaged file then speaks. A marker without sums (written before they were
    kept) is refused before any such check: nothing proves its files policykg's (reliability37)."""
    from policykg.corpus.marker import marker_command, write_marker
    write_marker(out, marker_command(out) or "build")
    return out
