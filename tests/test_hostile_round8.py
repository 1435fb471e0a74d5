"""Hostile use, round 8: file names near the length limit, runaway local queries, concurrent stores,
and the further cases found by trying every verb as a careless or hostile user.

The CLI runs as a real subprocess where the case is about the command line; what must survive is
compared byte for byte.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, tree, write_file
from work_count import LINEAR, CountingList

GRAPH = "<https://w3id.org/policykg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\"@zh .\n"


@pytest.mark.unit
@pytest.mark.parametrize("verb", [("export", "--format", "nt", "--graph"), ("table", "targets", "--graph")])
def test_an_output_file_with_a_long_legal_name_is_written(tmp_path, verb):
    """The temporary file beside --out is named after it: a legal 250-byte name overflowed the 255-byte
    limit, so the write failed with 'File name too long' on a name the file system takes."""
    # a node of a policykg class: table refuses a graph with nothing of policykg's
    graph = write_file(tmp_path, "g.nt", GRAPH + "<https://w3id.org/policykg/id/a> <http://www.w3.org/1999/02/22"
                       "-rdf-syntax-ns#type> <https://w3id.org/policykg/ontology#Report> .\n")
    out = tmp_path / ("a" * 250 + ".txt")
    r = run_cli(*verb, graph, "--out", out, timeout=60)
    assert r.returncode == 0, r.stderr
    assert out.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["g.nt", out.name])


def _triples(folder, n):
    return write_file(folder, "g.nt", "".join(f"<urn:x:s{i}> <urn:x:p> \"{i}\" .\n" for i in range(n)))


CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n"


@pytest.mark.unit
def test_a_cross_product_on_graph_files_is_refused_at_the_row_limit(tmp_path):
    """Every row of a local answer was held in memory before printing: a cross product grew by ~20 MB a
    second until the machine ran out of memory."""
    graph = _triples(tmp_path, 30)
    query = write_file(tmp_path, "q.rq", CROSS)
    one_line(run_cli("query", query, "--graph", graph, "--max-rows", "100", timeout=60), 2,
             r"more than 100 rows \(--max-rows\); add a LIMIT")
    r = run_cli("query", query, "--graph", graph, "--max-rows", "0", "--format", "csv", timeout=60)
    assert r.returncode == 0 and r.stdout.count("\n") == 30 ** 3 + 1


@pytest.mark.unit
def test_a_runaway_query_on_graph_files_stops_without_a_timeout_given(tmp_path):
    """Without --timeout a query on graph files had no limit: a count over a cross product ran for hours.
    The default (600 s) is lowered to 1 s here, through the module the command reads it from."""
    graph = _triples(tmp_path, 1000)
    query = write_file(tmp_path, "q.rq", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    code = "import sys, policykg.use.query as q; q.FILE_TIMEOUT = 1; from policykg.cli import main; main()"
    r = subprocess.run([sys.executable, "-c", code, "query", str(query), "--graph", str(graph)],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    one_line(r, 2, r"query cancelled after 1 s \(--timeout\)")


def _store(folder):
    from policykg.use.serve_oxigraph import load_store, mark_store
    graph = write_file(folder.parent, "g.nt", GRAPH)
    load_store(folder, [str(graph)])
    mark_store(folder)
    return graph


@pytest.mark.unit
@pytest.mark.parametrize("graphs", [True, False])
def test_a_store_another_serve_is_filling_or_serving_is_left_alone(tmp_path, graphs):
    """A rebuild (serve --store DIR --graph …) swapped a new store in under a server running on DIR, which
    went on answering from the removed one; two rebuilds at once removed each other's store."""
    from policykg.use.serve_store import lock_store, unlock_store
    store = tmp_path / "st"
    graph = _store(store)
    fd = lock_store(store, "st", exclusive=not graphs)  # a server on it, or a rebuild of it
    try:
        before = tree(tmp_path)
        r = run_cli("serve", *(["--graph", graph] if graphs else []), "--store", store, "--port", "0", timeout=60)
        one_line(r, 2, rf"--store .*st: another policykg serve is {'using' if graphs else 'rebuilding'} it now")
        assert tree(tmp_path) == before
    finally:
        unlock_store(store, fd)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt", "st"]


