"""Every relative link of the README and the pages its text moved to resolves: the file exists and, for
`file.md#anchor`, the page has that heading (docs44 moved most of "How well it extracts" and "Speed" into
docs/history.md and docs/evaluation.md, whose links are relative to docs/)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["README.md", "docs/history.md", "docs/evaluation.md"]
LINK = re.compile(r"\[(?:[^\[\]]|\[[^\]]*\])*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def links(text: str) -> list[str]:
    """The targets of a Markdown page's inline links, code blocks left out."""
    return LINK.findall(FENCE.sub("", text))


def anchors(text: str) -> set[str]:
    """The GitHub anchors of a page's headings (lower case, punctuation dropped, spaces to hyphens)."""
    heads = re.findall(r"^#+\s+(.*?)\s*$", FENCE.sub("", text), re.M)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in heads}


def broken(page: str) -> list[str]:
    """The links of page (relative to the checkout) whose file or heading is missing."""
    here = ROOT / page
    bad = []
    for target in links(here.read_text(encoding="utf-8")):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):
            continue                                   # http:, https:, mailto:
        path, _, anchor = target.partition("#")
        file = (here.parent / path).resolve() if path else here
        if not file.exists():
            bad.append(target)
        elif anchor and (file.suffix != ".md" or anchor not in anchors(file.read_text(encoding="utf-8"))):
            bad.append(target)
    return bad


def test_the_anchor_rule_reads_a_heading_as_github_does():
    assert anchors("## Networks: GraphML and networkx\n## What happens when\n") == {
        "networks-graphml-and-networkx", "what-happens-when"}


@pytest.mark.parametrize("page", PAGES)
def test_every_relative_link_resolves(page):
    assert links((ROOT / page).read_text(encoding="utf-8")), page
    assert broken(page) == []


def test_a_missing_file_or_heading_is_found(tmp_path, monkeypatch):
    """The check can fail: a page naming a file or a heading that is not there."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A\n\n## Here\n", encoding="utf-8")
    (tmp_path / "README.md").write_text(
        "# Top\n\n[ok](docs/a.md#here) [gone](docs/b.md) [no heading](docs/a.md#there) [self](#top) [web](https://x.org/)\n",
        encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert broken("README.md") == ["docs/b.md", "docs/a.md#there"]
