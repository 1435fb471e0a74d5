"""Hostile use, round 15: the stage timings naming a FIFO, a value starting with '-' taken for an option's
value, figures beyond what the decimal arithmetic or a float carries, the benchmarks' options given twice,
and what a new hostile user tried on every verb, script and benchmark.

The CLI and the scripts run as real subprocesses where the case is about the command line; what must
survive is compared byte for byte.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, write_file


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_timings_naming_a_fifo_are_refused_before_the_work(tmp_path):
    """POLICYKG_TIMINGS naming a FIFO no process read blocked the build for good, after its output was
    written (the timings file was opened for writing, which waits for a reader)."""
    fifo = tmp_path / "timings"
    os.mkfifo(fifo)
    r = run_cli("build", SEED, "--out", tmp_path / "out", "--jobs", "1", env={"POLICYKG_TIMINGS": str(fifo)},
                timeout=120)
    one_line(r, 2, r"POLICYKG_TIMINGS=\S+timings: is a FIFO \(named pipe\); name a regular file")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timings"]


@pytest.mark.parametrize("args, named", [
    (["build", SEED, "--out", "-o"], r"--out -o: starts with '-', as an option does; write --out=-o if"),
    (["table", "targets", "--graph", "-g.ttl"], r"--graph -g\.ttl: starts with '-'"),
    (["query", "cq-01", "--param", "-x=1"], r"--param -x=1: starts with '-'"),
])
def test_a_value_starting_with_a_dash_is_not_taken_as_an_options_value(tmp_path, args, named):
    """`build data --out -o` (an option of another tool, or the folder forgotten) built into a folder named
    -o: round 14 refused only the command's own options as a value. `--out=-o` still names such a folder."""
    one_line(run_cli(*args, cwd=tmp_path, timeout=60), 2, named)
    assert list(tmp_path.iterdir()) == []
    r = run_cli("build", SEED, "--out=-o", "--quiet", "--jobs", "1", cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "-o" / "graph.ttl").is_file()


def test_a_figure_the_decimals_cannot_carry_is_refused_not_rounded(tmp_path):
    """进出口总额123456789012345678901234567890123456789012345.678亿元 was written as pkg:value
    123456789012345678901234567900000000000000000.0 (rounded to the 28 digits of Python's decimal context),
    and a figure of 1 and 45 zeros, exact in the graph, was beyond oxigraph's xsd:decimal (a 128-bit count
    of 10^-18): every comparison with it had no value, so query and serve dropped it without a word. A
    figure whose base value is within 1.7E+20 is kept exactly."""
    text = SEED.read_text(encoding="utf-8")
    assert "累计进出口总额819亿元" in text
    for figure, named in (("123456789012345678901234567890123456789012345.678", r"has 48 significant digits; a "
                                                                                 r"figure is carried exactly up to 28"),
                          ("1" + "0" * 45, r"is 1000000000000000000000000000000000000000000000 in the graph, "
                                           r"beyond the xsd:decimal SPARQL computes with")):
        big = write_file(tmp_path, "big.txt", text.replace("819亿元", figure + "亿元"))
        one_line(run_cli("build", big, "--out", tmp_path / "out", "--jobs", "1", timeout=120), 2,
                 rf"big\.txt: the figure '进出口总额{figure[:10]}\S*亿元' {named}")
        assert not (tmp_path / "out").exists()
    fits = write_file(tmp_path, "fits.txt", text.replace("819亿元", "1234567890123.456789亿元"))
    r = run_cli("build", fits, "--out", tmp_path / "out", "--quiet", "--jobs", "1", timeout=120)
    assert r.returncode == 0, r.stderr
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "pkg:value 1234567890123.456789 ;" in graph
    assert "pkg:baseValue 123456789012345678900.0 ;" in graph


