"""hostile45: policykg's own data as a user edits it (a lexicon YAML that parses but breaks its shape, a data TSV with
a short row or bad bytes): exit 2 and one line naming the file and what is wrong, nothing written. Each build runs in
a real process on a copy of the package with one file edited (docs/checks/hostile45.md)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cli_helpers import ROOT, SEED, one_line

DATA = ROOT / "policykg" / "data"


def build_with(tmp_path: Path, name: str, edit) -> tuple[subprocess.CompletedProcess, Path]:
    """policykg build of the seed by a copy of the package whose data/NAME is edit(its text)."""
    copy = tmp_path / "pkg"
    shutil.copytree(ROOT / "policykg", copy / "policykg", ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "policykg" / "data" / name
    target.write_bytes(edit(target.read_bytes()))
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k not in ("POLICYKG_DEBUG", "PYTHONPATH")}
    env["PYTHONPATH"] = str(copy)
    r = subprocess.run([sys.executable, "-m", "policykg.cli", "build", str(SEED), "--out", str(out), "--jobs", "1"],
                       capture_output=True, text=True, cwd=copy, env=env, timeout=300)
    return r, out


def yaml_edit(change):
    """An edit of a YAML file: change(data) on its parsed form, written back as YAML."""
    def edit(raw: bytes) -> bytes:
        data = yaml.safe_load(raw.decode("utf-8"))
        data = change(data) or data
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
    return edit


def _set(keys, value):
    def change(data):
        node = data
        for k in keys[:-1]:
            node = node[k]
        node[keys[-1]] = value
    return change


def _drop(keys):
    def change(data):
        node = data
        for k in keys[:-1]:
            node = node[k]
        del node[keys[-1]]
    return change


SHAPES = {
    "empty file": ("lexicons/units.yaml", lambda raw: b"", r"units\.yaml: is empty; policykg reads a mapping"),
    "list for a mapping": ("lexicons/units.yaml", yaml_edit(_set(["classes"], ["money"])),
                           r"units\.yaml: classes: a list where a mapping is read"),
    "number for a word": ("lexicons/units.yaml", yaml_edit(lambda d: d["classes"]["money"].append(5)),
                          r"units\.yaml: classes\.money\.\d+: a number \('5'\) where a word is read"),
    "key missing": ("lexicons/structure.yaml", yaml_edit(_drop(["outline", "vision"])),
                    r"structure\.yaml: outline\.vision: the key is missing"),
}


@pytest.mark.parametrize("case", sorted(SHAPES))
def test_a_data_file_of_the_wrong_shape_is_refused_naming_file_and_key(case, tmp_path):
    """Each was `internal error: TypeError/AttributeError/KeyError` (exit 3), or (a number in a word list) built
    silently."""
    name, edit, pattern = SHAPES[case]
    r, out = build_with(tmp_path, name, edit)
    one_line(r, 2, pattern)
    assert not out.exists()


PATTERNS = {
    "not compiling": (["phrases", "measured_acts"], "(改造", r"is not a valid regular expression \(missing \)"),
    "catastrophic": (["phrases", "measured_acts"], "(a+)+$", r"repeats a repeat \(as \(a\+\)\+\)"),
    "matching the empty string": (["phrases", "measured_acts"], "(?:改造)?", r"matches the empty string"),
    "unknown template field": (["qlexicon", "quantity"], "{num}{nope}", r"names \{nope\}, which policykg does not"),
}


@pytest.mark.parametrize("case", sorted(PATTERNS))
def test_a_bad_pattern_in_a_lexicon_is_refused_naming_it(case, tmp_path):
    """A pattern that does not compile was internal error (re.error), an unknown {field} KeyError; a nested
    repeat or an empty match was taken and could run for hours or match everywhere."""
    keys, value, pattern = PATTERNS[case]
    r, out = build_with(tmp_path, "lexicons/quantities.yaml", yaml_edit(_set(keys, value)))
    one_line(r, 2, r"quantities\.yaml: " + r"\.".join(keys) + ": .*" + pattern)
    assert not out.exists()


TSVS = {
    "short row": ("lexicons/report_words.tsv", lambda raw: raw + "词\n".encode(), r"report_words\.tsv: line \d+: "
                  r"1 tab-separated fields where 2 are read"),
    "word for a count": ("lexicons/report_words.tsv", lambda raw: raw + "词\tmany\n".encode(),
                         r"report_words\.tsv: line \d+: field 2 is 'many', not a whole number"),
    "bad bytes": ("gazetteer/divisions.tsv", lambda raw: raw + b"\xff\xfe\n", r"divisions\.tsv: line \d+: not UTF-8"),
}


@pytest.mark.parametrize("case", sorted(TSVS))
def test_a_data_tsv_with_a_bad_row_is_refused_naming_file_and_line(case, tmp_path):
    """Each was internal error (ValueError: not enough values to unpack, int(), UnicodeDecodeError)."""
    name, edit, pattern = TSVS[case]
    r, out = build_with(tmp_path, name, edit)
    one_line(r, 2, pattern)
    assert not out.exists()


@pytest.mark.unit
def test_shipped_data_keeps_its_recorded_shapes():
    """shapes.json is what scripts/make_data_shapes.py writes from the shipped files, and they keep it."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_data_shapes
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    from policykg import data_shapes
    from policykg.yaml_keys import parse_unique
    recorded = json.loads((DATA / "shapes.json").read_text(encoding="utf-8"))
    files = sorted(p.relative_to(DATA).as_posix() for p in DATA.glob("*/*.yaml"))
    assert sorted(recorded) == files and len(files) >= 20
    for rel in files:
        data = parse_unique((DATA / rel).read_text(encoding="utf-8"), rel)
        assert recorded[rel] == json.loads(json.dumps(make_data_shapes.shape_of(data))), rel
        data_shapes.check_file(rel, rel, data)
