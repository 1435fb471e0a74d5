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


def test_a_dash_for_an_output_folder_is_refused_alike_in_every_verb(tmp_path, seed_out):
    """`--out -` (stdout's usual name) was refused by build and impact as no output folder goes to stdout, but
    `add r.txt --out -` said "no such folder; build it first" and `serve --store -` made a store folder named '-'
    and served it. Now one line, the same words, and nothing made."""
    graph = seed_out / "graph.trig"
    for args, option in ((("build", SEED, "--out", "-"), "--out"), (("add", SEED, "--out", "-"), "--out"),
                         (("impact", "--graph", graph, "--out", "-"), "--out"),
                         (("serve", "--store", "-", "--graph", graph, "--port", "0"), "--store")):
        r = run_cli(*args, cwd=tmp_path, timeout=60)
        one_line(r, 2, rf"policykg: {option} -: policykg writes no output folder to stdout through '-'; give a "
                       r"folder name \(\./- for a folder named '-'\)")
    assert os.listdir(tmp_path) == []
