"""review44: a second reading of identity47 and tidy45 (docs/checks/review44.md)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[1]

_PATTERNS = """
from policykg.extract import candidates, governed, not_works, shared_kind
print(not_works._lex()["works"].pattern)
print(shared_kind._list_re("X").pattern)
print(governed._leads())
print(candidates._title_verbs((), ()))
"""


def _texts(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", _PATTERNS], capture_output=True, text=True, env=env, cwd=ROOT,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_word_alternations_longest_first_are_one_text_whatever_the_hash_seed():
    # sorted by length only, a set's equal-length words (竣工/建成 …) came out in hash order: the texts differed per run
    assert _texts("1") == _texts("2") == _texts("3")
