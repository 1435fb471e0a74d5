"""Hostile use (issue 14), part 2: queries, endpoints and stores.

No update is ever sent, no local query calls the network unless asked, no credential is printed or sent
to a host it was not written for, and nothing hangs: a runaway query stops on Ctrl-C, SIGTERM or
--timeout, a cancelled endpoint answer reads "cancelled after N s", a trickling store is cut off.
Fake servers listen on 127.0.0.1 only and record what they were sent.
"""
from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

from cli_helpers import ROOT, one_line, run_cli
from fake_http import count_json, fake_server, reply, then_close

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n"
SECRET = "hunter2"


def _rq(tmp_path, text, name="q.rq") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# ---------------------------------------------------------------------------------------------
# Updates are never sent; the form is decided by a parser

HOSTILE_UPDATES = {
    "base-iri-with-select": "BASE <http://example.org/SELECT/>\nDELETE WHERE { ?s ?p ?o }\n",
    "prefix-named-select": "PREFIX select: <urn:x#>\nINSERT DATA { select:a select:b select:c }\n",
    "comment-then-drop": "# SELECT ?x WHERE { ?x ?y ?z }\nDROP ALL\n",
    "ask-in-a-string": 'INSERT DATA { <urn:a> <urn:b> "ASK { ?s ?p ?o }" }\n',
}


@pytest.mark.parametrize("name", sorted(HOSTILE_UPDATES))
def test_query_never_sends_an_update(tmp_path, name):
    with fake_server(count_json) as (url, seen):
        r = run_cli("query", _rq(tmp_path, HOSTILE_UPDATES[name]), "--endpoint", url + "/sparql", timeout=60)
        one_line(r, 2, r"this is a SPARQL update")
        assert seen == []
        r = run_cli("query", _rq(tmp_path, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "--endpoint",
                    url + "/sparql", "--format", "csv", timeout=60)
        assert r.returncode == 0, r.stderr
        assert len(seen) == 1 and b"query=" in seen[0][2] and b"update=" not in seen[0][2]


def test_form_is_decided_by_the_parser():
    from policykg.errors import UsageError
    from policykg.use.sparql_form import check, classify

    for text in HOSTILE_UPDATES.values():
        with pytest.raises(UsageError, match="SPARQL update"):
            classify(text)
    assert check("PREFIX delete: <urn:x#> SELECT ?insert WHERE { ?insert delete:drop ?o }", endpoint=True) == "SELECT"
    assert check("ASK { <http://example.org/DELETE> ?p ?o }", endpoint=True) == "ASK"
    with pytest.raises(UsageError, match="only SELECT and ASK"):
        check("CONSTRUCT WHERE { ?s ?p ?o }", endpoint=True)
    from policykg.use.query import run_query
    with pytest.raises(UsageError, match="only SELECT and ASK"):  # locally: by the result type
        run_query("CONSTRUCT WHERE { ?s ?p ?o }")
    with pytest.raises(UsageError, match="SPARQL update"):      # locally pyoxigraph cannot parse it: named (round 27)
        run_query(HOSTILE_UPDATES["base-iri-with-select"])
    with pytest.raises(UsageError, match="does not parse"):
        check("SELEKT * WHERE { ?s ?p ?o }", endpoint=True)


# ---------------------------------------------------------------------------------------------
# A local query makes no network call unless asked

def test_local_query_refuses_service_unless_allowed(tmp_path, seed_out):
    def answer(handler, body):
        reply(handler, body=json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
            {"x": {"type": "literal", "value": "from the network"}}]}}).encode())

    with fake_server(answer) as (url, seen):
        q = _rq(tmp_path, f"SELECT ?x WHERE {{ SERVICE <{url}/sparql> {{ ?x ?p ?o }} }}")
        one_line(run_cli("query", q, "--graph", seed_out / "graph.ttl", timeout=60), 2, r"uses SERVICE.*--allow-service")
        hidden = _rq(tmp_path, f"PREFIX s: <urn:x#>\nSELECT ?x WHERE {{ {{ ?x ?p ?o }} UNION {{ service <{url}/sparql> "
                               f"{{ ?x ?p ?o }} }} }} LIMIT 1", "hidden.rq")
        one_line(run_cli("query", hidden, "--graph", seed_out / "graph.ttl", timeout=60), 2, r"uses SERVICE")
        assert seen == []
        r = run_cli("query", q, "--graph", seed_out / "graph.ttl", "--allow-service", "--format", "csv", timeout=60)
        assert r.returncode == 0 and "from the network" in r.stdout, r.stderr
        assert len(seen) == 1


# ---------------------------------------------------------------------------------------------
# Credentials are never printed, and go only where they were written for

