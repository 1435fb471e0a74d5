"""Reliability, bad inputs: generated in tmp_path, each refused by the CLI (a real subprocess) with exit 2
and one line on stderr, writing nothing."""
from __future__ import annotations

import codecs
import os
import random
import re

import pytest

from cli_helpers import ROOT, SEED, run_cli, write_file
from reliability_helpers import GBK_REPORT, page, resummed, seed_text, snapshot, strays

ONTOLOGY = ROOT / "policykg" / "ontology" / "policykg.ttl"


# ---------------------------------------------------------------------------------------------
# Bad inputs: the CLI refuses them with exit 2 and one line on stderr, and writes nothing.

def _news(tmp):
    text = ("新华社天津1月5日电（记者王明）今天，静海区举办迎新春文化活动，市民纷纷前来观看。"
            "活动现场人头攒动，各类民俗表演精彩纷呈，赢得阵阵掌声。") * 12
    return [write_file(tmp, "news.txt", text)]


def _invalid_utf8(tmp):
    data = SEED.read_bytes()
    k = 20000
    while data[k] & 0xC0 == 0x80:  # at a character boundary, so the error is at byte k
        k += 1
    return [write_file(tmp, "bad-utf8.txt", data[:k] + b"\xff\xfe\x80" + data[k:])]


def _mixed(tmp):
    text = seed_text()
    half = len(text) // 2
    return [write_file(tmp, "mixed.txt", text[:half].encode("gbk") + text[half:].encode("utf-8"))]


def _no_meeting_line(tmp):
    text = re.sub(r"——2021年1月13日在天津市静海区\n.*?会议上\n", "", seed_text())
    text = text.replace("静海区第二届", "").replace("天津市静海区区长", "区长").replace("天津市静海区人民政府", "")
    # a body naming its own unit in its government's sentences (向…关心支持静海…) gives the place since place31
    text = text.replace("静海", "")
    return [write_file(tmp, "no-meeting.txt", text)]


def _bom_utf8_invalid(tmp):
    data = codecs.BOM_UTF8 + SEED.read_bytes()
    return [write_file(tmp, "bom-bad.txt", data[:30001] + b"\xc3\x28" + data[30001:])]


BAD_INPUTS = [
    # id, make(tmp) -> [paths] (+ extra CLI args), expected exit code, regex for the message
    ("empty", lambda t: [write_file(t, "empty.txt", b"")], 2, r"empty\.txt: empty file"),
    ("png", lambda t: [write_file(t, "scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(3000))],
     2, r"scan\.png: binary data"),
    ("zip", lambda t: [write_file(t, "report.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + random.Random(2).randbytes(3000))],
     2, r"report\.zip: a ZIP archive"),
    ("random-bytes", lambda t: [write_file(t, "random.txt", random.Random(3).randbytes(5000))], 2,
     r"random\.txt: (binary data|cannot decode|invalid)"),
    ("missing-path", lambda t: [t / "nowhere" / "report.txt"], 2, r"report\.txt: no such file"),
    ("folder-without-reports", lambda t: [t], 2, r": folder holds no report file"),
    ("chinese-news", _news, 2, r"news\.txt: not a government work report"),
    ("english-readme", lambda t: [write_file(t, "README.md", (ROOT / "README.md").read_text(encoding="utf-8")
                                         if (ROOT / "README.md").exists() else "# policykg\n\nA tool.\n" * 50)],
     2, r"README\.md: not a government work report"),
    ("csv", lambda t: [write_file(t, "table.csv", "report,year,value\n静海区,2021,4\n" * 40)], 2,
     r"table\.csv: a CSV table, not a report text"),
    ("json", lambda t: [write_file(t, "data.json", '{"title": "政府工作报告", "items": ["各位代表"]}\n')], 2,
     r"data\.json: JSON data, not a report text"),
    ("turtle-to-build", lambda t: [write_file(t, "graph.ttl", ONTOLOGY.read_bytes()[:20000])],
     2, r"graph\.ttl: RDF data \(Turtle/TriG\), not a report text"),
    ("html-not-a-report", lambda t: [write_file(t, "news.html", page(["今天天气很好，市民纷纷外出游玩，公园里人山人海。" * 20]))],
     2, r"news\.html: not a government work report"),
    ("above-max-bytes", lambda t: [SEED, "--max-bytes", "1000"], 2, r"jinghai-2021\.txt: \d+ bytes is above the size limit"),
    ("invalid-utf8-mid-file", _invalid_utf8, 2, r"bad-utf8\.txt: invalid UTF-8 at byte 200\d\d \(corrupt file or mixed encodings\)"),
    ("invalid-utf8-after-bom", _bom_utf8_invalid, 2, r"bom-bad\.txt: invalid UTF-8 at byte 30001"),
    ("mixed-gbk-and-utf8", _mixed, 2, r"mixed\.txt: mixes encodings: \d+ lines of UTF-8 \(the first line \d+, byte \d+\) among \d+ lines of GB18030 \(GBK\)"),
    ("title-only", lambda t: [write_file(t, "title.txt", "静海区2021年政府工作报告\n")], 2,
     r"title\.txt: not a government work report \(text with only \d+ Chinese"),
    ("latin1-english", lambda t: [write_file(t, "latin1.txt", ("The café's naïve résumé of the year. " * 200).encode("latin-1"))],
     2, r"latin1\.txt: not a government work report"),
    ("cut-before-the-body", lambda t: [write_file(t, "head.txt", SEED.read_bytes()[:700])], 2,
     r"head\.txt: not a government work report \(text with only \d+"),
    ("no-place-or-year", _no_meeting_line, 2, r"no-meeting\.txt: no (place and year|year|place) found"),
    ("good-then-bad", lambda t: [SEED, write_file(t, "empty.txt", b"")], 2, r"empty\.txt: empty file"),
    ("report-id-with-two", lambda t: [SEED, GBK_REPORT, "--report-id", "x"], 2, r"--report-id needs exactly one report"),
    ("bad-option-value", lambda t: [SEED, "--max-bytes", "lots"], 2, r"'lots' is not a whole number"),
]


@pytest.mark.parametrize("make, code, message", [b[1:] for b in BAD_INPUTS], ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_refused_in_one_line(tmp_path, make, code, message):
    inputs = tmp_path / "in"
    inputs.mkdir()
    args = make(inputs)
    out = tmp_path / "out"
    out.mkdir()
    # what a previous build left, its marker's sums proving it ours (a folder without them is refused before
    # any input is read: reliability37), so the bad input is what the one line names
    (out / "graph.ttl").write_text("# previous build\n", encoding="utf-8")
    (out / "summary.csv").write_text("report,file,Section\nx,x.txt,1\n", encoding="utf-8")
    (out / "validation.ttl").write_text("[] a <http://www.w3.org/ns/shacl#ValidationReport> .\n", encoding="utf-8")
    resummed(out)
    before = snapshot(out)
    r = run_cli("build", *args, "--out", out, timeout=120)
    assert r.returncode == code, r.stderr
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert re.match(r"^policykg: ", lines[0])
    assert re.search(message, lines[0]), lines[0]
    assert "Traceback" not in r.stderr
    assert snapshot(out) == before                       # existing out/ untouched
    assert strays(tmp_path) == []


def test_bad_input_writes_no_out_folder(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run_cli("build", tmp_path / "empty.txt", "--out", tmp_path / "out", timeout=120)
    assert r.returncode == 2
    assert not (tmp_path / "out").exists()
    assert os.listdir(tmp_path) == ["empty.txt"]
