"""Hostile use, part 3: a previous output holding the user's files, queries that would overflow the
parser's stack, model files from the environment that never end, symbolic-link loops as reports.

The CLI runs as a real subprocess (a crash must show as a crash, not take pytest down with it), and
what must survive is compared byte for byte.
"""
from __future__ import annotations

import os
import shutil
import sys

import pytest

from cli_helpers import SEED, one_line, run_cli, tree


@pytest.mark.parametrize("command", ["build", "impact"])
def test_a_previous_output_holding_a_file_of_the_user_is_not_replaced(tmp_path, seed_out, command):
    """A marked output the user then put notes (or a folder of their own) into is refused, not removed."""
    out = tmp_path / "out"
    args = ["build", SEED] if command == "build" else ["impact", "--graph", seed_out / "graph.trig"]
    r = run_cli(*args, "--out", out, timeout=300)
    assert r.returncode == 0, r.stderr
    for extra in ("notes.txt", "analysis/mine.csv"):
        (out / extra).parent.mkdir(exist_ok=True)
        (out / extra).write_text("mine\n")
        before = tree(tmp_path)
        one_line(run_cli(*args, "--out", out, timeout=300), 2,
                 rf"--out \S+out: holds {extra.split('/')[0]}, which policykg did not write")
        assert tree(tmp_path) == before
        shutil.rmtree(out / "analysis", ignore_errors=True)
        (out / "notes.txt").unlink(missing_ok=True)
    r = run_cli(*args, "--out", out, timeout=300)
    assert r.returncode == 0, r.stderr  # with the user's files gone it is ours again


@pytest.mark.parametrize("text, pattern", [
    ("SELECT * WHERE { ?s ?p ?o " + "{ " * 50000 + "}" * 50000 + "}", r"nests 50001 brackets deep"),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + " " * 300_000, r"the query is 293 KB"),
], ids=["nested", "huge"])
def test_a_query_too_deep_or_large_for_the_parser_is_one_line(tmp_path, seed_out, text, pattern):
    q = tmp_path / "q.rq"
    q.write_text(text)
    one_line(run_cli("query", q, "--graph", seed_out / "graph.trig", timeout=120), 2, pattern)


def test_a_long_chain_of_unions_runs_on_a_stack_large_enough(tmp_path, seed_out):
    """12,000 UNIONs overflowed the 8 MB stack of the query thread (a segmentation fault); now the query
    runs until its --timeout."""
    q = tmp_path / "q.rq"
    q.write_text("SELECT * WHERE { " + " UNION ".join(f"{{?s ?p {i}}}" for i in range(12000)) + "}")
    r = run_cli("query", q, "--graph", seed_out / "graph.trig", "--timeout", "5", timeout=120)
    assert r.returncode in (0, 2), (r.returncode, r.stderr)
    if r.returncode == 2:
        one_line(r, 2, r"query cancelled after 5 s")


def _limit_memory():  # runs in the child: without the check, reading /dev/zero would take the machine's memory
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


@pytest.mark.parametrize("name", ["POLICYKG_ENTITY_MODEL", "POLICYKG_PLACEMENT_MODEL"])
def test_a_model_variable_naming_a_device_is_one_line(tmp_path, name):
    r = run_cli("build", SEED, "--out", tmp_path / "out", env={name: "/dev/zero"}, preexec_fn=_limit_memory,
                timeout=300)
    one_line(r, 2, rf"{name}=/dev/zero: not a regular file")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("arg", ["report", "out"])
def test_a_symbolic_link_loop_is_one_line(tmp_path, arg):
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    args = ["loop.txt", "--out", "out"] if arg == "report" else [SEED, "--out", "loop.txt"]
    one_line(run_cli("build", *args, cwd=tmp_path, timeout=120), 2, r"loop\.txt: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loop.txt"]