@pytest.mark.unit
def test_a_store_with_a_long_legal_name_is_rebuilt(tmp_path):
    """The new store was filled beside the old one under '.<name>.new-<pid>-…': a legal 250-byte name
    overflowed the 255-byte limit and the rebuild failed with 'File name too long'."""
    from policykg.use.serve_oxigraph import _fill_store, oxigraph_binary
    store = tmp_path / ("s" * 250)
    graph = _store(store)
    _fill_store(store, [str(graph)], True, False, oxigraph_binary(), lambda msg: None)
    assert (store / "CURRENT").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt", store.name]


@pytest.mark.unit
@pytest.mark.parametrize("tail", ["</div>", "</span>"])
def test_an_html_page_nested_deep_is_read_in_linear_time(tail, monkeypatch):
    """Each end tag copied the list of open elements to find its own: a page of 200,000 nested <div>
    (1.2 MB, far below --max-bytes) took 76 s to read, a 20 MB one hours. The elements of the open list
    that lookups, slices and scans touch grow with the page (copying it per end tag: 16 times for 4 times
    the page)."""
    from policykg.read import html_text
    from policykg.read.html_text import html_to_text

    monkeypatch.setattr(html_text._Text, "open", property(lambda self: self.__dict__["open"], lambda self, v:
                        self.__dict__.__setitem__("open", CountingList(v))), raising=False)

    def touched(n):
        CountingList.touched = 0
        return read(n), CountingList.touched

    def read(n):
        return html_to_text("<html><head><title>t</title></head><body>" + "<div>" * n + "各位代表" + tail * n
                            + "<p>政府工作报告</p></body></html>")

    (text, work), (_, more) = touched(5_000), touched(20_000)
    assert text == "各位代表\n政府工作报告\n" and more / work < LINEAR
    monkeypatch.undo()
    assert read(200_000) == text


@pytest.mark.unit
def test_serve_refuses_an_answer_above_its_size_limit(monkeypatch):
    """A query worker held its whole answer before sending it: a cross product grew ~70 MB a second until
    --timeout (60 s by default, one such query per core at once), or until the machine ran out of memory."""
    import pyoxigraph as ox
    from policykg.use import serve_answer

    store = ox.Store()
    for i in range(30):
        store.add(ox.Quad(ox.NamedNode(f"urn:x:s{i}"), ox.NamedNode("urn:x:p"), ox.Literal(str(i))))
    request = {"query": CROSS, "accept": "text/csv"}
    status, media, body = serve_answer.answer(store, request)
    assert status == 200 and body.count(b"\n") == 30 ** 3 + 1
    monkeypatch.setattr(serve_answer, "MAX_ANSWER", len(body) - 1)
    status, media, body = serve_answer.answer(store, request)
    assert (status, media) == (500, serve_answer.TEXT)
    assert body.decode().startswith("the answer is above") and body.count(b"\n") == 1


@pytest.mark.unit
@pytest.mark.parametrize("proxy", ["socks5://bob:p%40SECRET@127.0.0.1:9", "http://bob:SECRET@[127.0.0.1"])
def test_push_through_a_proxy_it_cannot_use_names_the_proxy_not_the_password(tmp_path, proxy):
    """A proxy from the environment that requests cannot use ended push with requests' own words
    ("Missing dependencies for SOCKS support.", "Failed to parse: …"), naming neither the proxy nor the
    variable. Nothing is sent: the proxy is refused before any connection (example.invalid never resolves)."""
    graph = write_file(tmp_path, "g.trig", "<urn:x:g> { " + GRAPH.rstrip(" .\n") + " . }\n")
    r = run_cli("push", "--endpoint", "http://example.invalid/store", "--graph", graph, "--allow-remote",
                "--retries", "0", "--timeout", "10", env={"http_proxy": proxy, "HTTP_PROXY": proxy}, timeout=60)
    one_line(r, 2, r"cannot push through the proxy the environment names .*\(\w+://\*\*\*@.*http_proxy")
    assert "SECRET" not in r.stderr and "p%40" not in r.stderr


