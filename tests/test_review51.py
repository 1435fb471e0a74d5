"""review51: one refusal for one fault in every verb (docs/checks/review51.md). Commands run in a real process on
the seed report (data/reports/jinghai-2021.txt, dev)."""
from __future__ import annotations

import os

import pytest

from cli_helpers import SEED, one_line, run_cli


@pytest.mark.parametrize("out, cause", [
    ("~/out", r"starts with '~', which no shell expanded"),
    ("out\rx", r"holds a control character"),
], ids=["tilde", "carriage-return"])
def test_add_refuses_an_out_path_as_build_does(tmp_path, out, cause):
    """`add r.txt --out "~/out"` (quoted, so ~/out may well be a build) said "no such folder; build it first":
    add looked for the build before it checked the path. Now the line build gives, and nothing made."""
    for verb in ("build", "add"):
        r = run_cli(verb, SEED, "--out", out, cwd=tmp_path)
        one_line(r, 2, rf"--out {out[:3]}.*: {cause}")
        assert "no such folder" not in r.stderr
    assert os.listdir(tmp_path) == []
