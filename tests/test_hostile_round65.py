"""Hostile use, round 65 (docs/checks/hostile65.md): files in a folder this user may not enter, …

The CLI runs as a real subprocess where the contract is its output; cases that need a user without the power
to pass a folder's modes run under setpriv when this is root (it drops CAP_DAC_OVERRIDE/READ_SEARCH).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, write_file

GRAPH = '<urn:a> <urn:b> "c" .\n'


def _unprivileged(args, cwd):
    """policykg ARGS run as this user without the power to pass a folder's modes (root: setpriv drops
    CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so a folder of mode 0600 is closed to it as to anyone)."""
    prefix = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("root without setpriv: every folder is open to this process")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    env = {k: v for k, v in os.environ.items() if k != "POLICYKG_DEBUG"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    env["XDG_STATE_HOME"] = str(cwd / "state")
    return subprocess.run([*prefix, sys.executable, "-m", "policykg.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=600)


@pytest.mark.unit
def test_a_file_in_a_folder_closed_to_this_user_is_not_called_missing(tmp_path):
    """Regression: a graph or report inside a folder this user may not enter (a colleague's output built under
    `umask 077`: mode 0700) was "no such file" in validate, query, table, impact, export, serve, build and add:
    the file exists, and the user went looking for a typo. Now the folder is named as the cause."""
    closed = tmp_path / "closed"
    closed.mkdir()
    write_file(closed, "g.nt", GRAPH)
    shutil.copy(SEED, closed / "r.txt")
    closed.chmod(0o600)
    try:
        for args in (["validate", "closed/g.nt"], ["query", "cq-01", "--graph", "closed/g.nt"],
                     ["build", "closed/r.txt", "--out", "o", "--quiet", "--jobs", "1"]):
            r = _unprivileged(args, tmp_path)
            one_line(r, 2, r"closed/(g\.nt|r\.txt): cannot reach it: this user may not enter the folder closed "
                           r"\(Permission denied\)$")
        (tmp_path / "link.nt").symlink_to("closed/g.nt")   # it said "which does not exist"
        r = _unprivileged(["validate", "link.nt"], tmp_path)
        one_line(r, 2, r"link\.nt: is a symbolic link to closed/g\.nt, in the folder closed, which this user may not "
                       r"enter \(Permission denied\)$")
    finally:
        closed.chmod(0o700)
    assert not (tmp_path / "o").exists()


@pytest.mark.unit
@pytest.mark.parametrize("args, shown", [
    (["build", SEED, "--date", "", "--out", "o"], r"--date '': not a date"),
    (["query", "cq-01", "--graph", "g.nt", "--param", ""], r"--param '': expected name=value"),
    (["push", "--graph", "g.nt", "--endpoint", ""], r"--endpoint '': not an http\(s\) URL"),
    (["serve", "--graph", "g.nt", "--host", ""], r"--host '' is not a loopback address"),
    (["build", SEED, "--date", "2021-01-05", "--date", " ", "--out", "o"],
     r"--date 2021-01-05 and --date ' ' given; the option takes one value"),
])
def test_an_empty_or_blank_option_value_is_quoted_in_its_refusal(tmp_path, args, shown):
    """Regression: an empty value (an unset variable, `--date "$D"`) vanished from the one line, which read
    "--date : not a date …", "--param : expected name=value", "--endpoint : not an http(s) URL", "--host is not a
    loopback address" and, given twice, "--date 2021-01-05 and --date  given": the value is now shown ''."""
    write_file(tmp_path, "g.nt", GRAPH)
    r = run_cli(*args, cwd=tmp_path, env={"XDG_STATE_HOME": str(tmp_path / "state")})
    one_line(r, 2, shown)
    assert not (tmp_path / "o").exists()


@pytest.mark.unit
def test_a_parent_folder_moved_away_during_a_build_keeps_nothing_of_it(tmp_path, monkeypatch):
    """Regression: `build --out p/out` while the user renamed p (to p2) and made a new p ended in
    "…/p/.out.tmp-…/validation.ttl: No such file or directory", leaving the build's `.out.tmp-…` folder and its
    `.out.lock` in the user's p2. Now one line names the moved folder, and p2 holds the user's files alone."""
    from policykg.corpus import outdir
    from policykg.errors import UsageError

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)
    p = tmp_path / "p"
    p.mkdir()
    (p / "notes.md").write_text("mine\n")
    with pytest.raises(UsageError, match=r"^--out p/out: its folder .*/p was moved or replaced while the command"):
        with outdir.staged("p/out") as tmp:
            (tmp / "graph.ttl").write_text("<urn:a> <urn:b> <urn:c> .\n")
            p.rename(tmp_path / "p2")
            p.mkdir()
    assert sorted(os.listdir(tmp_path / "p2")) == ["notes.md"] and os.listdir(p) == []


def _get_long(port: int, size: int) -> bytes:
    """The answer to a GET whose query string is SIZE bytes (a long query sent as a link), read to its end."""
    import socket

    target = b"/query?query=ASK%7B%7D%23" + b"x" * size
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        try:
            sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        except OSError:
            pass   # refused before the whole line was sent: the answer is still there to read
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data


