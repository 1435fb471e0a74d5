"""Hostile round 40: the CLI contract read line by line, every verb and option (docs/checks/hostile40.md)."""
from __future__ import annotations

import json
import os

import pytest

from cli_helpers import one_line, run_cli, write_file
from fake_http import fake_server, reply

GRAPH = ('<https://w3id.org/policykg/id/park/jinghaiqu/ziya> <http://www.w3.org/2000/01/rdf-schema#label> '
         '"子牙经济技术开发区"@zh .\n')


@pytest.mark.unit
def test_graph_file_options_are_refused_with_an_endpoint():
    """Regression: `query --endpoint` dropped --max-rows, --engine reference and --allow-service without a
    word: `--max-rows 1` printed the endpoint's three rows, exit 0."""
    binding = {"x": {"type": "literal", "value": "子牙"}}
    rows = {"head": {"vars": ["x"]}, "results": {"bindings": [binding] * 3}}
    with fake_server(lambda h, _: reply(h, body=json.dumps(rows).encode())) as (url, seen):
        for extra in (["--max-rows", "1"], ["--engine", "reference"], ["--allow-service"]):
            r = run_cli("query", "cq-01", "--endpoint", f"{url}/sparql", "--format", "csv", *extra, timeout=60)
            one_line(r, 2, rf"^policykg: {extra[0]}[^:]*: on graph files only; with --endpoint the store runs")
        assert seen == []


@pytest.mark.unit
def test_push_refuses_a_sparql_endpoint_its_no_verify_skips(tmp_path):
    """Regression: `push --no-verify --sparql URL` pushed every graph and never asked URL (exit 0): the
    read-back --sparql names was skipped without a word."""
    with fake_server(lambda h, _: reply(h, 204)) as (url, seen):
        write_file(tmp_path, "g.nt", GRAPH)
        r = run_cli("push", "--endpoint", f"{url}/store", "--graph", tmp_path / "g.nt", "--graph-iri",
                    "urn:x:g", "--no-verify", "--sparql", f"{url}/query", timeout=60)
        one_line(r, 2, r"--sparql names the endpoint of the read-back that --no-verify skips")
        assert seen == []


@pytest.mark.unit
@pytest.mark.parametrize("args", [("--help",), ("--version",), ("query", "--help")])
def test_help_to_a_closed_stdout_says_so(args):
    """Regression: with standard output closed (>&-), --help and --version exited 0 having written nothing,
    where every other command's output to it says 'cannot write to standard output (it is closed)', exit 2."""
    r = run_cli(*args, preexec_fn=lambda: os.close(1), timeout=60)
    one_line(r, 2, r"^policykg: cannot write to standard output \(it is closed\)$")
