"""hostile46: what earlier hostile rounds left open (a model file of another version, the shape check's cache and
format, optional data keys, patterns that match one text in several ways) and what none tried. Each command runs in
a real process; data edits go to a copy of the package (docs/checks/hostile46.md)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cli_helpers import ROOT, SEED, one_line, run_cli

DATA = ROOT / "policykg" / "data"
MODEL = DATA / "models" / "entity-decision.json"


def copy_package(tmp_path: Path) -> Path:
    copy = tmp_path / "pkg"
    shutil.copytree(ROOT / "policykg", copy / "policykg", ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def run_in(copy: Path, args: list, env: dict | None = None, module: str = "policykg.cli"):
    """python -m MODULE ARGS with COPY's package first on the path."""
    base = {k: v for k, v in os.environ.items() if k not in ("POLICYKG_DEBUG", "PYTHONPATH")}
    base.update({"PYTHONPATH": str(copy), **(env or {})})
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], capture_output=True, text=True,
                          cwd=copy, env=base, timeout=300)


def edit_yaml(copy: Path, name: str, change) -> None:
    target = copy / "policykg" / "data" / name
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    change(data)
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _without_format(d):
    d.pop("format")


def _other_features(d):
    d["features"] = [f for f in d["features"] if f != "Park:hosts"] + ["Park:zzz"]
    d["weights"] = {k: v for k, v in d["weights"].items() if not k.startswith("Park:hosts")}


@pytest.mark.parametrize("change, pattern", [
    (_without_format, r"m\.json: a model file of another policykg \(no format number; this one reads format 2\)"),
    (_other_features, r"m\.json: a model for another feature set \(1 this policykg weighs are not in it, as "
                      r"Park:hosts; 1 in it this policykg never makes, as Park:zzz\); run make train"),
], ids=["no-format", "other-features"])
def test_a_model_of_another_version_is_refused_naming_it(tmp_path, change, pattern):
    """A model whose features this code never makes was read, and every candidate scored by its bias alone (the seed
    kept 2 parks of 11)."""
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    change(model)
    (tmp_path / "m.json").write_text(json.dumps(model), encoding="utf-8")
    r = run_cli("build", SEED, "--out", tmp_path / "out", env={"POLICYKG_ENTITY_MODEL": str(tmp_path / "m.json")})
    one_line(r, 2, pattern)
    assert not (tmp_path / "out").exists()


@pytest.mark.unit
def test_placement_training_reads_no_placement_model(tmp_path, monkeypatch):
    """train_placement extracted with the model it replaces: one of another format stopped make train itself."""
    from policykg.evaluation import manifest
    from policykg.extract import placement, train_placement
    old = tmp_path / "old.json"
    old.write_text('{"weights": {}, "bias": 0, "threshold": {"Placement": 0.5}}', encoding="utf-8")
    monkeypatch.setenv("POLICYKG_PLACEMENT_MODEL", str(old))
    placement.model.cache_clear()
    examples = train_placement.examples({"jinghai-2021": manifest()["jinghai-2021"]})
    assert examples["jinghai-2021"][0] and os.environ["POLICYKG_PLACEMENT_MODEL"] == str(old)
    placement.model.cache_clear()


@pytest.mark.unit
def test_a_shapes_json_of_another_format_is_refused_in_its_own_name(monkeypatch):
    """A well-formed shapes.json of another version refused the shipped files in the name of the data file."""
    from policykg import data_shapes, resources
    from policykg.errors import DataError
    data = resources.lexicon_data("units")
    shipped = json.loads((DATA / "shapes.json").read_text(encoding="utf-8"))["files"]
    monkeypatch.setattr(data_shapes, "_shapes_text", lambda: json.dumps(shipped))   # format 1: a bare mapping
    data_shapes.shapes.cache_clear()
    try:
        with pytest.raises(DataError, match=r"shapes\.json: shapes of another policykg \(no format number"):
            data_shapes.check_file("lexicons/units.yaml", "units.yaml", data)
    finally:
        data_shapes.shapes.cache_clear()


