"""Hostile use, round 14: options given twice, the output files of the scripts and benchmarks, the stage
timings file, and a report of brackets nested past the JSON decoder's depth.

The CLI and the scripts run as real subprocesses where the case is about the command line; what must
survive is compared byte for byte.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree, write_file, write_ours

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_args import write_whole  # noqa: E402


@pytest.mark.parametrize("args, named", [
    (["build", SEED, "--out", "a", "--out", "b"], r"--out a and --out b given; the option takes one value"),
    (["build", SEED, "--out=a", "--progress", "--no-progress"], r"--progress and --no-progress given"),
    (["query", "cq-01", "--timeout", "5", "--timeout=6"], r"--timeout 5 and --timeout 6 given"),
    (["push", "--endpoint", "http://bob:secret@127.0.0.1:9/", "--endpoint", "http://127.0.0.1:9/?token=abc"],
     r"--endpoint http://\*\*\*@127\.0\.0\.1:9/ and --endpoint http://127\.0\.0\.1:9/\?token=\*\*\* given"),
])
def test_an_option_given_twice_with_two_values_is_refused_naming_both(tmp_path, args, named):
    """click kept the last value of a repeated option without a word (`--out a --out b` built into b; the
    push's first endpoint was dropped). The values are shown as any message shows them: secrets hidden."""
    r = run_cli(*args, cwd=tmp_path, timeout=60)
    one_line(r, 2, named)
    assert "secret" not in r.stderr and "abc" not in r.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, named", [
    (["build", SEED, "--out", "--quiet"], r"--out --quiet: --quiet is an option of the command, not a value"),
    (["table", "targets", "--out", "--format=json"], r"--out --format=json: --format is an option"),
    (["export", "--format", "ttl", "--graph", "--out", "x.ttl"], r"--graph --out: --out is an option"),
])
def test_an_option_name_taken_as_a_value_is_refused(tmp_path, args, named):
    """`build data --out --quiet` (the folder forgotten) built into a folder named --quiet and dropped
    --quiet: click takes any next word as the value."""
    one_line(run_cli(*args, cwd=tmp_path, timeout=60), 2, named)
    assert list(tmp_path.iterdir()) == []


def test_the_same_value_twice_is_one_value(tmp_path):
    """A repeat that changes nothing (a wrapper adding --quiet, --out given again as it was) still runs."""
    out = tmp_path / "out"
    r = run_cli("build", SEED, "--out", out, "--out", out, "--quiet", "--quiet", "--jobs", "1", timeout=300)
    assert r.returncode == 0 and r.stdout == "" and r.stderr == "", r.stderr
    assert (out / "graph.ttl").is_file()


def test_a_scripts_output_file_survives_a_typo_and_is_checked_first(tmp_path):
    """argparse.FileType('w') emptied miss_classes.py's --out file while the options were read, so a typo
    after it (or an interrupt, or a failure) lost what the file held; a folder or a file of a policykg
    output was only found out then. A script's option given twice with two values is refused too."""
    keep = write_ours(tmp_path, "misses.tsv", "mine\n")   # an earlier run's: one it may replace
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = str(ROOT / "scripts" / "miss_classes.py")

    def run(*args):
        return subprocess.run([sys.executable, script, *map(str, args)], capture_output=True, text=True,
                              timeout=60, env=env, cwd=ROOT)
    typo = run("--out", keep, "--bogus")
    assert typo.returncode == 2 and "unrecognized arguments: --bogus" in typo.stderr
    assert keep.read_text(encoding="utf-8") == "mine\n"
    folder = run("--out", tmp_path)
    assert folder.returncode == 2 and "is a folder, not a regular file" in folder.stderr and folder.stdout == ""
    twice = run("--out", keep, "--out", tmp_path / "other.tsv")
    assert twice.returncode == 2 and "the option takes one value" in twice.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["misses.tsv"]


