"""tidy64: scripts/code_sizes.py lists the modules and functions over the project's sizes, and refuses a folder
that is not there in one line (exit 2)."""
from __future__ import annotations

import os
import subprocess
import sys

from cli_helpers import ROOT


def _sizes(*args):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "code_sizes.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "scripts")])})


def test_a_long_module_and_a_long_method_are_listed(tmp_path):
    (tmp_path / "policykg").mkdir()
    body = "".join(f"        x{i} = {i}\n" for i in range(6))
    (tmp_path / "policykg" / "m.py").write_text(f"class A:\n    @staticmethod\n    def long():\n{body}\n"
                                                 f"def short():\n    return 1\n")
    r = _sizes(tmp_path, "--module-lines", "5", "--function-lines", "6", "--folders", "policykg")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["modules over 5 lines: 1", "     12  policykg/m.py",
                                     "functions over 6 lines: 1", "      8  policykg/m.py:2 A.long"]


def test_a_missing_folder_is_refused_in_one_line(tmp_path):
    r = _sizes(tmp_path, "--folders", "policykg")
    assert r.returncode == 2 and r.stdout == "" and len(r.stderr.splitlines()) == 1
    assert "no folder policykg/" in r.stderr
