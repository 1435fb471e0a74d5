"""Hostile use, round 18: the parsed-resource cache and the end of a command-line build (round 17's
additions), then what a new hostile user tried on every verb and script.

The CLI runs as a real subprocess where the case is about the command line; what must survive is compared
byte for byte.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import signal
import subprocess
import sys
import zlib

import pytest

from cli_helpers import ROOT, one_line, run_cli, write_file


def _planted_entry(folder, kind: str, version: str, text: str, data) -> str:
    """A well-formed parsed-cache file for text, holding data, written into folder as parsed_cache names it."""
    from policykg import parsed_cache as pc
    key = f"{kind}|f{pc.FORMAT}|{version}|{hashlib.sha256(text.encode('utf-8')).hexdigest()}"
    name = f"policykg-{kind}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.bin"
    payload = marshal.dumps((key, data))
    path = os.path.join(folder, name)
    with open(path, "wb") as fh:
        fh.write(pc._HEAD.pack(pc._MAGIC, len(payload), zlib.crc32(payload)) + payload)
    return path


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="chown to another user needs root")
@pytest.mark.parametrize("planted_by", ["another-user", "writable-by-all"])
def test_a_cache_file_another_user_could_plant_is_not_loaded(tmp_path, monkeypatch, planted_by):
    """POLICYKG_CACHE (or XDG_CACHE_HOME) naming a folder every user may write (/tmp): a cache file another
    user put there was loaded as the parse of the lexicons (marshal trusts what it reads)."""
    import yaml

    from policykg import parsed_cache
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("POLICYKG_CACHE", str(shared))
    text = "word: 园区\n"
    path = _planted_entry(shared, "yaml-r18", "v1", text, {"word": "planted"})
    if planted_by == "another-user":
        os.chown(path, 65534, 65534)
    else:
        os.chmod(path, 0o666)
    assert parsed_cache.cached("yaml-r18", "v1", text, yaml.safe_load) == {"word": "园区"}
    os.chmod(path, 0o644)
    os.chown(path, os.getuid(), os.getgid())
    _planted_entry(shared, "yaml-r18", "v1", text, {"word": "園區"})   # this user's own entry is read
    assert parsed_cache.cached("yaml-r18", "v1", text, yaml.safe_load) == {"word": "園區"}


PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n"


@pytest.mark.parametrize("encoding, data, answer", [
    ("utf-16 with its mark (Notepad's Unicode)", COUNT.encode("utf-16"), None),
    ("utf-16-be with its mark", b"\xfe\xff" + COUNT.encode("utf-16-be"), None),
    ("utf-16-le without a mark", COUNT.encode("utf-16-le"), "a NUL byte: UTF-16 text without its byte-order mark"),
    ("utf-32", COUNT.encode("utf-32"), "UTF-32 text"),
])
def test_a_query_file_in_utf16_is_read_by_its_mark_or_named(tmp_path, encoding, data, answer):
    """A UTF-16 query file was refused as 'not UTF-8' even with its byte-order mark; one without the mark
    decoded as UTF-8 (NULs are UTF-8) and was refused as 'does not parse: error at 1:10: expected CONSTRUCT'."""
    q = write_file(tmp_path, "q.rq", data)
    r = run_cli("query", q, "--graph", PARK_CHAIN, "--format", "csv", timeout=120)
    if answer is None:
        want = run_cli("query", write_file(tmp_path, "q8.rq", COUNT), "--graph", PARK_CHAIN, "--format", "csv",
                       timeout=120)
        assert (r.returncode, r.stdout, r.stderr) == (0, want.stdout, "") and want.stdout.startswith("n\n")
    else:
        one_line(r, 2, f"q.rq: cannot read query \\({answer}")


SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"


@pytest.mark.parametrize("args, env", [
    (["build", SEED, "--out", "missing/../x"], {}),
    (["impact", "--graph", PARK_CHAIN, "--out", "missing/../x"], {}),
    (["export", "--format", "nt", "--graph", PARK_CHAIN, "--out", "missing/../x"], {}),
    (["serve", "--graph", PARK_CHAIN, "--store", "missing/../x", "--port", "0"], {}),
    (["build", SEED, "--out", "out", "--quiet"], {"POLICYKG_TIMINGS": "missing/../x"}),
])
def test_dotdot_after_a_missing_folder_is_refused_not_tidied_away(tmp_path, args, env):
    """`impact --out missing/../x` (and build's) made ./x: the name was tidied by its spelling, where the
    kernel finds no folder `missing/..` (export said 'No such file or directory' after loading); the
    timings file is refused before the build, not after it."""
    r = run_cli(*args, cwd=tmp_path, env=env, timeout=120)
    one_line(r, 2, r"missing/\.\./x: missing is no folder, so missing/\.\. names none; give the path without it$")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("cli_text, named", [
    ("def (\n", r"argument before: .*: its policykg does not compile"),
    ("x = 1\n", r"alternate.py: .*: its build exited 0 but wrote no output into"),
])
def test_the_alternating_benchmark_refuses_a_checkout_that_builds_nothing(tmp_path, cli_text, named):
    """benchmarks/alternate.py on a checkout that does not compile ended in a CalledProcessError traceback;
    on one whose build wrote nothing it timed the runs and called the two missing outputs identical."""
    (tmp_path / "co" / "policykg").mkdir(parents=True)
    write_file(tmp_path / "co" / "policykg", "cli.py", cli_text)
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "alternate.py"), "co", "co", "--pairs", "1"],
                       cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
    assert re.search(named, r.stderr.splitlines()[-1]), r.stderr


def test_the_cache_keeps_a_bounded_number_of_parses_of_one_kind(tmp_path, monkeypatch):
    """Every edit of a lexicon (a new key) left another cache file for good: 19 tagger tables of 4.7 MB
    in one day's work. The newest of a kind are kept up to a size; other files are never touched."""
    import yaml

    from policykg import cachefiles, parsed_cache
    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path))
    users = [write_file(tmp_path, "policykg-yaml-r18-notes.bin", "mine"),
             write_file(tmp_path, "policykg-yaml-r18-0123abcd.bin", "not a cache file, though named as one")]
    keep = 16
    for i in range(keep + 5):
        assert parsed_cache.cached("yaml-r18", "v1", f"n: {i}\n", yaml.safe_load) == {"n": i}
        newest = max(tmp_path.glob("policykg-yaml-r18-*.bin"), key=lambda p: p.stat().st_mtime_ns)
        os.utime(newest, ns=(i * 10**9, i * 10**9))   # distinct times on any file system
        if i == 0:   # every parse of this kind is as large as the first
            monkeypatch.setattr(cachefiles, "FAMILY_BYTES", keep * newest.stat().st_size)
    parses = [p for p in tmp_path.glob("policykg-yaml-r18-*.bin") if p not in users]
    assert len(parses) == keep
    assert all(p.read_bytes().startswith(b"PKGPARSE") for p in parses) and all(p.exists() for p in users)
    parsed_again = []
    for i in [*range(keep + 4, 4, -1), 0]:   # the newest keep are read from the cache; the oldest was removed
        parsed_cache.cached("yaml-r18", "v1", f"n: {i}\n", lambda text, i=i: parsed_again.append(i) or {"n": i})
    assert parsed_again == [0]


