"""hostile41: the contract's loose ends (assessment columns, option mixes, duplicate lexicon keys) and
`table` / `add` attacked; one regression test per bug, on dev reports."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from cli_helpers import run_in_process

ROOT = Path(__file__).resolve().parents[1]
ANHUI = ROOT / "data" / "corpus" / "provincial-2026" / "anhui-2026.txt"


run = run_in_process


@pytest.fixture(scope="module")
def anhui(tmp_path_factory) -> Path:
    from policykg.corpus.build import build, write_outputs
    out = tmp_path_factory.mktemp("h41") / "out"
    write_outputs(build([str(ANHUI)]), str(out))
    return out / "graph.trig"


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_assessments_keep_a_range_targets_ceiling(anhui, fmt, tmp_path, monkeypatch, capsys):
    """anhui-2026's 地区生产总值增长5%—5.5%: the verdict table had the floor 5 and no 5.5 (nor aspirational)."""
    from policykg.use.table import ASSESSMENT_COLUMNS
    out = tmp_path / f"a.{fmt}"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    code, _, err = run(["table", "assessments", "--graph", str(anhui), "--format", fmt, "--out", str(out)],
                       monkeypatch, capsys)
    assert code == 0, err
    t = {"csv": pd.read_csv, "json": pd.read_json, "parquet": pd.read_parquet}[fmt](out)
    assert list(t.columns) == ASSESSMENT_COLUMNS
    gdp = t[t.quote == "地区生产总值增长5%—5.5%"]
    assert list(gdp.value) == [5] and list(gdp.upper_value) == [5.5] and list(gdp.aspirational) == [False]
    assert t.upper_value.dtype == "float64" and t.aspirational.dtype == "bool"


@pytest.mark.parametrize("verb", ["build", "add"])
def test_quiet_with_progress_is_refused_naming_both(verb, tmp_path, monkeypatch, capsys):
    """`--quiet --progress` drew the progress bar that --quiet says it does not; refused before any work."""
    out = tmp_path / "out"
    code, stdout, err = run([verb, str(ANHUI), "--out", str(out), "--quiet", "--progress"], monkeypatch, capsys)
    assert (code, stdout) == (2, "") and err.count("\n") == 1 and "--quiet and --progress" in err
    assert not out.exists()


def test_allow_remote_without_store_is_refused(monkeypatch, capsys):
    """`serve --allow-remote` without --store permits nothing (the memory server is loopback only): it said nothing."""
    code, stdout, err = run(["serve", "--allow-remote", "--graph", "no-such.trig", "--port", "0"], monkeypatch, capsys)
    assert (code, stdout) == (2, "") and err.count("\n") == 1 and "--allow-remote works with --store DIR only" in err


def test_lexicon_key_given_twice_is_refused_naming_file_line_and_key(tmp_path, monkeypatch, capsys):
    """periods.yaml with `past_year` written twice: the second list silently replaced the first."""
    from policykg import resources
    shipped = resources.lexicon("periods").read_text(encoding="utf-8")
    twice = tmp_path / "periods.yaml"
    twice.write_text(shipped + "past_year: [去年]\n", encoding="utf-8")
    real = resources.lexicon
    monkeypatch.setattr(resources, "lexicon", lambda name: twice if name == "periods" else real(name))
    resources.lexicon_data.cache_clear()
    try:
        code, stdout, err = run(["build", str(ANHUI), "--out", str(tmp_path / "out"), "--jobs", "1"],
                                monkeypatch, capsys)
    finally:
        monkeypatch.undo()
        resources.lexicon_data.cache_clear()
    line = shipped.count("\n") + 1
    assert (code, stdout) == (2, "") and err.count("\n") == 1, err
    assert f"{twice}: line {line}: the key 'past_year' is given twice" in err and "first on line 19" in err
    assert not (tmp_path / "out").exists()


def test_no_shipped_data_file_gives_a_key_twice():
    """Every YAML file of policykg/data parses with unique keys (the loader now refuses a duplicate)."""
    from policykg.yaml_keys import parse_unique
    files = sorted((ROOT / "policykg" / "data").rglob("*.yaml"))
    assert len(files) >= 20
    for path in files:
        parse_unique(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize("which", ["targets", "assessments"])
def test_a_figure_with_two_values_is_refused_not_shown_as_one(anhui, which, tmp_path, monkeypatch, capsys):
    """anhui-2026's GDP target given a second pkg:value (a union of builds that disagree): `targets` showed the
    least silently and `assessments` gave one row per value; the shapes allow one (sh:maxCount 1)."""
    from rdflib import Graph, Literal, URIRef
    from policykg.vocab import PKG
    g = Graph().parse(anhui.with_suffix(".ttl"), format="turtle")
    target = URIRef("https://w3id.org/policykg/id/report/anhuisheng-2026/target/11457-11472")
    assert g.value(target, PKG.upperValue) == Literal("5.5", datatype=g.value(target, PKG.value).datatype)
    g.add((target, PKG.value, Literal("6", datatype="http://www.w3.org/2001/XMLSchema#decimal")))
    twice = tmp_path / "two-values.ttl"
    g.serialize(twice, format="turtle")
    code, stdout, err = run(["table", which, "--graph", str(twice)], monkeypatch, capsys)
    assert (code, stdout) == (2, "") and err.count("\n") == 1, err
    assert f"{target}: its value has 2 values ('5', '6')" in err