@pytest.mark.unit
def test_table_json_keeps_a_figure_no_float_carries():
    """`table --format json` wrote every value as a float: 123456789012345678901234567.8 became
    1.2345678901234568e+26. A value the float reads back as (5.5, 1E+45) is written as before, byte for byte
    as json.dumps(indent=1) wrote it; parquet (float64 columns) refuses the value instead of rounding it."""
    from policykg.errors import InputError
    from policykg.use.table import to_json, to_parquet
    rows = [{"iri": "a", "value": Decimal("5.5"), "quote": "“x”\n"}, {"iri": "b", "value": Decimal("1E+45"),
                                                                      "quote": None}]
    assert to_json(["iri", "value", "quote"], rows) == (json.dumps(
        [{"iri": "a", "value": 5.5, "quote": "“x”\n"}, {"iri": "b", "value": 1e45, "quote": None}],
        ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    assert to_json(["value"], []) == b"[]\n"
    exact = [{"iri": "c", "value": Decimal("123456789012345678901234567.8")}]
    written = to_json(["iri", "value"], exact).decode("utf-8")
    assert '"value": 123456789012345678901234567.8\n' in written
    assert json.loads(written, parse_float=Decimal)[0]["value"] == Decimal("123456789012345678901234567.8")
    pytest.importorskip("pyarrow")
    with pytest.raises(InputError, match=r"c: its value 123456789012345678901234567\.8 is no float64 exactly"):
        to_parquet(["iri", "value"], exact)


@pytest.mark.unit
def test_table_takes_an_exact_decimal_beyond_a_floats_range():
    """A graph's "1" and 400 zeros (an exact xsd:decimal) was refused by table as 'not a finite number'
    (its float is inf); it is written whole to CSV and JSON."""
    from policykg.use.table import to_csv
    from policykg.use.table_cells import typed
    huge = Decimal("1" + "0" * 400)
    row = typed({"iri": "a", "value": huge}, ["iri", "value"])
    assert row["value"] == huge
    assert to_csv(["iri", "value"], [row]) == f"iri,value\na,{huge}\n".encode("ascii")


@pytest.mark.parametrize("script, args", [
    ("run.py", ["--repeats", "1", "--repeats", "2"]),
    ("run.py", ["--only", "seed", "--only", "corpus"]),
    ("questions.py", ["--runs", "1", "--runs=2", "g.nq"]),
    ("impact.py", ["--repeats", "1", "--repeats", "3"]),
    ("hostile_scaling.py", ["--n-scale", "1", "--n-scale", "2"]),
])
def test_a_benchmark_option_given_twice_is_refused_naming_both(tmp_path, script, args):
    """The benchmarks' own parsers kept the last of a repeated option (`run.py --repeats 1 --repeats 5` ran
    five), as click did for the verbs before round 14. Run from another folder, before any work."""
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args], capture_output=True, text=True,
                       cwd=tmp_path, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
    assert "given; the option takes one value (give it once)" in r.stderr.splitlines()[-1]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.unit
@pytest.mark.parametrize("url", ["http://127.0.0.1:9/s?pass%77ord=s3cr3t", "http://127.0.0.1:9/s?a=1&access%5Ftoken=s3cr3t",
                                 "http://127.0.0.1:9/s?%74oken=s3cr3t#x"])
def test_a_secret_parameter_whose_name_is_percent_encoded_is_hidden(url):
    """`?pass%77ord=` is `?password=` to the server that decodes it, but redact matched the name as typed, so
    push and query printed the value (in 'cannot reach …', 'read back … from …')."""
    from policykg.options import redact
    shown = redact(url)
    assert "s3cr3t" not in shown and shown.startswith("http://127.0.0.1:9/s?") and "=***" in shown
    assert redact("http://127.0.0.1:9/s?page=2&keyword=x") == "http://127.0.0.1:9/s?page=2&keyword=x"


def test_serve_store_under_a_missing_folder_says_so(tmp_path):
    """`serve --store nonexist/db` said '.db.lock beside it is no policykg lock (No such file or directory)'."""
    graph = write_file(tmp_path, "g.ttl", "<http://x/a> <http://x/p> <http://x/b> .\n")
    r = run_cli("serve", "--store", "nonexist/db", "--graph", graph, "--port", "0", cwd=tmp_path, timeout=60)
    one_line(r, 2, r"--store nonexist/db: folder \S+nonexist does not exist$")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl"]


def _script(name, *args, cwd=ROOT):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / name), *map(str, args)], capture_output=True,
                          text=True, timeout=120, cwd=cwd, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_sample_figures_refuses_a_seed_given_twice(tmp_path):
    """sample_figures.py had its own parser, without once_only: `--seed 1 --seed 2` drew with 2 without a word."""
    table = write_file(tmp_path, "t.csv", "report,start,quote,indicator,start_year,end_year\nr,1,q,i,2021,2021\n")
    r = _script("sample_figures.py", table, "--seed", "1", "--seed", "2")
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert r.stderr == "sample_figures: --seed 1 and 2 given; the option takes one value (give it once)\n"


