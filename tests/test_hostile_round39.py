"""Hostile round 39: inputs, environment and interruptions against a hostile user (docs/checks/hostile39.md)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from cli_helpers import ROOT, run_cli

LATIN = "tr_TR.ISO-8859-9"
FOREIGN_NT = "<http://example.org/alice> <http://xmlns.com/foaf/0.1/knows> <http://example.org/bob> .\n"


@pytest.fixture(scope="module")
def latin_locale(tmp_path_factory):
    """Environment of a Turkish Latin-9 locale, compiled into a temporary LOCPATH (Debian's `locales`
    holds its source); skipped where localedef or the source is missing."""
    folder = tmp_path_factory.mktemp("locales")
    if not shutil.which("localedef"):
        pytest.skip("needs localedef")
    made = subprocess.run(["localedef", "-i", "tr_TR", "-f", "ISO-8859-9", str(folder / LATIN)],
                          capture_output=True, timeout=120)
    if not (folder / LATIN).exists():
        pytest.skip(f"cannot compile {LATIN}: {made.stderr[-200:]!r}")
    return {"LOCPATH": str(folder), "LC_ALL": LATIN, "LANG": LATIN}


def python_under(env, code, *args):
    e = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    r = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=ROOT, env=e, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.unit
def test_chinese_option_values_under_a_latin_locale_are_read_as_typed(tmp_path, latin_locale):
    """Regression: under tr_TR.ISO-8859-9 Python reads argv's UTF-8 bytes as Latin letters, which are no
    surrogate escapes, so `--param x="静海"@zh` bound "é\\x9d\\x99æµ·" and `--place 静海区` was refused
    as "give a name"; the bytes are now read as the UTF-8 they are, under every locale."""
    (tmp_path / "g.nt").write_text(FOREIGN_NT)
    (tmp_path / "q.rq").write_text("SELECT ?x WHERE {}\n")
    r = run_cli("query", "q.rq", "--graph", "g.nt", "--param", 'x="静海"@zh', "--format", "csv", cwd=tmp_path,
                env=latin_locale, timeout=60)
    assert r.returncode == 0 and r.stdout.replace("\r", "") == "x\n静海\n", (r.stdout, r.stderr)


@pytest.mark.unit
def test_summary_names_a_report_file_alike_under_every_locale(tmp_path, latin_locale):
    """Regression: summary.csv's file column decoded the name in the locale's encoding: a build of
    静海2021.txt under a Latin locale wrote 'éæµ·2021.txt', so the output differed from a UTF-8 one's."""
    report = tmp_path / "静海2021.txt"
    report.write_bytes(b"x")
    code = "import sys; from policykg.corpus.summary import _relative; print(ascii(_relative(sys.argv[1])))"
    shown = {python_under(env, code, str(report)) for env in ({"LC_ALL": "C.UTF-8"}, latin_locale)}
    assert shown == {(ascii("静海2021.txt") + "\n").encode()}


@pytest.mark.unit
def test_the_lock_beside_a_long_out_has_one_name_under_every_locale(tmp_path, latin_locale):
    """Regression: the name of the lock beside a long --out (60 ideographs, 180 bytes: shortened with a
    digest) was computed from the locale's reading of the name, so a build under a Latin locale and one under
    a UTF-8 locale took two locks and wrote the same --out at once."""
    out = tmp_path / ("输" * 60)
    code = ("import os, sys; from pathlib import Path; from policykg.corpus.outlock import lock_path; "
            "print(os.fsencode(lock_path(Path(sys.argv[1]))).hex())")
    names = {python_under(env, code, str(out)) for env in ({"LC_ALL": "C.UTF-8"}, latin_locale)}
    assert len(names) == 1, names
    assert bytes.fromhex(names.pop().decode()).startswith(os.fsencode(tmp_path / ("." + "输" * 40)))
