"""Hostile use, round 5: files beside or inside --out that policykg did not write (a lock-named file, a
folder holding some output names but no marker, an empty mount point), and a terminal whose encoding
cannot show Chinese. Most cases are refused before any work, so these run as unit tests.

The CLI runs as a real subprocess; what must survive is compared byte for byte.
"""
from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import SEED, one_line, run_cli, tree
from fake_http import fake_server, reply


def busy_when_moved(monkeypatch, folder: Path) -> None:
    """os.rename of FOLDER fails as on a mount point (EBUSY); every other rename goes through."""
    real = os.rename

    def rename(src, dst):
        if Path(src) == folder:
            raise OSError(errno.EBUSY, "Device or resource busy", str(src))
        return real(src, dst)

    monkeypatch.setattr(os, "rename", rename)


def test_a_file_of_the_user_named_like_the_lock_is_kept(tmp_path):
    """The lock .<out>.lock beside --out was opened, truncated, and removed at the end even when it was a
    file of the user's that happened to bear that name."""
    (tmp_path / ".out.lock").write_text("my notes, not a lock\n")
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", tmp_path / "out", "--quiet", timeout=120)
    one_line(r, 2, r"--out \S+out: \S*\.out\.lock beside it is no policykg lock")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("names", [("texts/notes.txt",), ("graph.ttl",), ("graph.ttl", "summary.csv"),
                                   ("shared/mine.nt", "void.ttl")])
def test_a_folder_with_some_output_names_but_no_marker_is_not_replaced(tmp_path, names):
    """A folder without .policykg-output was taken for an output of a build older than the marker when
    it held nothing but names a build writes: the user's own texts/ of notes, or a graph.ttl of theirs,
    was replaced whole."""
    out = tmp_path / "mine"
    for n in names:
        (out / n).parent.mkdir(parents=True, exist_ok=True)
        (out / n).write_text("the user's own\n")
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", out, "--quiet", timeout=120)
    one_line(r, 2, r"--out \S+mine: folder is not empty and is not a previous policykg output")
    assert tree(tmp_path) == before


@pytest.fixture
def mount_point(tmp_path):
    """An empty tmpfs mounted at tmp_path/mnt (needs root and a kernel that lets this process mount)."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mnt
    subprocess.run(["umount", str(mnt)], check=True)


def test_an_empty_mount_point_as_out_is_refused_and_left_empty(tmp_path, mount_point):
    """An empty mount point passed the 'empty folder' check; the swap then wrote .policykg-output into
    it and failed to rename it ('Device or resource busy'), leaving the marker behind."""
    r = run_cli("build", SEED, "--out", mount_point, "--quiet", timeout=120)
    one_line(r, 2, r"--out \S+mnt: is a mount point")
    assert list(mount_point.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mnt"]


def test_a_swap_that_cannot_move_out_aside_leaves_no_marker_in_it(tmp_path, monkeypatch):
    """The swap marks an empty --out as ours before moving it aside; when the move failed (a busy or
    protected folder) the marker stayed in the user's folder."""

    from policykg.corpus import outdir

    out, staged = tmp_path / "out", tmp_path / "staged"
    out.mkdir()
    staged.mkdir()
    (staged / "graph.ttl").write_text("new\n")
    busy_when_moved(monkeypatch, out)
    with pytest.raises(OSError):
        outdir.swap(staged, out)
    assert list(out.iterdir()) == []
    assert (staged / "graph.ttl").read_text() == "new\n"


def test_a_terminal_that_cannot_show_chinese_gets_escapes_and_data_stays_utf8(tmp_path):
    """With a Latin-1 terminal (PYTHONIOENCODING=latin-1, or a Latin-1 locale) build ended in 'internal
    error: UnicodeEncodeError' (exit 3) after writing its output, and query in every format."""
    latin = {"PYTHONIOENCODING": "latin-1"}
    r = run_cli("build", SEED, "--out", tmp_path / "out", env=latin, timeout=120)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert "\\u2192" in r.stdout  # the arrow of the park → project → target lines, escaped
    graph = tmp_path / "out" / "graph.ttl"
    r = run_cli("query", "cq-01", "--graph", graph, env=latin, timeout=60)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert "\\u5b50\\u7259" in r.stdout  # 子牙, shown escaped
    for fmt in ("csv", "json"):  # data formats: UTF-8 whatever the terminal, as table writes them
        args = [sys.executable, "-m", "policykg.cli", "query", "cq-01", "--graph", str(graph), "--format", fmt]
        got = subprocess.run(args, capture_output=True, env={**os.environ, **latin}, timeout=60)
        want = subprocess.run(args, capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
                              timeout=60)
        assert got.returncode == 0 and got.stderr == b"", got.stderr
        assert got.stdout == want.stdout and "子牙".encode() in got.stdout