@pytest.mark.unit
def test_a_request_line_past_64_kib_is_answered_with_what_to_do(tmp_path):
    """Regression: a query of 100 KB or 1 MB sent by GET (in the URL) got `414 Request-URI Too Long` from
    `serve`, naming no way out, and no answer at all from `serve --store`'s front (it closed the connection past
    64 KiB of head: curl's "Empty reply from server"). Both now answer 414 saying to POST the query."""
    import threading
    from urllib.parse import urlsplit

    from policykg.use import serve_front
    from policykg.use.serve import start

    write_file(tmp_path, "g.nt", GRAPH)
    server = start([str(tmp_path / "g.nt")], port=0, timeout=30)
    front = serve_front.Front(("127.0.0.1", 0), serve_front.Handler)
    front.backend = ("127.0.0.1", urlsplit(server.url).port)   # never reached: the front refuses first
    threading.Thread(target=front.serve_forever, daemon=True).start()
    try:
        for port in (urlsplit(server.url).port, front.server_address[1]):
            for size in (100_000, 1_000_000):
                head, _, body = _get_long(port, size).partition(b"\r\n\r\n")
                assert head.startswith(b"HTTP/1.1 414 ") and body == (
                    b"the request line is longer than 64 KiB; send a long query by POST "
                    b"(Content-Type: application/sparql-query)\n"), (port, size, head, body)
    finally:
        front.shutdown()
        front.server_close()
        server.stop()


@pytest.mark.unit
def test_docs_refuses_the_root_folder_and_a_dash(tmp_path, monkeypatch):
    """Regression: `python -m policykg.docs LINK` where LINK is a symbolic link to / wrote /index.html (build,
    add and impact refuse the root folder), and `python -m policykg.docs -` made a folder named '-' (every other
    output refuses '-', the name of stdout). Both are refused now; `./-` still names a folder so named. The
    page writer is replaced here so that the root folder is never written, whatever the code under test."""
    from policykg import docs
    from policykg.errors import UsageError

    (tmp_path / "to-root").symlink_to("/")
    monkeypatch.setattr(docs, "_render_and_write", lambda *a: pytest.fail(f"it would write {a[2]}"))
    with pytest.raises(UsageError, match=r"to-root: is the root folder; give a folder of its own"):
        docs.write_docs(tmp_path / "to-root", docs.Path(__file__))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(tmp_path / "state")}
    r = subprocess.run([sys.executable, "-m", "policykg.docs", "-"], capture_output=True, text=True, cwd=tmp_path,
                       env=env, timeout=300)
    assert (r.returncode, r.stderr.count("\n")) == (2, 1) and r.stderr.startswith(
        "policykg.docs: OUT_DIR -: policykg writes no output folder to stdout through '-'"), r.stderr
    assert not (tmp_path / "-").exists()


