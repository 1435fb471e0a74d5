"""Hostile use of the commands and tools added after issue 14: table, impact, the entity model, train,
concepts, the evaluation manifest."""
from __future__ import annotations

import os
import re
import resource
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree, write_ours


# ---------------------------------------------------------------------------------------------
# The commands and tools added after issue 14: table, impact, the entity model, train, concepts

def test_table_out_is_written_whole_or_not_at_all(tmp_path, seed_out):
    """A full disk leaves the previous file as it was (a temporary file renamed, not a truncated one);
    an empty --out is refused rather than read as stdout."""
    target = write_ours(tmp_path, "t.csv", "previous\n")
    r = run_cli("table", "targets", "--graph", seed_out / "graph.ttl", "--out", target,
                preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096)))
    one_line(r, 2, r"t\.csv: cannot write it \(File too large\); nothing replaced")
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"] and target.read_text() == "previous\n"
    one_line(run_cli("table", "targets", "--graph", seed_out / "graph.ttl", "--out", ""), 2, r"--out is empty")


def test_table_parquet_without_pyarrow_is_one_line(tmp_path, seed_out):
    shadow = tmp_path / "shadow" / "pyarrow"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('No module named pyarrow')\n")
    r = run_cli("table", "targets", "--graph", seed_out / "graph.ttl", "--format", "parquet",
                "--out", tmp_path / "t.parquet", env={"PYTHONPATH": str(shadow.parent)})
    one_line(r, 2, r"--format parquet needs pyarrow")
    assert not (tmp_path / "t.parquet").exists()


def test_impact_never_writes_into_a_folder_it_did_not_make(tmp_path, seed_out):
    """impact --out: a folder holding other files, a symlinked or FIFO output name is refused and left
    byte for byte; its own previous output (marked) is replaced whole."""
    victim = tmp_path / "victim.csv"
    victim.write_text("secret\n")
    for name, make in (("notes", lambda d: (d / "impact.md").write_text("mine\n")),
                       ("link", lambda d: (d / "centrality.csv").symlink_to(victim)),
                       ("fifo", lambda d: os.mkfifo(d / "nodes.csv"))):
        out = tmp_path / name
        out.mkdir()
        make(out)
        before = tree(tmp_path)
        r = run_cli("impact", "--graph", seed_out / "graph.trig", "--out", out, timeout=120)
        one_line(r, 2, rf"--out \S+{name}: folder is not empty and is not a previous policykg output")
        assert tree(tmp_path) == before
    out = tmp_path / "impact"
    for _ in range(2):
        r = run_cli("impact", "--graph", seed_out / "graph.trig", "--out", out, timeout=300)
        assert r.returncode == 0, r.stderr
    assert (out / ".policykg-output").is_file() and (out / "impact.md").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".impact.")]


@pytest.mark.parametrize("content, pattern", [
    (None, r"POLICYKG_ENTITY_MODEL=\S+m\.json: cannot read the model \(No such file"),
    ('{"weights": ', r"POLICYKG_ENTITY_MODEL=\S+m\.json: not a model file .*Expecting value"),
    ('{"weights": {}, "bias": 0, "threshold": 0.5}', r"not a model file written by make train"),
    ("\udcff", r"not a model file .*can't decode"),
], ids=["missing", "truncated", "ill-typed", "not-utf8"])
def test_entity_model_from_the_environment_must_be_readable(tmp_path, content, pattern):
    """A model named by POLICYKG_ENTITY_MODEL that is missing or broken is one line, not a silent
    rules-only build (missing) or an internal error."""
    model = tmp_path / "m.json"
    if content is not None:
        model.write_bytes(content.encode("utf-8", "surrogateescape"))
    r = run_cli("build", SEED, "--out", tmp_path / "out", env={"POLICYKG_ENTITY_MODEL": str(model)})
    one_line(r, 2, pattern)
    assert not (tmp_path / "out").exists()


def _tool(module, *args, cwd=None):
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=120)


@pytest.mark.parametrize("module, args, pattern", [
    ("policykg.extract.train", ["--out", "DIR"], r"--out \S+DIR: is a folder"),
    ("policykg.extract.train", ["--out", "LINK"], r"--out \S+LINK: is a symbolic link"),
    ("policykg.extract.train", ["--exclude", "jinghai-2012", "--out", "m.json"], r"--exclude jinghai-2012: not a dev"),
    ("policykg.emit.concepts", ["LINK"], r"FILE \S+LINK: is a symbolic link"),
    ("policykg.emit.concepts", ["x.ttl", "y.ttl"], r"unrecognized arguments: \S+y\.ttl"),
], ids=["train-folder", "train-symlink", "train-unknown-fold", "concepts-symlink", "concepts-two-files"])
def test_module_tools_refuse_bad_outputs_in_one_line(tmp_path, module, args, pattern):
    (tmp_path / "DIR").mkdir()
    (tmp_path / "real").write_text("keep\n")
    (tmp_path / "LINK").symlink_to(tmp_path / "real")
    before = tree(tmp_path)
    r = _tool(module, *[tmp_path / a if a in ("DIR", "LINK", "m.json", "x.ttl", "y.ttl") else a for a in args])
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
    assert re.search(pattern, r.stderr.splitlines()[-1]), r.stderr
    assert tree(tmp_path) == before


def test_manifest_entry_without_its_report_is_named(tmp_path, monkeypatch):
    from policykg import evaluation
    from policykg.errors import InputError
    (tmp_path / "manifest.yaml").write_text("dev:\n  ghost-2020: {path: data/reports/ghost-2020.txt}\n")
    monkeypatch.setattr(evaluation, "ANNOTATIONS", tmp_path)
    with pytest.raises(InputError, match=r"manifest\.yaml: dev/ghost-2020: no report file at 'data/reports/ghost"):
        evaluation.manifest()
