"""Hostile use, round 3: files named by environment variables, listen addresses the endpoint cannot
answer on, inputs that were misread or ended in an internal error (UTF-32 reports, several reports in
one file, a removed current folder). Each case is refused before any work, or read without a build, so
these run as unit tests. Graph files rdflib misreads are in test_hostile_graph_files.py.

The CLI runs as a real subprocess; what must survive is compared byte for byte.
"""
from __future__ import annotations

import codecs
import os
import shutil

import pytest

from cli_helpers import SEED, one_line, run_cli, tree
from policykg.corpus.marker import MARKER_TEXT


@pytest.mark.parametrize("where", ["input", "link-to-input", "in-out"])
def test_a_timings_file_naming_an_input_or_a_file_in_out_is_refused(tmp_path, where):
    """POLICYKG_TIMINGS naming the report being built (or a link to it) replaced the report with the
    timings JSON; naming out/graph.ttl replaced the graph just written."""
    report = tmp_path / "jinghai-2021.txt"
    shutil.copy(SEED, report)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".policykg-output").write_text(MARKER_TEXT + "Command: policykg build\n")
    (tmp_path / "link.json").symlink_to(report)
    timings = {"input": report, "link-to-input": tmp_path / "link.json", "in-out": out / "graph.ttl"}[where]
    before = tree(tmp_path)
    r = run_cli("build", report, "--out", out, env={"POLICYKG_TIMINGS": str(timings)}, timeout=120)
    one_line(r, 2, r"POLICYKG_TIMINGS=\S+: is (the input \S+jinghai-2021.txt|inside --out \S+out, which is replaced)")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("host", ["127.0.0.2", "0:0:0:0:0:0:0:1"])
def test_serve_refuses_a_loopback_address_its_host_check_would_refuse(tmp_path, host):
    """serve --host 127.0.0.2 listened and printed its URL, then answered every request there 403
    ('not a loopback name'): the Host check knows only 127.0.0.1, ::1 and localhost."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    r = run_cli("serve", "--graph", graph, "--host", host, "--port", "0", timeout=60)
    one_line(r, 2, rf"--host {host}: policykg serve answers as 127.0.0.1, ::1 or localhost only")


def test_graphml_export_refuses_characters_xml_cannot_carry(tmp_path):
    """A label holding U+0001 (a report pasted from a terminal or an old Word file keeps such bytes in its
    quotes) was exported as GraphML that networkx, Gephi and to_networkx itself cannot parse."""
    graph = tmp_path / "g.nt"
    graph.write_text('<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "a\\u0001b" .\n'
                     '<http://x/a> <http://x/p> <http://x/b> .\n')
    before = tree(tmp_path)
    r = run_cli("export", "--format", "graphml", "--graph", graph, "--out", tmp_path / "g.graphml", timeout=60)
    one_line(r, 2, r"g.nt: the label of <http://x/a> holds U\+0001, which GraphML \(XML 1.0\) cannot carry")
    assert tree(tmp_path) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_a_fifo_or_device_given_as_a_report_is_named_for_what_it_is(tmp_path):
    """`cat report.txt | policykg build /dev/stdin`, a FIFO in a report folder and /dev/zero were each
    refused as an 'empty file' (their size reads 0), which sent the user looking at the report."""
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED, folder / "jinghai-2021.txt")
    os.mkfifo(folder / "pipe.txt")
    before = tree(tmp_path)
    one_line(run_cli("build", folder, "--out", tmp_path / "out", timeout=60), 2,
             r"reports/pipe.txt: is a FIFO \(named pipe\), not a report file")
    one_line(run_cli("build", "/dev/zero", "--out", tmp_path / "out", timeout=60), 2,
             r"/dev/zero: is a character device, not a report file")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("command", ["build", "impact"])
def test_out_dash_is_no_folder_for_build_or_impact(tmp_path, command):
    """impact --out - wrote its charts into a new folder named '-' (and build would have) in the current
    folder, where export, validate and table refuse --out - already."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    args = ["build", SEED] if command == "build" else ["impact", "--graph", graph]
    before = tree(tmp_path)
    one_line(run_cli(*args, "--out", "-", cwd=tmp_path, timeout=60), 2,
             r"--out -: policykg writes no output folder to stdout through '-'")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_a_utf32_report_with_its_byte_order_mark_reads_as_the_same_text(encoding):
    """A report saved as UTF-32 (BOM FF FE 00 00 or 00 00 FE FF) was refused as 'binary data': the LE
    mark was taken for UTF-16's, and the BE file's NULs for a binary file's."""
    from policykg.read import read_bytes

    text = SEED.read_text(encoding="utf-8")
    data = text.encode(encoding) if encoding == "utf-32" else codecs.BOM_UTF32_BE + text.encode(encoding)
    doc = read_bytes(data, "report.txt")
    assert doc.text == read_bytes(text.encode("utf-8"), "report.txt").text
    assert doc.metadata.place == "静海区"


