"""Hostile use, round 12: the cache folders and files (a relative POLICYKG_CACHE, a FIFO under a cache file's
name), --jobs far above the CPUs, build/add interrupted or racing, odd files in a report folder and odd
report names in summary.csv.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import os
import threading

import pytest

from cli_helpers import ROOT, SEED, copy_out, one_line, run_cli, tree


@pytest.mark.unit
def test_a_relative_policykg_cache_is_skipped(monkeypatch, tmp_path):
    """POLICYKG_CACHE=cache made a 5 MB cache folder in whatever folder the command was run from (the same
    was fixed for a relative XDG_CACHE_HOME); an absolute one is still used first."""
    from policykg.cachefiles import user_cache_dirs

    monkeypatch.setenv("POLICYKG_CACHE", "cache")
    assert "cache" not in user_cache_dirs()
    assert all(os.path.isabs(d) for d in user_cache_dirs())
    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path))
    assert user_cache_dirs()[0] == str(tmp_path)


@pytest.mark.unit
def test_a_fifo_under_a_cache_files_name_is_not_opened(tmp_path):
    """A FIFO named like the pinyin (or tagger) cache file made every build hang for ever on open();
    it is now passed over as a damaged cache file (and replaced when the tables are rebuilt)."""
    from policykg.emit.pinyin_tables import open_tables

    fifo = tmp_path / "pinyin.bin"
    os.mkfifo(fifo)
    got = []
    t = threading.Thread(target=lambda: got.append(open_tables(str(fifo))), daemon=True)
    t.start()
    t.join(5)
    if t.is_alive():                       # unblock the open so the thread ends
        with open(fifo, "wb"):
            pass
        t.join(5)
        pytest.fail("open_tables blocked on a FIFO")
    assert got == [None]


@pytest.mark.unit
def test_jobs_are_capped_at_the_cpus_and_the_items(monkeypatch):
    """--jobs 10000 on a folder of reports started one worker process per report, whatever the CPUs."""
    from concurrent.futures import ThreadPoolExecutor

    from policykg.corpus import pool

    started = []

    def fake_pool(jobs):
        started.append(jobs)
        return ThreadPoolExecutor(max_workers=jobs)

    monkeypatch.setattr(pool, "_pool", fake_pool)
    monkeypatch.setattr(pool, "default_jobs", lambda: 3)
    args = [(str(i),) for i in range(8)]
    assert pool.run_parallel(int, args, 10000, pool.progress_bar(8, False)) == list(range(8))
    assert pool.run_parallel(int, args[:2], 10000, pool.progress_bar(2, False)) == [0, 1]
    assert started == [3, 2]


def test_add_into_an_output_of_another_version_is_refused(tmp_path, cli_seed_out):
    """add merged its new reports into an output another policykg version wrote (shared parts, summary
    rows read as this version's), with no word; the version is the one void.ttl records."""
    out = copy_out(cli_seed_out, tmp_path)
    void = out / "void.ttl"
    void.write_text(void.read_text(encoding="utf-8").replace('hasVersion "', 'hasVersion "9.9.9-old'),
                    encoding="utf-8")
    before = tree(tmp_path)
    one_line(run_cli("add", SEED, "--out", out, "--jobs", "1"), 2, r"written by policykg 9\.9\.9-old.*, this is ")
    assert tree(tmp_path) == before


def test_add_says_when_a_file_of_another_name_replaces_a_report(tmp_path, cli_seed_out):
    """add of another file of the same place and year dropped the report OUT held, read from another
    file, without a word; a new version under the file's own name still replaces it quietly."""
    import re
    import shutil

    out = copy_out(cli_seed_out, tmp_path)
    other = shutil.copy(SEED, tmp_path / "draft.txt")
    r = run_cli("add", other, "--out", out, "--quiet", "--jobs", "1")
    assert r.returncode == 0 and r.stdout == "", r.stderr
    assert re.fullmatch(r"warning: jinghaiqu-2021 \(read from [^\n]*jinghai-2021\.txt\) is replaced by [^\n]*"
                        r"draft\.txt, a report of the same place and year\n", r.stderr), r.stderr
    assert "draft.txt" in (out / "summary.csv").read_text(encoding="utf-8")
    (tmp_path / "v2").mkdir()
    same_name = shutil.copy(SEED, tmp_path / "v2" / "draft.txt")
    r = run_cli("add", same_name, "--out", out, "--quiet", "--jobs", "1")
    assert r.returncode == 0 and r.stderr == "", r.stderr
