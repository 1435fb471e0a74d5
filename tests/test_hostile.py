"""Hostile use (issue 14), part 1: no command destroys data (--out, killed builds, full disks).

Each test is one case of the issue: the CLI runs as a real subprocess, and what must survive is compared
byte for byte. Bad options and inputs are in test_hostile_options.py, the later tools in
test_hostile_tools.py, network cases (query, push, serve) in test_hostile_net.py.
"""
from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_helpers import HAILAER, ROOT, SEED, one_line, run_cli, seed_copy, tree


# ---------------------------------------------------------------------------------------------
# Data loss: --out never replaces a folder that is not empty and not a previous policykg output

def test_out_empty_string_keeps_the_working_folder(tmp_path):
    work = tmp_path / "x"
    seed_copy(work, "r.txt")
    (work / "notes").write_text("keep\n")
    before = tree(tmp_path)
    one_line(run_cli("build", "r.txt", "--out", "", cwd=work), 2, r"--out is empty")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("cwd, report, out, pattern", [
    ("", "p/report.txt", "p", r"--out p: holds the input"),
    ("proj", "reports/x.txt", ".", r"--out \.: is the current folder"),
    ("proj/reports", "x.txt", "..", r"--out \.\.: is the current folder \(or holds it\)"),
    ("", "p/report.txt", "notes-dir", r"--out notes-dir: folder is not empty and is not a previous policykg output"),
], ids=["holds-input", "dot", "parent-of-cwd", "foreign-folder"])
def test_out_that_is_not_ours_is_refused(tmp_path, cwd, report, out, pattern):
    seed_copy(tmp_path / "p")
    (tmp_path / "p" / "notes.md").write_text("my notes\n")
    (tmp_path / "p" / "sub").mkdir()
    (tmp_path / "p" / "sub" / "data.csv").write_text("a,b\n")
    seed_copy(tmp_path / "proj" / "reports", "x.txt")
    (tmp_path / "proj" / "README").write_text("project\n")
    (tmp_path / "notes-dir").mkdir()
    (tmp_path / "notes-dir" / "graph.ttl").write_text("# mine, not a build's\n")
    (tmp_path / "notes-dir" / "todo.txt").write_text("keep\n")
    before = tree(tmp_path)
    one_line(run_cli("build", report, "--out", out, cwd=tmp_path / cwd), 2, pattern)
    assert tree(tmp_path) == before