def test_an_ill_typed_parameter_is_refused_without_a_traceback(tmp_path):
    """--param 'x="abc"^^xsd:integer' printed rdflib's 'Failed to convert Literal' warning with a
    traceback on stderr, then ran the query (exit 0)."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    r = run_cli("query", "cq-01", "--graph", graph, "--param", 'parkLabel="abc"^^xsd:integer', timeout=60)
    one_line(r, 2, r'--param parkLabel: "abc"\^\^<http://www.w3.org/2001/XMLSchema#integer> is not a valid value')


@pytest.mark.parametrize("command", ["push", "query", "serve"])
def test_a_timeout_beyond_what_the_clock_can_wait_is_refused(tmp_path, command):
    """--timeout 1e10 passed the finite-number check, then push ended in 'internal error: OverflowError'
    (exit 3), query --endpoint failed with the OverflowError's text, and serve left every client waiting
    without an answer (its queue wait overflowed)."""
    graph = tmp_path / "g.trig"
    graph.write_text("<http://x/g> { <http://x/a> <http://x/p> <http://x/b> . }\n")
    args = {"push": ["push", "--endpoint", "http://127.0.0.1:1/store", "--graph", graph, "--retries", "0"],
            "query": ["query", "cq-01", "--endpoint", "http://127.0.0.1:1/sparql"],
            "serve": ["serve", "--graph", graph, "--port", "0"]}[command]
    one_line(run_cli(*args, "--timeout", "1e10", timeout=60), 2,
             r"--timeout': '1e10' is above the longest timeout, 31536000 s")


@pytest.mark.parametrize("command", ["build", "validate"])
def test_a_current_folder_that_was_removed_is_named(tmp_path, command):
    """Run from a folder removed meanwhile, build said only 'No such file or directory' and validate
    blamed the graph ('not a readable turtle graph (FileNotFoundError …)') though it was there."""
    gone = tmp_path / "gone"
    gone.mkdir()
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    args = ["build", SEED, "--out", tmp_path / "out"] if command == "build" else ["validate", graph]
    r = run_cli(*args, cwd=gone, preexec_fn=lambda: os.rmdir(gone), timeout=60)  # removed after the chdir
    one_line(r, 2, r"the current folder no longer exists")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl"]


def test_a_file_holding_several_reports_is_refused():
    """Two reports pasted into one file were built as one: every target, park and project of the second
    became the first's (静海区 2021), silently."""
    from policykg.errors import InputError
    from policykg.read import read_bytes

    hebei = SEED.parents[1] / "corpus" / "provincial-2026" / "hebei-2026.txt"
    text = SEED.read_text(encoding="utf-8") + "\n" + hebei.read_text(encoding="utf-8")
    with pytest.raises(InputError, match=r"holds several reports \(the meeting line of 河北省 2026 is line \d+\)"):
        read_bytes(text.encode("utf-8"), "two.txt")
    assert read_bytes(SEED.read_bytes(), "one.txt").metadata.place == "静海区"