@pytest.mark.unit
@pytest.mark.parametrize("verb", [("build", SEED, "--quiet"), ("impact", "--graph", "g.nt")])
def test_a_file_of_gigabytes_named_like_the_marker_is_not_read_whole_nor_replaced(tmp_path, verb):
    """The marker was read whole to learn what wrote the folder: a 3 GB file under its name took 3 GB
    of memory (MemoryError under a limit: 'internal error'), and a smaller one was taken for a marker."""
    write_file(tmp_path, "g.nt", GRAPH)
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".policykg-output", "wb") as fh:
        fh.truncate(3 << 30)  # sparse: no disk used
    before = [(p.name, p.stat().st_size) for p in out.iterdir()]
    r = run_cli(*verb, "--out", out, cwd=tmp_path, timeout=120, preexec_fn=lambda: _limit_memory(2 << 30))
    one_line(r, 2, r"holds \.policykg-output, which policykg did not write")
    assert [(p.name, p.stat().st_size) for p in out.iterdir()] == before


def _limit_memory(size):
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (size, size))


@pytest.mark.unit
def test_an_interrupt_between_the_store_swaps_two_renames_waits_for_both(tmp_path, monkeypatch):
    """Ctrl-C or SIGTERM right after the old store was moved aside left no --store at all, the old and
    the new store beside it under names no later run looks at."""
    import os
    import signal
    from pathlib import Path
    from policykg.use.serve_store import swap_store

    store, new = tmp_path / "st", tmp_path / ".st.new-1-x"
    for folder, name in ((store, "old"), (new, "new")):
        folder.mkdir()
        (folder / "CURRENT").write_text(name)
    rename = Path.rename

    def interrupted(self, target):  # the signal comes as the old store goes aside
        done = rename(self, target)
        if self == store:
            os.kill(os.getpid(), signal.SIGINT)
        return done

    monkeypatch.setattr(Path, "rename", interrupted)
    # as at a terminal: a shell starts a background job (nohup …) with Ctrl-C ignored
    held = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            swap_store(new, store)
    finally:
        signal.signal(signal.SIGINT, held)
    assert (store / "CURRENT").read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["st"]


@pytest.mark.unit
def test_the_old_store_is_removed_with_ctrl_c_no_longer_held(tmp_path, monkeypatch):
    """The swap held Ctrl-C and SIGTERM while it removed the old store too (gigabytes: seconds deaf to
    both); only the two renames need them held."""
    import signal
    from policykg.use import serve_store

    store, new = tmp_path / "st", tmp_path / ".st.new-1-x"
    for folder, name in ((store, "old"), (new, "new")):
        folder.mkdir()
        (folder / "CURRENT").write_text(name)
    held = []
    rmtree = serve_store.shutil.rmtree

    def removing(path, *args, **kwargs):
        held.append(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))
        return rmtree(path, *args, **kwargs)

    monkeypatch.setattr(serve_store.shutil, "rmtree", removing)
    serve_store.swap_store(new, store)
    assert held == [False]
    assert (store / "CURRENT").read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["st"]


@pytest.mark.unit
def test_the_stores_a_killed_rebuild_left_are_removed_and_nothing_else(tmp_path):
    """A rebuild killed outright (SIGKILL) left its new store, or the old one, beside --store for good:
    a store's size each time. Only those of a process that is gone, holding only a store's files, go."""
    from policykg.use.serve_oxigraph import _fill_store, oxigraph_binary
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    store = tmp_path / "st"
    graph = _store(store)
    from policykg.corpus.temporaries import make_folder
    kept = []
    for stem, files in ((f".st.new-{gone}-", ["CURRENT", "000004.log"]), (f".st.old-{gone}-", []),
                        (f".st.new-{gone}-", ["CURRENT", "notes.md"]), (f".st.new-{os.getpid()}-", ["CURRENT"])):
        left, _ = make_folder(tmp_path, stem, proof=False)   # as the rebuild made them
        for f in files:
            (left / f).write_text("x")
        kept += [left.name] if "notes.md" in files or str(os.getpid()) in stem else []
    _fill_store(store, [str(graph)], True, False, oxigraph_binary(), lambda msg: None)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, "g.nt", "st"])