def _recording_backend(seen: list) -> int:
    """A stand-in for oxigraph's server on a free port of 127.0.0.1: records each request it gets, answers 200."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))

    def serve():
        while True:
            conn, _ = listener.accept()
            with conn:
                seen.append(conn.recv(65536))
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1]


@pytest.mark.unit
def test_the_store_front_refuses_service_as_the_memory_server_does():
    """Regression: `serve --store`'s front passed a query using SERVICE on to oxigraph's server, which ran it:
    `query --endpoint` (or a page on a rebound name) made this machine send the query's pattern to any host
    the SERVICE named. The front now answers 400 as `policykg serve` does, and oxigraph never sees the query;
    other queries pass as before."""
    import socket
    import threading
    from urllib.parse import quote

    from policykg.use import serve_front

    seen: list = []
    front = serve_front.Front(("127.0.0.1", 0), serve_front.Handler)
    front.backend = ("127.0.0.1", _recording_backend(seen))
    threading.Thread(target=front.serve_forever, daemon=True).start()
    port = front.server_address[1]
    service = "SELECT * WHERE { SERVICE <http://192.0.2.1/sparql> { ?s ?p ?o } }"
    requests = [f"GET /query?query={quote(service)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode(),
                (f"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                 f"Content-Length: {len(service)}\r\n\r\n{service}").encode()]
    try:
        for request in requests:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
                sock.sendall(request)
                answer = sock.recv(65536)
            assert answer.startswith(b"HTTP/1.1 400 ") and answer.endswith(
                b"SERVICE is refused: policykg serve does not query other endpoints\n"), answer
        assert seen == []
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")
        assert len(seen) == 1 and seen[0].startswith(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\n")
    finally:
        front.shutdown()
        front.server_close()


@pytest.mark.unit
@pytest.mark.parametrize("body, ctype, said", [
    (b'{"head":{"vars":["s"]},"results":{"bindings":[{"zz":{"type":"uri","value":"urn:a"}}]}}',
     "application/sparql-results+json", r"\(a binding names \?zz, which \"head\" does not list\)"),
    (b"<html><body>Please log in</body></html>", "text/html",
     r"\(invalid JSON at line 1, column 1; it answered text/html\)"),
])
def test_an_endpoint_answer_of_another_shape_or_type_is_named(tmp_path, body, ctype, said):
    """Regression: `query --endpoint` showed a binding of a variable its head does not list as a row with
    that column empty (`s` unbound: the value dropped without a word), and called a login page (text/html),
    an XML or CSV answer "invalid JSON at line 1, column 1", naming nothing the endpoint sent."""
    from fake_http import fake_server, reply

    write_file(tmp_path, "q.rq", "SELECT ?s WHERE { ?s ?p ?o }\n")
    with fake_server(lambda handler, _: reply(handler, body=body, ctype=ctype)) as (url, seen):
        r = run_cli("query", tmp_path / "q.rq", "--endpoint", f"{url}/sparql", "--timeout", "30")
    one_line(r, 2, rf"/sparql: did not answer with SPARQL JSON results {said}$")
    assert len(seen) == 1


@pytest.mark.unit
def test_a_streaming_build_whose_parent_folder_is_moved_leaves_no_work_folder_there(tmp_path, monkeypatch):
    """Regression: `build --stream --out p/out` while the user renamed p (to p2) and made a new p left the build's
    `.out.work-…` folder in p2 (removed by its path, which then named the new p). The phases are replaced
    here by one that moves the folder and then fails as the real ones do, with the path gone."""
    import errno

    from policykg.corpus import stream
    from policykg.errors import UsageError

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)
    p = tmp_path / "p"
    p.mkdir()
    (p / "notes.md").write_text("mine\n")

    def phases(paths, tmp, work, *rest):
        assert work.is_dir() and work.parent == p
        p.rename(tmp_path / "p2")
        p.mkdir()
        raise OSError(errno.ENOENT, "No such file or directory", str(tmp / "reports" / "r.nt"))

    monkeypatch.setattr(stream, "_stream_phases", phases)
    with pytest.raises(UsageError, match=r"was moved or replaced while the command ran"):
        stream.build_stream([str(SEED)], "p/out")
    assert sorted(os.listdir(tmp_path / "p2")) == ["notes.md"] and os.listdir(p) == []


@pytest.mark.unit
def test_a_report_folder_with_a_subfolder_closed_to_this_user_names_that_folder(tmp_path):
    """Regression: `build rep` where rep/sub is a folder this user may not enter said "rep/sub/.policykg-output:
    Permission denied", naming a file the user never made (the check for a previous output inside it). It
    names the folder now, as for an unreadable folder met by the walk."""
    rep = tmp_path / "rep"
    (rep / "sub").mkdir(parents=True)
    shutil.copy(SEED, rep / "r.txt")
    (rep / "sub").chmod(0o600)
    try:
        r = _unprivileged(["build", "rep", "--out", "o", "--quiet", "--jobs", "1"], tmp_path)
        one_line(r, 2, r"^policykg: rep/sub: cannot read this folder \(Permission denied\)$")
    finally:
        (rep / "sub").chmod(0o700)
    assert not (tmp_path / "o").exists()


@pytest.mark.unit
def test_add_onto_an_output_closed_to_this_user_names_the_folder(tmp_path):
    """Regression: `add r.txt --out ou` where ou (a colleague's output, mode 0700) is closed to this user said
    "ou/.policykg-output: Permission denied", a file inside it; `build --out ou` says "--out ou: cannot read it
    (Permission denied)", and so does add now."""
    ou = tmp_path / "ou"
    ou.mkdir()
    write_file(ou, ".policykg-output", "x\n")
    ou.chmod(0o600)
    try:
        r = _unprivileged(["add", SEED, "--out", "ou", "--quiet", "--jobs", "1"], tmp_path)
        one_line(r, 2, r"^policykg: --out ou: cannot read it \(Permission denied\)$")
    finally:
        ou.chmod(0o700)


@pytest.mark.unit
def test_the_store_front_answers_expect_100_continue_itself():
    """Guard for the SERVICE check above: the front now reads a body before oxigraph sees the request, so a
    client that sends `Expect: 100-continue` and waits for it (RFC 9110 §10.1.1) got 408 after 15 s. The front
    answers `100 Continue` itself, and the request goes on without the Expect header."""
    import socket
    import threading

    from policykg.use import serve_front

    seen: list = []
    front = serve_front.Front(("127.0.0.1", 0), serve_front.Handler)
    front.backend = ("127.0.0.1", _recording_backend(seen))
    threading.Thread(target=front.serve_forever, daemon=True).start()
    query = b"ASK {}"
    try:
        with socket.create_connection(("127.0.0.1", front.server_address[1]), timeout=10) as sock:
            sock.sendall(b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                         b"Expect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(query))
            assert sock.recv(64) == b"HTTP/1.1 100 Continue\r\n\r\n"
            sock.sendall(query)
            assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")
        assert len(seen) == 1 and b"expect" not in seen[0].lower() and seen[0].endswith(b"\r\n\r\n" + query)
    finally:
        front.shutdown()
        front.server_close()
