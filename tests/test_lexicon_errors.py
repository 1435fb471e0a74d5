"""A lexicon edited by hand and broken (policykg's patterns are data a user may extend) is exit 2 and one line
naming the file and the line: it was "internal error: ParserError" or "UnicodeDecodeError" (exit 3)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.errors import DataError
from policykg.resources import yaml_file

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text, says", [
    ("heads:\n  - [园区, 开发区\n", "line 3, column 1"),
    ("a: 1\n\tb: 2\n", "line 2, column 1"),
    ("a: 'open\n", "not valid YAML"),
])
def test_a_broken_lexicon_names_the_file_and_the_line(tmp_path, text, says):
    path = tmp_path / "heads.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        yaml_file(path)
    assert str(path) in str(err.value) and says in str(err.value)


def test_a_lexicon_saved_in_another_encoding_names_the_file(tmp_path):
    path = tmp_path / "units.yaml"
    path.write_bytes("单位: [亿元]\n".encode("gbk"))
    with pytest.raises(DataError, match="units.yaml: not UTF-8 text"):
        yaml_file(path)


def test_build_with_a_broken_shipped_lexicon_exits_2_in_one_line(tmp_path):
    shutil.copytree(ROOT / "policykg", tmp_path / "policykg", ignore=shutil.ignore_patterns("__pycache__"))
    grammar = tmp_path / "policykg/data/lexicons/grammar.yaml"
    grammar.write_text(grammar.read_text(encoding="utf-8") + "extra: [unclosed\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    run = subprocess.run([sys.executable, "-m", "policykg", "build", str(ROOT / "data/reports/jinghai-2021.txt"),
                          "--out", str(tmp_path / "out")], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "grammar.yaml: not valid YAML (line" in lines[0], run.stderr
    assert not (tmp_path / "out").exists()