@pytest.fixture
def deep():
    """Make folder/a/a/…/a, 1,200 levels (2,400 characters: within PATH_MAX, past Python's recursion
    limit); removed leaf first afterwards (pytest's own cleanup, shutil.rmtree, recurses per level)."""
    made = []

    def make(folder):
        here = str(folder)
        os.makedirs(here, exist_ok=True)
        for _ in range(1200):
            here = os.path.join(here, "a")
            os.mkdir(here)
            made.append(here)
        return here

    yield make
    for here in reversed(made):
        for name in os.listdir(here):
            if not os.path.isdir(os.path.join(here, name)):
                os.unlink(os.path.join(here, name))
        os.rmdir(here)


def test_a_folder_nested_deeper_than_the_recursion_limit_is_walked(tmp_path, deep):
    """os.walk recurses once per level: a report folder 1,200 levels deep ended build in 'internal
    error: RecursionError', and so did an output folder the user had put such a tree into."""
    import shutil

    shutil.copy(SEED, os.path.join(deep(tmp_path / "reports"), "r.txt"))
    r = run_cli("build", tmp_path / "reports", "--out", tmp_path / "out", "--quiet", timeout=120)
    assert r.returncode == 0, r.stderr
    leaf = deep(tmp_path / "out" / "mine")
    graph = (tmp_path / "out" / "graph.ttl").read_bytes()
    r = run_cli("build", SEED, "--out", tmp_path / "out", "--quiet", timeout=120)
    one_line(r, 2, r"--out \S+out: holds mine, which policykg did not write")
    assert os.path.isdir(leaf) and (tmp_path / "out" / "graph.ttl").read_bytes() == graph


def test_serve_does_not_rebuild_a_store_the_user_put_a_file_into(tmp_path):
    """serve --store DIR --graph … rebuilt a store policykg had made by swapping a new folder in and
    removing the old one whole, with the notes the user had put into it."""
    from policykg.use.serve_oxigraph import oxigraph_binary
    from policykg.errors import UsageError

    try:
        oxigraph_binary()
    except UsageError:
        pytest.skip("needs the oxigraph server")
    store = tmp_path / "store"
    store.mkdir()
    for name in ("CURRENT", "IDENTITY", "LOCK", "LOG", "MANIFEST-000005", "OPTIONS-000007", "000004.log",
                 "000009.sst", ".policykg-store", "NOTES.txt"):
        (store / name).write_text(name + "\n")
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    before = tree(tmp_path)
    r = run_cli("serve", "--graph", graph, "--store", store, "--port", "0", timeout=60)
    one_line(r, 2, r"--store \S+store: holds NOTES.txt, which neither oxigraph nor policykg wrote")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("code", [301, 302, 303])
def test_query_does_not_follow_an_endpoint_that_redirects(code):
    """urllib followed a redirect of the POSTed query as a GET without it, to whatever host the answer
    named, and printed that host's answer as the results of the query (exit 0)."""
    def answer(handler, body):
        if handler.command == "GET":
            reply(handler, body=b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal",'
                                b'"value":"other"}}]}}')
        else:
            where = "http://127.0.0.1:9/elsewhere" if handler.path == "/sparql" else "/sparql-other"
            reply(handler, code, headers=[("Location", where)])

    with fake_server(answer) as (base, seen):
        r = run_cli("query", "cq-01", "--endpoint", base + "/sparql", timeout=60)
        one_line(r, 2, rf"{base}/sparql: redirects to http://127.0.0.1:9/elsewhere \(HTTP {code}\); not followed")
        r = run_cli("query", "cq-01", "--endpoint", base + "/same-host", timeout=60)
        one_line(r, 2, rf"redirects to {base}/sparql-other \(HTTP {code}\)")
        assert [method for method, *_ in seen if method != "POST"] == []   # nothing followed the redirect


