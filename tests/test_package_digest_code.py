"""tidy64: the package digest `add` checks counts a module by its code, so an older output stays addable after a
checkout that only reworded docstrings or comments, and is refused after any change to code or data.

The digest covered every byte of the package: a docstring edit made `add` refuse every older output ("built by
another policykg checkout") though the facts it holds were what the new checkout extracts.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

from cli_helpers import ROOT, SEED, copy_out, one_line, tree

from policykg.corpus.python_code import code_sha, code_text

MODULE = ROOT / "policykg" / "extract" / "member_heads.py"
DOCSTRING = "A member that is no whole name alone"
COMMENT = "# a member longer than this, not a route, is a whole name"


def _module() -> str:
    return MODULE.read_text(encoding="utf-8")


def test_a_reworded_docstring_comment_or_blank_line_keeps_the_code_digest():
    text = _module()
    assert DOCSTRING in text and COMMENT in text
    same = [text.replace(DOCSTRING, "Reworded"), text.replace(COMMENT, "# reworded"),
            text.replace("\n\n\ndef ", "\n\n\n\n\ndef "), text.replace(COMMENT, "")]
    assert {code_sha(t.encode("utf-8")) for t in same} == {code_sha(text.encode("utf-8"))}


def test_a_changed_statement_or_literal_changes_the_code_digest():
    text = _module()
    for old, new in (("_MAX_BARE = 6", "_MAX_BARE = 7"), ('"elliptic", "route"', '"elliptic", "routes"'),
                     ("len(name) <= _MAX_BARE", "len(name) < _MAX_BARE")):
        assert old in text
        assert code_sha(text.replace(old, new, 1).encode("utf-8")) != code_sha(text.encode("utf-8")), old


def test_a_blank_line_inside_a_string_literal_counts():
    """A triple-quoted SPARQL or Turtle text is a value: its blank lines are kept, a docstring's are not."""
    source = 'def f():\n    """Doc.\n\n    More."""\n    return """a\n\nb"""\n'
    assert code_text(source) == 'def f():\n    return """a\n\nb"""'
    assert code_sha(source.replace("a\n\nb", "a\nb").encode()) != code_sha(source.encode())


def _package_copy(tmp_path):
    root = tmp_path / "checkout"
    shutil.copytree(ROOT / "policykg", root / "policykg", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _add(checkout, out):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "POLICYKG_DEBUG")}
    return subprocess.run([sys.executable, "-m", "policykg.cli", "add", str(SEED), "--out", str(out), "--jobs", "1"],
                          capture_output=True, text=True, cwd=checkout, env=dict(env, PYTHONPATH=str(checkout)),
                          timeout=600)


def test_add_takes_an_output_of_a_checkout_that_differs_only_in_docstrings(tmp_path, cli_seed_out):
    checkout = _package_copy(tmp_path)
    module = checkout / "policykg" / "extract" / "member_heads.py"
    module.write_text(_module().replace(DOCSTRING, "Reworded").replace(COMMENT, "# reworded"), encoding="utf-8")
    out = copy_out(cli_seed_out, tmp_path)
    r = _add(checkout, out)
    assert r.returncode == 0, r.stderr


def test_add_refuses_an_output_of_a_checkout_with_other_data(tmp_path, cli_seed_out):
    checkout = _package_copy(tmp_path)
    words = checkout / "policykg" / "data" / "lexicons" / "heads.yaml"
    words.write_text(words.read_text(encoding="utf-8") + "\ntidy64_probe: [一]\n", encoding="utf-8")
    out = copy_out(cli_seed_out, tmp_path)
    before = tree(tmp_path / "out")
    one_line(_add(checkout, out), 2, r"built by another policykg checkout \(package digest .*run policykg build again")
    assert tree(tmp_path / "out") == before