@pytest.mark.parametrize("args", [
    ["push", "--endpoint", f"ftp://bob:{SECRET}@127.0.0.1/store"],
    ["push", "--endpoint", "http://127.0.0.1:9/store", "--sparql", f"http://bob:{SECRET}@127.0.0.1:9/query"],
    ["push", "--endpoint", f"http://bob:{SECRET}@127.0.0.1:9/store"],
    ["query", "cq-01", "--endpoint", f"http://bob:{SECRET}@127.0.0.1:9/query"],
    ["query", "cq-01", "--endpoint", f"https://bob:{SECRET}@[::1/query"],
], ids=["push-ftp", "push-sparql", "push-endpoint", "query-endpoint", "query-bad-url"])
def test_credentials_in_urls_are_never_printed(seed_out, args):
    extra = ["--graph", seed_out / "graph.trig"] if args[0] == "push" else []
    r = run_cli(*args, *extra, timeout=60)
    one_line(r, 2, r"\*\*\*@")
    assert SECRET not in r.stderr + r.stdout


def test_redact_removes_userinfo_from_any_message():
    from policykg.options import redact
    assert redact(f"x http://bob:{SECRET}@h/q and ftp://a@b/c") == "x http://***@h/q and ftp://***@b/c"


def _store_asking_basic(handler, body):
    """PUT: 401 until Basic credentials come; /query: 401 always (the read-back would send them if it had)."""
    if handler.command == "PUT" and handler.headers.get("Authorization"):
        reply(handler, 204)
    else:
        reply(handler, 401, b"", "text/plain", [("WWW-Authenticate", 'Basic realm="store"')])


@pytest.mark.parametrize("source", ["netrc", "environment"])
def test_credentials_go_only_to_their_host(tmp_path, seed_out, source):
    env = {"HOME": str(tmp_path)}
    with fake_server(_store_asking_basic) as (url, seen):
        port = urllib.parse.urlsplit(url).port
        if source == "netrc":   # a machine's entry is for one port (hostile43)
            (tmp_path / ".netrc").write_text(f"machine 127.0.0.1:{port} login bob password {SECRET}\n")
            (tmp_path / ".netrc").chmod(0o600)
            env.update(POLICYKG_USER="", POLICYKG_PASSWORD="")
        else:
            env.update(POLICYKG_USER="bob", POLICYKG_PASSWORD=SECRET)
        r = run_cli("push", "--endpoint", f"{url}/store", "--sparql", f"http://localhost:{port}/query",
                    "--graph", seed_out / "graph.trig", env=env, timeout=120)
    assert r.returncode == 1 and "read-back refused" in r.stderr, r.stderr
    assert SECRET not in r.stdout + r.stderr
    assert any(m == "PUT" and auth for m, _, _, auth in seen)          # the endpoint's host got them
    assert [auth for m, p, _, auth in seen if p.startswith("/query")] and \
        not any(auth for m, p, _, auth in seen if p.startswith("/query"))  # localhost never did


def test_non_latin1_credentials_are_one_line(seed_out):
    r = run_cli("push", "--endpoint", "http://127.0.0.1:9/store", "--graph", seed_out / "graph.trig",
                env={"POLICYKG_USER": "用户", "POLICYKG_PASSWORD": "密码"}, timeout=60)
    one_line(r, 2, r"credentials from POLICYKG_USER / POLICYKG_PASSWORD hold characters HTTP Basic/Digest cannot send")


def test_push_does_not_follow_a_redirect_with_data_or_credentials(seed_out):
    with fake_server(lambda h, b: reply(h, 204)) as (elsewhere, other):
        def redirect(handler, body):
            reply(handler, 307, b"", "text/plain", [("Location", f"{elsewhere}/store")])
        with fake_server(redirect) as (url, seen):
            r = run_cli("push", "--endpoint", f"{url}/store", "--graph", seed_out / "graph.trig",
                        env={"POLICYKG_USER": "bob", "POLICYKG_PASSWORD": SECRET}, timeout=60)
    one_line(r, 1, r"HTTP 307, a redirect to http://127\.0\.0\.1:\d+/store; give that URL as --endpoint")
    assert len(seen) == 1 and other == []


# ---------------------------------------------------------------------------------------------
# Nothing hangs

def test_runaway_local_query_obeys_timeout(tmp_path, seed_out):
    one_line(run_cli("query", _rq(tmp_path, RUNAWAY), "--graph", seed_out / "graph.ttl", "--timeout", "1",
                     timeout=120), 2, r"query cancelled after 1 s \(--timeout\)")


@pytest.mark.parametrize("sig, engine", [(signal.SIGINT, "default"), (signal.SIGTERM, "default"),
                                         (signal.SIGINT, "reference")])
