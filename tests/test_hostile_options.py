"""Hostile use (issue 14): bad options, names that become IRIs, inputs that would give wrong facts.

Each ends in one line on stderr (exit 2) with nothing written, or leaves the facts as they were.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from cli_helpers import ROOT, SEED, one_line, run_cli, write_file


# ---------------------------------------------------------------------------------------------
# Names that become IRIs or file names; options that were accepted or crashed

@pytest.mark.parametrize("args, pattern", [
    (["--report-id", 'a b>c{"'], r"--report-id 'a b>c\{\"': use letters, digits"),
    (["--report-id", "../../ESCAPED", "--stream"], r"--report-id '\.\./\.\./ESCAPED': use letters"),
    (["--date", "2021-02-30"], r"--date 2021-02-30: not a date"),
    (["--date", "not-a-date"], r"--date not-a-date: not a date"),
    (["--date", "2021-01-13", "--year", "2020"], r"--date 2021-01-13 and --year 2020 disagree"),
    (["--year", "99999"], r"'--year': 99999 is not in the range"),
    (["--max-bytes", "-5"], r"'--max-bytes': -5 is not in the range"),
], ids=["report-id-turtle", "report-id-path", "date-feb-30", "date-text", "date-vs-year", "year", "max-bytes"])
def test_bad_build_options_are_refused(tmp_path, args, pattern):
    one_line(run_cli("build", SEED, "--out", tmp_path / "out", *args), 2, pattern)
    assert list(tmp_path.iterdir()) == []
    assert not (ROOT.parent / "ESCAPED").exists() and not (ROOT / "ESCAPED").exists()


@pytest.mark.parametrize("args, pattern", [
    (["serve", "--port", "70000"], r"'--port': 70000 is not in the range 0<=x<=65535"),
    (["serve", "--timeout", "nan"], r"'--timeout': 'nan' is not a finite number"),
    (["query", "cq-01", "--timeout", "inf"], r"'--timeout': 'inf' is not a finite number"),
    (["push", "--endpoint", "http://127.0.0.1:9/store", "--timeout", "-1"], r"'--timeout': '-1' must be above 0"),
    (["push", "--endpoint", "http://127.0.0.1:9/store", "--retries", "-2"], r"'--retries': -2 is not in the range"),
    (["push", "--endpoint", "http://127.0.0.1:9/store", "--graph-iri", "not an iri"], r"--graph-iri 'not an iri'"),
    (["push", "--endpoint", "http://127.0.0.1:99999/store"], r"--endpoint \S+: not a valid URL"),
], ids=["port", "serve-timeout-nan", "query-timeout-inf", "push-timeout-negative", "retries", "graph-iri", "url-port"])
def test_bad_options_are_refused(seed_out, args, pattern):
    extra = ["--graph", seed_out / "graph.trig"] if args[0] == "push" else []
    one_line(run_cli(*args, *extra, timeout=60), 2, pattern)


# ---------------------------------------------------------------------------------------------
# Wrong output without a word: refused (exit 2), or the facts do not change

def _pdf_with_text_stream(t: Path) -> Path:
    body = SEED.read_text(encoding="utf-8")
    data = body.encode()
    pdf = b"%PDF-1.4\n1 0 obj << /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + \
        b"\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    return write_file(t, "report.pdf", pdf)


@pytest.mark.parametrize("make, pattern", [
    (lambda t: write_file(t, "twice.txt", SEED.read_text(encoding="utf-8") * 2), r"twice\.txt: holds the same text twice"),
    (lambda t: write_file(t, "one-line.txt", SEED.read_text(encoding="utf-8").replace("\n", "")),
     r"one-line\.txt: its line breaks are lost \(one line holds \d+ of \d+ characters\)"),
    (_pdf_with_text_stream, r"report\.pdf: the PDF holds no text"),  # a stream no page draws
    (lambda t: write_file(t, "report.rtf", "{\\rtf1\\ansi " + SEED.read_text(encoding="utf-8")), r"report\.rtf: an RTF document"),
], ids=["same-report-twice", "line-breaks-lost", "pdf-text-stream", "rtf"])
def test_input_that_would_give_wrong_facts_is_refused(tmp_path, make, pattern):
    path = make(tmp_path)
    one_line(run_cli("build", path, "--out", tmp_path / "out"), 2, pattern)
    assert not (tmp_path / "out").exists()


def _facts(path_or_text):
    """(kind, value, unit, comparator) of every Target/Outcome, and the quotes checked against the text."""
    from policykg.corpus.build import process
    from policykg.read import read_report

    r = process(str(path_or_text))
    doc = read_report(str(path_or_text))
    from policykg.vocab import PKG
    g = r.graph
    quotes = 0
    for ev in set(g.subjects(PKG.quote, None)):
        start, end = int(g.value(ev, PKG.start)), int(g.value(ev, PKG.end))
        assert doc.text[start:end] == str(g.value(ev, PKG.quote))
        quotes += 1
    facts = sorted((str(g.value(q, PKG.value)), str(g.value(q, PKG.unitText)))
                   for q in set(g.subjects(PKG.value, None)))
    return facts, quotes, r


def test_full_width_digits_and_invisible_characters_do_not_change_facts(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    head, body = text[:600], text[600:]
    wide = head + body.translate(str.maketrans("0123456789%.", "０１２３４５６７８９％．"))
    zero_width = head + re.sub(r"(\d)(?=[\d.%])", "\\1\u200b", body).replace("园区", "园\u00ad区")
    base, base_quotes, _ = _facts(SEED)
    assert len(base) > 50 and ("-19.2", "%") in base
    for name, variant in (("wide.txt", wide), ("zero-width.txt", zero_width)):
        facts, quotes, r = _facts(write_file(tmp_path, name, variant))
        assert facts == base, name              # same values, "%" not "％", decimals kept
        assert quotes == base_quotes
    assert r.invisible_removed > 100 and r.text is not None  # written to texts/<slug>.txt by the build


def test_invisible_characters_are_reported_and_their_text_written(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = write_file(tmp_path, "zw.txt", text[:600] + text[600:].replace("，", "\u200b，"))
    r = run_cli("build", path, "--out", tmp_path / "out", "--quiet")
    assert r.returncode == 0, r.stderr
    assert re.fullmatch(r"warning: \S+zw\.txt: \d+ invisible character\(s\) [^\n]+texts/jinghaiqu-2021\.txt\n",
                        r.stderr), r.stderr
    assert (tmp_path / "out" / "texts" / "jinghaiqu-2021.txt").read_text(encoding="utf-8") == text
