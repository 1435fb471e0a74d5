"""perf65: a build's compiled patterns are built from the code kept in the user cache (regex_cache); the
patterns so made are the ones re.compile makes, and the outputs do not change."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from policykg import regex_cache

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"

# every stored pattern rebuilt from its code and compared with what re's own compiler makes of it
_SAME_AS_RE = r"""
import _sre, marshal, re, sys
from policykg import regex_cache
from policykg.parsed_cache import load_named
stored = load_named(regex_cache._file_name(), regex_cache._key())
differ = [p for (p, f), e in stored.items() if _sre.compile(p, *marshal.loads(e)) != re.compile(p, f)]
print(len(stored), len(differ))
"""


def _env(cache: Path) -> dict:
    """The cache folders a subprocess reads are the test's own: the last of them is <temp>/policykg-<uid>, shared by
    every build on the machine, whose regex file (when one had been written there) made the test's own unused."""
    env = {k: v for k, v in os.environ.items() if k != "XDG_CACHE_HOME"}
    (cache / "tmp").mkdir(exist_ok=True)
    return dict(env, POLICYKG_CACHE=str(cache), HOME=str(cache / "home"), TMPDIR=str(cache / "tmp"),
                PYTHONPATH=str(ROOT))


def _build(out: Path, env: dict) -> None:
    argv = [sys.executable, "-m", "policykg.cli", "build", str(SEED), "--out", str(out), "--quiet", "--no-progress"]
    assert subprocess.run(argv, cwd=ROOT, env=env, capture_output=True).returncode == 0


