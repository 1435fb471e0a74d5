"""`policykg table`: tidy rows that load straight into pandas (CSV, JSON, Parquet), on real reports."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from cli_helpers import run_in_process
from policykg.use.table import FIGURE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
HAILAR = ROOT / "data" / "corpus" / "hailaer"
REPORTS = [ROOT / "data" / "corpus" / "provincial-2026" / f"{s}-2026.txt" for s in ("hebei", "shanghai")]


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    from policykg.corpus.build import build, write_outputs
    out = tmp_path_factory.mktemp("table") / "out"
    write_outputs(build([str(p) for p in REPORTS]), str(out))
    return out / "graph.trig"


run = run_in_process


@pytest.fixture(scope="module")
def tables(graph, tmp_path_factory):
    from policykg.use.table import WRITERS, asserted_store, rows
    folder = tmp_path_factory.mktemp("tables")
    store = asserted_store([str(graph)])
    paths = {}
    for which in ("targets", "outcomes", "assessments"):
        columns, data = rows(store, which)
        for fmt, writer in WRITERS.items():
            paths[which, fmt] = folder / f"{which}.{fmt}"
            paths[which, fmt].write_bytes(writer(columns, data))
    return paths


def test_one_row_per_target_in_every_format(graph, tables):
    from rdflib import Graph
    from policykg.vocab import PKG
    from rdflib.namespace import RDF
    g = Graph().parse(graph.with_suffix(".ttl"), format="turtle")
    n = len(set(g.subjects(RDF.type, PKG.Target)))
    csv_, json_, pq = (pd.read_csv(tables["targets", "csv"]), pd.read_json(tables["targets", "json"]),
                       pd.read_parquet(tables["targets", "parquet"]))
    for t in (csv_, json_, pq):
        assert len(t) == n and list(t.columns) == FIGURE_COLUMNS
    assert list(csv_.iri) == list(pq.iri) == list(json_.iri)
    assert pq.value.dtype == "float64" and pq.start.dtype == "int64"


def test_gdp_growth_target_per_province(tables):
    """The README's three lines of pandas."""
    t = pd.read_parquet(tables["targets", "parquet"])
    gdp = t[(t.concept == "gdp") & (t.kind == "growth-rate") & (t.start_year == t.year) & (t.end_year == t.year)]
    first = gdp.drop_duplicates("province").set_index("province")
    assert first.loc["河北省", "value"] == 5 and first.loc["河北省", "comparator"] == ">="
    assert first.loc["上海市", "value"] == 5 and first.loc["上海市", "comparator"] == "≈"


def test_rows_quote_the_report(tables):
    from policykg.read import read_report
    t = pd.read_csv(tables["outcomes", "csv"])
    text = read_report(str(REPORTS[0])).text
    for row in t[t.report == "hebeisheng-2026"].head(20).itertuples():
        assert text[row.start:row.end] == row.quote


def test_assessments_have_a_verdict_and_rule(tables):
    t = pd.read_csv(tables["assessments", "csv"])
    assert len(t) and set(t.verdict) <= {"met", "missed", "partly", "not reported", "not comparable",
                                         "no follow-up report"}
    assert t.rule.notna().all()


def test_cli_writes_identical_bytes_twice(graph, tmp_path, monkeypatch, capsys):
    for name in ("a.csv", "b.csv"):
        code, _, _ = run(["table", "targets", "--graph", str(graph), "--format", "csv", "--out",
                          str(tmp_path / name)], monkeypatch, capsys)
        assert code == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


@pytest.mark.parametrize("args", [
    ["table", "figures"],
    ["table", "targets", "--format", "xlsx"],
    ["table", "targets", "--graph", "no-such-file.ttl"],
    ["table", "targets", "--graph", "tests/fixtures/promise-result.ttl", "--format", "parquet"],
])
def test_bad_options_exit_2_with_one_line(args, monkeypatch, capsys):
    code, out, err = run(args, monkeypatch, capsys)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def hailar_out(tmp_path_factory) -> Path:
    """Hailar 2013 and 2014 built together (2013's targets, 2014's results) with the report of their
    province, Inner Mongolia 2026."""
    from policykg.corpus.build import build, write_outputs
    out = tmp_path_factory.mktemp("hailar") / "out"
    write_outputs(build([str(HAILAR / "hailaer-2013.txt"), str(HAILAR / "hailaer-2014.txt"),
                         str(ROOT / "data" / "corpus" / "provincial-2026" / "neimenggu-2026.txt")]), str(out))
    return out


