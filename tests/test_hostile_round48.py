"""hostile48: this session's new code (list_acts' shared 新+verb, pace adverbs, closing acts, works predicates) and
its data keys attacked with odd reports and hand-edited data (docs/checks/hostile48.md). Data edits go to a copy
of the package; each command runs in a real process."""
from __future__ import annotations

import pytest

from cli_helpers import SEED, one_line
from test_hostile_round46 import copy_package, edit_yaml, run_in


def _renewed(pattern):
    return lambda d: d["name_flows"].update(renewed=pattern)


@pytest.mark.parametrize("pattern, shown", [
    ("再({acts:{x}})$", r"\(:\{x\}\)"),              # was exit 3: KeyError while the template was filled
    ("再({acts:>9999})$", r"\(:>9999\)"),              # padded (at >999999999 to gigabytes: killed)
    ("再({acts!r})$", r"\(!r\)"),                    # the words' repr, quotes and all, in the pattern
], ids=["nested-spec", "huge-width", "conversion"])
def test_a_template_field_given_a_format_is_refused(tmp_path, pattern, shown):
    """name_flows.renewed '再({acts:{x}})$' passed the shape check (its only field is acts) and was an internal
    error when str.format filled it; a width spec padded the pattern instead."""
    copy = copy_package(tmp_path)
    edit_yaml(copy, "lexicons/quantities.yaml", _renewed(pattern))
    r = run_in(copy, ["build", SEED, "--out", tmp_path / "out", "--jobs", "1"],
               env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    one_line(r, 2, r"quantities\.yaml: name_flows\.renewed: .* formats the field \{acts\} " + shown)
    assert not (tmp_path / "out").exists()


def test_a_template_ambiguous_once_filled_is_refused(tmp_path):
    """'再(?:{acts}|建建)+x$' is one way to match unfilled, but {acts} holds 建: a run of 建 then splits 2^n ways
    (names104's closing_making edited to '|(?:{after}|开工建设)+x' took 11.6 s on 24 开工建设, ×1.7 per one more)."""
    copy = copy_package(tmp_path)
    edit_yaml(copy, "lexicons/quantities.yaml", _renewed("再(?:{acts}|建建)+x$"))
    r = run_in(copy, ["build", SEED, "--out", tmp_path / "out", "--jobs", "1"],
               env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    one_line(r, 2, r"name_flows\.renewed: .* may match one text in several ways once its fields are filled")
    edit_yaml(copy, "lexicons/quantities.yaml", _renewed("再(?:{acts})x?$"))     # no repeat: built
    r = run_in(copy, ["build", SEED, "--out", tmp_path / "out2", "--jobs", "1"],
               env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert r.returncode == 0, r.stderr
