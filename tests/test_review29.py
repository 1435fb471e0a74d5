"""Review 29: regressions found on a second reading of place31, hostile33, names63 and names62."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _build_into(out, text: str, killed_at_rename: bool = False, env: dict | None = None) -> subprocess.CompletedProcess:
    """A build's staged output holding graph.ttl = text, in its own process; killed_at_rename ends that
    process outright (as SIGKILL does) at the swap's first rename."""
    code = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from policykg.corpus import outdir
        if {killed_at_rename!r}:
            os.rename = lambda *a, **k: os._exit(9)
        with outdir.staged(sys.argv[1]) as tmp:
            (Path(tmp) / "graph.ttl").write_text(sys.argv[2])
    """)
    return subprocess.run([sys.executable, "-c", code, str(out), text], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": _ROOT, **(env or {})}, cwd=_ROOT)


@pytest.mark.unit
def test_a_build_killed_between_the_swaps_proof_and_rename_leaves_out_replaceable(tmp_path):
    """The swap writes its proof (.policykg-work) into the previous output just before renaming it aside; a
    build killed outright in between left it there, and every later build refused out/ ('holds
    .policykg-work, which policykg did not write'). A user's file of that name is still refused."""
    from policykg.corpus.outdir import check_out
    from policykg.errors import UsageError
    out = tmp_path / "out"
    assert _build_into(out, "first\n").returncode == 0
    assert _build_into(out, "second\n", killed_at_rename=True).returncode == 9
    assert (out / ".policykg-work").read_text().startswith("policykg temporary ")
    assert _build_into(out, "third\n").returncode == 0
    assert (out / "graph.ttl").read_text() == "third\n"
    assert sorted(p.name for p in out.iterdir()) == [".policykg-output", "graph.ttl"]
    (out / ".policykg-work").write_text("my notes\n")
    with pytest.raises(UsageError, match="holds .policykg-work"):
        check_out(str(out))


@pytest.mark.unit
def test_without_a_ledger_a_build_killed_at_the_swap_leaves_no_output_copy_for_good(tmp_path):
    """The swap took tmp's proof out before its renames, so a build killed there with no ledger to note tmp (no
    usable XDG_STATE_HOME or HOME) left `.out.tmp-<pid>-<token>`, a whole output, that no later build removed
    (before hostile33 its marker let one). tmp keeps its proof until it is out/ now."""
    no_ledger = {"XDG_STATE_HOME": "relative", "HOME": str(tmp_path / "nowhere")}
    out = tmp_path / "out"
    assert _build_into(out, "first\n", env=no_ledger).returncode == 0
    assert _build_into(out, "second\n", killed_at_rename=True, env=no_ledger).returncode == 9
    assert _build_into(out, "third\n", env=no_ledger).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert sorted(p.name for p in out.iterdir()) == [".policykg-output", "graph.ttl"]


@pytest.mark.unit
def test_a_joining_character_inside_a_word_does_not_split_a_joint_list():
    """names63 split a subject with no 、 at the tagger's 和/及 when 均 says each member has the value, then
    `members` split it again at every 和/及 character: 普及率 gave 普 + 率, three parts for two members, and the
    figure kept the whole subject (及时响应率和办结率 became 时响应率). Jinghai 2021's words, 均 added."""
    from quantity_helpers import names
    got = names("农村卫生厕所普及率和生活垃圾无害化处理率均达到100%。", "review", 2021)
    assert [n for n, _ in got] == ["农村卫生厕所普及率", "生活垃圾无害化处理率"]
