"""`policykg serve` against a real server on 127.0.0.1: from memory, and with --store from oxigraph's server
on a persistent store. More on serve's protocol in test_serve_memory.py; push in test_push.py."""
from __future__ import annotations

import signal
import socket
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from serve_helpers import (CQ01, REPORT_GRAPH, alive, descendants, listening_addresses, listening_of,
                           other_local_address, run_cli, start_serve)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_serve_answers_queries_read_only_on_loopback_and_stops_cleanly(tmp_path, seed_trig, sig):
    import pyoxigraph as ox

    proc, port, lines = start_serve(tmp_path, "--graph", str(seed_trig))
    try:
        url = f"http://127.0.0.1:{port}/"
        assert any(url in ln for ln in lines), lines
        assert not list(tmp_path.iterdir()), "serve answers from memory: nothing written"
        helpers = descendants(proc.pid)
        assert helpers, "the query workers' keeper and its idle workers"
        # bound to loopback only
        if Path("/proc/net/tcp").exists():
            assert listening_addresses(port) == {"127.0.0.1"}
        other = other_local_address()
        if other:
            with pytest.raises(OSError):
                socket.create_connection((other, port), timeout=2).close()

        if sig == signal.SIGINT:  # the full HTTP checks once
            from SPARQLWrapper import JSON, SPARQLWrapper
            w = SPARQLWrapper(url + "query")
            w.setQuery(CQ01.read_text(encoding="utf-8"))
            w.setReturnFormat(JSON)
            rows = w.queryAndConvert()["results"]["bindings"]
            local = ox.Store()
            local.bulk_load(path=str(seed_trig), format=ox.RdfFormat.TRIG)
            expected = list(local.query(CQ01.read_text(encoding="utf-8"), use_default_graph_as_union=True))
            assert len(rows) == len(expected)
            got = {(r["parkName"]["value"], r["projectName"]["value"], r["targetName"]["value"]) for r in rows}
            want = {(s["parkName"].value, s["projectName"].value, s["targetName"].value) for s in expected}
            assert got == want
            assert all(r["parkName"].get("xml:lang") == "zh" for r in rows)

            with urllib.request.urlopen(url, timeout=5) as r:
                page = r.read().decode("utf-8")
                assert "text/html" in r.headers["Content-Type"]
            assert "cq-01-park-project-target" in page and "src=" not in page   # served whole, no CDN

            req = urllib.request.Request(url + "update", method="POST",
                                         data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                         headers={"Content-Type": "application/sparql-update"})
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(req, timeout=5)
            assert 400 <= refused.value.code < 500
    finally:
        proc.send_signal(sig)
        try:
            code = proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert code == 0, proc.stderr.read()
    assert proc.stderr.read() == ""
    assert not list(tmp_path.iterdir()), "nothing left behind"
    assert not [p for p in helpers if alive(p)], "the keeper and its workers end with serve"
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_serve_store_folder_persists_and_is_reused(tmp_path, seed_trig):
    store = tmp_path / "kept"
    proc, port, lines = start_serve(tmp_path, "--graph", str(seed_trig), "--store", str(store))
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(15) == 0
    assert (store / "CURRENT").is_file()
    proc, port, lines = start_serve(tmp_path, "--store", str(store))
    try:
        assert any("reusing" in ln for ln in lines)
        q = urllib.parse.quote(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{REPORT_GRAPH}> {{ ?s ?p ?o }} }}")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query={q}", timeout=5) as r:
            assert r.status == 200 and b'"n"' in r.read()
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
    assert store.is_dir()


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads the LISTEN sockets from /proc")
def test_serve_store_listens_on_loopback_only_and_checks_host(tmp_path, seed_trig):
    """With --store, oxigraph's server listened on the port itself and answered any Host (a page on a DNS
    name rebound to 127.0.0.1 could read the store); now a front checks the Host, and every socket serve
    and oxigraph listen on is on 127.0.0.1."""
    proc, port, _ = start_serve(tmp_path, "--graph", str(seed_trig), "--store", str(tmp_path / "kept"))
    try:
        sockets = listening_of([proc.pid, *descendants(proc.pid)])
        assert ("127.0.0.1", port) in sockets and len(sockets) == 2, sockets   # the front and oxigraph
        assert {addr for addr, _ in sockets} == {"127.0.0.1"}
        ask = f"http://127.0.0.1:{port}/query?query=ASK%7B%7D"
        with urllib.request.urlopen(ask, timeout=10) as r:
            assert r.status == 200 and b"true" in r.read()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(ask, headers={"Host": "rebound.example"}), timeout=10)
        assert refused.value.code == 403
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0


def test_serve_refuses_remote_host_and_missing_graph(tmp_path):
    done = run_cli("serve", "--host", "0.0.0.0", "--port", "0")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--allow-remote" in done.stderr
    done = run_cli("serve", "--host", "0.0.0.0", "--allow-remote", "--port", "0")   # only with --store
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--store" in done.stderr
    done = run_cli("serve", "--host", "127.0.0.2", "--store", str(tmp_path / "s"), "--port", "0")  # Host check
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "127.0.0.1, ::1 or localhost" in done.stderr
    done = run_cli("serve", "--graph", str(tmp_path / "nope.trig"), "--port", "0")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "nope.trig" in done.stderr


@pytest.mark.unit
def test_store_front_passes_the_checked_request_alone():
    """The --store front keeps each connection to the one request whose Host it checked (Connection:
    close, whatever the client asked), and checks the Host header whatever its letter case."""
    from policykg.use.serve_front import _checked

    head, refused = _checked(b"GET /query HTTP/1.1\r\nHost: localhost:7878\r\nConnection: keep-alive\r\nAccept: */*")
    assert refused is None
    assert head == b"GET /query HTTP/1.1\r\nHost: localhost:7878\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    assert _checked(b"GET / HTTP/1.1\r\nhOST: rebound.example:7878")[1][0] == 403
    assert _checked(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1")[1][0] == 400


@pytest.mark.unit
@pytest.mark.parametrize("line", ["Host", "Host 127.0.0.1", "X-Nothing"])
def test_store_front_answers_a_header_line_without_a_colon_with_400(line):
    """Such a line ended the front's handler in an IndexError: the connection closed with no answer."""
    from policykg.use.serve_front import _checked
    assert _checked(f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n{line}".encode())[1][0] == 400
