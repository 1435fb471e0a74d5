"""review27: a second reading of hostile30 (parent folders a new --out made) and names58 (the leading 在 cut,
the reference ratio). Sentences written for the review, none from a report."""
from __future__ import annotations

from decimal import Decimal

import pytest

from quantity_helpers import names

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("sentence, name", [
    ("在园幼儿中农村地区占比达到55%。", "在园幼儿中农村地区占比"),
    ("在线政务服务事项覆盖全省地区比例达到90%。", "在线政务服务事项覆盖全省地区比例"),
])
def test_zai_that_opens_a_name_stays_before_a_region(sentence, name):
    # names58 cut 在 before a 地区/环节 phrase; 在校/在园/在线 are words of the name, not a preposition
    assert names(sentence, "plan", 2026) == [(name, Decimal(sentence[-4:-2]))]


def test_zai_before_a_region_still_goes():
    assert names("在贫困地区建成村卫生室200个。", "plan", 2026)[0][0].startswith("贫困地区")


@pytest.mark.parametrize("sentence, name", [
    # a target, not a reference: the figure is the rate itself
    ("城镇化率达到省定目标65%。", "城镇化率"),
    # a gap in points, no share of the other group's growth
    ("农村居民人均可支配收入增速不低于城镇居民增速1个百分点。", "农村居民人均可支配收入增速"),
])
def test_no_reference_without_de(sentence, name):
    # names58 read X达到Y N% as X's share of Y whether or not Y的 was written
    got = names(sentence, "plan", 2026)
    assert got and got[0][0].startswith(name) and "比重" not in got[0][0]


def test_a_reference_with_de_is_still_a_share():
    assert names("新能源汽车产量达到全省汽车产量的30%。", "plan", 2026) == [
        ("新能源汽车产量占全省汽车产量比重", Decimal("30"))]


def test_a_made_folder_replaced_by_a_link_is_not_followed(tmp_path):
    """hostile30 removes the parent folders a failed run made, by name: when one of them was replaced by a link
    meanwhile, rmdir went through it and removed an empty folder of the user's there."""
    import os
    from policykg.corpus.outdir import staged

    mine = tmp_path / "mine"
    (mine / "b").mkdir(parents=True)
    with pytest.raises(RuntimeError):
        with staged(str(tmp_path / "a" / "b" / "out")):
            os.rename(tmp_path / "a", tmp_path / "moved")   # with the lock file in it
            os.symlink(mine, tmp_path / "a")
            raise RuntimeError
    assert (mine / "b").is_dir()
    assert os.path.islink(tmp_path / "a")


def test_a_folder_made_again_by_another_run_is_not_ours(tmp_path):
    """A folder of the same name made after ours was removed (another run's, or the user's) is not removed."""
    import os
    from policykg.corpus.outdir import staged

    with pytest.raises(RuntimeError):
        with staged(str(tmp_path / "a" / "out")):
            os.rename(tmp_path / "a", tmp_path / "moved")
            (tmp_path / "a").mkdir()
            raise RuntimeError
    assert (tmp_path / "a").is_dir()


def test_make_docs_with_a_linked_ledger_names_the_ledger(tmp_path):
    """With the ledger a link (state kept in a dotfiles repository), `make docs` wrote its page unrecorded, then
    refused it at the next run as a page 'changed since python -m policykg.docs wrote it': a false reason. It
    names the ledger, as export does."""
    import os
    import subprocess
    import sys

    state = tmp_path / "state"
    (state / "policykg").mkdir(parents=True)
    (tmp_path / "dotfiles.jsonl").write_bytes(b"")
    os.symlink(tmp_path / "dotfiles.jsonl", state / "policykg" / "written.jsonl")
    env = {**os.environ, "XDG_STATE_HOME": str(state)}

    def docs():
        return subprocess.run([sys.executable, "-m", "policykg.docs", str(tmp_path / "ontology")],
                              capture_output=True, text=True, env=env)

    assert docs().returncode == 0
    r = docs()
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert "changed since" not in r.stderr and "it is a symbolic link" in r.stderr, r.stderr


@pytest.mark.parametrize("max_bytes", [10**12, 10**19])
def test_a_large_max_bytes_reads_a_small_report(tmp_path, max_bytes):
    """hostile30 read at most max_bytes + 1 bytes: Python sizes that read's buffer by the number asked, so
    `--max-bytes 1000000000000` (no limit, in effect) ended in exit 3 'internal error: MemoryError', and 10**19 in
    an OverflowError, for a report of 3 kB."""
    from cli_helpers import SEED
    from policykg.read import read_report

    report = tmp_path / "r.txt"
    report.write_bytes(SEED.read_bytes()[:3000])
    assert read_report(str(report), max_bytes=max_bytes).text


def test_reading_stops_one_byte_past_the_limit(tmp_path):
    from policykg.read import read_capped

    report = tmp_path / "r.txt"
    report.write_bytes(b"x" * 5000)
    with open(report, "rb") as fh:
        assert len(read_capped(fh, 10**12)) == 5000
    with open(report, "rb") as fh:
        assert len(read_capped(fh, 4000)) == 4001


@pytest.mark.parametrize("args", [["t.csv", "--csv", "f.csv"], ["t.csv", "--from", "n.tsv"],
                                  ["--dev", "--from", "n.tsv", "t.csv"]])
def test_name_lint_refuses_options_of_the_other_mode(tmp_path, args):
    """`name_lint.py t.csv --csv f.csv` ended in exit 0 with no f.csv (--csv is read with --dev only); --dev
    dropped the table files it was given. Each is one line, exit 2, before any work."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    (tmp_path / "t.csv").write_text("report,indicator,quote\nx,在药店,z\n", encoding="utf-8")
    (tmp_path / "n.tsv").write_text("", encoding="utf-8")
    r = subprocess.run([sys.executable, str(root / "scripts" / "name_lint.py"), *args], capture_output=True,
                       text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(root)}, timeout=120)
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1, (r.returncode, r.stdout, r.stderr)
    assert not (tmp_path / "f.csv").exists()


@pytest.mark.parametrize("sentence, name", [
    ("森林覆盖率达到国土面积的45%。", "森林覆盖率"),
    ("财政赤字率不超过地区生产总值的3%。", "财政赤字率"),
])
def test_a_rate_against_its_base_is_the_rate(sentence, name):
    """names58 named X达到Y的N% X's share of Y even when X is a rate already: 森林覆盖率占国土面积比重."""
    got = names(sentence, "plan", 2026)
    assert got and got[0][0] == name, got