def test_a_file_name_with_terminal_escapes_is_shown_escaped_in_warnings_and_messages(tmp_path):
    """Errors showed such a name escaped, but the warnings and the lines of a command that succeeded sent
    it to the terminal raw: ESC ]0;… retitled the window, ESC [2J cleared the screen."""
    text = SEED.read_text(encoding="utf-8")
    cut = text.index("。", 2000)
    name = "r\x1b]0;pwned\x07\x1b[2J"
    folder = tmp_path / f"in{name}"
    folder.mkdir()
    (folder / f"{name}.txt").write_text(text[:cut] + "\u200b" + text[cut:], encoding="utf-8")
    out = tmp_path / "out"  # round 15: an output name holding a control character is refused (shown escaped)
    r = run_cli("build", folder, "--out", out, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "invisible character" in r.stderr and "\\x1b]0;pwned\\x07" in r.stderr
    r2 = run_cli("table", "targets", "--graph", out / "graph.ttl", "--format", "csv", "--out",
                 tmp_path / f"t{name}.csv", timeout=60)
    assert r2.returncode == 2 and "\\x1b]0;pwned\\x07\\x1b[2J.csv: holds a control character" in r2.stderr, r2.stderr
    for got in (r, r2):
        assert "\x1b" not in got.stdout + got.stderr and "\x07" not in got.stdout + got.stderr


def test_a_build_killed_between_the_swaps_two_renames_gets_its_previous_output_back(tmp_path):
    """Killed (SIGKILL, power loss) after moving out/ aside and before moving the new output in, a build
    left no out/ and the previous output in .out.old-<pid>-…, which the next build removed as litter."""
    from policykg.corpus.marker import MARKER_TEXT
    from policykg.corpus.outdir import remove_stale
    from policykg.corpus.temporaries import make_folder, note, write_proof

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    old, token = make_folder(tmp_path, f".out.old-{dead.pid}-")   # as the killed build made them
    new, _ = make_folder(tmp_path, f".out.tmp-{dead.pid}-")
    for folder, text in ((old, "previous\n"), (new, "new\n")):
        (folder / ".policykg-output").write_text(MARKER_TEXT + "Command: policykg build\n")
        (folder / "graph.ttl").write_text(text)
    remove_stale(out)
    assert (out / "graph.ttl").read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    old.mkdir()  # with out/ there, an old folder is the leftover of a swap that went through: removed
    note(old)
    write_proof(old, token)
    (old / ".policykg-output").write_text(MARKER_TEXT + "Command: policykg build\n")   # as a build writes it
    remove_stale(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("place", ["区区", "省市", "市区", "自治区区"])
def test_a_place_override_made_only_of_level_words_is_refused(tmp_path, place):
    """--place 省 was refused, but --place 区区 (or 市区, 省市: level words only) built a report of a
    place whose node had no level the shapes accept, a SHACL violation, exit 1, after the whole build."""
    before = tree(tmp_path)
    one_line(run_cli("build", SEED, "--out", tmp_path / "out", "--place", place, timeout=60), 2,
             rf"--place '{place}': is only level words, not a jurisdiction's name")
    assert tree(tmp_path) == before


def test_a_store_that_cannot_be_moved_aside_leaves_no_new_store_beside_it(tmp_path, monkeypatch):
    """serve --store onto a store that cannot be renamed (a mount point, a busy folder) loaded the new
    store into .<store>.new-…, failed to swap it in, and left it there."""

    from policykg.use.serve_oxigraph import _swap_store

    store, new = tmp_path / "store", tmp_path / ".store.new-1-x"
    for folder in (store, new):
        folder.mkdir()
        (folder / "CURRENT").write_text(folder.name + "\n")
    busy_when_moved(monkeypatch, store)
    with pytest.raises(OSError):
        _swap_store(new, store)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
    assert (store / "CURRENT").read_text() == "store\n"


def test_a_write_removes_the_temporary_file_a_killed_write_to_the_same_target_left(tmp_path):
    """export/table/validate killed with kill -9 left .<name>.*.tmp beside --out for good; the next write
    to that target removes it, and leaves a running writer's, another target's and the user's files."""
    from policykg.corpus.safefile import write_atomic
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    from policykg.corpus.temporaries import make_file
    made = [make_file(str(tmp_path), f".{n}.") for n in (f"out.ttl.{gone}", f"out.ttl.{os.getppid()}",
                                                        f"other.ttl.{gone}")]   # as the writers made them
    for fd, _ in made:
        os.close(fd)
    killed, running, other = (Path(p) for _, p in made)
    longer = tmp_path / f".out.ttl.{gone}.0123456789abcdef0.tmp"   # not a name a write gives
    mine = tmp_path / ".out.ttl.notes.tmp"
    for f in (killed, longer, running, other, mine):
        f.write_text("partial")
    write_atomic(str(tmp_path / "out.ttl"), "new\n")
    assert (tmp_path / "out.ttl").read_text() == "new\n"
    assert not killed.exists()
    assert running.exists() and other.exists() and mine.exists() and longer.exists()