def test_stream_out_onto_a_file_is_refused(tmp_path):
    f = tmp_path / "f"
    f.write_text("precious\n")
    one_line(run_cli("build", SEED, "--stream", "--out", f), 2, r"--out \S+f: exists and is not a folder")
    assert f.read_text() == "precious\n" and stat.S_ISREG(f.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f"]


def test_previous_outputs_are_replaced_and_marked(tmp_path):
    """A marked output and an empty folder are ours. An output written before the marker existed is not (since
    reliability37): nothing proves its files unchanged since policykg wrote them, so it is refused."""
    legacy = tmp_path / "legacy"
    (legacy / "texts").mkdir(parents=True)
    for name in ("graph.ttl", "graph.trig", "void.ttl", "texts/x.txt"):
        (legacy / name).write_text("old\n")
    (legacy / "summary.csv").write_text("report,file,Section,Goal\nx,x.txt,1,1\n")
    (legacy / "validation.ttl").write_text("[] a <http://www.w3.org/ns/shacl#ValidationReport> .\n")
    r = run_cli("build", SEED, "--out", legacy, "--quiet")
    assert r.returncode == 2 and "is not a previous policykg output" in r.stderr
    assert (legacy / "graph.ttl").read_text(encoding="utf-8") == "old\n"
    for out in (tmp_path / "empty", tmp_path / "empty"):  # the second time: marked by the first build
        out.mkdir(exist_ok=True)
        r = run_cli("build", SEED, "--out", out, "--quiet")
        assert r.returncode == 0, r.stderr
        assert (out / ".policykg-output").is_file() and (out / "graph.ttl").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "legacy"]


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(predicate, seconds: float = 120.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killed_jobs_build_leaves_no_helper_process(tmp_path):
    """... and no word: multiprocessing's resource tracker said 'There appear to be 5 leaked semaphore
    objects to clean up at shutdown' on the terminal after the kill."""
    err = open(tmp_path / "stderr", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", SEED, *HAILAER, "--jobs", "2",
                             "--out", tmp_path / "out", "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=err)
    try:
        # the forkserver and its workers: grandchildren of the build
        assert _wait_for(lambda: any(_descendants(c) for c in _descendants(proc.pid)) or proc.poll() is not None)
        helpers = _descendants(proc.pid)
        if proc.poll() is not None:
            pytest.skip("the build finished before it could be killed")
        proc.kill()
        proc.wait()
        assert helpers
        assert _wait_for(lambda: not any(_alive(p) for p in helpers), 60), \
            [Path(f"/proc/{p}/cmdline").read_bytes()[:80] for p in helpers if _alive(p)]
        assert (tmp_path / "stderr").read_text() == ""
    finally:
        if proc.poll() is None:
            proc.kill()
        err.close()


def test_killed_stream_build_leaves_work_folders_the_next_build_removes(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", SEED, *HAILAER, "--stream",
                             "--jobs", "1", "--out", out, "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(lambda: list(tmp_path.glob(".out.work-*/*.pkl")) or proc.poll() is not None)
        if proc.poll() is not None:
            pytest.skip("the build finished before it could be killed")
        proc.kill()
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    left = sorted(p.name for p in tmp_path.iterdir())
    assert any(n.startswith(".out.work-") for n in left) and any(n.startswith(".out.tmp-") for n in left)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    foreign = tmp_path / f".out.tmp-{dead.stdout.strip()}-mine"  # a dead pid, but no marker: not ours
    foreign.mkdir()
    (foreign / "data").write_text("keep\n")
    r = run_cli("build", SEED, "--out", out, "--quiet")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [foreign.name, "out"]
    assert (foreign / "data").read_text() == "keep\n"


# ---------------------------------------------------------------------------------------------
# export --out replaces only a regular file

def _targets(tmp_path):
    link_target = tmp_path / "real.nt"
    link_target.write_text("keep\n")
    (tmp_path / "link.nt").symlink_to(link_target)
    os.mkfifo(tmp_path / "fifo.nt")
    (tmp_path / "dir.nt").mkdir()
    made = {"link.nt": "a symbolic link", "fifo.nt": "a FIFO", "dir.nt": "a folder"}
    if os.geteuid() == 0:  # a device node of our own (never /dev/full itself)
        os.mknod(tmp_path / "dev.nt", stat.S_IFCHR | 0o666, os.makedev(1, 7))
        made["dev.nt"] = "a character device"
    return made


@pytest.mark.parametrize("command", ["export", "validate", "table"])
def test_out_file_that_is_not_a_regular_file_is_refused(tmp_path, seed_out, command):
    for name, what in _targets(tmp_path).items():
        target = tmp_path / name
        before = os.lstat(target)
        args = {"export": ["export", "--format", "nt", "--graph", seed_out / "graph.ttl"],
                "validate": ["validate", seed_out / "graph.ttl"],
                "table": ["table", "targets", "--graph", seed_out / "graph.ttl"]}[command]
        r = run_cli(*args, "--out", target, timeout=120)
        one_line(r, 2, rf"--out \S+{name}: is {what}")
        after = os.lstat(target)
        assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)
    assert (tmp_path / "real.nt").read_text() == "keep\n"


def _limit_file_size():  # runs in the child: files above 64 KiB cannot be written (EFBIG, like a full disk)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_full_disk_is_one_line_and_leaves_previous_output(tmp_path, seed_out):
    from policykg.corpus.marker import write_marker
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("# previous\n")
    write_marker(out)   # a previous output: its marker lists graph.ttl with its sum (an early one proves nothing)
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", out, preexec_fn=_limit_file_size)
    one_line(r, 2, r"--out \S+: cannot write the output \(File too large\); previous output left as it was")
    assert tree(tmp_path) == before
    target = tmp_path / "g.nt"   # a previous export (only a file policykg wrote is replaced)
    assert run_cli("export", "--format", "nt", "--graph", ROOT / "tests" / "fixtures" / "park-chain.ttl",
                   "--out", target).returncode == 0
    previous = target.read_bytes()
    r = run_cli("export", "--format", "nt", "--graph", seed_out / "graph.ttl", "--out", target,
                preexec_fn=_limit_file_size)
    one_line(r, 2, r"g\.nt: cannot write it \(File too large\); nothing replaced")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt", "out"] and target.read_bytes() == previous


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_folder_is_one_line(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        one_line(run_cli("build", SEED, "--out", locked / "out"), 2, r"cannot write beside it")
    finally:
        locked.chmod(0o755)
