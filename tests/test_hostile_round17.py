"""Hostile use, round 17: the ledger of written files and the serve store under paths the kernel reads
otherwise than their spelling (`link/..`), and what a new hostile user tried on every verb and script.

The CLI runs as a real subprocess where the case is about the command line; what must survive is compared
byte for byte.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import ROOT, one_line, run_cli, write_file

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"


def _link_and_dotdot(tmp_path):
    """tmp/work/a -> tmp/other/deep: `a/../NAME` from work is tmp/other/NAME to the kernel, work/NAME by
    its spelling."""
    work, deep = tmp_path / "work", tmp_path / "other" / "deep"
    work.mkdir()
    deep.mkdir(parents=True)
    os.symlink(deep, work / "a")
    return work, tmp_path / "other"


def test_an_output_through_a_link_and_dotdot_is_recorded_where_it_went(tmp_path):
    """`export --out a/../x.nt` (a: a link to a folder elsewhere) wrote other/x.nt but recorded work/x.nt (the
    path's folder was spelled out before the links were followed), so the next export to other/x.nt refused
    policykg's own output, and its temporary file was made in work/ (a rename across disks failed)."""
    work, other = _link_and_dotdot(tmp_path)
    env = {"XDG_STATE_HOME": str(tmp_path / "state")}
    r = run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", "a/../x.nt", cwd=work, env=env,
                timeout=120)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert (other / "x.nt").is_file() and sorted(os.listdir(work)) == ["a"]
    r = run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", other / "x.nt", env=env, timeout=120)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    mine = write_file(work, "x.nt", "the user's own x.nt\n")   # where the spelling pointed: never ours
    one_line(run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", "x.nt", cwd=work, env=env,
                     timeout=120), 2, r"exists and policykg did not write it")
    assert mine.read_text() == "the user's own x.nt\n"


def test_serve_store_through_a_link_and_dotdot_is_the_folder_the_kernel_finds(tmp_path):
    """`serve --store a/../st` loaded oxigraph into work/st (a folder of the user's, by the spelling), then
    ended in 'a/../st/.policykg-store: No such file or directory'; its lock was beside the link, so a serve
    of other/st (the same folder to the kernel) ran at once. The store is the folder the kernel finds."""
    work, other = _link_and_dotdot(tmp_path)
    (work / "st").mkdir()
    notes = write_file(work / "st", "notes.txt", "the user's\n")
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    first = subprocess.Popen([sys.executable, "-m", "policykg", "serve", "--port", "0", "--store", "a/../st",
                              "--graph", str(PARK_CHAIN)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**env, "PYTHONPATH": str(ROOT)}, cwd=work)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = first.stdout.readline()
            assert line, first.stderr.read()
            if line.startswith("press Ctrl-C"):
                break
        assert (other / "st" / "CURRENT").is_file()
        assert sorted(os.listdir(work / "st")) == ["notes.txt"] and notes.read_text() == "the user's\n"
        one_line(run_cli("serve", "--port", "0", "--store", other / "st", "--graph", PARK_CHAIN, env=env,
                         timeout=60), 2, r"another policykg serve is using it now")
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)
    assert first.returncode == 0


@pytest.mark.unit
def test_a_ledger_hard_linked_to_a_users_file_gets_no_line(tmp_path, monkeypatch):
    """A hard link of the user's notes.txt at $XDG_STATE_HOME/policykg/written.jsonl got a JSON line appended
    by every write (O_NOFOLLOW stops a symbolic link, not a hard one). A ledger of more than one name is
    neither written nor trusted."""
    from policykg.corpus import written
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    (tmp_path / "state" / "policykg").mkdir(parents=True)
    notes = write_file(tmp_path, "notes.txt", "my notes\n")
    os.link(notes, tmp_path / "state" / "policykg" / "written.jsonl")
    out = write_file(tmp_path, "out.nt", "a\n")
    written.record(str(out), b"a\n")
    assert notes.read_text() == "my notes\n"
    assert not written.wrote(str(out))
    assert "does not trust its record of the files it wrote" in written.not_ours(str(out))
    assert "written.jsonl: it is a file of 2 names (a hard link)" in written.not_ours(str(out))


def test_an_output_named_as_the_ledger_is_refused(tmp_path):
    """`export --out $XDG_STATE_HOME/policykg/written.jsonl` wrote the export there, then appended its ledger
    line to it: the output was not what export wrote, and the record of files was an N-Triples file."""
    state = tmp_path / "state"
    (state / "policykg").mkdir(parents=True)
    one_line(run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", "policykg/../policykg/written.jsonl",
                     cwd=state, env={"XDG_STATE_HOME": str(state)}, timeout=120), 2,
             r"written\.jsonl: is policykg's record of the files it writes; give another name")
    assert os.listdir(state / "policykg") == []