@pytest.mark.parametrize("variable", ["POLICYKG_ENTITY_MODEL", "POLICYKG_PLACEMENT_MODEL"])
def test_a_model_file_nested_too_deep_is_refused_before_the_build(tmp_path, variable):
    """A model variable naming JSON nested 100,000 deep ended the build in 'internal error: RecursionError'."""
    deep = write_file(tmp_path, "model.json", "[" * 100_000 + "]" * 100_000)
    r = run_cli("build", SEED, "--out", tmp_path / "out", env={variable: str(deep)}, timeout=120)
    one_line(r, 2, f"{variable}=.*model.json: not a model file written by make train \\(JSON nested too deep")
    assert not (tmp_path / "out").exists()


def test_the_model_reader_itself_refuses_json_nested_too_deep(tmp_path):
    """`python -m policykg.evaluation` reads models without errors.check_model_env: it ended in a RecursionError."""
    from policykg.errors import UsageError
    from policykg.extract.feature_set import ENTITY
    from policykg.extract.model_file import read_model
    deep = write_file(tmp_path, "model.json", "[" * 100_000 + "]" * 100_000)
    with pytest.raises(UsageError, match="nested too deep"):
        read_model(deep, "POLICYKG_ENTITY_MODEL=model.json", ("Park", "Project"), ENTITY)


