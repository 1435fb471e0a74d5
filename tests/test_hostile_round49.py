"""hostile49: a new user's hour with every verb's paths, inputs and options (docs/checks/hostile49.md). Each
command runs in a real process on the seed report (data/reports/jinghai-2021.txt, dev)."""
from __future__ import annotations

import os

import pytest

from cli_helpers import SEED, one_line, run_cli, tree


def _seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines(keepends=True)


def test_a_gbk_report_with_one_utf8_line_names_that_line(tmp_path):
    """The seed saved as GBK with its 21st line (关于印发…) pasted in as UTF-8 was refused as "invalid UTF-8 at byte
    1": the first line, which is fine, and an encoding the file is not in."""
    lines = _seed_lines()
    data = b"".join(line.encode("gb18030") for line in lines[:20]) + lines[20].encode("utf-8") \
        + b"".join(line.encode("gb18030") for line in lines[21:])
    report = tmp_path / "gbk-mixed.txt"
    report.write_bytes(data)
    at = len(b"".join(line.encode("gb18030") for line in lines[:20]))
    r = run_cli("build", report, "--out", tmp_path / "out", "--quiet")
    one_line(r, 2, rf"gbk-mixed\.txt: mixes encodings: 1 line of UTF-8 \(line 21, byte {at}\) among \d+ lines "
                   r"of GB18030 \(GBK\); save the whole file in one encoding")
    assert not (tmp_path / "out").exists()


def test_a_utf8_report_with_one_gbk_line_names_that_line(tmp_path):
    """The other way round (a GBK line pasted into a UTF-8 report): the line is named, not only its byte."""
    lines = _seed_lines()
    k = next(i for i, line in enumerate(lines) if i > 100 and len(line) > 20)
    report = tmp_path / "utf8-mixed.txt"
    report.write_bytes("".join(lines[:k]).encode() + lines[k].encode("gb18030") + "".join(lines[k + 1:]).encode())
    r = run_cli("build", report, "--out", tmp_path / "out", "--quiet")
    one_line(r, 2, rf"1 line of GB18030 \(GBK\) \(line {k + 1}, byte \d+\) among \d+ lines of UTF-8")