def test_timings_are_not_written_through_a_link_or_into_another_output(tmp_path):
    """POLICYKG_TIMINGS naming a dangling link made the link's target (anywhere: /nonexist was created in /),
    naming out/graph.ttl of another policykg output replaced that graph with the JSON, and a write-protected
    file was replaced."""
    old = tmp_path / "old"
    assert run_cli("build", SEED, "--out", old, "--quiet", "--jobs", "1").returncode == 0
    link = tmp_path / "timings.json"
    link.symlink_to(tmp_path / "elsewhere" / "made.json")
    (tmp_path / "elsewhere").mkdir()
    kept = write_file(tmp_path, "kept.json", "{}\n")
    kept.chmod(0o444)
    before = tree(tmp_path)
    for timings, named in ((link, r"is a symbolic link"), (old / "graph.ttl", r"is graph\.ttl of the policykg output"),
                           (kept, r"is write-protected")):
        r = run_cli("build", SEED, "--out", tmp_path / "new", env={"POLICYKG_TIMINGS": str(timings)}, timeout=120)
        one_line(r, 2, rf"POLICYKG_TIMINGS=\S+: {named}")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_a_report_of_brackets_nested_past_the_json_decoder_is_named_as_data(tmp_path):
    """'[' * 100000 given as a report ended in 'internal error: RecursionError' (the check for JSON data)."""
    from policykg.errors import InputError
    from policykg.read import read_report
    path = write_file(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(InputError, match=r"deep\.json: JSON data \(nested too deep to read\), not a report text"):
        read_report(str(path))


@pytest.mark.unit
def test_a_benchmark_result_that_cannot_be_written_leaves_the_old_one(tmp_path):
    """results.json was written in place: a failed write left half of it, which the next run could not read
    and so began again from nothing (every other machine's measurements lost)."""
    results = write_file(tmp_path, "results.json", '{"machines": {"a": 1}}\n')
    with pytest.raises(UnicodeEncodeError):
        write_whole(results, '{"machines": "\udc80"}')
    assert results.read_text(encoding="utf-8") == '{"machines": {"a": 1}}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["results.json"]
    write_whole(results, "{}\n")
    assert results.read_text(encoding="utf-8") == "{}\n"


@pytest.mark.unit
def test_a_script_interrupted_ends_in_one_line(capsys):
    """Ctrl-C in a script (loro_fast.py, miss_classes.py, …) printed a KeyboardInterrupt traceback."""
    from policykg.errors import run_module

    def main():
        raise KeyboardInterrupt
    assert run_module(main, "loro_fast.py") == 130
    assert capsys.readouterr().err == "loro_fast.py: interrupted\n"


@pytest.mark.parametrize("args", [
    ["build", SEED, "--out", "notes.txt/out"],
    ["table", "targets", "--graph", "g.ttl", "--out", "notes.txt/rows.csv"],
    ["serve", "--store", "notes.txt/store", "--graph", "g.ttl", "--port", "0"],
])
def test_a_path_under_a_file_is_named_so(tmp_path, args):
    """`--out notes.txt/out` was 'cannot create its parent folder (File exists)' (build), 'cannot check it
    (Not a directory)' (table, export, validate), '.store.lock beside it is no policykg lock' (serve)."""
    write_file(tmp_path, "notes.txt", "mine\n")
    write_file(tmp_path, "g.ttl", "<http://x/a> <http://x/p> <http://x/b> .\n")
    before = tree(tmp_path)
    one_line(run_cli(*args, cwd=tmp_path, timeout=60), 2, r"\S+notes\.txt is a file, not a folder")
    assert tree(tmp_path) == before


def test_a_write_protected_file_is_not_replaced(tmp_path):
    """`table --out rows.csv` onto a file the user made read-only replaced it (the new file goes in by a
    rename, which the file's own mode does not stop; as root not even the folder's)."""
    graph = write_file(tmp_path, "g.ttl", "<http://x/a> <http://x/p> <http://x/b> .\n")
    rows = write_ours(tmp_path, "rows.nt", "mine\n")   # an earlier export's, made read-only
    rows.chmod(0o444)
    one_line(run_cli("export", "--format", "nt", "--graph", graph, "--out", rows, timeout=60), 2,
             r"rows\.nt: is write-protected \(mode 444\)")
    assert rows.read_text(encoding="utf-8") == "mine\n"
    rows.chmod(0o644)
    assert run_cli("export", "--format", "nt", "--graph", graph, "--out", rows, timeout=60).returncode == 0
    assert rows.read_text(encoding="utf-8") == "<http://x/a> <http://x/p> <http://x/b> .\n"


@pytest.mark.parametrize("data, named", [
    (b"\xff\xfe\x00r\x00", r"not UTF-8 text \(byte 0xff at 0\)"),
    (b'"' + b"x" * 200_000 + b'"\n', r"not a CSV table"),
    (b"report,start\njinghaiqu-2021,1\n", r"no indicator, quote column"),
])
def test_a_script_given_a_file_that_is_no_table_names_it_in_one_line(tmp_path, data, named):
    """name_lint.py (and sample_figures.py, loro_projects.py sample) ended in a UnicodeDecodeError, csv.Error
    or KeyError traceback on a file other than a `policykg table` CSV."""
    table = write_file(tmp_path, "t.csv", data)
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "name_lint.py"), str(table)], capture_output=True,
                       text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.count("\n") == 1 and re.match(rf"name_lint\.py: \S+t\.csv: {named}", r.stderr), r.stderr