def test_runaway_local_query_stops_on_a_signal(tmp_path, seed_out, sig, engine):
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "query", _rq(tmp_path, RUNAWAY), "--graph",
                             seed_out / "graph.ttl", "--engine", engine], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(3)  # loaded, and deep in the join (it would run for hours)
        assert proc.poll() is None
        proc.send_signal(sig)
        stdout, stderr = proc.communicate(timeout=60)  # before the fix: ~10 minutes
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130 and stdout == ""
    assert re.fullmatch(r"policykg: interrupted\n", stderr), stderr


def test_cut_off_endpoint_answer_reads_cancelled(tmp_path):
    # what oxigraph sends when its --timeout-s cancels a query mid-answer
    cut = then_close(b'{"head":{"vars":["n"]},"results":{"bindings":[', [("Content-Type", "application/sparql-results+json")])

    with fake_server(cut) as (url, seen):
        r = run_cli("query", _rq(tmp_path, RUNAWAY), "--endpoint", url + "/query", timeout=60)
    one_line(r, 2, r"query cancelled after \d+ s: the endpoint's answer stops part-way")
    assert "JSONDecodeError" not in r.stderr and "Expecting" not in r.stderr


@pytest.mark.parametrize("store", [False, True], ids=["memory", "store"])
def test_serve_timeout_reads_cancelled_at_the_client(tmp_path, seed_out, store):
    """From memory: a 503 with one line; with --store, oxigraph's 200 whose JSON stops part-way."""
    from serve_helpers import start_serve
    kept = ("--store", str(tmp_path / "store")) if store else ()
    proc, port, _ = start_serve(tmp_path, "--graph", str(seed_out / "graph.trig"), "--timeout", "1", *kept)
    try:
        r = run_cli("query", _rq(tmp_path, RUNAWAY), "--endpoint", f"http://127.0.0.1:{port}/query", timeout=300)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    if store:
        one_line(r, 2, r"query cancelled after \d+ s: the endpoint's answer stops part-way")
    else:
        one_line(r, 2, r"query cancelled after 1 s \(policykg serve --timeout\).*\(HTTP 503\)")


def _trickle(handler, body):
    """A store that answers one byte every 0.2 s, forever (headers included)."""
    try:
        for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100000:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass


@pytest.mark.parametrize("command", ["push", "query"])
def test_total_timeout_cuts_a_trickling_server(tmp_path, seed_out, command):
    with fake_server(_trickle) as (url, seen):
        if command == "push":
            r = run_cli("push", "--endpoint", url + "/store", "--graph", seed_out / "graph.trig", "--timeout", "2",
                        "--retries", "0", timeout=120)
            one_line(r, 2, r"push cut off after 2 s \(--timeout is the total for the whole push\); 0 of \d+ graph")
        else:
            r = run_cli("query", "cq-01", "--endpoint", url + "/query", "--timeout", "2", timeout=120)
            one_line(r, 2, r"no complete answer within 2 s \(--timeout\)")
    assert seen


# ---------------------------------------------------------------------------------------------
# serve --store replaces only a store it made

def test_serve_store_leaves_siblings_and_foreign_stores_alone(tmp_path, seed_out):
    from serve_helpers import start_serve
    from policykg.use.serve import oxigraph_binary

    store = tmp_path / "kept"
    old = tmp_path / "kept.old"
    old.mkdir()
    (old / "mine.txt").write_text("not serve's\n")
    for _ in range(2):  # the second run rebuilds the store it made
        proc, _, _ = start_serve(tmp_path, "--graph", str(seed_out / "graph.trig"), "--store", str(store))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
        assert (store / ".policykg-store").is_file()
    assert (old / "mine.txt").read_text() == "not serve's\n"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("policykg-store")) == ["kept", "kept.old"]
    foreign = tmp_path / "foreign"
    subprocess.run([oxigraph_binary(), "load", "--location", str(foreign), "--file", str(seed_out / "graph.trig")],
                   check=True, capture_output=True)
    before = sorted(p.name for p in foreign.iterdir())
    r = run_cli("serve", "--graph", seed_out / "graph.trig", "--store", foreign, "--port", "0", timeout=60)
    one_line(r, 2, r"--store \S+foreign: an oxigraph store policykg did not make")
    assert sorted(p.name for p in foreign.iterdir()) == before


def test_service_keyword_scan():
    from policykg.use.sparql_form import _mentions_service as scan
    for text in ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", "select * { service silent ?e { ?s ?p ?o } }",
                 "SELECT * {\n  SERVICE<http://x/>{?s ?p ?o} }"):
        assert scan(text), text
    for text in ('SELECT ?service { ?s <urn:p> "SERVICE <x>" } # SERVICE', "PREFIX service: <urn:s#> "
                 "SELECT * { ?s service:p ?o ; <http://example.org/SERVICE> ?x ; ex:SERVICE ?y }"):
        assert not scan(text), text