@pytest.mark.parametrize("args", [
    ["--endpoint", "http://192.0.2.1:7878/store"],
    ["--endpoint", "http://127.0.0.1:9/store", "--sparql", "https://example.org/sparql"],
], ids=["endpoint", "sparql"])
def test_push_to_a_machine_that_is_not_this_one_is_refused(seed_out, args):
    """The graphs and the credentials leave the machine only with --allow-remote (refused before any
    connection: 192.0.2.1 is a documentation address nobody answers on)."""
    r = run_cli("push", *args, "--graph", seed_out / "graph.trig", "--timeout", "5", timeout=60,
                env={"POLICYKG_USER": "bob", "POLICYKG_PASSWORD": "s3cret-do-not-print"})
    one_line(r, 2, r"not a loopback address .* --allow-remote")
    assert "s3cret" not in r.stderr


@pytest.mark.parametrize("command", ["export", "validate", "table"])
def test_out_that_is_an_input_graph_is_refused(tmp_path, seed_out, command):
    """--out naming the graph being read (here through a symbolic link) would replace the user's graph
    with N-Triples, a SHACL report or a CSV."""
    graph = tmp_path / "g.ttl"
    shutil.copy(seed_out / "graph.ttl", graph)
    (tmp_path / "link.ttl").symlink_to(graph)
    args = {"export": ["export", "--format", "nt", "--graph", tmp_path / "link.ttl"],
            "validate": ["validate", tmp_path / "link.ttl"],
            "table": ["table", "targets", "--graph", tmp_path / "link.ttl"]}[command]
    before = tree(tmp_path)
    one_line(run_cli(*args, "--out", graph, timeout=120), 2, r"--out \S+g\.ttl: is the input \S+link\.ttl")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("command", ["export", "validate", "query"])
def test_a_json_ld_context_naming_another_document_is_not_fetched(tmp_path, command):
    """rdflib fetched a JSON-LD @context named by URL (network) or file: IRI (another local file)."""
    ctx = tmp_path / "ctx.jsonld"
    ctx.write_text('{"@context": {"p": "http://example.org/p"}}')
    graph = tmp_path / "g.jsonld"
    graph.write_text('{"@context": "%s", "@id": "http://example.org/a", "p": "v"}' % ctx.as_uri())
    args = {"export": ["export", "--format", "nt", "--graph", graph, "--out", tmp_path / "g.nt"],
            "validate": ["validate", graph], "query": ["query", "cq-01", "--graph", graph]}[command]
    one_line(run_cli(*args, timeout=120), 2, r"g\.jsonld: its @context names file:///\S+ctx\.jsonld, which policykg "
                                             r"does not fetch")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ctx.jsonld", "g.jsonld"]


@pytest.mark.parametrize("option, value, pattern", [
    ("--place", "", r"--place '': give a name"),
    ("--place", "<script>", r"--place '<script>': give the jurisdiction's Chinese name"),
    ("--place", "../../x", r"--place '\.\./\.\./x': give the jurisdiction's Chinese name"),
    ("--speaker", "a\nb", r"--speaker 'a\\nb': give a name"),
], ids=["place-empty", "place-markup", "place-path", "speaker-newline"])
def test_a_place_or_speaker_override_that_is_no_name_is_refused(tmp_path, option, value, pattern):
    """These were built silently: a place '<script>' became the report's jurisdiction (slug script-2021)."""
    one_line(run_cli("build", SEED, "--out", tmp_path / "out", option, value, timeout=120), 2, pattern)
    assert list(tmp_path.iterdir()) == []


def test_a_timings_file_that_cannot_be_written_is_named_before_the_work(tmp_path):
    """POLICYKG_TIMINGS naming a folder failed after the output was swapped in ('Is a directory', exit 2,
    yet out/ was new)."""
    (tmp_path / "t").mkdir()
    r = run_cli("build", SEED, "--out", tmp_path / "out", env={"POLICYKG_TIMINGS": str(tmp_path / "t")}, timeout=120)
    one_line(r, 2, r"POLICYKG_TIMINGS=\S+t: is a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t"]


