"""Hostile use, round 66 (docs/checks/hostile66.md): `make docs` on a full disk, …

Cases whose cause is the disk are reproduced by the failing call itself (a full disk is not something a test
can make without mounting one), the rest through the CLI as a real subprocess.
"""
from __future__ import annotations

import errno
import os

import pytest


def _full_disk(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.unit
@pytest.mark.parametrize("failure", [_full_disk, KeyboardInterrupt])
def test_docs_on_a_full_disk_removes_the_folders_it_made(tmp_path, monkeypatch, capsys, failure):
    """Regression: `python -m policykg.docs a/b/docs` whose page was rendered (in TMPDIR) but could not be
    written (the disk under a/ full; a tmpfs of 1000 KB) said "nothing replaced", exit 2, yet left a/b/docs
    behind, empty: made before the write. Now the folders it made go again, as build --out's do."""
    from policykg import docs
    from policykg.corpus import safefile
    monkeypatch.setattr(docs, "_pylode", lambda ontology, page: page.write_text("<html>page</html>"))
    monkeypatch.setattr(safefile, "write_atomic", _full_disk if failure is _full_disk else _interrupt)
    (tmp_path / "mine").mkdir()   # a folder of the user's on the path stays
    out = tmp_path / "mine" / "a" / "b" / "docs"
    if failure is _full_disk:
        assert docs.main([str(out)]) == 2
        assert "No space left on device" in capsys.readouterr().err
    else:
        with pytest.raises(KeyboardInterrupt):
            docs.write_docs(out, docs.Path(__file__))
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["mine"]


def _interrupt(*_args, **_kwargs):
    raise KeyboardInterrupt


@pytest.mark.unit
def test_an_output_file_whose_folder_is_moved_meanwhile_leaves_no_temporary_there(tmp_path, monkeypatch):
    """Regression: `export`/`table`/`validate --out p/e.nt` while the user renamed p (to p2) and made a new p,
    between the temporary file's making and its rename: "cannot write it (No such file or directory)", and
    `.e.nt.<pid>.<token>.tmp` left in p2 beside the user's notes. Now the temporary is removed through the
    folder held open, and the line says what happened (as build --out's does since hostile65)."""
    from policykg.corpus import safefile, written
    from policykg.errors import UsageError
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "notes.md").write_text("mine\n")
    real = written.record

    def record_then_move(path, data, compact=False):
        (tmp_path / "p").rename(tmp_path / "p2")
        (tmp_path / "p").mkdir()
        return real(path, data, compact=compact)
    monkeypatch.setattr(written, "record", record_then_move)
    with pytest.raises(UsageError, match="was moved or replaced while the command ran; nothing written there"):
        safefile.write_atomic("p/e.nt", b"<urn:a> <urn:b> <urn:c> .\n")
    assert sorted(os.listdir(tmp_path / "p2")) == ["notes.md"] and os.listdir(tmp_path / "p") == []
