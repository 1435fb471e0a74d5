"""Reports of other levels and years, as the builder meets them unseen: real dev reports whose header,
numbering or file differs the way real files differ (another header layout, 第一部分 parts, …)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.read import for_matching, read_report
from policykg.structure import parse

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
HAILAER_2018 = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2018.txt"     # dev, GBK
HEBEI_2026 = ROOT / "data" / "corpus" / "provincial-2026" / "hebei-2026.txt"  # dev


def _text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gbk")


def _body(path: Path) -> str:
    """The report from 各位代表 on: the header is what the tests rewrite."""
    text = _text(path)
    return text[text.index("各位代表"):]


def _read(tmp_path: Path, text: str, name: str = "report.txt", **overrides):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return read_report(str(f), **overrides)


def _parts(doc) -> list[tuple[str, str]]:
    return [(h.label, h.part_kind) for h in parse(for_matching(doc)).headings if h.level == 1]


def test_parts_numbered_di_bufen_read_as_parts(tmp_path):
    text = _text(HEBEI_2026)
    renumbered = re.sub(r"^([ \t\u3000]*)([一二三四五六七八九十]+)、",
                        lambda m: f"{m[1]}第{m[2]}部分\u3000", text, flags=re.M)
    assert renumbered != text
    want = _parts(_read(tmp_path, text, "a.txt"))
    assert len(want) >= 3
    assert _parts(_read(tmp_path, renumbered, "b.txt")) == want