def test_impact_does_not_replace_a_build_output(tmp_path, seed_out):
    """impact --out onto a folder build wrote replaced the graphs with charts (both carry the marker);
    the marker now names the command, and each replaces only its own kind of output."""
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    before = tree(tmp_path)
    one_line(run_cli("impact", "--graph", seed_out / "graph.trig", "--out", out, timeout=300), 2,
             r"--out \S+out: holds the output of policykg build; impact would replace it")
    assert tree(tmp_path) == before


@pytest.mark.parametrize(("place", "slug", "level"),
                         [("静海", "jinghai", "county"), ("北京市静海区", "jinghaiqu", "district")],
                         ids=["without-its-suffix", "under-another-parent"])
def test_a_place_override_takes_the_level_the_reports_mentions_give(tmp_path, place, slug, level):
    """--place 静海 (the name without 区) was given the level "city" by guess, and --place 北京市静海区 (the
    gazetteer has 静海区 under 天津市 only) the level its suffix suggests, "county", beside the level the
    report's own mentions give the same node ("county"; "district", the gazetteer's): two levels, a SHACL
    violation, exit 1."""
    out = tmp_path / "out"
    r = run_cli("build", SEED, "--out", out, "--place", place, "--quiet", timeout=300)
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")
    import rdflib
    g = rdflib.Graph().parse(out / "graph.ttl")
    node = rdflib.URIRef(f"https://w3id.org/policykg/id/place/{slug}")
    levels = {str(o) for o in g.objects(node, rdflib.URIRef("https://w3id.org/policykg/ontology#placeLevel"))}
    assert levels == {level}


@pytest.mark.skipif(sys.platform == "darwin", reason="needs file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_read_and_written(tmp_path):
    """A GBK-encoded name (静海报告.txt unpacked from a Windows archive) ended build in 'internal error:
    UnicodeEncodeError' while writing summary.csv, and validate/export said 'No such file' of a graph so
    named (rdflib reopened it through a file: URI)."""
    name = os.fsdecode("静海报告".encode("gbk"))
    report = tmp_path / f"{name}.txt"
    shutil.copy(SEED, report)
    out = tmp_path / "out"
    r = run_cli("build", report, "--out", out, "--quiet", timeout=300)
    assert (r.returncode, r.stderr) == (0, ""), r.stderr
    row = (out / "summary.csv").read_text(encoding="utf-8").splitlines()[1]
    assert row.startswith("jinghaiqu-2021,\\xbe\\xb2\\xba\\xa3\\xb1\\xa8\\xb8\\xe6.txt,")
    graph = tmp_path / f"{name}.ttl"
    shutil.copy(out / "graph.ttl", graph)
    r = run_cli("validate", graph, timeout=300)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("name", ["d" * 250, "静" * 85], ids=["ascii-250", "cjk-255-bytes"])
def test_an_out_folder_with_a_long_legal_name_is_built(tmp_path, name):
    """A --out name of 236 to 255 bytes (85 ideographs are 255) was refused with 'cannot write beside it
    (File name too long)': the lock and temporary folders beside it add their suffixes to the whole name."""
    r = run_cli("build", SEED, "--out", tmp_path / name, "--quiet", timeout=300)
    assert (r.returncode, r.stderr) == (0, ""), r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_killed_builds_leftover_beside_an_out_with_glob_characters_is_removed(tmp_path):
    """The next build looked for .<out>.tmp-* with glob(), so beside --out 'ob[1]' it never found (and never
    removed) a dead build's marked temporary folder."""
    from policykg.corpus.temporaries import make_folder
    make_folder(tmp_path, ".ob[1].tmp-999999999-")   # as a build of a pid now gone made it
    r = run_cli("build", SEED, "--out", tmp_path / "ob[1]", "--quiet", timeout=300)
    assert (r.returncode, r.stderr) == (0, ""), r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ob[1]"]