def _one_triple(tmp_path):
    """A graph file of one triple, for the query cases."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://ex/a> <http://ex/b> <http://ex/c> .\n", encoding="utf-8")
    return graph


@pytest.mark.parametrize("name,folder,message", [
    ("out", True, r"out: is a folder, not a query file, and names no competency question"),
    ("", False, r"policykg: the query name is empty; give a query file"),
    ("my out", True, r"my out: is a folder, not a query file, and names no competency question"),
    ("no such query", False, r"no such query: no such query file or competency question \(see policykg/queries/\)"),
])
def test_query_given_a_folder_or_no_name_says_so(tmp_path, name, folder, message):
    """`policykg query out` (the build's folder, not a query in it) said "out: no such query file", though out
    is right there; an unset variable (`query "$Q"`) said ": no such query file"; review50: a folder whose name
    no competency question could have (`query "my out"`) was refused as a name before it was named a folder."""
    if folder:
        (tmp_path / name).mkdir()
    r = run_cli("query", name, "--graph", _one_triple(tmp_path), cwd=tmp_path)
    one_line(r, 2, message)


def test_a_url_option_that_is_not_utf8_is_refused_as_such(tmp_path):
    """`query --endpoint http://127.0.0.1:9/<0xFF>` (a URL pasted from a Latin-1 page) ended in "query failed
    (UnicodeEncodeError: 'ascii' codec can't encode character '\\udcff' …)"; push's --endpoint, --sparql and
    --graph-iri and serve's --host showed the byte as '\\udcff'. They are refused as --place is."""
    bad = os.fsdecode(b"http://127.0.0.1:9/\xff")
    graph = _one_triple(tmp_path)
    r = run_cli("query", "cq-01", "--endpoint", bad)
    one_line(r, 2, r"Invalid value for '--endpoint': is not UTF-8 text")
    r = run_cli("push", "--graph", graph, "--graph-iri", "http://ex/g", "--endpoint", "http://127.0.0.1:9/s",
                "--sparql", bad)
    one_line(r, 2, r"Invalid value for '--sparql': is not UTF-8 text")


def test_one_place_given_for_reports_of_two_places_is_warned(tmp_path):
    """`build jinghai-2021.txt hailaer-2013.txt --place 静海区` (a folder of reports, one of another place) built
    Hailar's 2013 report as Jinghai's without a word; it is still built (a rename gives one place two header
    names), with a warning naming both places."""
    hailaer = SEED.parent.parent / "corpus" / "hailaer" / "hailaer-2013.txt"
    r = run_cli("build", SEED, hailaer, "--out", tmp_path / "out", "--place", "静海区", "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith("warning: --place 静海区 is given for reports whose headers name 2 places (海拉尔区: "
                               "hailaer-2013.txt; 静海区: jinghai-2021.txt)"), r.stderr
    r = run_cli("build", SEED, "--out", tmp_path / "one", "--place", "静海区", "--quiet")
    assert r.returncode == 0 and r.stderr == "", r.stderr


def _nest(top, levels: int, name: str = "d" * 200) -> None:
    """levels folders of name, one in the other, made through folder descriptors: the full path passes the
    4096 bytes os.makedirs could name."""
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)


def test_a_report_folder_nested_past_path_max_is_named_as_such(tmp_path):
    """A folder of reports holding 22 folders of 200 characters one in the other (an unpacked archive) was refused
    as "…/dddd/.policykg-output: File name too long": a file the user never made."""
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "jinghai-2021.txt").write_bytes(SEED.read_bytes())
    _nest(reports, 22)
    r = run_cli("build", reports, "--out", tmp_path / "out", "--quiet")
    one_line(r, 2, r"reports: holds folders nested past the longest path the system takes \(4096 bytes\); move "
                   r"the reports to a shallower folder")
    assert not (tmp_path / "out").exists()


def test_add_of_a_text_the_output_holds_under_another_place_is_refused(tmp_path):
    """`add hailaer-2013.txt --place 静海区` onto an output built from hailaer-2013.txt kept both hailaerqu-2013 and
    jinghaiqu-2013, every fact of one text twice under two places; the output is now left as it was."""
    hailaer = SEED.parent.parent / "corpus" / "hailaer" / "hailaer-2013.txt"
    out = tmp_path / "out"
    assert run_cli("build", hailaer, "--out", out, "--quiet").returncode == 0
    before = tree(out)
    r = run_cli("add", hailaer, "--place", "静海区", "--out", out, "--quiet", "--jobs", "1")
    one_line(r, 2, r"hailaer-2013\.txt: holds the text of hailaerqu-2013 \(read from hailaer-2013\.txt\) in --out "
                   r".*out, which would be kept beside it as jinghaiqu-2013: every fact twice")
    assert tree(out) == before


def test_every_option_but_a_path_is_typed_text():
    """review50: hostile49 typed five options TEXT one by one; build's --date and --report-id and add's --date
    still showed a non-UTF-8 byte as '\\udcff'. Only paths (--out, the query file) may stay plain strings."""
    import click

    from policykg.cli import cli

    ctx = click.Context(cli)

    def plain(cmd, path):
        if isinstance(cmd, click.Group):
            return [x for n in cmd.list_commands(ctx) for x in plain(cmd.get_command(ctx, n), path + [n])]
        return [(" ".join(path), p.name) for p in cmd.params if p.type is click.STRING]

    assert sorted(plain(cli, [])) == [("add", "out_dir"), ("build", "out_dir"), ("query", "query"),
                                      ("validate", "out_file")]
    r = run_cli("build", SEED, "--out", "unused", "--report-id", os.fsdecode(b"x\xff"))
    one_line(r, 2, r"Invalid value for '--report-id': is not UTF-8 text")
