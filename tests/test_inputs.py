"""`policykg build DIR`: folders are expanded to the report files under them (recursively, sorted,
hidden entries and symlinks leaving the folder skipped, each file once)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from policykg.corpus.inputs import collect_inputs, folder_reports
from cli_helpers import ROOT, SEED, one_line, run_cli

HAILAER = sorted((ROOT / "data" / "corpus" / "hailaer").glob("*.txt"))[:2]


@pytest.fixture
def corpus(tmp_path) -> Path:
    """corpus/a.txt, corpus/sub/b.txt, and hidden entries that would fail a build if read."""
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(HAILAER[0], folder / HAILAER[0].name)
    shutil.copy(HAILAER[1], folder / "sub" / HAILAER[1].name)
    (folder / ".hidden.txt").write_bytes(b"")
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_bytes(b"\x00\x01 not a report")
    (folder / "README.md").write_text("not a report\n", encoding="utf-8")
    return folder


def test_folder_builds_the_same_graph_as_its_files(corpus, tmp_path):
    files = [corpus / HAILAER[0].name, corpus / "sub" / HAILAER[1].name]
    a = run_cli("build", corpus, "--out", tmp_path / "a", "--quiet", "--jobs", "1")
    b = run_cli("build", *files, "--out", tmp_path / "b", "--quiet", "--jobs", "1")
    assert a.returncode in (0, 1) and a.returncode == b.returncode, a.stderr
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()
    assert (tmp_path / "a" / "summary.csv").read_bytes() == (tmp_path / "b" / "summary.csv").read_bytes()


def test_folder_listing_is_sorted_recursive_and_skips_hidden(corpus):
    found = folder_reports(str(corpus))
    assert found == [str(corpus / HAILAER[0].name), str(corpus / "sub" / HAILAER[1].name)]
    assert folder_reports(str(corpus)) == found            # deterministic


def test_files_and_folders_mixed_once_each(corpus):
    a = str(corpus / HAILAER[0].name)
    got = collect_inputs([str(SEED), a, str(corpus), str(SEED)])
    assert got == [str(SEED), a, str(corpus / "sub" / HAILAER[1].name)]


def test_symlinks_followed_only_inside_the_folder(corpus, tmp_path):
    outside = tmp_path / "outside.txt"
    shutil.copy(SEED, outside)
    os.symlink(outside, corpus / "escape.txt")                          # leaves the folder: skipped
    os.symlink(corpus / "sub" / HAILAER[1].name, corpus / "alias.txt")  # same file as sub/…: once
    (corpus / "store").mkdir()
    shutil.copy(SEED, corpus / "store" / "seed.dat")
    os.symlink(corpus / "store" / "seed.dat", corpus / "seed.txt")      # inside, under a report name: kept
    os.symlink(tmp_path, corpus / "loop")                               # folder symlink: not entered
    assert folder_reports(str(corpus)) == [str(corpus / HAILAER[0].name), str(corpus / "seed.txt"),
                                           str(corpus / "sub" / HAILAER[1].name)]


def test_empty_folder_is_one_line(tmp_path):
    (tmp_path / "empty" / ".cache").mkdir(parents=True)
    (tmp_path / "empty" / ".cache" / "x.txt").write_text("hidden", encoding="utf-8")
    r = run_cli("build", tmp_path / "empty", "--out", tmp_path / "out")
    one_line(r, 2, r"empty: folder holds no report file")
    assert not (tmp_path / "out").exists()


def test_data_folder_gives_the_shipped_reports_only():
    """data/ holds the report texts alone (lexicons, gazetteer … are package data): 37 reports."""
    found = folder_reports(str(ROOT / "data"))
    assert len(found) == 37 and found == sorted(found)
    assert {Path(p).relative_to(ROOT / "data").parts[0] for p in found} == {"reports", "corpus"}


def test_build_without_reports_is_one_line(tmp_path):
    r = run_cli("build", "--out", tmp_path / "out", cwd=ROOT)
    one_line(r, 2, r"no reports given: name report files or folders")
    assert not (tmp_path / "out").exists()


def test_previous_output_inside_the_folder_is_skipped(corpus):
    (corpus / "out" / "texts").mkdir(parents=True)
    from policykg.corpus.marker import MARKER_TEXT   # a marker policykg wrote (an empty file is none: round 37)
    (corpus / "out" / ".policykg-output").write_text(MARKER_TEXT, encoding="utf-8")
    (corpus / "out" / "texts" / "x.txt").write_text("extracted text", encoding="utf-8")
    assert str(corpus / "out" / "texts" / "x.txt") not in folder_reports(str(corpus))
