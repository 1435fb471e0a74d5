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
    assert recorded["format"] == data_shapes.FORMAT
    recorded = recorded["files"]
    files = sorted(p.relative_to(DATA).as_posix() for p in DATA.glob("*/*.yaml"))
    assert sorted(recorded) == files and len(files) >= 20
    for rel in files:
        data = parse_unique((DATA / rel).read_text(encoding="utf-8"), rel)
        assert recorded[rel] == json.loads(json.dumps(make_data_shapes.file_shape(rel, data))), \
            f"{rel} changed shape: if on purpose, run python scripts/make_data_shapes.py"
        data_shapes.check_file(rel, rel, data)


@pytest.mark.unit
def test_park_identity_tries_only_the_names_a_rule_can_pass(monkeypatch):
    """A report naming 3,750 distinct parks (docs/checks/hostile45.md) spent 80 s in park_identity: each name was
    tried against every other by all three rules (quadratic). Now a rule tries only the names indexed as able to
    pass it; the identities are those of the rules applied to every name."""
    import itertools

    from policykg.extract import identity
    chars = "东西南北中新华安宁和平兴盛泰康永丰昌隆嘉禾"
    kinds = ["经济开发区", "经济技术开发区", "高新技术产业开发区", "工业园区", "产业园", "综合保税区"]
    norms = sorted({a + b + k for a, b in itertools.product(chars, chars) for k in kinds}
                   | {"子牙经济技术开发区", "子牙经开区", "中俄蒙国际物流园区", "中俄蒙物流园", "物流园区"})
    calls = {"contraction": 0, "short form": 0}
    real_c, real_s = identity.contraction_of, identity.short_form_of

    def counted(name, real):
        def rule(short, long):
            calls[name] += 1
            return real(short, long)
        return rule
    monkeypatch.setattr(identity, "contraction_of", counted("contraction", real_c))
    monkeypatch.setattr(identity, "short_form_of", counted("short form", real_s))
    found = identity.park_identity(norms)
    assert found["子牙经开区"] == "子牙经济技术开发区" and found["中俄蒙物流园"] == "中俄蒙国际物流园区"
    assert found["物流园区"] == "中俄蒙国际物流园区"   # ends exactly one longer name
    assert found["东西产业园"] == "东西产业园"
    assert sum(calls.values()) < 40 * len(norms), calls   # every pair: ~len(norms)² = 5.6 million
    monkeypatch.undo()

    def one_longer(n):   # the rules as written, applied to every other name
        for rule in (lambda o: o.endswith(n), lambda o: real_c(n, o), lambda o: real_s(n, o)):
            longer = [o for o in norms if o != n and rule(o)]
            if len(longer) == 1:
                return longer[0]
        return n
    assert all(found[n] == one_longer(n) for n in norms[::25] + ["子牙经开区", "中俄蒙物流园", "物流园区"])