def test_sample_entities_with_the_wrong_texts_folder_is_exit_2_in_one_line(tmp_path):
    """`sample_entities.py OUT --texts DIR` where DIR lacks the reports ended with exit 1 (sys.exit of a
    message), as a failure of the script rather than of its input."""
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1", timeout=120).returncode == 0
    r = _script("sample_entities.py", out, "--texts", tmp_path / "none", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert re.fullmatch(rf"sample_entities\.py: no \S*jinghai-2021\.txt under {re.escape(str(tmp_path / 'none'))} "
                        rf"\(give the input folder with --texts\)\n", r.stderr), r.stderr


def test_make_docs_takes_no_option_for_its_folder(tmp_path):
    """`python -m policykg.docs --out docs` (an option it does not have) wrote docs into a folder named --out:
    it read its arguments from sys.argv by hand."""
    r = subprocess.run([sys.executable, "-m", "policykg.docs", "--out", "docs"], capture_output=True, text=True,
                       cwd=tmp_path, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert r.stderr == ("policykg.docs: --out: no such option (it takes OUT_DIR [ONTOLOGY.ttl]); ./--out names a "
                        "path so named\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.unit
def test_the_headline_table_is_never_read_from_a_device():
    """`python -m policykg.headline_eval --table /dev/zero` read until the memory ran out (killed)."""
    from policykg.errors import InputError
    from policykg.headline_eval import load_table
    with pytest.raises(InputError, match=r"^/dev/zero: is a character device, not the hand table"):
        load_table("/dev/zero")


@pytest.mark.unit
def test_a_headline_table_nested_too_deep_is_named_so(tmp_path):
    """A --table of 3,000 nested keys (or 100,000 brackets) ended in a RecursionError traceback."""
    from policykg.errors import InputError
    from policykg.headline_eval import load_table
    deep = write_file(tmp_path, "deep.yaml", "".join("  " * i + f"k{i}:\n" for i in range(3000)))
    with pytest.raises(InputError, match=r"deep\.yaml: YAML nested too deep to read"):
        load_table(deep)


@pytest.mark.skipif(not shutil.which("make"), reason="needs make")
def test_make_clean_leaves_an_output_holding_a_file_of_the_users(tmp_path):
    """`make clean` removed out whole whenever out/.policykg-output existed: the user's notes put into a
    build's output went with it, as did a folder with a hand-made empty marker. It now makes the check a
    build makes before replacing a folder."""
    def clean():
        return subprocess.run(["make", "-f", str(ROOT / "Makefile"), "clean", f"PYTHON={sys.executable}"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1").returncode == 0
    write_file(out, "notes.md", "mine\n")
    r = clean()
    assert r.returncode == 0 and r.stderr == "make clean: out holds notes.md, which policykg did not write; left as it is\n"
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine\n" and (out / "graph.ttl").is_file()
    shutil.rmtree(out)
    out.mkdir()
    write_file(out, ".policykg-output", "")
    r = clean()
    assert "out holds .policykg-output, which policykg did not write" in r.stderr and (out / ".policykg-output").exists()


@pytest.mark.unit
def test_a_numeric_param_beyond_the_engines_numbers_is_refused():
    """`query q.rq --param x=99999999999999999999999999999999` with FILTER(1 < ?x) gave 0 rows without a word:
    oxigraph's xsd:integer is 64-bit, so the comparison had no value. 2^63 - 1 is still a value."""
    from policykg.errors import UsageError
    from policykg.use.query_terms import parse_params
    query = "SELECT ?v WHERE { VALUES ?v { 1 } FILTER(?v < ?x) }"
    for value in ("99999999999999999999999999999999", '"0.0000000000000000000001"^^xsd:decimal'):
        with pytest.raises(UsageError, match=r"--param x: \S+ is beyond the numbers SPARQL computes with"):
            parse_params([f"x={value}"], query)
    assert parse_params(["x=9223372036854775807"], query)["x"].toPython() == 9223372036854775807
    assert parse_params(["x=1e400"], query)["x"].n3().endswith("XMLSchema#double>")  # a double: INF compares


@pytest.mark.parametrize("script, args, named", [
    ("questions.py", ["missing.nq", "--runs", "1"], r"argument graph: missing\.nq: no such file"),
    ("impact.py", ["--graph", ".", "--no-old"], r"argument --graph: \.: is a folder, not a graph file"),
])
def test_a_benchmarks_graph_that_is_no_file_is_refused_before_any_work(tmp_path, script, args, named):
    """questions.py on a missing graph (or a folder) ended in a FileNotFoundError/IsADirectoryError traceback;
    impact.py found out only after starting its first run."""
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args], capture_output=True, text=True,
                       cwd=tmp_path, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
    assert re.search(named, r.stderr.splitlines()[-1]), r.stderr


@pytest.mark.parametrize("args", [
    ["build", SEED, "--out", "out\r", "--jobs", "1"],
    ["export", "--format", "nt", "--graph", "g.ttl", "--out", "rows\n.nt"],
    ["serve", "--store", "db\x1b[2J", "--graph", "g.ttl", "--port", "0"],
])
def test_an_output_name_holding_a_control_character_is_refused(tmp_path, args):
    """`--out "$dir"` with dir read from a file with Windows line ends built into a folder `out\\r`, which ls
    shows as out beside the real one; a line break or an escape in a name made files no listing shows."""
    write_file(tmp_path, "g.ttl", "<http://x/a> <http://x/p> <http://x/b> .\n")
    one_line(run_cli(*args, cwd=tmp_path, timeout=120), 2, r": holds a control character \(a line break, carriage "
                                                          r"return, tab or escape\); give the name without it")
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]