@pytest.mark.unit
@pytest.mark.parametrize("verb", [("serve", "--port", "0", "--store", "st", "--graph"), ("validate",)])
def test_rdfxml_nested_deeper_than_any_graph_is_refused_before_loading(tmp_path, verb):
    """oxigraph's RDF/XML loader (serve --store) slows with the square of the nesting: 100,000 nested
    descriptions (3 MB) took minutes to load, a 20 MB file hours."""
    n = 100_000
    deep = write_file(tmp_path, "deep.rdf", '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
                      '22-rdf-syntax-ns#" xmlns:x="urn:x:">' + "<rdf:Description><x:p>" * n + "v"
                      + "</x:p></rdf:Description>" * n + "</rdf:RDF>")
    r = run_cli(*verb, deep, cwd=tmp_path, timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert re.fullmatch(r"policykg: \S*deep\.rdf: its XML elements nest more than 1000 deep[^\n]*\n", r.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep.rdf"]


@pytest.mark.unit
def test_a_store_given_through_a_link_is_rebuilt_where_the_link_points(tmp_path):
    """A rebuild through --store LINK moved the user's link aside (left as .LINK.old-…) and put a folder
    in its place; the rebuilt store also lost its mode (0700 from mkdtemp). A dangling link is refused."""
    from policykg.use.serve_oxigraph import _fill_store, oxigraph_binary
    from policykg.use.serve_store import check_store
    store = tmp_path / "real"
    graph = _store(store)
    store.chmod(0o755)
    (tmp_path / "link").symlink_to("real")
    _fill_store(check_store(str(tmp_path / "link"), True), [str(graph)], True, False, oxigraph_binary(),
                lambda msg: None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt", "link", "real"]
    assert (tmp_path / "link").is_symlink() and (store / "CURRENT").is_file()
    assert store.stat().st_mode & 0o777 == 0o755
    (tmp_path / "gone").symlink_to("nowhere")
    one_line(run_cli("serve", "--store", tmp_path / "gone", "--graph", graph, "--port", "0", timeout=60), 2,
             r"--store .*gone: is a symbolic link to nowhere, which does not exist")


@pytest.mark.unit
@pytest.mark.parametrize("put", ["link", "folder"])
def test_a_link_or_folder_under_the_store_locks_name_is_refused(tmp_path, put):
    """A symbolic link (O_NOFOLLOW: ELOOP) or a folder where the lock file goes was taken for a folder
    that cannot hold a lock, and the store was then rebuilt with no lock at all."""
    from policykg.errors import UsageError
    from policykg.use.serve_store import _lock_path, lock_store

    store = tmp_path / "st"
    store.mkdir()
    lock = _lock_path(store)
    if put == "link":
        lock.symlink_to(tmp_path / "elsewhere")
    else:
        lock.mkdir()
    with pytest.raises(UsageError, match="no policykg lock"):
        lock_store(store, str(store), exclusive=True)
    assert not (tmp_path / "elsewhere").exists()


@pytest.mark.unit
def test_query_endpoint_timeout_0_means_no_limit(monkeypatch):
    """--timeout 0 is "no limit" by its help, but with --endpoint it became the 60 s default (0 or 60);
    and a run_endpoint given no limit failed on max(1, None)."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from click.testing import CliRunner
    from policykg.cli import cli
    from policykg.use import query as q

    class Answer(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
                {"n": {"type": "literal", "value": "1"}}]}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/query"
    try:
        assert [str(r[0]) for r in q.run_endpoint("SELECT ?n WHERE {}", url, timeout=None).rows] == ["1"]
        seen, real = [], q.run_endpoint
        monkeypatch.setattr(q, "run_endpoint", lambda *a, timeout: (seen.append(timeout), real(*a, timeout=timeout))[1])
        for args in (["--timeout", "0"], [], ["--timeout", "5"]):
            r = CliRunner().invoke(cli, ["query", "cq-01", "--endpoint", url, *args])
            assert r.exit_code == 0, r.output
    finally:
        server.shutdown()
        server.server_close()
    assert seen == [None, 60, 5]