def _regex_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("policykg-regex-*.bin"))


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The seed built twice into a fresh cache folder: the first build fills it, the second reads it."""
    tmp = tmp_path_factory.mktemp("regex-cache")
    cache = tmp / "cache"
    cache.mkdir()
    env = _env(cache)
    _build(tmp / "first", env)
    files = _regex_files(cache)
    stamp = [(f.stat().st_mtime_ns, f.stat().st_size) for f in files]
    _build(tmp / "second", env)
    return tmp, cache, env, files, stamp


@pytest.mark.corpus
def test_the_seeds_patterns_are_kept_and_read_back(two_builds):
    """Regression: every build compiled its ~970 patterns again (a quarter of the seed's CPU). After one
    build the cache holds them all, so the second compiles none and leaves the file as it was."""
    _, cache, _, files, stamp = two_builds
    assert len(files) == 1
    assert _regex_files(cache) == files
    assert [(f.stat().st_mtime_ns, f.stat().st_size) for f in files] == stamp


@pytest.mark.corpus
def test_a_pattern_from_the_cache_is_the_pattern_re_compiles(two_builds):
    """Pattern equality compares flags, text and code: the stored code is exactly the compiler's."""
    _, _, env, _, _ = two_builds
    p = subprocess.run([sys.executable, "-c", _SAME_AS_RE], cwd=ROOT, env=env, capture_output=True, text=True)
    stored, differ = map(int, p.stdout.split())
    assert stored > 500 and differ == 0


@pytest.mark.corpus
def test_a_build_from_the_cache_writes_the_same_bytes(two_builds):
    tmp = two_builds[0]
    first = sorted(p.relative_to(tmp / "first") for p in (tmp / "first").rglob("*") if p.is_file())
    assert first == sorted(p.relative_to(tmp / "second") for p in (tmp / "second").rglob("*") if p.is_file())
    assert all((tmp / "first" / f).read_bytes() == (tmp / "second" / f).read_bytes() for f in first)


@pytest.mark.unit
def test_a_damaged_cache_file_is_compiled_around(tmp_path):
    """A cache file cut short is not read (parsed_cache checks length and CRC): the process compiles its
    patterns as before and writes a whole file again."""
    cache = tmp_path / "cache"
    cache.mkdir()
    env = _env(cache)
    code = ("from policykg import regex_cache as r; r.install(); import policykg.extract.grammar; r.save(); "
            "from policykg.parsed_cache import load_named; "
            "print(r._file_name(), len(load_named(r._file_name(), r._key()) or {}))")
    name, kept = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                                text=True).stdout.split()
    assert int(kept) > 10
    whole = (cache / name).read_bytes()
    (cache / name).write_bytes(whole[: len(whole) // 2])
    for other in cache.glob("policykg-*"):   # the other caches (the data shapes') spare patterns the first run compiled
        if other.name != name:
            other.unlink()
    again = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert again.stdout.split() == [name, kept]
    assert len((cache / name).read_bytes()) == len(whole)


@pytest.mark.corpus
def test_a_build_inside_a_callers_process_leaves_re_as_it_was(tmp_path, monkeypatch):
    """Only a build that is its process's entry point wraps re's compiler: a caller running the verb in its
    own process (a test, a notebook) keeps the compiler it had."""
    from re import _compiler

    from click.testing import CliRunner

    from policykg.cli import cli
    monkeypatch.setenv("POLICYKG_CACHE", str(tmp_path / "cache"))
    before = _compiler.compile
    r = CliRunner().invoke(cli, ["build", str(SEED), "--out", str(tmp_path / "out"), "--quiet", "--no-progress"])
    assert r.exit_code == 0, r.output
    assert _compiler.compile is before
    assert not list((tmp_path / "cache").glob("policykg-regex-*"))


@pytest.mark.unit
def test_a_pool_of_threads_in_a_callers_process_leaves_re_as_it_was(monkeypatch):
    """The worker function wrapped re's compiler in whatever ran it: a caller's pool of threads (a test's) left
    the caller's process with the wrapper, and a later build there wrote the regex cache file."""
    from concurrent.futures import ThreadPoolExecutor
    from re import _compiler

    from policykg.corpus import pool
    monkeypatch.setattr(pool, "_pool", lambda jobs: ThreadPoolExecutor(max_workers=jobs))
    monkeypatch.setattr(pool, "default_jobs", lambda: 2)
    before = _compiler.compile
    assert pool.run_parallel(int, [("1",), ("2",)], 2, pool.progress_bar(2, False)) == [1, 2]
    assert _compiler.compile is before


_KEPT = r"""
import sys
from re import _compiler
from policykg import regex_cache as r
from policykg.parsed_cache import load_named
before = _compiler.compile
try:
    with r.kept(sys.argv[1] == "active"):
        wrapped = _compiler.compile is not before
        import policykg.extract.grammar
        if sys.argv[2] == "fails":
            raise ValueError
except ValueError:
    pass
print(int(wrapped), len(load_named(r._file_name(), r._key()) or {}))
"""


@pytest.mark.unit
@pytest.mark.parametrize("active, ends, wrapped, kept", [("active", "ends", 1, True), ("inactive", "ends", 0, False),
                                                        ("active", "fails", 1, False)])
def test_kept_installs_when_active_and_saves_when_the_block_ends(tmp_path, active, ends, wrapped, kept):
    """review66: one context manager (kept) installs and saves for the build verb and the pool's workers; the
    block that ends in an error writes nothing, as the two callers' own install/save did."""
    cache = tmp_path / "cache"
    cache.mkdir()
    p = subprocess.run([sys.executable, "-c", _KEPT, active, ends], cwd=ROOT, env=_env(cache), capture_output=True,
                       text=True)
    was_wrapped, stored = map(int, p.stdout.split())
    assert was_wrapped == wrapped
    assert (stored > 10) is kept


class _Recorder:
    """A stand-in for regex_cache.kept that notes each block: (active, ended without an error)."""

    def __init__(self):
        self.blocks = []

    def __call__(self, active=True):
        from contextlib import contextmanager

        @contextmanager
        def block():
            self.blocks.append([active, False])
            yield
            self.blocks[-1][1] = True
        return block()


@pytest.mark.unit
def test_the_pools_worker_and_the_build_verb_go_through_kept(tmp_path, monkeypatch):
    """review66: the worker's install/save and the verb's were written twice; both now use regex_cache.kept (a
    caller's thread and a test's CliRunner leave re unwrapped: active False)."""
    from click.testing import CliRunner

    from policykg.cli import cli
    from policykg.corpus import pool
    recorder = _Recorder()
    monkeypatch.setattr(regex_cache, "kept", recorder)
    pool._result_by_file(str(tmp_path), 0, int, "7")
    assert recorder.blocks == [[False, True]]
    r = CliRunner().invoke(cli, ["build", "--out", str(tmp_path / "out"), "--quiet", "--no-progress"])
    assert r.exit_code == 2   # no reports: refused inside the block, which then saves nothing
    assert recorder.blocks == [[False, True], [False, False]]
