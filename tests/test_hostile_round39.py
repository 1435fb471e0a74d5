"""Hostile round 39: inputs, environment and interruptions against a hostile user (docs/checks/hostile39.md)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import ROOT, run_cli

LATIN = "tr_TR.ISO-8859-9"
FOREIGN_NT = "<http://example.org/alice> <http://xmlns.com/foaf/0.1/knows> <http://example.org/bob> .\n"


@pytest.fixture(scope="module")
def latin_locale(tmp_path_factory):
    """Environment of a Turkish Latin-9 locale, compiled into a temporary LOCPATH (Debian's `locales`
    holds its source); skipped where localedef or the source is missing."""
    folder = tmp_path_factory.mktemp("locales")
    if not shutil.which("localedef"):
        pytest.skip("needs localedef")
    made = subprocess.run(["localedef", "-i", "tr_TR", "-f", "ISO-8859-9", str(folder / LATIN)],
                          capture_output=True, timeout=120)
    if not (folder / LATIN).exists():
        pytest.skip(f"cannot compile {LATIN}: {made.stderr[-200:]!r}")
    return {"LOCPATH": str(folder), "LC_ALL": LATIN, "LANG": LATIN}


def python_under(env, code, *args):
    e = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    r = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=ROOT, env=e, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.unit
def test_chinese_option_values_under_a_latin_locale_are_read_as_typed(tmp_path, latin_locale):
    """Regression: under tr_TR.ISO-8859-9 Python reads argv's UTF-8 bytes as Latin letters, which are no
    surrogate escapes, so `--param x="静海"@zh` bound "é\\x9d\\x99æµ·" and `--place 静海区` was refused
    as "give a name"; the bytes are now read as the UTF-8 they are, under every locale."""
    (tmp_path / "g.nt").write_text(FOREIGN_NT)
    (tmp_path / "q.rq").write_text("SELECT ?x WHERE {}\n")
    r = run_cli("query", "q.rq", "--graph", "g.nt", "--param", 'x="静海"@zh', "--format", "csv", cwd=tmp_path,
                env=latin_locale, timeout=60)
    assert r.returncode == 0 and r.stdout.replace("\r", "") == "x\n静海\n", (r.stdout, r.stderr)


@pytest.mark.unit
def test_summary_names_a_report_file_alike_under_every_locale(tmp_path, latin_locale):
    """Regression: summary.csv's file column decoded the name in the locale's encoding: a build of
    静海2021.txt under a Latin locale wrote 'éæµ·2021.txt', so the output differed from a UTF-8 one's."""
    report = tmp_path / "静海2021.txt"
    report.write_bytes(b"x")
    code = "import sys; from policykg.corpus.summary import _relative; print(ascii(_relative(sys.argv[1])))"
    shown = {python_under(env, code, str(report)) for env in ({"LC_ALL": "C.UTF-8"}, latin_locale)}
    assert shown == {(ascii("静海2021.txt") + "\n").encode()}


@pytest.mark.unit
def test_the_lock_beside_a_long_out_has_one_name_under_every_locale(tmp_path, latin_locale):
    """Regression: the name of the lock beside a long --out (60 ideographs, 180 bytes: shortened with a
    digest) was computed from the locale's reading of the name, so a build under a Latin locale and one under
    a UTF-8 locale took two locks and wrote the same --out at once."""
    out = tmp_path / ("输" * 60)
    code = ("import os, sys; from pathlib import Path; from policykg.corpus.outlock import lock_path; "
            "print(os.fsencode(lock_path(Path(sys.argv[1]))).hex())")
    names = {python_under(env, code, str(out)) for env in ({"LC_ALL": "C.UTF-8"}, latin_locale)}
    assert len(names) == 1, names
    assert bytes.fromhex(names.pop().decode()).startswith(os.fsencode(tmp_path / ("." + "输" * 40)))


# a `--jobs 2` run as a build makes it, on items that each take a while and leave a mark
_SLOW = """
import os, sys, time
from policykg.corpus.pool import progress_bar, run_parallel

def slow(name, folder):
    time.sleep(float(sys.argv[2]))
    open(os.path.join(folder, name), "w").close()

if __name__ == "__main__":
    run_parallel(slow, [(f"item-{i}", sys.argv[1]) for i in range(int(sys.argv[3]))], 2, progress_bar(2, False))
"""


@pytest.mark.unit
@pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="named semaphores live in /dev/shm on Linux")
def test_a_jobs_run_killed_with_its_process_group_leaves_no_folder_for_good(tmp_path):
    """Regression: kill -9 of a `--jobs` build's process group (`timeout -s KILL`, a cancelled job) left
    multiprocessing's pymp-* folder (the forkserver's socket) in TMPDIR and the pool's five named semaphores
    in /dev/shm for good, more each time. The folder is now one of policykg's, noting the semaphores'
    names, and the next run removes both as it removes a dead run's results folder."""
    import signal
    import time

    marks, tmp = tmp_path / "marks", tmp_path / "tmp"
    marks.mkdir()
    tmp.mkdir()
    (tmp_path / "slow.py").write_text(_SLOW)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, "slow.py", str(marks), "0.5", "40"], cwd=tmp_path, env=env,
                            start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    end = time.monotonic() + 120
    while not os.listdir(marks) and proc.poll() is None and time.monotonic() < end:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert not [n for n in os.listdir(tmp) if n.startswith("pymp-")], os.listdir(tmp)
    [noted] = [tmp / n / "semaphores" for n in os.listdir(tmp) if n.startswith("policykg-mp-")]
    shm = [Path("/dev/shm") / ("sem." + n.lstrip("/")) for n in noted.read_text().split()]
    assert len(shm) == 5 and all(p.exists() for p in shm), shm
    again = subprocess.run([sys.executable, "slow.py", str(marks), "0", "2"], cwd=tmp_path, env=env,
                           capture_output=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert os.listdir(tmp) == []
    assert not [p for p in shm if p.exists()]
