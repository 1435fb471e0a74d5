"""Hostile use, round 6: a ~/.netrc `default` entry, a quoted tilde in --out, a long line of random
text, and the further cases found by trying every verb as a careless or hostile user.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import pytest

from policykg.use.push_auth import credentials


@pytest.mark.unit
def test_a_netrc_default_entry_is_sent_to_no_host(tmp_path, monkeypatch):
    """netrc.authenticators falls back to the `default` entry for a host it does not name, so the
    password of that entry went to any --endpoint or --sparql host push talked to."""
    (tmp_path / ".netrc").write_text("machine 127.0.0.1 login bob password local\n"
                                     "default login eve password everywhere\n")
    (tmp_path / ".netrc").chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("POLICYKG_USER", raising=False)
    monkeypatch.delenv("POLICYKG_PASSWORD", raising=False)
    assert credentials("http://127.0.0.1:7878/store") == ("bob", "local")
    assert credentials("http://localhost:7878/store") is None
    assert credentials("https://store.example.org/store") is None
