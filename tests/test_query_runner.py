"""The query runner: questions by number, name or path, rdflib graphs, the `policykg query` command
(formats, errors, default graph) and a SPARQL endpoint (oxigraph) giving what the files give."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal
from rdflib.namespace import XSD

from policykg.use import query as Q
from policykg.cli import cli

from query_helpers import CQS, FIXTURES, INJECTIONS, POLICYKG, ROOT, contains


# --- runner ------------------------------------------------------------------------------------

def test_named_query_by_number_name_and_path():
    full = Q.named_query("cq-01-park-project-target")
    assert Q.named_query("cq-01") == full == Q.named_query("1") == Q.named_query("cq-01-park-project-target.rq")
    assert Q.named_query(str(ROOT / "policykg" / "queries" / "cq-01-park-project-target.rq")) == full
    with pytest.raises(Q.UsageError):
        Q.named_query("cq-99")


def test_run_query_on_rdflib_graphs(seed_graph):
    rows = Q.run_query(Q.named_query("cq-06"), graphs=[seed_graph])
    assert contains(rows, {"factName": "地区生产总值增长4%", "value": 4})


@pytest.mark.parametrize("name", ["cq-01", "cq-01-park-project-target",
                                  "policykg/queries/cq-01-park-project-target.rq"])
def test_cli_query_by_name(name):
    r = CliRunner().invoke(cli, ["query", str(ROOT / name) if name.startswith("policykg/") else name,
                                 "--graph", str(FIXTURES / "park-chain.ttl")])
    assert r.exit_code == 0, r.output
    assert "废旧动力电池回收利用" in r.output and "天津子牙经济技术开发区" in r.output and "(3 rows)" in r.output


def test_query_help_lists_every_competency_question():
    from policykg.use.query_terms import query_info
    result = CliRunner().invoke(cli, ["query", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    for path in CQS:
        short = "-".join(path.stem.split("-")[:2])
        summary = " ".join(query_info(path.read_text(encoding="utf-8")).summary.split())
        assert f"{short} {summary}" in text, short


def test_cli_formats():
    args = ["query", "cq-01", "--graph", str(FIXTURES / "park-chain.ttl")]
    r = CliRunner().invoke(cli, args + ["--format", "json"])
    data = json.loads(r.output)
    assert data["head"]["vars"][:2] == ["park", "parkName"]
    b = data["results"]["bindings"][0]
    assert b["park"]["type"] == "uri" and b["parkName"]["xml:lang"] == "zh"
    assert b["value"]["datatype"] == str(XSD.decimal)
    r = CliRunner().invoke(cli, args + ["--format", "csv", "--param", "parkLabel=子牙经开区"])
    lines = r.output.splitlines()
    assert lines[0].startswith("park,parkName,project") and len(lines) == 2
    assert "废旧动力电池回收利用等5个项目开工建设" in lines[1]


def test_cli_errors_are_one_line_exit_2(tmp_path):
    if not POLICYKG.exists():
        pytest.skip("no .venv/bin/policykg")
    for args in (["query", "cq-99", "--graph", str(FIXTURES / "park-chain.ttl")],
                 ["query", "cq-01", "--graph", str(tmp_path / "missing.ttl")],
                 ["query", "cq-06", "--graph", str(FIXTURES / "park-chain.ttl"), "--param", "nosuch=1"],
                 ["query", "cq-01", "--graph", "x.ttl", "--endpoint", "http://127.0.0.1:9/q"]):
        r = subprocess.run([str(POLICYKG), *args], capture_output=True, text=True, cwd=tmp_path)
        assert r.returncode == 2, (args, r.stderr)
        assert r.stdout == "" and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_cli_default_graph(tmp_path, seed_out):
    if not POLICYKG.exists():
        pytest.skip("no policykg script beside the Python interpreter")
    (tmp_path / "out").mkdir()
    shutil.copy(seed_out / "graph.trig", tmp_path / "out" / "graph.trig")
    r = subprocess.run([str(POLICYKG), "query", "cq-13", "--format", "csv"], capture_output=True, text=True,
                       cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) > 40      # the default graph.trig includes the inferred graph
    r = subprocess.run([str(POLICYKG), "query", "cq-13"], capture_output=True, text=True, cwd=tmp_path / "out")
    assert r.returncode == 2 and "policykg build" in r.stderr



@pytest.mark.parametrize("args", [["query", "cq-06"], ["table", "targets"]], ids=["query", "table"])
def test_query_and_table_fall_back_to_the_same_build_graph(tmp_path, seed_out, monkeypatch, args):
    """Without --graph both verbs read out/graph.trig, else out/graph.ttl, else ask for a build."""
    from policykg.errors import UsageError

    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(cli, args)
    assert isinstance(r.exception, UsageError) and "run policykg build first" in str(r.exception)
    (tmp_path / "out").mkdir()
    shutil.copy(seed_out / "graph.ttl", tmp_path / "out" / "graph.ttl")
    r = CliRunner().invoke(cli, args + ["--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "地区生产总值" in r.output


# --- endpoint ----------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(seed_out, tmp_path_factory):
    exe = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not exe:
        pytest.skip("oxigraph server not installed")
    loc = tmp_path_factory.mktemp("oxigraph")
    subprocess.run([exe, "load", "--location", str(loc), "--file", str(seed_out / "graph.trig")],
                   check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen([exe, "serve-read-only", "--location", str(loc), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_endpoint_matches_files(endpoint, stores):
    text = Q.named_query("cq-06")
    params = Q.parse_params(["indicatorName=固定资产投资"], text)
    remote = Q.run_endpoint(text, endpoint, params)
    local = Q.run_store(stores("trig"), text, params)
    assert remote.vars == local.vars
    assert sorted(map(repr, remote.rows)) == sorted(map(repr, local.rows))
    assert any(isinstance(t, Literal) and t.language == "zh" for r in remote.rows for t in r if t is not None)


def test_endpoint_injection(endpoint):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = Q.run_endpoint(count, endpoint).rows
    for value in INJECTIONS:
        text = Q.named_query("cq-06")
        assert Q.run_endpoint(text, endpoint, Q.parse_params([f"indicatorName={value}"], text)).rows == []
    assert Q.run_endpoint(count, endpoint).rows == before


def test_endpoint_unreachable_is_usage_error():
    with pytest.raises(Q.UsageError):
        Q.run_endpoint(Q.named_query("cq-09"), f"http://127.0.0.1:{_free_port()}/query")
