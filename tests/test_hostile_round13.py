"""Hostile use, round 13: a hangup during a build (the terminal closed), and the evaluation scripts run
with a typo or from outside the checkout.

The CLI runs as a real subprocess where the case is about the command line or a signal; what must
survive is compared byte for byte.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import HAILAER, ROOT, SEED, one_line, run_cli, tree


def _as_in_a_terminal() -> None:
    """The build as a terminal starts it: SIGHUP at its default, whatever the test runner inherited (a suite run
    under nohup or in a background job ignores it, and a build started there rightly finishes)."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def test_a_hangup_of_the_process_group_during_a_jobs_build_is_one_line_and_leaves_nothing(tmp_path):
    """SIGHUP (the terminal closed, an ssh session dropped) ended a build at once and without a word, its
    lock and temporary folder left beside --out; sent to the whole process group of a --jobs build it also
    killed multiprocessing's resource tracker, whose relaunch printed KeyError tracebacks."""
    out = tmp_path / "fresh"
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", str(SEED), *map(str, HAILAER),
                             "--out", str(out), "--jobs", "2"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_as_in_a_terminal)
    deadline = time.monotonic() + 120
    while proc.poll() is None and not any(p.name.startswith(".fresh.lock") for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    time.sleep(1.5)   # the workers, forkserver and resource tracker are running
    if proc.poll() is not None:
        pytest.skip("the build finished before the hangup")
    os.killpg(proc.pid, signal.SIGHUP)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert stdout == "" and stderr == "policykg: interrupted; nothing written\n", stderr   # (hostile62: no output before)
    assert tree(tmp_path) == {}   # no output, no lock, no temporary folder


@pytest.mark.unit
@pytest.mark.parametrize("script", ["loro_fast.py", "loro.py", "head_support.py", "park_ceiling.py",
                                    "placement_oracle.py", "make_input_fixtures.py", "make_gazetteer.py",
                                    "park_misses.py", "miss_causes.py", "project_boundaries.py"])
def test_a_script_given_a_typo_or_help_does_no_work_and_outside_the_checkout_says_so_in_one_line(tmp_path, script):
    """These scripts looked for their flags in sys.argv: `loro_fast.py --rule` (for --rules) ran the learned
    folds for minutes, `--help` ran the whole job (make_input_fixtures.py rewrote a committed PDF fixture,
    then ended in a traceback for a missing qpdf), and run from outside the checkout they ended in an
    InputError traceback. park_misses.py, miss_causes.py and project_boundaries.py (this session) did too,
    and park_misses.py read only `--only=STEM`: its documented `--only STEM` ran every report."""
    fixtures = tree(ROOT / "tests" / "fixtures" / "inputs")
    path = str(ROOT / "scripts" / script)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    typo = subprocess.run([sys.executable, path, "--rule"], capture_output=True, text=True, timeout=60, env=env)
    assert typo.returncode == 2 and "unrecognized arguments: --rule" in typo.stderr and typo.stdout == ""
    usage = subprocess.run([sys.executable, path, "--help"], capture_output=True, text=True, timeout=60, env=env)
    assert usage.returncode == 0 and usage.stdout.startswith("usage: ") and usage.stderr == ""
    assert tree(ROOT / "tests" / "fixtures" / "inputs") == fixtures
    if script.startswith("make_"):
        return   # they read no annotations
    away = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert away.returncode == 2 and away.stdout == "", away.stderr
    assert re.fullmatch(rf"{script}: [^\n]*manifest\.yaml: cannot read the annotation manifest[^\n]*\n", away.stderr)


@pytest.mark.unit
@pytest.mark.parametrize("text, named", [
    ("parks: " + "[" * 5000 + "]" * 5000, "nested too deep"),
    ("parks: [[a, b]]\n", "parks: not a list of items with a label"),
    ("projects: {label: x}\n", "projects: not a list of items with a label"),
    ("located_in: [x]\n", "located_in: not a list of"),
])
def test_iaa_names_an_annotation_file_it_cannot_read_in_one_line(tmp_path, text, named):
    """scripts/iaa.py A.yaml B.yaml on YAML nested thousands deep ended in a RecursionError traceback, on
    lists of the wrong shape (a list where an item belongs) in an AttributeError traceback."""
    bad = tmp_path / "a-entities.yaml"
    bad.write_text(text, encoding="utf-8")
    good = tmp_path / "b-entities.yaml"
    good.write_text("parks:\n  - label: 子牙经开区\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "iaa.py"), str(bad), str(good)], capture_output=True,
                       text=True, timeout=60, env=env)
    assert r.returncode == 2 and r.stdout == ""
    assert re.fullmatch(rf"iaa\.py: {re.escape(str(bad))}: {named}[^\n]*\n", r.stderr), r.stderr


@pytest.mark.parametrize("user, password, named", [
    ("bob\nX", "hunter2", "hold a line break or another control character"),
    ("bob", "hunter2\n", "hold a line break or another control character"),
    ('bob"', "hunter2", "user name from POLICYKG_USER / POLICYKG_PASSWORD holds '\"'"),
    ("bo:b", "hunter2", "user name from POLICYKG_USER / POLICYKG_PASSWORD holds ':'"),
])
def test_credentials_http_cannot_carry_are_refused_before_any_request(tmp_path, user, password, named):
    """A line break in POLICYKG_USER, asked for Digest, ended in 'internal error: ValueError: Invalid header
    value b'Digest username=…, response="…"'' (exit 3, the Authorization header printed); a '"' or ':' in
    the user name was sent as a broken Digest header or a Basic pair the store splits elsewhere."""
    from fake_http import fake_server, reply

    graph = tmp_path / "g.trig"
    graph.write_text("<urn:g> { <urn:s> <urn:p> <urn:o> . }\n", encoding="utf-8")
    challenge = [("WWW-Authenticate", 'Digest realm="r", nonce="abc", qop="auth"')]
    with fake_server(lambda h, b: reply(h, 401, b"", "text/plain", challenge)) as (url, seen):
        r = run_cli("push", "--endpoint", f"{url}/store", "--graph", graph,
                    env={"POLICYKG_USER": user, "POLICYKG_PASSWORD": password}, timeout=60)
    one_line(r, 2, re.escape(named))
    assert "hunter2" not in r.stderr and "response=" not in r.stderr
    assert all(auth is None for *_, auth in seen)


@pytest.mark.parametrize("name", ["access_key", "private_key", "jwt", "bearer"])
def test_a_key_named_like_a_key_in_an_endpoint_url_is_not_printed(name):
    """`?access_key=…` (and any name ending in key, ?jwt=, ?bearer=) was printed in the error line: only
    ?apikey=/?api_key=/?key= were hidden. ?keyword= is no secret and stays."""
    r = run_cli("query", "cq-01", "--endpoint", f"http://127.0.0.1:9/q?keyword=k&{name}=S3CRETVALUE", "--timeout", "5",
                timeout=60)
    one_line(r, 2, rf"\?keyword=k&{name}=\*\*\*")
    assert "S3CRETVALUE" not in r.stderr


@pytest.mark.unit
@pytest.mark.parametrize("args, named", [
    (("run.py", "--only", "seed", "--repeats", "0"), "argument --repeats: 0 is below 1"),
    (("run.py", "--only", "seed", "--jobs", "0"), "argument --jobs: 0 is below 1"),
    (("run.py", "--only", "seed", "--rep", "2"), "unrecognized arguments: --rep"),
    (("questions.py", "--runs", "0", "graph.nq"), "argument --runs: 0 is below 1"),
    (("impact.py", "--repeats", "0"), "argument --repeats: 0 is below 1"),
])
def test_a_benchmark_given_a_count_below_one_stops_before_any_work(args, named):
    """benchmarks/run.py --repeats 0 ran the reference build (half a minute) and then ended in a traceback
    (min() of no runs); --jobs 0 or --scale -5 ran builds that could only fail; an abbreviation chose an
    option. benchmarks/results.json is left as it was."""
    results = (ROOT / "benchmarks" / "results.json").read_bytes()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / args[0]), *args[1:]], capture_output=True,
                       text=True, timeout=60, env=env)
    assert r.returncode == 2 and r.stdout == "" and named in r.stderr and "Traceback" not in r.stderr
    assert (ROOT / "benchmarks" / "results.json").read_bytes() == results


@pytest.mark.unit
def test_a_place_override_of_thousands_of_characters_is_refused_at_once(tmp_path):
    """--place of 40,000 characters (no level word) took minutes before the build began: its units are
    split with a regex quadratic in the length (8,000 characters: 12 s). A name longer than any
    jurisdiction's is refused before any work."""
    started = time.monotonic()
    r = run_cli("build", SEED, "--out", tmp_path / "out", "--place", "张" * 40000, timeout=60)
    one_line(r, 2, r"--place: 40000 characters is no jurisdiction's name")
    assert time.monotonic() - started < 30
    assert not (tmp_path / "out").exists()
