"""Hostile use, round 21: what round 20 knew and left (a short secret hidden inside every word of an
endpoint's message, absolute-form request targets at `serve`), then what a new hostile user tried.

The CLI runs as a real subprocess where the case is about the command line; what must survive is compared
byte for byte.
"""
from __future__ import annotations

import os
import re
import subprocess

import pytest

from cli_helpers import ROOT, one_line, run_cli
from fake_http import then_close
from serve_helpers import exchange

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"


@pytest.mark.unit
@pytest.mark.parametrize("url, said, shown", [
    ("http://h/sparql?apikey=a", "HTTP 400: bad request, key a is invalid",
     "HTTP 400: bad request, key *** is invalid"),
    ("http://bob:ab@h/sparql", "auth failed for bob:ab (table abc)", "auth failed for bob:*** (table abc)"),
    ("http://h/sparql?token=s3cret", "token 's3cret' expired; see s3cret-help", "token '***' expired; see ***-help"),
    ("http://h/sparql?key=%41b", "key Ab unknown, about Abc", "key *** unknown, about Abc"),
])
def test_a_short_secret_is_hidden_where_it_stands_not_inside_every_word(url, said, shown):
    """A password `a` (or `ab`) was replaced everywhere in the endpoint's message: 'b***d request, key ***
    is inv***lid'. The secret is hidden where it stands as a value of its own (not inside a longer word)."""
    from policykg.options import hide_echoed
    assert hide_echoed(said, url) == shown