@pytest.fixture(scope="module")
def hailar_assessments(hailar_out):
    from policykg.use.table import asserted_store, rows
    columns, data = rows(asserted_store([str(hailar_out / "graph.trig")]), "assessments")
    return pd.DataFrame(data, columns=columns)


def test_assessment_rows_keep_both_figures_quotes_and_offsets(hailar_assessments):
    from policykg.read import read_report
    texts = {f"hailaerqu-{y}": read_report(str(HAILAR / f"hailaer-{y}.txt")).text for y in (2013, 2014)}
    t = hailar_assessments[hailar_assessments.report.str.startswith("hailaerqu")]
    assert t.iri.notna().all() and t.quote.notna().all() and t.value.notna().all()
    assert not t.iri.duplicated().any()
    for r in t.itertuples():
        assert texts[r.report][r.start:r.end] == r.quote
    judged = t[t.verdict.isin(["met", "partly", "missed"])]
    assert len(judged) >= 10 and judged.result_iri.notna().all()
    for r in judged.itertuples():
        assert texts[r.result_report][int(r.result_start):int(r.result_end)] == r.result_quote
    gdp = judged[(judged.concept == "gdp") & (judged.kind == "growth-rate")].iloc[0]
    assert (gdp.indicator, float(gdp.value), gdp.unit, float(gdp.result_value), gdp.verdict) == \
        ("地区生产总值", 20.0, "%", 10.1, "missed")


def test_readme_gdp_lines_give_provinces_only(hailar_out, tmp_path, monkeypatch, capsys):
    """The README's pandas lines, run as written: a district's target never stands for its province."""
    import re
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Tidy tables"):readme.index("## Networks")]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    *lines, last = code.strip().splitlines()
    code, _, _ = run(["table", "targets", "--graph", str(hailar_out / "graph.trig"), "--format", "parquet",
                      "--out", str(tmp_path / "targets.parquet")], monkeypatch, capsys)
    assert code == 0
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec("\n".join(lines), scope)
    first = eval(last, scope)
    row = first.set_index("province").loc["内蒙古自治区"]
    assert (row.comparator, row.value, row.quote) == ("≈", 5, "地区生产总值增长5%左右")


def test_readme_reading_gives_parquet_values_from_csv_and_json(tables):
    """Read as the README says, CSV and JSON give the Parquet frame's codes (text) and numbers (exact)."""
    pq = pd.read_parquet(tables["outcomes", "parquet"])
    csv_ = pd.read_csv(tables["outcomes", "csv"], dtype={"jurisdiction_code": str})
    json_ = pd.read_json(tables["outcomes", "json"], dtype={"jurisdiction_code": str}, precise_float=True)
    for t in (csv_, json_):
        assert list(t.jurisdiction_code) == list(pq.jurisdiction_code)
        for col in ("value", "base_value", "from_value"):
            assert t[col].astype(float).equals(pq[col].astype(float)), col


def test_assessments_name_the_concept_as_the_targets_table_does(hailar_out, hailar_assessments):
    """A target's concept and how it is matched read the same in the targets and assessments tables."""
    from policykg.use.table import asserted_store, rows
    columns, data = rows(asserted_store([str(hailar_out / "graph.trig")]), "targets")
    t = pd.DataFrame(data, columns=columns).set_index("iri")
    a = hailar_assessments.set_index("iri")
    assert (t.concept_match == "broad").any()
    for col in ("concept", "concept_match"):
        assert t[col].fillna("").to_dict() == a.loc[t.index, col].fillna("").to_dict(), col
