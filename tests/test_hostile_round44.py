"""Hostile round 44: what a spreadsheet and a second machine make of our outputs (docs/checks/hostile44.md)."""
from __future__ import annotations

import csv
import io
import shutil

import pytest

from cli_helpers import HAILAER, SEED, run_cli

FORMULA = '=HYPERLINK("http://127.0.0.1/x","PM2.5")'


def _evil_graph(cli_seed_out, tmp_path):
    """The seed's graph with one indicator's label (PM2.5年均浓度, an outcome of -19.2 %) and the park's label
    (天津子牙经济技术开发区, its identity name with the city the seed writes) opening with a formula mark."""
    text = (cli_seed_out / "graph.ttl").read_text(encoding="utf-8")
    assert '"PM2.5年均浓度"@zh' in text and '"天津子牙经济技术开发区"@zh' in text
    text = text.replace('"PM2.5年均浓度"@zh', '"=HYPERLINK(\\"http://127.0.0.1/x\\",\\"PM2.5\\")"@zh')
    graph = tmp_path / "graph.ttl"
    graph.write_text(text.replace('"天津子牙经济技术开发区"@zh', '"@SUM(1+1)子牙"@zh'), encoding="utf-8")
    return graph


@pytest.mark.unit
def test_a_table_cell_opening_with_a_formula_mark_is_text_to_a_spreadsheet_and_numbers_stay_numbers(
        cli_seed_out, tmp_path):
    """Regression: a label opening with = (or + - @) was written bare into `table`, `query` and `impact` CSVs,
    which a spreadsheet ran as a formula (a live link to any address). Such a cell now opens with an
    apostrophe; -19.2 and the comparator = stay as they are, so pandas reads the numbers exactly and the text
    back by dropping one leading apostrophe."""
    import pandas as pd

    graph = _evil_graph(cli_seed_out, tmp_path)
    r = run_cli("table", "outcomes", "--graph", graph, "--format", "csv", timeout=300)
    assert r.returncode == 0, r.stderr
    t = pd.read_csv(io.StringIO(r.stdout), dtype={"indicator": str})
    row = t[t["quote"].str.startswith("PM2.5年均浓度")].iloc[0]
    assert row["indicator"] == "'" + FORMULA
    assert row["value"] == -19.2 and row["comparator"] == "="
    r = run_cli("query", "cq-01", "--graph", graph, "--format", "csv", timeout=300)
    assert r.returncode == 0 and "'@SUM(1+1)子牙" in r.stdout and "\n@" not in r.stdout, r.stderr
    r = run_cli("impact", "--graph", graph, "--out", tmp_path / "imp", timeout=600)
    assert r.returncode == 0, r.stderr
    cells = [c for p in (tmp_path / "imp").glob("*.csv") for row in csv.reader(p.open(encoding="utf-8")) for c in row]
    assert "'@SUM(1+1)子牙" in cells and not any(c[:1] in "=+@" and len(c) > 1 for c in cells)


@pytest.mark.unit
def test_a_report_named_as_a_formula_is_text_in_summary_csv_and_add_keeps_it(tmp_path):
    """Regression: a report file named =HYPERLINK(…).txt was written bare into summary.csv's file column (a
    formula to a spreadsheet). It is written with a leading apostrophe, and `add` reads it back exactly: its
    output equals a full build of the same files."""
    one, both = tmp_path / "one", tmp_path / "both"
    one.mkdir()
    both.mkdir()
    name = '=HYPERLINK("http:__127.0.0.1_x","y").txt'
    shutil.copy(SEED, one / name)
    shutil.copy(SEED, both / name)
    shutil.copy(HAILAER[1], both / HAILAER[1].name)
    assert run_cli("build", one, "--out", tmp_path / "a", "--quiet", "--jobs", "1").returncode == 0
    rows = list(csv.reader((tmp_path / "a" / "summary.csv").open(encoding="utf-8")))
    assert rows[1][1] == "'" + name
    r = run_cli("add", HAILAER[1], "--out", tmp_path / "a", "--quiet")
    assert r.returncode == 0, r.stderr
    assert run_cli("build", both, "--out", tmp_path / "b", "--quiet", "--jobs", "1").returncode == 0
    assert (tmp_path / "a" / "summary.csv").read_bytes() == (tmp_path / "b" / "summary.csv").read_bytes()


@pytest.mark.unit
def test_summary_csv_is_the_same_from_another_folder_and_through_a_symlink(tmp_path):
    """Regression: summary.csv's file column was the path from the current folder, so the same build run from
    another folder (or the checkout) wrote another summary.csv and marker. It is the file's own name."""
    (tmp_path / "in").mkdir()
    shutil.copy(SEED, tmp_path / "in" / SEED.name)
    (tmp_path / "link").symlink_to(tmp_path / "in")
    runs = [(("build", "in", "--out", tmp_path / "o1"), tmp_path),
            (("build", tmp_path / "link", "--out", tmp_path / "o2"), tmp_path.parent),
            (("build", tmp_path / "in" / SEED.name, "--out", tmp_path / "o3"), None)]
    for args, cwd in runs:
        r = run_cli(*args, "--quiet", "--jobs", "1", cwd=cwd)
        assert r.returncode == 0, r.stderr
    sums = {(tmp_path / o / "summary.csv").read_bytes() for o in ("o1", "o2", "o3")}
    assert len(sums) == 1 and b"\njinghaiqu-2021,jinghai-2021.txt," in sums.pop()


@pytest.mark.unit
def test_a_query_answer_of_few_wide_rows_is_refused_before_it_outgrows_memory(tmp_path):
    """Regression: --max-rows bounds rows, not bytes: 200 rows of a 1,000,000-character label (a 3 MB graph)
    held 1.8 GB and wrote 600 MB; 2,000 such rows ended in the out-of-memory killer, without a word. An answer
    past MAX_CHARS characters of terms is refused in one line (--max-rows 0 lifts both bounds)."""
    from cli_helpers import one_line
    wide = "x" * 1_100_000
    lines = [f'<urn:x:big> <http://www.w3.org/2000/01/rdf-schema#label> "{wide}" .']
    lines += [f"<urn:x:s{i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:x:T> ." for i in range(130)]
    (tmp_path / "wide.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "wide.rq").write_text("SELECT ?s ?l WHERE { ?s a <urn:x:T> . "
                                      "<urn:x:big> <http://www.w3.org/2000/01/rdf-schema#label> ?l }\n")
    r = run_cli("query", tmp_path / "wide.rq", "--graph", tmp_path / "wide.nt", "--format", "csv", timeout=300)
    one_line(r, 2, r"the answer holds more than 134,217,728 characters in its first 123 rows.*--max-rows 0")
