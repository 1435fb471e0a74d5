"""Hostile use, round 33: a user's files named like policykg's temporaries, and odd input to the session's new code."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _gone() -> str:
    """The pid of a process that has ended."""
    return subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()


# -- a name shaped like ours is no proof -----------------------------------------------------------------------

@pytest.mark.unit
@pytest.mark.parametrize("out_there", [True, False])
def test_a_users_folders_named_like_a_builds_temporaries_are_left(tmp_path, out_there):
    """A folder of the user's named `.out.tmp-<pid>-…` (empty), `.out.work-<pid>-…` (holding a copy of an
    output's marker) or `.out.old-<pid>-…` (holding a `.policykg-work`), the pid one no longer running, was
    removed by the next build; with no out/ beside it, the old one was renamed to out/. Only a folder the
    ledger or its proof file shows policykg made is removed now."""
    from policykg.corpus.outdir import remove_stale
    gone = _gone()
    out = tmp_path / "out"
    if out_there:
        out.mkdir()
    mine = {f".out.tmp-{gone}-x": {}, f".out.tmp-{gone}-0123456789abcdef": {},
            f".out.work-{gone}-y": {".policykg-output": "Command: policykg build\n"},
            f".out.old-{gone}-0a1b2c3d": {".policykg-work": "policykg build in progress\n", "notes.md": "keep\n"},
            f".out.old-{gone}-fedcba9876543210": {".policykg-work": "policykg temporary 0123456789abcdef\n"}}
    for name, files in mine.items():
        (tmp_path / name).mkdir()
        for f, text in files.items():
            (tmp_path / name / f).write_text(text)
    assert remove_stale(out) is False
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*mine, *(["out"] if out_there else [])])
    assert (tmp_path / f".out.old-{gone}-0a1b2c3d" / "notes.md").read_text() == "keep\n"


@pytest.mark.unit
def test_a_users_file_named_like_a_writes_temporary_is_left(tmp_path):
    """`export --out e.nt` removed a user's `.e.nt.<pid>.<8 characters>.tmp` (a dead pid) as the leftover of a
    killed write; a temporary file is removed only when the ledger noted it before it was made."""
    from policykg.corpus.safefile import write_atomic
    gone = _gone()
    users = [tmp_path / f".e.nt.{gone}.abcdefgh.tmp", tmp_path / f".e.nt.{gone}.0123456789abcdef.tmp"]
    for f in users:
        f.write_text("the user's\n")
    write_atomic(str(tmp_path / "e.nt"), "<urn:a> <urn:b> <urn:c> .\n")
    assert [f.read_text() for f in users] == ["the user's\n"] * 2


@pytest.mark.unit
def test_an_old_folder_proved_by_its_file_alone_is_put_back(tmp_path, monkeypatch):
    """Without a ledger (no usable XDG_STATE_HOME or HOME) the proof file inside the folder is enough: a build
    killed between the swap's two renames still gets its previous output back, with no trace of the proof."""
    from policykg.corpus import written
    from policykg.corpus.outdir import remove_stale
    from policykg.corpus.temporaries import make_folder
    monkeypatch.setenv("XDG_STATE_HOME", "relative")
    monkeypatch.setenv("HOME", str(tmp_path / "nowhere"))
    assert written.ledger_path() is None
    gone = _gone()
    old, _ = make_folder(tmp_path, f".out.old-{gone}-")
    (old / "graph.ttl").write_text("previous\n")
    empty = tmp_path / f".out.tmp-{gone}-0123456789abcdef"   # killed before its proof was written: left
    empty.mkdir()
    assert remove_stale(tmp_path / "out") is True
    assert sorted(p.name for p in tmp_path.iterdir()) == [empty.name, "out"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.ttl"]


@pytest.mark.unit
def test_a_killed_builds_empty_folder_noted_in_the_ledger_is_removed(tmp_path):
    """Killed between making its folder and writing the proof into it, a build leaves an empty folder; the
    ledger noted it before it was made, so the next run removes it."""
    from policykg.corpus.outdir import remove_stale
    from policykg.corpus.temporaries import WORK_MARKER, make_folder
    folder, _ = make_folder(tmp_path, f".out.tmp-{_gone()}-")
    (folder / WORK_MARKER).unlink()
    remove_stale(tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.unit
def test_a_users_folders_named_like_a_rebuilds_stores_are_left(tmp_path):
    """`serve --store st` removed a user's empty `.st.old-<pid>-…` (or one holding only files named as
    RocksDB names them) beside the store, the pid one no longer running, as a killed rebuild's leftover."""
    from policykg.use.serve_store import remove_stale
    gone = _gone()
    (tmp_path / "st").mkdir()
    names = [f".st.old-{gone}-b2", f".st.new-{gone}-0123456789abcdef"]
    for name in names:
        (tmp_path / name).mkdir()
    (tmp_path / names[1] / "CURRENT").write_text("MANIFEST-000001\n")
    remove_stale(tmp_path / "st")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*names, "st"])


# -- odd input to the session's code ---------------------------------------------------------------------------

@pytest.mark.unit
def test_a_figure_in_chinese_numerals_of_thousands_of_digits_is_refused_in_one_line(tmp_path):
    """A count ranked in the country (name_ranks' shape) whose rank is a run of 4,500 Chinese numerals ended in
    'internal error: ValueError: Exceeds the limit (4300 digits) for integer string conversion', exit 3: the
    numeral's value went through str(). It is refused as a figure of Arabic digits that long is."""
    from cli_helpers import SEED, one_line, run_cli
    anchor = "一、“十三五”时期工作回顾\n\n"
    text = SEED.read_text(encoding="utf-8").replace(anchor, anchor + "五年来，14项指标居全国第" + "一二三" * 1500
                                                    + "位。\n\n", 1)
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    one_line(run_cli("build", tmp_path / "r.txt", "--out", tmp_path / "out", timeout=120), 2,
             r".*r\.txt: the figure '14项指标居全国第一二三.*has \d{3,} significant digits; a figure is carried exactly.*")
    # (\d{3,}: a sentence is read in pieces of at most typing.yaml's sentence_max characters, reliability37)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]


@pytest.mark.unit
def test_a_second_signal_while_a_script_writes_its_interrupted_line(tmp_path):
    """SIGTERM (or Ctrl-C) again while a script or python -m tool wrote its one `interrupted` line escaped
    run_module: a KeyboardInterrupt traceback instead of the line, or the process killed by the signal (−15).
    From the line on, signals are ignored, as the commands ignore them."""
    tool = tmp_path / "tool33.py"
    tool.write_text("""import os, signal, sys
from policykg.errors import run_module

class Stderr:   # a second SIGTERM arrives while the line is written
    def write(self, s):
        os.kill(os.getpid(), signal.SIGTERM)
        return sys.__stderr__.write(s)
    def flush(self):
        sys.__stderr__.flush()

def main():
    sys.stderr = Stderr()
    os.kill(os.getpid(), signal.SIGTERM)

sys.exit(run_module(main, "tool33"))
""")
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run([sys.executable, str(tool)], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYTHONPATH": str(root)})
    assert (r.returncode, r.stderr) == (130, "tool33: interrupted\n")