@pytest.mark.parametrize("script", ["name_lint.py", "sample_figures.py"])
def test_a_scripts_reader_that_went_away_ends_it_quietly(tmp_path, script):
    """`scripts/name_lint.py t.csv | head -1` ended in 'name_lint.py: Broken pipe', exit 2 (the policykg
    commands end quietly, as Unix tools do); the rest of its output, flushed at exit, could add a second
    complaint."""
    table = tmp_path / "t.csv"
    r = run_cli("table", "targets", "--graph", _seed_trig(tmp_path), "--format", "csv", "--out", table, timeout=300)
    assert r.returncode == 0 and len(table.read_text(encoding="utf-8").splitlines()) > 20, r.stderr
    p = subprocess.Popen([sys.executable, str(ROOT / "scripts" / script), str(table)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    p.stdout.close()          # the reader is gone before the script writes its first line
    err = p.stderr.read().decode("utf-8")
    assert (p.wait(timeout=120), err) == (0, "")


def _seed_trig(tmp_path):
    """A build of the seed report (its graph.trig), made in tmp_path."""
    r = run_cli("build", SEED, "--out", tmp_path / "seed", "--quiet", timeout=300)
    assert r.returncode == 0, r.stderr
    return tmp_path / "seed" / "graph.trig"


def test_a_benchmark_interrupted_ends_in_one_line(tmp_path):
    """Ctrl-C during `benchmarks/hostile_scaling.py` (any benchmark driver) ended in a KeyboardInterrupt
    traceback from wherever the run was; the scripts of scripts/ end in one line, exit 130.

    Robust under load (it was flaky): no preexec_fn, which may deadlock a child forked from a process with
    threads; Python's own Ctrl-C handler set in the child before the driver runs (an ignored SIGINT, as in
    a background job, is inherited); the signal sent only once the table's head is read (the driver at
    work), with a bounded wait for it; the child killed if it outlives the test."""
    import select
    script = str(ROOT / "benchmarks" / "hostile_scaling.py")
    start = ("import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
             f"sys.argv = [{script!r}]; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); "
             f"runpy.run_path({script!r}, run_name='__main__')")
    p = subprocess.Popen([sys.executable, "-c", start], cwd=tmp_path, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    try:
        assert select.select([p.stdout], [], [], 300)[0], "the driver printed nothing in 300 s"
        head = p.stdout.readline()
        assert head.startswith("case"), (head, p.poll(), p.stderr.read() if p.poll() is not None else "")
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=300)
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()
    assert (p.returncode, err) == (130, "hostile_scaling.py: interrupted\n")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("argv", [["-m", "policykg.cli", "build", "missing.txt", "--out", "out"],
                                  [str(ROOT / "scripts" / "name_lint.py"), "missing.csv"]])
def test_an_unusable_input_is_exit_2_with_stderr_on_a_full_disk(tmp_path, argv):
    """`policykg build missing.txt --out out 2>/dev/full` ended with 1 (the code of SHACL violations): the
    one line could not be written, and that OSError ended the process. The exit code is all a caller
    then has."""
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, *argv], cwd=tmp_path, stdout=subprocess.PIPE, stderr=full,
                           env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert (r.returncode, r.stdout) == (2, b"")
    assert list(tmp_path.iterdir()) == []