@pytest.mark.parametrize("command", ["query", "push"])
def test_a_loopback_endpoint_is_never_reached_through_a_proxy(tmp_path, command):
    """With http_proxy set (usual behind a company or campus proxy), query --endpoint and push to a loopback
    address sent the query and the graphs to the proxy's host, another machine, without --allow-remote."""
    import socket

    proxy = socket.socket()
    proxy.bind(("127.0.0.1", 0))
    proxy.listen(5)
    proxy.settimeout(0.5)
    graph = tmp_path / "g.trig"
    graph.write_text("<http://x/g> { <http://x/a> <http://x/p> <http://x/b> . }\n")
    closed = socket.socket()   # a port nothing listens on (port 1 was, once another process served there)
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    args = {"query": ["query", "cq-01", "--endpoint", f"http://127.0.0.1:{port}/sparql"],
            "push": ["push", "--endpoint", f"http://127.0.0.1:{port}/store", "--graph", graph, "--retries", "0"]}[command]
    env = {"http_proxy": f"http://127.0.0.1:{proxy.getsockname()[1]}", "no_proxy": "", "NO_PROXY": ""}
    r = run_cli(*args, "--timeout", "10", env=env, timeout=60)
    one_line(r, 2, r"(?i)connection refused")
    with pytest.raises(socket.timeout):
        proxy.accept()[0].close()   # the proxy heard nothing
    proxy.close()


@pytest.mark.parametrize("planted", [None, "group-writable", "another-owner", "link"])
def test_the_cache_fallback_in_the_temp_folder_is_private(tmp_path, monkeypatch, planted):
    """With ~/.cache unwritable the tagger and pinyin caches (loaded with marshal) went to the shared temp
    folder under predictable names, where another local user could plant one. The fallback is a per-user
    folder made 0700; one that is a link, group/other-writable or someone else's is not used at all."""
    import stat
    import tempfile

    from policykg import cachefiles
    from policykg.extract import tagger_cache

    if planted == "another-owner" and os.getuid() != 0:
        pytest.skip("giving a folder to another user needs root")
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    for var in ("POLICYKG_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", "/proc/no-such-home")        # ~/.cache cannot be made, even by root
    mine = shared / f"policykg-{os.getuid()}"
    if planted == "group-writable":
        mine.mkdir()
        mine.chmod(0o777)
    elif planted == "another-owner":
        mine.mkdir(0o700)
        os.chown(mine, 65534, 65534)
    elif planted == "link":
        (tmp_path / "elsewhere").mkdir(0o700)
        mine.symlink_to(tmp_path / "elsewhere")
    want = None if planted else str(mine)
    assert tagger_cache._cache_dir() == want
    assert list(cachefiles.cache_dirs()) == ([want] if want else [])   # the missing HOME is skipped (round 19)
    if want:
        st = os.lstat(mine)
        assert stat.S_IMODE(st.st_mode) == 0o700 and st.st_uid == os.getuid()


@pytest.mark.parametrize("place", ["省", "区", " 自治区"])
def test_a_place_override_that_is_only_a_level_word_is_refused(tmp_path, place):
    """--place 省 built a report of a place named 省 whose node had two levels (its suffix's and its
    mentions'), a SHACL violation, exit 1, after the whole build."""
    before = tree(tmp_path)
    one_line(run_cli("build", SEED, "--out", tmp_path / "out", "--place", place, timeout=60), 2,
             rf"--place '{place}': is only a level word, not a jurisdiction's name")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("park", ["", "  "])
def test_an_empty_park_is_refused(tmp_path, park):
    """impact --park '' ran on the whole graph as if --park were not given (an empty name is a substring
    of every label), saying nothing of the restriction it ignored."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    before = tree(tmp_path)
    one_line(run_cli("impact", "--graph", graph, "--out", tmp_path / "out", "--park", park, timeout=60), 2,
             r"--park is empty; give a park's name or alias")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("command", ["build", "impact"])
def test_a_dangling_link_as_out_is_refused(tmp_path, command):
    """--out naming a symbolic link to a missing folder created that folder, missing parents and all,
    wherever the link pointed."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    (tmp_path / "out").symlink_to(tmp_path / "nowhere" / "deeper")
    args = ["build", SEED] if command == "build" else ["impact", "--graph", graph]
    before = tree(tmp_path)
    one_line(run_cli(*args, "--out", tmp_path / "out", timeout=60), 2,
             r"--out \S+/out: is a symbolic link to \S+/nowhere/deeper, which does not exist")
    assert tree(tmp_path) == before and not (tmp_path / "nowhere").exists()
