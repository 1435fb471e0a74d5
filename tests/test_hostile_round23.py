"""Hostile use, round 23: what round 22 knew and left (a custom --report-id beside a report of the same
place and year, a byte-order mark that does not match the bytes, very long values echoed in full, numbers
read beyond ASCII decimals), then what a new hostile user tried on table, impact, validate and make.

The CLI runs as a real subprocess where the case is about the command line.
"""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from cli_helpers import ROOT, one_line, run_cli, tree, write_file


@pytest.mark.unit
@pytest.mark.parametrize("args, value", [
    (["serve", "--port", "7_878"], "7_878"),
    (["serve", "--port", "٧٨٧٨"], "٧٨٧٨"),
    (["query", "cq-01", "--max-rows", "１０"], "１０"),
    (["query", "cq-01", "--timeout", "1_0"], "1_0"),
    (["query", "cq-01", "--timeout", "٣"], "٣"),
    (["query", "cq-01", "--timeout", "0x10"], "0x10"),
])
def test_a_number_option_takes_only_ascii_digits(args, value):
    """int() and float() read `1_0` as 10 and Arabic-Indic or full-width digits as numbers, so a typo or a
    pasted value ran as a number nobody wrote. Decided: a number option takes the ASCII digits 0-9 (a
    sign, a fraction and an exponent for seconds), read in one place (option_numbers)."""
    one_line(run_cli(*args, "--graph", "/nonexistent/g.ttl", timeout=60), 2,
             rf"'{value}' is not a (whole )?number.*digits 0-9")


@pytest.mark.unit
@pytest.mark.parametrize("value", ["1e-320", "0.0001"])
def test_a_timeout_below_a_millisecond_is_refused(value):
    """`--timeout 1e-320` (a denormal) was accepted: every wait failed at once. 0 still means no limit."""
    one_line(run_cli("query", "cq-01", "--graph", "/nonexistent/g.ttl", "--timeout", value, timeout=60), 2,
             rf"'{value}' is below the shortest timeout, 0.001 s; 0 means no limit$")


@pytest.mark.unit
@pytest.mark.parametrize("value, number", [("2.5", 2.5), ("1e3", 1000.0), ("0", 0.0), ("+7", 7.0)])
def test_plain_decimals_are_still_read_as_seconds(value, number):
    from policykg.option_numbers import Seconds
    assert Seconds().convert(value, None, None) == number