def test_make_docs_replaces_only_its_own_page(tmp_path):
    """`python -m policykg.docs DIR` (make docs) replaced the index.html of any folder it was given (a web
    site's), wrote ./index.html for an empty name, and ended in a traceback for a file. Its own page is
    replaced on the next run."""
    def docs(out):
        return subprocess.run([sys.executable, "-m", "policykg.docs", str(out)], capture_output=True, text=True,
                              cwd=tmp_path, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    site = tmp_path / "site"
    site.mkdir()
    write_file(site, "index.html", "<p>my site</p>\n")
    write_file(tmp_path, "notes.txt", "mine\n")
    before = tree(tmp_path)
    for out, named in ((site, r"holds an index\.html that python -m policykg\.docs did not write"),
                       ("", r"OUT_DIR is empty"), ("notes.txt", r"notes\.txt is a file, not a folder")):
        r = docs(out)
        assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1, r.stderr
        assert re.match(rf"policykg\.docs: [^\n]*{named}", r.stderr), r.stderr
    assert tree(tmp_path) == before
    for _ in range(2):
        r = docs(tmp_path / "ontology")
        assert r.returncode == 0, r.stderr
    assert [p.name for p in (tmp_path / "ontology").iterdir()] == ["index.html"]


@pytest.mark.unit
def test_the_evaluation_refuses_a_split_given_twice():
    """`python -m policykg.evaluation --split dev … --split test` scored the last split without a word (and
    `--spl` was read as --split). The order here is such that the old behaviour would score dev."""
    from policykg.evaluation import main
    for argv in (["--split", "test", "--split", "dev"], ["--spl", "dev"]):
        with pytest.raises(SystemExit) as end:
            main(argv)
        assert end.value.code == 2


@pytest.mark.skipif(not shutil.which("make"), reason="needs make")
def test_make_clean_removes_only_an_out_policykg_wrote(tmp_path):
    """`make clean` ran `rm -rf out` whatever out was: a folder of the user's named out went with it. (Round
    15: also a marker that is no marker of ours; see test_hostile_round15 for a file put into an output.)"""
    def clean():
        return subprocess.run(["make", "-f", str(ROOT / "Makefile"), "clean", f"PYTHON={sys.executable}"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
    (tmp_path / "out").mkdir()
    write_file(tmp_path / "out", "notes.md", "mine\n")
    r = clean()
    assert r.returncode == 0 and "out is not a policykg output" in r.stderr
    assert (tmp_path / "out" / "notes.md").read_text(encoding="utf-8") == "mine\n"
    shutil.rmtree(tmp_path / "out")
    assert run_cli("build", SEED, "--out", tmp_path / "out", "--quiet", "--jobs", "1").returncode == 0
    assert clean().returncode == 0
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("method", ["PUT", "POST"])
def test_push_never_prints_the_reason_phrase_a_store_sends(tmp_path, method):
    """A store's own reason phrase went into push's message as it came: a hostile store on 127.0.0.1 could
    echo the password it had just been sent (HTTP 403 <password>) and push printed it."""
    from fake_http import count_json, fake_server

    secret = "s3cret-do-not-print"
    (tmp_path / "g.nt").write_text('<https://w3id.org/policykg/id/a> <urn:p> "a" .\n', encoding="utf-8")

    def answer(handler, body):
        if handler.command == method:
            handler.send_response(403, f"Forbidden for bob:{secret}")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        else:
            count_json(handler, body)

    with fake_server(answer) as (url, _):
        r = run_cli("push", "--endpoint", url + "/store", "--sparql", url + "/sparql", "--graph", tmp_path / "g.nt", "--graph-iri", "https://w3id.org/policykg/id/g",
                    "--timeout", "20", timeout=60, env={"POLICYKG_USER": "bob", "POLICYKG_PASSWORD": secret})
    assert r.returncode == 1, r.stderr
    assert re.fullmatch(r"policykg: [^\n]*: HTTP 403 Forbidden[^\n]*\n", r.stderr), r.stderr
    assert secret not in r.stderr + r.stdout
