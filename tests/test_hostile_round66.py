"""Hostile use, round 66 (docs/checks/hostile66.md): `make docs` on a full disk, …

Cases whose cause is the disk are reproduced by the failing call itself (a full disk is not something a test
can make without mounting one), the rest through the CLI as a real subprocess.
"""
from __future__ import annotations

import errno

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