@pytest.mark.unit
def test_a_scripts_seed_takes_only_ascii_digits():
    """The scripts' argparse types read numbers as the policykg options do: `--seed 1_3` ran with 13."""
    r = subprocess.run([sys.executable, "scripts/sample_entities.py", "--seed", "1_3"], cwd=ROOT, text=True,
                       capture_output=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert r.returncode == 2 and "'1_3' is not a whole number in the digits 0-9" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.unit
def test_a_very_long_value_is_echoed_shortened_with_its_length(tmp_path):
    """A 5,000-character `--park` gave a 15 KB error line (every value is echoed in full): the error
    formatter cuts a long run to its start and says how long it was, keeping the quotes and the rest."""
    park = "园" * 5000
    r = run_cli("impact", "--park", park, "--graph", ROOT / "tests" / "golden" / "jinghai-2021-parks.ttl",
                "--out", tmp_path / "imp", timeout=120)
    one_line(r, 2, r"no park named '园{40}…\[5000 characters\]…园{40}' in the graph \(parks: ")
    assert len(r.stderr) < 400 and not (tmp_path / "imp").exists()


@pytest.mark.unit
def test_a_long_missing_path_keeps_its_colon_and_problem(tmp_path):
    name = tmp_path / ("x" * 250) / "r.txt"
    one_line(run_cli("build", name, "--out", tmp_path / "out"), 2, r"…\[\d+ characters\]…x+/r\.txt: no such file$")


@pytest.mark.unit
def test_short_values_and_secrets_in_long_urls_are_as_before():
    from policykg.options import message_line
    assert message_line("--out /a/b: no such file") == "--out /a/b: no such file"
    shown = message_line("http://u:hunter2@h/" + "a" * 400 + "?token=hunter2: failed")
    assert "hunter2" not in shown and shown.endswith("a…[423 characters]…" + "a" * 30 + "?token=***: failed")


BOMS = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00"}


@pytest.mark.unit
@pytest.mark.parametrize("encoding", sorted(BOMS))
def test_a_utf16_mark_over_utf8_text_is_named_as_such(tmp_path, encoding):
    """A file starting with a UTF-16 byte-order mark but holding UTF-8 text (an editor's 'Unicode' save
    gone half-way) was refused as 'not a government work report': the cause is the mark."""
    report = write_file(tmp_path, "r.txt", BOMS[encoding] + (ROOT / "data" / "reports" / "jinghai-2021.txt").read_bytes())
    one_line(run_cli("build", report, "--out", tmp_path / "out"), 2,
             rf"r\.txt: starts with a {encoding.upper()} byte-order mark \([0-9A-F ]+\) but the text after it "
             r"is UTF-8; remove the mark or save the file as UTF-8$")
    assert not (tmp_path / "out").exists()


@pytest.mark.unit
def test_a_utf8_mark_over_utf16_text_is_named_as_such():
    from policykg.read.decode import DecodeError, decode_bytes
    text = (ROOT / "data" / "reports" / "jinghai-2021.txt").read_text(encoding="utf-8")
    with pytest.raises(DecodeError, match=r"UTF-8 byte-order mark \(EF BB BF\) but the text after it is UTF-16-LE"):
        decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-16-le"))
    assert decode_bytes(b"\xff\xfe" + text.encode("utf-16-le"))[1] == "utf-16-le"   # a matching mark reads


@pytest.mark.unit
def test_add_refuses_a_report_of_the_place_and_year_of_one_under_a_custom_id(tmp_path):
    """`build a.txt --report-id mine` then `add b.txt` (the same place and year, so the id jinghaiqu-2021)
    kept both, since replacement goes by id: every fact of the year twice. Decided: refused, naming the
    other id, before anything is written (replacing would drop a report the user named on purpose)."""
    seed = (ROOT / "data" / "reports" / "jinghai-2021.txt").read_bytes()
    a, b = write_file(tmp_path, "a.txt", seed), write_file(tmp_path, "b.txt", seed + "。\n".encode())
    out = tmp_path / "out"
    assert run_cli("build", a, "--report-id", "mine", "--out", out, "--quiet").returncode == 0
    before = tree(out)
    one_line(run_cli("add", b, "--out", out), 2,
             r"b\.txt: has the place and year of mine in --out \S+ \(built under that --report-id\), so both would")
    assert tree(out) == before


TWIN_PARKS = """@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:x:p1> a pkg:Park ; rdfs:label "甲园"@zh .
<urn:x:p2> a pkg:Park ; rdfs:label "甲园"@zh .
""" + "".join(f'<urn:x:q{i}> a pkg:Park ; rdfs:label "乙园{i:02}"@zh .\n' for i in range(30))


@pytest.mark.unit
def test_impact_names_twin_parks_so_that_one_can_be_chosen(tmp_path):
    """Two parks of one name and no jurisdiction were listed as '甲园（—）、甲园（—）': nothing to tell
    them apart or to give --park. Parks whose listing repeats are shown with their id, which --park takes."""
    graph = write_file(tmp_path, "g.ttl", TWIN_PARKS)
    r = run_cli("impact", "--graph", graph, "--out", tmp_path / "imp", "--park", "甲园")
    one_line(r, 2, r"--park '甲园' matches several parks: 甲园（—, urn:x:p1）、甲园（—, urn:x:p2）; give one's id")
    ok = run_cli("impact", "--graph", graph, "--out", tmp_path / "imp", "--park", "urn:x:p2")
    assert ok.returncode == 0, ok.stderr


@pytest.mark.unit
def test_impact_lists_at_most_twenty_of_the_parks_a_name_matches(tmp_path):
    """`--park 园` over a graph of many parks listed every one of them on the error line."""
    r = run_cli("impact", "--graph", write_file(tmp_path, "g.ttl", TWIN_PARKS), "--out", tmp_path / "imp",
                "--park", "乙园")
    one_line(r, 2, r"matches several parks: 乙园00（—）、.*乙园19（—） and 10 more$")
    assert "乙园20" not in r.stderr


@pytest.mark.unit
@pytest.mark.parametrize("verb", ["export", "validate"])
@pytest.mark.parametrize("name", ["rows.csv", "rows.parquet", "rows.TSV"])
def test_a_graph_is_not_written_under_a_tables_name(tmp_path, verb, name):
    """`export --format ttl --out x.csv` and `validate --out results.csv` wrote Turtle under a table's name,
    which pandas, a spreadsheet or `policykg table`'s user then opened as a table (a graph's suffix that
    says another format was refused already; `table` refuses the converse)."""
    graph = write_file(tmp_path, "g.ttl", "<urn:a> <urn:p> <urn:b> .\n")
    args = ["export", "--format", "ttl", "--graph", graph] if verb == "export" else ["validate", graph]
    r = run_cli(*args, "--out", tmp_path / name)
    one_line(r, 2, rf"--out \S+{name}: policykg reads a \.\w+ file as a table, and .* is not that; name it \.ttl$")
    assert not (tmp_path / name).exists()


def _two_jurisdictions(b_segment: str) -> str:
    return f"""@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:r1> a pkg:Report ; pkg:jurisdiction <http://a.example/x> .
<urn:r2> a pkg:Report ; pkg:jurisdiction <http://b.example/{b_segment}> .
<http://a.example/x> a pkg:Place ; rdfs:label "甲县"@zh .
<http://b.example/{b_segment}> a pkg:Place ; rdfs:label "乙县"@zh .
<urn:p1> a pkg:Park ; rdfs:label "一园"@zh ; pkg:hosts <urn:j1> ; pkg:evidence <urn:e1> .
<urn:p2> a pkg:Park ; rdfs:label "二园"@zh ; pkg:hosts <urn:j2> ; pkg:evidence <urn:e2> .
<urn:e1> pkg:inReport <urn:r1> .
<urn:e2> pkg:inReport <urn:r2> .
<urn:j1> a pkg:Project ; rdfs:label "项目一"@zh .
<urn:j2> a pkg:Project ; rdfs:label "项目二"@zh .
"""


@pytest.mark.unit
@pytest.mark.parametrize("segment", ["x", "X"])
def test_impact_draws_one_chart_per_jurisdiction_when_iris_end_alike(tmp_path, segment):
    """http://a.example/x and http://b.example/x (or X: one file on a case-insensitive disk) both drew
    jurisdictions/x.png, the second over the first, and impact.md linked both places to that one chart."""
    out = tmp_path / "imp"
    r = run_cli("impact", "--graph", write_file(tmp_path, "g.ttl", _two_jurisdictions(segment)), "--out", out)
    assert r.returncode == 0, r.stderr
    charts = sorted(p.name.casefold() for p in (out / "jurisdictions").iterdir())
    assert len(charts) == len(set(charts)) == 2
    linked = re.findall(r"\(jurisdictions/([^)]+)\)", (out / "impact.md").read_text(encoding="utf-8"))
    assert sorted(set(linked)) == sorted(p.name for p in (out / "jurisdictions").iterdir())


@pytest.mark.unit
def test_impact_names_a_chart_of_a_very_long_iri_segment_within_a_file_names_length(tmp_path):
    """A jurisdiction IRI ending in 300 characters failed the whole run: 'File name too long' on a
    temporary folder's path."""
    out = tmp_path / "imp"
    r = run_cli("impact", "--graph", write_file(tmp_path, "g.ttl", _two_jurisdictions("q" * 300)), "--out", out)
    assert r.returncode == 0, r.stderr
    assert all(len(p.name) < 100 for p in (out / "jurisdictions").iterdir())
    assert len(list((out / "jurisdictions").iterdir())) == 2


@pytest.mark.unit
def test_add_refuses_to_replace_a_report_of_another_place_under_its_id(tmp_path):
    """`build hailaer-2012.txt --report-id jinghaiqu-2021`, then `add jinghai-2021.txt`: the new report's id
    is the custom one, so the Hailaer report was dropped, with a warning calling it 'a report of the same
    place and year'. Refused, naming the file it was read from; the output is left as it was."""
    out = tmp_path / "out"
    built = run_cli("build", ROOT / "data" / "corpus" / "hailaer" / "hailaer-2012.txt", "--report-id",
                    "jinghaiqu-2021", "--out", out, "--quiet")
    assert built.returncode == 0, built.stderr
    before = tree(out)
    one_line(run_cli("add", ROOT / "data" / "reports" / "jinghai-2021.txt", "--out", out), 2,
             r"jinghai-2021\.txt: its id jinghaiqu-2021 is that of the report read from \S*hailaer-2012\.txt in --out "
             r"\S+, of another place or year")
    assert tree(out) == before


@pytest.mark.unit
def test_add_still_replaces_a_report_of_the_same_place_and_year(tmp_path):
    seed = (ROOT / "data" / "reports" / "jinghai-2021.txt").read_bytes()
    out = tmp_path / "out"
    assert run_cli("build", write_file(tmp_path, "a.txt", seed), "--out", out, "--quiet").returncode == 0
    r = run_cli("add", write_file(tmp_path, "b.txt", seed + "。\n".encode()), "--out", out, "--quiet")
    assert r.returncode == 0, r.stderr
    assert "replaced by b.txt" in r.stderr
    rows = (out / "summary.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [row.split(",")[:2] for row in rows] == [["jinghaiqu-2021", "b.txt"]]