@pytest.fixture(scope="module")
def served():
    """The port of a `policykg serve` of the park-chain fixture, stopped after the module."""
    from serve_helpers import POLICYKG, stop, wait_http
    from policykg.use.serve import free_port

    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    proc = subprocess.Popen([*POLICYKG, "serve", "--graph", str(PARK_CHAIN), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        wait_http(f"http://127.0.0.1:{port}/", 60, proc)
        yield port
    finally:
        stop(proc)


def _status(port: int, target: str, host: str = "127.0.0.1") -> bytes:
    got = exchange(port, f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
    return got.split(b"\r\n", 1)[0]


@pytest.mark.external
@pytest.mark.parametrize("target, status", [
    ("http://127.0.0.1:{port}/query?query=ASK%7B%7D", b"200"),
    ("HTTP://LOCALHOST:{port}/query?query=ASK%7B%7D", b"200"),
    ("http://evil.example/query?query=ASK%7B%7D", b"403"),       # the target's authority, not Host, names it
    ("http://evil.example:{port}/query?query=ASK%7B%7D", b"403"),
    ("https://127.0.0.1:{port}/query?query=ASK%7B%7D", b"400"),  # serve speaks http only
    ("ftp://127.0.0.1:{port}/query?query=ASK%7B%7D", b"400"),
    ("http://bob@127.0.0.1:{port}/query?query=ASK%7B%7D", b"400"),  # RFC 9110 §4.2.4: no userinfo
    ("http:///query?query=ASK%7B%7D", b"400"),
    ("//evil.example/query?query=ASK%7B%7D", b"404"),          # origin-form: the path is //evil.example/query
    ("query?query=ASK%7B%7D", b"400"),
])
def test_serve_reads_an_absolute_form_target_by_its_own_authority(served, target, status):
    """`GET http://evil.example/query?…` was answered: the authority of an absolute-form target was dropped
    and only Host was checked. RFC 9112 §3.2.2: a server accepts the absolute form and takes its host, not
    Host's, so that host gets the loopback check Host gets (403); a scheme other than http, userinfo or no
    host is a bad target (400). A target starting // is a path (404), not an authority."""
    assert _status(served, target.format(port=served)).endswith(b" " + status + _REASON[status])


_REASON = {b"200": b" OK", b"400": b" Bad Request", b"403": b" Forbidden", b"404": b" Not Found"}


@pytest.mark.unit
@pytest.mark.parametrize("line, refused, passed", [
    ("GET http://evil.example/query HTTP/1.1", 403, None),
    ("GET https://127.0.0.1:7878/query HTTP/1.1", 400, None),
    ("GET http://localhost:7878/query?query=ASK%7B%7D HTTP/1.1", None, "GET /query?query=ASK%7B%7D HTTP/1.1"),
    ("GET http://127.0.0.1:7878 HTTP/1.1", None, "GET / HTTP/1.1"),
    ("GET /query HTTP/1.1 extra", 400, None),
])
def test_the_store_front_reads_an_absolute_form_target_as_serve_does(line, refused, passed):
    """The `serve --store` front checked Host only and passed `GET http://evil.example/query` to oxigraph's
    server. It checks the target's authority as serve does and passes the target on as a path."""
    from policykg.use.serve_front import _checked
    head, refusal = _checked(f"{line}\r\nHost: 127.0.0.1".encode())
    assert (refusal and refusal[0]) == refused
    assert head is None if passed is None else head.decode().split("\r\n")[0] == passed


def _cut_answer(code: int, body: bytes = b"short"):
    """A store's answer that says Content-Length 100 and sends fewer bytes, then closes."""
    return then_close(body, [("Content-Length", "100")], code)


@pytest.mark.unit
@pytest.mark.parametrize("code, said", [
    (201, r"read-back of <urn:g> from http://127\.0\.0\.1:\d+/query failed: the answer stops part-way"),
    (403, r"store refused graph <urn:g>: HTTP 403 Forbidden \(check POLICYKG_USER .*; 0 of 1 graph\(s\) pushed before it"),
])
def test_push_to_a_store_whose_answer_is_cut_short_is_one_line(code, said):
    """A store answering a PUT with fewer bytes than its Content-Length ended push in 'internal error:
    ProtocolError' (exit 3): only the answer's status and headers count, and they had come. The read-back
    of such an answer printed urllib3's repr ("('Connection broken: IncompleteRead(…)', …)")."""
    from fake_http import fake_server
    with fake_server(_cut_answer(code)) as (base, _):
        r = run_cli("push", "--endpoint", base + "/store", "--graph", PARK_CHAIN, "--graph-iri", "urn:g",
                    "--retries", "0", "--timeout", "20", "--quiet", timeout=60)
    one_line(r, 1, said + "$")


@pytest.mark.unit
@pytest.mark.parametrize("answer, why", [
    (b"{}", "no results"),
    (b'{"results": {"bindings": [{"n": {"type": "literal", "value": "1e999999"}}]}}', "'1e999999' is not a count"),
    (b'{"results": {"bindings": [{"m": 5}]}}', r"no \?n in its results"),
    (b"not json", "not JSON"),
])
def test_push_names_a_read_back_that_is_no_count(answer, why):
    """The read-back of a store answering `{}` said "failed: 'results'" (a KeyError's words), one counting
    '1e999999' "invalid literal for int() with base 10". It says the answer is not a SPARQL JSON count."""
    from fake_http import fake_server, reply

    def store(handler, _):
        if handler.command == "PUT":
            reply(handler, 201)
        else:
            reply(handler, body=answer)
    with fake_server(store) as (base, _):
        r = run_cli("push", "--endpoint", base + "/store", "--graph", PARK_CHAIN, "--graph-iri", "urn:g",
                    "--retries", "0", "--timeout", "20", "--quiet", timeout=60)
    one_line(r, 1, rf"read-back of <urn:g> from http://127\.0\.0\.1:\d+/query failed: not a SPARQL JSON "
                   rf"count \({why}\)$")


@pytest.mark.unit
@pytest.mark.parametrize("value, shown", [("<bad>", "<bad>"), ('"a"^^<bad>', "<bad>"), ("<#frag>", "<#frag>")])
def test_a_param_with_a_relative_iri_is_named_not_blamed_on_the_query(value, shown):
    """`--param 'areaName=<bad>'` said 'query does not parse: error at 11:30: expected IRI parsing failed'
    on the default engine (the query file parses), and answered 0 rows on the reference engine. A query
    has no base IRI to resolve it against: the value is refused, by name, on both."""
    for engine in ("default", "reference"):
        r = run_cli("query", "cq-02", "--graph", PARK_CHAIN, "--engine", engine, "--param", f"areaName={value}",
                    timeout=60)
        one_line(r, 2, rf"--param areaName: {re.escape(shown)} is no absolute IRI \(one that starts with a "
                       rf"scheme, such as https: or urn:\)$")


@pytest.mark.external
@pytest.mark.parametrize("version, status", [("HTTP/2.0", b"505"), ("HTTP/1.x", b"400"), ("HTTPS/1.1", b"400"),
                                             ("HTTP/1.1.1", b"400")])
def test_serve_refuses_a_bad_http_version_with_a_status_line(served, version, status):
    """`GET / HTTP/2.0` was answered 'Invalid HTTP version (2.0)' and nothing else: http.server still took
    the request for HTTP/0.9 when it refused it, and an HTTP/0.9 answer has no status line or headers
    (curl: 'Received HTTP/0.9 when not allowed'). The refusal has its status line, as every other has."""
    got = exchange(served, f"GET / {version}\r\nHost: 127.0.0.1\r\n\r\n".encode())
    assert got.startswith(b"HTTP/1.1 " + status + b" "), got[:200]
    assert got.split(b"\r\n\r\n", 1)[1].count(b"\n") == 1


@pytest.mark.corpus
def test_ctrl_c_as_the_workers_start_prints_one_line(tmp_path):
    """Ctrl-C (SIGINT to the whole process group) about a second into `build --jobs 2` printed 'Process
    ForkServerProcess-2:' and a KeyboardInterrupt traceback per worker under the one 'interrupted' line:
    a worker interrupted while it took its first task (importing policykg) ended in multiprocessing's own
    traceback print. A worker ends quietly on SIGINT; the build says it was interrupted, once."""
    import signal
    import sys
    import time
    env = {k: v for k, v in os.environ.items() if k != "POLICYKG_DEBUG"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    corpus = ROOT / "data" / "corpus" / "provincial-2026"
    reports = [corpus / f"{r}-2026.txt" for r in ("anhui", "fujian", "hubei")]   # dev reports
    for delay in (0.7, 0.85, 1.0, 1.15, 1.3, 1.6):
        proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build",
                                 *map(str, reports), "--out", str(tmp_path / "o"), "--quiet", "--jobs", "2"],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=120)
        assert proc.returncode in (0, 130), (delay, proc.returncode, err)
        left = "previous output left as it was" if (tmp_path / "o").exists() else "nothing written"   # hostile62
        assert err.decode() in ("", f"policykg: interrupted; {left}\n"), (delay, err)


@pytest.mark.unit
@pytest.mark.parametrize("parts, named", [
    (("[Content_Types].xml", "word/document.xml"), r"\(no _rels/\.rels\)"),
    (("word/document.xml",), r"\(no \[Content_Types\]\.xml, _rels/\.rels\)"),
])
def test_a_docx_missing_its_package_parts_names_them(tmp_path, parts, named):
    """A .docx with its document but without the package's content types or relationships said only
    '(KeyError)' or '(AttributeError)', python-docx's words; the message names the missing parts."""
    import zipfile
    path = tmp_path / "r.docx"
    with zipfile.ZipFile(path, "w") as z:
        for part in parts:
            z.writestr(part, "<x/>")
    r = run_cli("build", path, "--out", tmp_path / "out")
    one_line(r, 2, named)
    assert not (tmp_path / "out").exists()


@pytest.mark.unit
@pytest.mark.parametrize("host, refused", [("localhost.", None), ("localhost.:8000", None),
                                            ("localhost..", 403), ("evil.localhost.", 403)])
def test_localhost_written_with_its_root_dot_is_a_loopback_name(host, refused):
    """`Host: localhost.` (the absolute form of the same name) was refused with 403."""
    from policykg.use.serve_target import host_refusal
    answer = host_refusal([host], "HTTP/1.1")
    assert (answer and answer[0]) == refused


@pytest.mark.unit
def test_a_parameter_named_like_a_sparql_variable_starting_with_a_digit_binds(tmp_path):
    """`--param 1x=…` was refused as no SPARQL variable name, though SPARQL's VARNAME may start with a digit;
    a name with a character no variable has is still refused."""
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?1x WHERE { ?s a ?1x } LIMIT 1\n", encoding="utf-8")
    r = run_cli("query", query, "--graph", PARK_CHAIN, "--format", "csv", "--param",
                "1x=<https://w3id.org/policykg/ontology#Park>")
    assert (r.returncode, r.stdout.split()) == (0, ["1x", "https://w3id.org/policykg/ontology#Park"]), r.stderr
    one_line(run_cli("query", query, "--graph", PARK_CHAIN, "--param", "1-x=1"), 2, "SPARQL variable name")
