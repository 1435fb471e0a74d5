"""The scripts' hand-reading sheets (sample_figures.py, sample_entities.py) guard a text cell opening with a formula
mark, as every policykg CSV does, and read a `policykg table` CSV's guarded cells back first, so a quote written
``'=…`` by `table` is sampled as ``'=…`` (one mark), not ``''=…``. They were written raw: a label or quote read from
text that opens with = + - @ ran as a formula in the checker's spreadsheet."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

from policykg.sheetcells import GuardedWriter, unguarded

ROOT = Path(__file__).resolve().parents[1]
HEADER = "report,start,quote,indicator,start_year,end_year\n"


def test_the_guarded_writer_marks_formula_cells_and_leaves_numbers():
    out = io.StringIO()
    GuardedWriter(out).writerow(["=HYPERLINK(1)", "-5", "@x", "增长5%", None, "="])
    assert out.getvalue() == "'=HYPERLINK(1),-5,'@x,增长5%,,=\n"


def test_sample_figures_guards_each_text_cell_once(tmp_path):
    table = tmp_path / "targets.csv"
    table.write_text(HEADER + "r1,10,'=cmd|' /c calc'!A0,'+地区生产总值,2026,2026\n"
                     "r1,20,增长5%,-人均收入,2026,2026\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "scripts/sample_figures.py"), str(table), "--per-report", "5"],
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert [(r["quote"], r["indicator"]) for r in rows] == [("'=cmd|' /c calc'!A0", "'+地区生产总值"),
                                                           ("增长5%", "'-人均收入")]
    assert unguarded(rows[0]["quote"]) == "=cmd|' /c calc'!A0"
