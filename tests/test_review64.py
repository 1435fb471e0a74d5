"""review64: a data pattern edited without a named group the code reads from its match (names122's
reach_openers.opener without (?P<n>…)) was "internal error: IndexError: no such group" (exit 3) on chongqing-2026;
shapes.json now records each pattern's named groups, and an edit dropping one is exit 2 naming the file and key."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import ROOT, SEED, one_line
from policykg.data_shapes import problem_of, shapes

pytestmark = pytest.mark.unit

OPENER = "  opener: '^(?P<verb>"


def _without_count_group(text: str) -> str:
    """quantities.yaml with the reach_openers opener's count group renamed (n → count), nothing else changed."""
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith(OPENER))
    assert "(?P<n>" in lines[at]
    lines[at] = lines[at].replace("(?P<n>", "(?P<count>")
    return "".join(lines)


def test_a_pattern_edited_without_a_group_the_code_reads_is_refused_in_one_line(tmp_path):
    copy = tmp_path / "pkg"
    shutil.copytree(ROOT / "policykg", copy / "policykg", ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "policykg" / "data" / "lexicons" / "quantities.yaml"
    target.write_text(_without_count_group(target.read_text(encoding="utf-8")), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("POLICYKG_DEBUG", "PYTHONPATH")}
    env["PYTHONPATH"] = str(copy)
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "policykg.cli", "build", str(SEED), "--out", str(out), "--jobs", "1"],
                       capture_output=True, text=True, cwd=copy, env=env, timeout=300)
    one_line(r, 2, r"quantities\.yaml: reach_openers\.opener: .*has no group \(\?P<n>…\)")
    assert not out.exists()


def test_the_shipped_patterns_keep_their_groups():
    """Control: the shipped file passes, and a pattern shape records only the groups every shipped value has."""
    import yaml
    shape = shapes()["lexicons/quantities.yaml"]
    data = yaml.safe_load((ROOT / "policykg/data/lexicons/quantities.yaml").read_text(encoding="utf-8"))
    assert problem_of(data, shape, ()) is None
    assert shape["keys"]["reach_openers"]["keys"]["opener"]["groups"] == ["n", "verb"]