def test_a_state_home_that_is_a_file_is_named_in_the_refusal(tmp_path):
    """With XDG_STATE_HOME a file, no ledger can be kept: `export --out x.nt` twice said of its own output
    'exists and policykg did not write it'. The refusal stays, and its line says why."""
    state = write_file(tmp_path, "state", "not a folder\n")
    out = tmp_path / "x.nt"
    env = {"XDG_STATE_HOME": str(state)}
    assert run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env, timeout=120).returncode == 0
    one_line(run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env, timeout=120), 2,
             r"x\.nt: exists, and policykg cannot keep its record of the files it writes \(\S+state is no folder\)")
    assert state.read_text() == "not a folder\n"


_WRITER = """
import os, sys
from policykg.corpus import written
written.MAX_BYTES = 200_000   # passed by the lines of files gone since, never by the live ones
tag, folder = sys.argv[1], sys.argv[2]
for i in range(150):
    p = os.path.join(folder, f"f-{tag}-{i}.nt")
    with open(p, "wb") as fh:
        fh.write(tag.encode())
    written.record(p, tag.encode())
    for j in range(6):
        written.record(os.path.join(folder, f"gone-{tag}-{i}-{j}.nt"), b"x")
"""


def test_writers_sharing_the_ledger_lose_no_entry_to_its_compaction(tmp_path):
    """Three processes writing at once: a compaction read the ledger, and lines appended before its rename
    went to the old file (and a writer that opened the old one refused it, a file of no name), so policykg
    later refused outputs it had written. Appends take a shared lock and compaction an exclusive one, and
    a ledger replaced meanwhile is opened again."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(tmp_path / "state")}
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, tag, str(tmp_path)], env=env) for tag in "abc"]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    ledger = tmp_path / "state" / "policykg" / "written.jsonl"
    lines = ledger.read_bytes().splitlines()
    assert len(lines) < 3 * 150 * 7   # it was compacted
    ours = sorted(tmp_path.glob("f-*.nt"))
    missing = subprocess.run([sys.executable, "-c", "import sys\nfrom policykg.corpus import written\n"
                              "print([p for p in sys.argv[1:] if not written.wrote(p)])", *map(str, ours)],
                             capture_output=True, text=True, env=env, timeout=60)
    assert len(ours) == 450 and missing.stdout == "[]\n", missing.stdout + missing.stderr


@pytest.mark.unit
def test_a_ledger_of_live_entries_alone_is_compacted_to_its_newest(tmp_path, monkeypatch):
    """Past MAX_BYTES of entries whose files all still hold what was recorded, the compaction kept them all:
    the ledger stayed past its size, so every later write compacted it again, hashing every file it names.
    It keeps the newest entries, up to half of MAX_BYTES."""
    from policykg.corpus import written
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(written, "MAX_BYTES", 4000)
    files = [write_file(tmp_path, f"live-{i:03d}.nt", f"{i}\n") for i in range(60)]
    for p in files:
        written.record(str(p), p.read_bytes())
    ledger = tmp_path / "state" / "policykg" / "written.jsonl"
    assert ledger.stat().st_size <= 4000
    assert written.wrote(str(files[-1])) and not written.wrote(str(files[0]))


def test_timings_naming_the_ledger_are_refused_before_the_work(tmp_path):
    """POLICYKG_TIMINGS=$XDG_STATE_HOME/policykg/written.jsonl ran the whole build, wrote its output, then ended
    in exit 2 ('is policykg's record …; the output itself was written'): every other timings name that cannot
    be written is refused before the work."""
    state = tmp_path / "state"
    (state / "policykg").mkdir(parents=True)
    r = run_cli("build", ROOT / "data" / "reports" / "jinghai-2021.txt", "--out", tmp_path / "out", timeout=300,
                env={"XDG_STATE_HOME": str(state), "POLICYKG_TIMINGS": str(state / "policykg" / "written.jsonl")})
    one_line(r, 2, r"POLICYKG_TIMINGS=\S+written\.jsonl: is policykg's record of the files it writes; name another")
    assert not (tmp_path / "out").exists() and os.listdir(state / "policykg") == []


@pytest.mark.skipif(os.geteuid() != 0 or sys.platform != "linux", reason="mounts a read-only tmpfs (root on Linux)")
def test_a_read_only_state_folder_is_named_in_the_refusal(tmp_path):
    """With the ledger's folder on a read-only disk, `export --out x.nt` wrote x.nt (unrecorded), and the same
    command again said of it 'exists and policykg did not write it'. The line says the record cannot be kept."""
    state = tmp_path / "state"
    state.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(state)],
                      capture_output=True).returncode:
        pytest.skip("no tmpfs can be mounted here")
    try:
        out, env = tmp_path / "x.nt", {"XDG_STATE_HOME": str(state)}
        assert run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env,
                       timeout=120).returncode == 0
        one_line(run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env, timeout=120), 2,
                 r"x\.nt: exists, and policykg cannot keep its record of the files it writes \(\S+state is read-only\)")
    finally:
        subprocess.run(["umount", str(state)], check=True)


def test_the_questions_benchmark_refuses_a_queries_folder_it_cannot_read(tmp_path):
    """benchmarks/questions.py --queries FILE (or a missing or empty folder) loaded the graph, then ended in
    'max() arg is an empty sequence'; a cq-*.rq not in UTF-8 in a UnicodeDecodeError traceback; a FIFO named
    cq-x.rq blocked it for good; `--modes` with no mode ended as the first. Refused before any work, naming
    the file as `policykg query FILE` does."""
    (tmp_path / "gbk").mkdir()
    write_file(tmp_path / "gbk", "cq-x.rq", 'SELECT * WHERE { ?s ?p "\xc4\xe3" }'.encode("latin-1"))
    (tmp_path / "fifo").mkdir()
    os.mkfifo(tmp_path / "fifo" / "cq-y.rq")
    (tmp_path / "empty").mkdir()
    cases = [(["--queries", "gbk"], r"gbk/cq-x\.rq: cannot read query \(not UTF-8\)"),
             (["--queries", "fifo"], r"fifo/cq-y\.rq: is a FIFO \(named pipe\), not a query file"),
             (["--queries", "empty"], r"empty: holds no cq-\*\.rq query file"),
             (["--queries", "nowhere"], r"nowhere: is not a folder of cq-\*\.rq query files"),
             (["--modes"], r"argument --modes: expected at least one argument")]
    for args, named in cases:
        r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "questions.py"), str(PARK_CHAIN), "--runs", "1",
                            *args], capture_output=True, text=True, cwd=tmp_path, timeout=60,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
        assert re.search(named, r.stderr.splitlines()[-1]), r.stderr


def _script(name, *args, cwd):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / name), *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("script, args, what", [
    ("iaa.py", ["FIFO", "FIFO"], "an annotation file"),
    ("name_lint.py", ["FIFO"], "a table"),
    ("sample_figures.py", ["FIFO"], "a table"),
    ("lint_indicator_names.py", ["--from", "FIFO"], "a table"),
], ids=["iaa", "name_lint", "sample_figures", "lint_indicator_names"])
def test_a_scripts_input_that_is_a_fifo_is_refused_not_waited_on(tmp_path, script, args, what):
    """A FIFO (or /dev/stdin at a terminal) given as a script's table or annotation file held the script
    waiting for good: the scripts' table reader and iaa.py opened it as a file."""
    fifo = tmp_path / "rows.tsv"
    os.mkfifo(fifo)
    r = _script(script, *(fifo if a == "FIFO" else a for a in args), cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert r.stderr == f"{script}: {fifo}: is a FIFO (named pipe), not {what}\n"


def test_the_ablation_tables_of_park_ablation_are_read_as_tables(tmp_path):
    """park_ablation.py --loro (or --new) on a file that is no ablation table ended in a ValueError ('not enough
    values to unpack') or UnicodeDecodeError traceback, and on a FIFO blocked for good."""
    other = write_file(tmp_path, "other.tsv", "report\tname\nr\tx\n")
    binary = write_file(tmp_path, "bin.tsv", b"\x87\xff\x00 no table\n")
    for table, named in ((other, r"no file, key, entry, better_reports column"), (binary, r"not UTF-8 text")):
        r = _script("park_ablation.py", "--loro", table, cwd=ROOT)
        assert r.returncode == 2 and "Traceback" not in r.stderr and r.stderr.count("\n") == 1, r.stderr
        assert re.search(named, r.stderr), r.stderr


def test_a_file_another_command_wrote_into_an_output_is_not_called_the_users(tmp_path):
    """`table --out out/t.csv`, then `build --out out`: the build refused (rightly: the output is replaced
    whole), saying t.csv was a file 'which policykg did not write' — policykg wrote it, by the ledger. The
    line says what it is; a file of the user's is still named as before."""
    env = {"XDG_STATE_HOME": str(tmp_path / "state")}
    out = tmp_path / "out"
    build = ("build", ROOT / "data" / "reports" / "jinghai-2021.txt", "--out", out, "--jobs", "1")
    assert run_cli(*build, env=env).returncode == 0
    assert run_cli("table", "targets", "--graph", out / "graph.trig", "--out", out / "t.csv", env=env,
                   timeout=120).returncode == 0
    one_line(run_cli(*build, env=env), 2,
             r"holds t\.csv, which is no file of this output \(another policykg command wrote it\); the output is "
             r"replaced whole")
    (out / "t.csv").write_text("edited by the user\n")
    one_line(run_cli(*build, env=env), 2, r"holds t\.csv, which policykg did not write")
