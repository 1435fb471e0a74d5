"""`policykg add`: adding or replacing reports in a built out/ gives the files of a full build of the
same set, byte for byte; a folder that is not a build output is refused (exit 2, left as it was)."""
from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

from cli_helpers import HAILAER, ROOT, SEED, one_line, run_cli

# Hailar 2012, 2013, 2014: the 2013 and 2014 reports assess the targets of the year before
# (pkg:assessedBy across reports), and all three share places, parks and indicators
A, B, C = HAILAER[0], HAILAER[1], HAILAER[2]


def build(out: Path, *reports) -> None:
    r = run_cli("build", *reports, "--out", out, "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr


def add(out: Path, *reports) -> None:
    r = run_cli("add", *reports, "--out", out, "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr


def same_files(a: Path, b: Path) -> None:
    """Every file of both folders, compared byte for byte; the marker but for the command it names (an add's
    says add, a build's build: rel36)."""
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    _, mismatch, errors = filecmp.cmpfiles(a, b, [str(p) for p in files_a], shallow=False)
    assert not errors and set(mismatch) <= {".policykg-output"}, mismatch
    if mismatch:
        assert _as_build(a) == _as_build(b)


def _as_build(out: Path) -> bytes:
    return (out / ".policykg-output").read_bytes().replace(b"Command: policykg add\n", b"Command: policykg build\n")


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("full") / "out"
    build(out, A, B, C)
    return out


def test_add_a_report_equals_a_full_build(tmp_path, full):
    out = tmp_path / "out"
    build(out, A, B)
    before = (out / "graph.trig").read_text(encoding="utf-8")
    add(out, C)
    same_files(out, full)
    assert "pkg:assessedBy" in (out / "graph.trig").read_text(encoding="utf-8")
    assert before != (out / "graph.trig").read_text(encoding="utf-8")


def test_replace_a_changed_report_equals_a_full_build(tmp_path, full):
    from policykg.read import read_report

    lines = read_report(str(B)).text.split("\n")
    cut = next(i for i, ln in enumerate(lines) if "%" in ln and i > len(lines) // 3)
    changed = tmp_path / B.name
    changed.write_text("\n".join(lines[:cut] + lines[cut + 1:]), encoding="utf-8")
    out, expected = tmp_path / "out", tmp_path / "expected"
    shutil.copytree(full, out)
    add(out, changed)
    build(expected, A, changed, C)
    same_files(out, expected)
    assert (out / "graph.ttl").read_bytes() != (full / "graph.ttl").read_bytes()


def test_add_a_pdf_keeps_its_text(tmp_path):
    pdf = ROOT / "tests" / "fixtures" / "inputs" / "jinghai-2021-slice.pdf"
    out, expected = tmp_path / "out", tmp_path / "expected"
    build(out, pdf)
    add(out, A)
    build(expected, pdf, A)
    same_files(out, expected)
    assert (out / "texts" / "jinghaiqu-2021.txt").is_file()


def test_add_refuses_what_is_not_a_build_output(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    (project / "notes.md").write_text("mine\n", encoding="utf-8")
    one_line(run_cli("add", A, "--out", project), 2, r"not a policykg build output")
    assert [p.name for p in project.iterdir()] == ["notes.md"]
    one_line(run_cli("add", A, "--out", tmp_path / "missing"), 2, r"no such folder")
    assert not (tmp_path / "missing").exists()


def test_add_refuses_a_bad_report_and_leaves_the_output(tmp_path):
    out = tmp_path / "out"
    build(out, A)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = tmp_path / "bad.docx"
    bad.write_bytes(SEED.read_bytes())
    one_line(run_cli("add", bad, "--out", out), 2, r"bad\.docx: named \.docx but not a Word")
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_add_refuses_an_output_without_its_parts(tmp_path):
    out = tmp_path / "out"
    build(out, A)
    shutil.rmtree(out / "shared")
    one_line(run_cli("add", B, "--out", out), 2, r"has no shared/")
    assert (out / "graph.trig").is_file()
