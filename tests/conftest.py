"""Shared fixtures: the seed report, and the seed graph built once per test session."""
from __future__ import annotations

import atexit
import os
import shutil
import signal
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"

# the ledger of files policykg wrote (corpus.written) is the session's own, not the user's: the tests'
# temporary files never land in ~/.local/state, and one test's output is never another's
_STATE = tempfile.mkdtemp(prefix="policykg-test-state-")
os.environ["XDG_STATE_HOME"] = _STATE
atexit.register(shutil.rmtree, _STATE, True)

# a shell without job control starts a background job with SIGINT ignored, and the interrupt tests (here and in the
# commands they start, which inherit an ignored signal) would then see no Ctrl-C at all
signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def seed_text() -> str:
    from policykg.read import read_report
    return read_report(str(SEED)).text


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """out/ folder of a build of the seed report (graph.ttl, graph.trig, validation.ttl, …)."""
    from policykg.corpus.build import build, write_outputs

    out = tmp_path_factory.mktemp("seed") / "out"
    write_outputs(build([str(SEED)]), str(out))
    return out


@pytest.fixture(scope="session")
def cli_seed_out(tmp_path_factory) -> Path:
    """out/ of `policykg build` of the seed run as a command (with its marker and ledger entries, as a user's
    output has them). Shared: a test copies it (``copy_out``) before changing anything."""
    from cli_helpers import run_cli
    out = tmp_path_factory.mktemp("cli-seed") / "out"
    r = run_cli("build", SEED, "--out", out, "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture(scope="session")
def seed_trig(seed_out) -> Path:
    return seed_out / "graph.trig"


@pytest.fixture(scope="session")
def seed_graph(seed_out):
    from rdflib import Graph
    return Graph().parse(seed_out / "graph.ttl", format="turtle")


def pytest_addoption(parser):
    parser.addoption("--regen-golden", action="store_true",
                     help="rewrite tests/golden/*.ttl from the current code instead of comparing")


@pytest.fixture
def regen_golden(request) -> bool:
    return request.config.getoption("--regen-golden")


# Markers by module, so the suite runs in parts (`make test-fast` = unit; `make test` = all):
# external starts servers or a browser; corpus builds or scores whole reports, or compares engines.
_MODULE_MARKS = {
    "external": {"test_serve", "test_push", "test_push_virtuoso", "test_serve_memory", "test_hostile_net",
                 "test_impact", "test_impact_jurisdictions", "test_shared_graph", "test_wheel"},
    "corpus": {"test_add", "test_hostile_add", "test_hostile_more", "test_export", "test_engines",
               "test_hostile", "test_hostile_options", "test_hostile_tools",
               "test_reliability", "test_bad_inputs", "test_decoding", "test_atomic_output",
               "test_validate_native", "test_validate_fallback", "test_evaluation", "test_reason_native", "test_entities_corpus",
               "test_headline"},
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if any(item.get_closest_marker(m) for m in ("unit", "corpus", "external")):
            continue        # the module or test says which part it belongs to
        module = item.module.__name__.rsplit(".", 1)[-1]
        mark = next((m for m, mods in _MODULE_MARKS.items() if module in mods), "unit")
        item.add_marker(getattr(pytest.mark, mark))


@pytest.fixture(scope="module")
def stores(seed_out):
    """stores(where) → a query store of the seed's graph.ttl ("ttl"), graph.trig ("trig") or a fixture file."""
    from policykg.use import query as Q
    cache = {}

    def get(where: str):
        if where not in cache:
            path = {"ttl": seed_out / "graph.ttl", "trig": seed_out / "graph.trig"}.get(
                where, ROOT / "tests" / "fixtures" / where)
            cache[where] = Q.load_store([path])
        return cache[where]
    return get
