"""Hostile use, round 6: a ~/.netrc `default` entry, a quoted tilde in --out, a long line of random
text, and the further cases found by trying every verb as a careless or hostile user.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg.use.push_auth import credentials
from test_hostile import SEED, one_line, run_cli, tree

GRAPH = "<https://w3id.org/policykg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\"@zh .\n"


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


@pytest.mark.unit
@pytest.mark.parametrize("command", [["build", str(SEED)], ["impact", "--graph", "g.nt"],
                                     ["export", "--format", "nt", "--graph", "g.nt"],
                                     ["table", "targets", "--format", "csv", "--graph", "g.nt"],
                                     ["validate", "g.nt"]])
@pytest.mark.parametrize("out", ["~/x", "~", "~nobody/x"])
def test_a_quoted_tilde_in_out_is_refused_not_made_a_folder_named_tilde(tmp_path, command, out):
    """A quoted '~/x' (or one from a Makefile or a script's variable) reached policykg unexpanded and
    became a folder literally named '~' in the current folder; a later `rm -rf ~` meant for it takes the
    home folder. Refused: the user says $HOME/x, or ./~/x for a folder really named '~'."""
    (tmp_path / "g.nt").write_text(GRAPH)
    before = tree(tmp_path)
    r = run_cli(*command, "--out", out, cwd=tmp_path, timeout=120)
    one_line(r, 2, rf"--out {re.escape(out)}: starts with '~', which no shell expanded")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_a_quoted_tilde_in_serve_store_is_refused(tmp_path):
    (tmp_path / "g.nt").write_text(GRAPH)
    before = tree(tmp_path)
    r = run_cli("serve", "--graph", "g.nt", "--store", "~/store", "--port", "0", cwd=tmp_path, timeout=60)
    one_line(r, 2, r"--store ~/store: starts with '~', which no shell expanded")
    assert tree(tmp_path) == before


@pytest.mark.unit
def test_a_folder_really_named_tilde_is_reached_through_dot_slash(tmp_path):
    (tmp_path / "g.nt").write_text(GRAPH)
    r = run_cli("export", "--format", "nt", "--graph", "g.nt", "--out", "./~/g.nt", cwd=tmp_path, timeout=120)
    one_line(r, 2, r"--out \./~/g\.nt: folder \S+~ does not exist")