def test_a_stricter_checker_does_not_take_a_cached_verdict(tmp_path):
    """The shape verdict was cached by the file's text and shapes.json: a checker of another version took it."""
    copy = copy_package(tmp_path)
    env = {"POLICYKG_CACHE": str(tmp_path / "cache")}
    load = ["-c", "from policykg import resources; resources.lexicon_data('units')"]
    r = subprocess.run([sys.executable, *load], capture_output=True, text=True, cwd=copy,
                       env={**os.environ, "PYTHONPATH": str(copy), **env}, timeout=120)
    assert r.returncode == 0, r.stderr
    checker = copy / "policykg" / "data_shapes.py"
    checker.write_text(checker.read_text(encoding="utf-8") + '''
_check_file = check_file


def check_file(relative, source, data):
    if relative == "lexicons/units.yaml":
        raise DataError(f"{source}: refused by a stricter check")
    return _check_file(relative, source, data)
''', encoding="utf-8")
    r = subprocess.run([sys.executable, *load], capture_output=True, text=True, cwd=copy,
                       env={**os.environ, "PYTHONPATH": str(copy), **env}, timeout=120)
    assert r.returncode != 0 and "refused by a stricter check" in r.stderr


@pytest.mark.parametrize("change", [lambda d: d.pop("families"), lambda d: d["families"].pop("kwh"),
                                    lambda d: d["families"].update(compute="energy")],
                         ids=["families-deleted", "one-family-deleted", "compute-given-a-family"])
def test_keys_read_by_get_may_be_missing(tmp_path, change):
    """units.yaml families (read with .get) was recorded as required: deleting it, or one family, was refused, and
    compute: null could not be given a family word."""
    copy = copy_package(tmp_path)
    edit_yaml(copy, "lexicons/units.yaml", change)
    r = run_in(copy, ["build", SEED, "--out", tmp_path / "out", "--jobs", "1"])
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_a_pattern_that_matches_one_text_in_several_ways_is_refused(tmp_path):
    """page_line: '(a|aa)*b' on a line of 50 'a' ran past 60 s (the repeat tries every split of the run)."""
    copy = copy_package(tmp_path)
    edit_yaml(copy, "lexicons/typing.yaml", lambda d: d.update(page_line="(a|aa)*b"))
    r = run_in(copy, ["build", SEED, "--out", tmp_path / "out", "--jobs", "1"])
    one_line(r, 2, r"typing\.yaml: page_line: '\(a\|aa\)\*b' may match one text in several ways under a repeat")
    assert not (tmp_path / "out").exists()



def test_a_model_whose_score_overflows_is_read(tmp_path):
    """A model of the right features with a bias of -1000 (hand-edited, or fitted elsewhere): exp(1000) overflowed,
    "internal error: OverflowError", exit 3."""
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    model["bias"] = -1000.0
    (tmp_path / "m.json").write_text(json.dumps(model), encoding="utf-8")
    r = run_cli("build", SEED, "--out", tmp_path / "out", env={"POLICYKG_ENTITY_MODEL": str(tmp_path / "m.json")})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "graph.ttl").is_file()


def _shapes_script(tmp_path: Path) -> Path:
    copy = copy_package(tmp_path)
    (copy / "scripts").mkdir()
    for name in ("make_data_shapes.py", "script_cli.py"):
        shutil.copy(ROOT / "scripts" / name, copy / "scripts" / name)
    return copy


def test_make_data_shapes_help_writes_nothing(tmp_path):
    """scripts/make_data_shapes.py read no options: --help (or a typo) rewrote the committed shapes.json."""
    copy = _shapes_script(tmp_path)
    shapes = copy / "policykg" / "data" / "shapes.json"
    shapes.write_text("{}\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "scripts/make_data_shapes.py", "--help"], capture_output=True, text=True,
                       cwd=copy, timeout=120)
    assert r.returncode == 0 and "usage:" in r.stdout
    assert shapes.read_text(encoding="utf-8") == "{}\n"


def test_make_data_shapes_names_a_broken_data_file_in_one_line(tmp_path):
    """A data YAML with a key given twice ended scripts/make_data_shapes.py in a DataError traceback."""
    copy = _shapes_script(tmp_path)
    with open(copy / "policykg" / "data" / "lexicons" / "units.yaml", "a", encoding="utf-8") as fh:
        fh.write("twice: 1\ntwice: 2\n")
    r = subprocess.run([sys.executable, "scripts/make_data_shapes.py"], capture_output=True, text=True, cwd=copy,
                       timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.count("\n") == 1 and "units.yaml: line " in r.stderr and "given twice" in r.stderr
