"""Second reading of the session's merges (review12): edge cases the changed functions met badly."""
from __future__ import annotations

import pytest

from quantity_helpers import names
from test_hostile_round11 import _exchange, served  # noqa: F401  (the fixture)

unit = pytest.mark.unit


@unit
@pytest.mark.parametrize("owner", ["5G基站", "风电（光伏）", "“沙戈荒”风电"])
def test_a_stage_after_a_figure_named_with_other_characters_does_not_crash(owner):
    """own_power_stages read the thing of the figure before a bare stage by a pattern of Han characters
    only: a name holding a digit, a Latin letter or a bracket ended the whole build in a TypeError."""
    got = names(f"安排{owner}装机规模3000万千瓦、并网2000万千瓦。")
    assert any(v == 2000 for _, v in got)


@pytest.mark.external
def test_a_post_whose_url_is_not_utf8_never_has_its_body_answered_as_the_next_request(served):
    """read_request decoded the URL's parameters before it read a POST's body: a 400 for them left the
    body unread on a kept connection, where it was answered as a request of the client's making."""
    inner = b"GET /smuggled HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    head = (f"POST /query?query=%FF HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            f"Content-Length: {len(inner)}\r\n\r\n").encode()
    got = _exchange(served, head + inner)
    assert got.startswith(b"HTTP/1.1 400"), got[:200]
    assert b"smuggled" not in got and got.count(b"HTTP/1.") == 1, got


@unit
def test_the_phrases_load_even_when_pypinyin_was_imported_under_pypinyin_no_phrases():
    """dictionaries() took PYPINYIN_NO_PHRASES out of the environment before importing pypinyin, but
    pypinyin_version() imports the package first where its folder cannot be read: pypinyin had then read
    the flag, and the phrase table (the converter's too) stayed empty, so names were spelt character by
    character again."""
    import os
    import subprocess
    import sys
    code = ("import pypinyin\n"
            "from policykg.emit.pinyin_build import dictionaries\n"
            "from pypinyin.converter import PHRASES_DICT\n"
            "print(len(dictionaries()[1]) > 10000, len(PHRASES_DICT) > 10000)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYPINYIN_NO_PHRASES": "1"})
    assert r.returncode == 0 and r.stdout.split() == ["True", "True"], (r.stdout, r.stderr)


@unit
@pytest.mark.parametrize("flags", [["--unannotated", "3", "--any", "5"], ["--ties", "--any", "5"]])
def test_sample_entities_refuses_two_samples_at_once(tmp_path, flags):
    """--unannotated N --any M drew N items of every kind (--any's pool with --unannotated's count), and
    --ties silently won over --any: one sample a run, said so before any work."""
    import subprocess
    import sys
    from pathlib import Path
    script = Path(__file__).resolve().parents[1] / "scripts" / "sample_entities.py"
    r = subprocess.run([sys.executable, str(script), str(tmp_path / "missing"), *flags],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "not allowed with" in r.stderr, (r.returncode, r.stderr[-300:])
