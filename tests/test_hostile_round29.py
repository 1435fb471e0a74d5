"""Hostile inputs, round 29: a slow PDF below the unpacking limit."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pdf_bytes import pdf_of

FIXTURE = Path(__file__).parent / "fixtures" / "inputs" / "jinghai-2021-slice.pdf"


def _pdf_of_scattered_words(n: int) -> bytes:
    """A one-page PDF of `n` short words, each at its own random place: as many text boxes as words."""
    rnd = random.Random(29)
    parts = [b"BT /F1 4 Tf"]
    parts += [b"1 0 0 1 %d %d Tm (w%d) Tj" % (rnd.randrange(590), rnd.randrange(840), i) for i in range(n)]
    content = b"\n".join(parts + [b"ET"])
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    return pdf_of(objs)


@pytest.mark.unit
def test_a_page_of_many_scattered_words_is_read_without_grouping_its_boxes(monkeypatch):
    """pdfminer grouped the text boxes of a page hierarchically, in time that grows with their cube: a
    118 KB page of 4,000 scattered words took 9 minutes (1,000: 5 s; 2,000: 32 s). Rows are sorted by
    position here, so that grouping is not needed; it must not run."""
    from pdfminer.layout import LTLayoutContainer

    from policykg.read.pdf_text import pdf_to_text

    calls = []
    real = LTLayoutContainer.group_textboxes
    monkeypatch.setattr(LTLayoutContainer, "group_textboxes",
                        lambda self, *a: calls.append(1) or real(self, *a))
    text = pdf_to_text(_pdf_of_scattered_words(300), "s.pdf")
    assert calls == []
    assert sorted(re.findall(r"w\d+", text)) == sorted(f"w{i}" for i in range(300))


@pytest.mark.unit
def test_a_real_report_pdf_reads_as_before():
    from policykg.read.pdf_text import pdf_to_text

    text = pdf_to_text(FIXTURE.read_bytes(), "j.pdf")
    assert len(text) == 1150 and text.count("\n") > 10


GOLDEN = Path(__file__).parent / "golden"


def _one_literal(tmp_path, lines: int) -> Path:
    path = tmp_path / "long.ttl"
    path.write_text('<http://e/s> <http://e/p> """' + "a\n" * lines + '""" .\n', encoding="utf-8")
    return path


@pytest.mark.unit
def test_a_turtle_literal_of_too_many_line_breaks_is_refused_unread(tmp_path, monkeypatch):
    """rdflib's Turtle reader builds a literal one piece per line break, quote or escape, in time growing
    with their square (128K: 1.8 s, 512K: 53 s): one line and exit 2 past the limit, without reading."""
    from rdflib.plugins.parsers import notation3

    from policykg.errors import InputError
    from policykg.use.loading import load_graph
    from policykg.use.long_literals import LIMIT

    calls = []
    real = notation3.SinkParser.strconst
    monkeypatch.setattr(notation3.SinkParser, "strconst", lambda self, *a: calls.append(1) or real(self, *a))
    path = _one_literal(tmp_path, LIMIT + 1)
    with pytest.raises(InputError, match=rf"^{path}: not read: a literal holds {LIMIT + 1} line breaks, quotes "
                                         rf"or escapes, more than {LIMIT} \(the Turtle reader's time grows"):
        load_graph([str(path)])
    assert calls == []


@pytest.mark.unit
def test_a_turtle_literal_at_the_limit_and_many_short_ones_are_read(tmp_path):
    from policykg.use.loading import load_graph
    from policykg.use.long_literals import LIMIT

    (lit,) = load_graph([str(_one_literal(tmp_path, LIMIT))]).objects()
    assert lit.count("\n") == LIMIT
    many = tmp_path / "many.ttl"
    many.write_text("".join(f'<http://e/s{i}> <http://e/p> "x\\ny" .\n' for i in range(20000)), encoding="utf-8")
    assert len(load_graph([str(many)])) == 20000


@pytest.mark.unit
@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.glob("*.ttl")))
def test_the_linear_reader_finds_the_golden_graphs_literals_as_rdflib_reads_them(name):
    """The pre-check reads a file with pyoxigraph: on the shipped golden graphs it must see the literals
    rdflib reads (the graphs themselves are still read by rdflib, unchanged)."""
    import rdflib

    from policykg.use.long_literals import _VALUE_MARKS, _most_marks

    path = GOLDEN / name
    graph = rdflib.Graph().parse(path, format="turtle")
    expected = max(sum(str(o).count(c) for c in _VALUE_MARKS) for o in graph.objects()
                   if isinstance(o, rdflib.Literal))
    assert _most_marks(path.read_bytes(), "turtle", path.absolute().as_uri()) == expected


def _ledger_write_fails(monkeypatch, written, short: bool):
    """os.write on the ledger fails as on a full disk (ENOSPC), or writes only half the line."""
    import errno
    import os

    real = os.write

    def write(fd, data):
        if not os.readlink(f"/proc/self/fd/{fd}").endswith(written._NAME):
            return real(fd, data)
        if short:
            return real(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(written.os, "write", write)


@pytest.mark.unit
@pytest.mark.parametrize("short", [False, True])
def test_an_output_is_not_put_in_place_when_its_record_cannot_be_kept(tmp_path, monkeypatch, short):
    """A full disk under $XDG_STATE_HOME: the output was written but not recorded, and the next run refused
    to replace it as a file 'policykg did not write', without saying why. Now one line, nothing replaced."""
    from policykg.corpus import safefile, written
    from policykg.errors import UsageError

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    out = tmp_path / "o.nt"
    _ledger_write_fails(monkeypatch, written, short)
    with pytest.raises(UsageError, match=rf"^--out {out}: cannot add to {tmp_path}/state/policykg/written\.jsonl "
                                         rf"\(.+\), the record that lets a later run replace it; nothing replaced$"):
        safefile.write_atomic(str(out), "x\n", only_ours=True)
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["state"]


@pytest.mark.unit
def test_a_record_appended_after_a_line_cut_short_is_kept(tmp_path, monkeypatch):
    """A line a full disk cut short has no line end: the next record was glued to it and lost, so its
    output was refused by the run after."""
    from policykg.corpus import safefile, written

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    ledger = tmp_path / "state" / "policykg" / "written.jsonl"
    ledger.parent.mkdir(parents=True, mode=0o700)
    ledger.write_bytes(b'["/gone/a.nt", "12ab')
    ledger.chmod(0o600)
    out = tmp_path / "o.nt"
    safefile.write_atomic(str(out), "x\n", only_ours=True)
    assert written.wrote(str(out))
    safefile.write_atomic(str(out), "y\n", only_ours=True)   # replaced: it is ours
    assert out.read_text() == "y\n"


@pytest.mark.unit
def test_an_output_written_over_a_huge_ledger_is_replaced_by_the_next_run(tmp_path, monkeypatch):
    """A ledger past 16 times MAX_BYTES was not read at all: the write's compaction then emptied it, the new
    entry with it, and the next run refused the output as a file 'policykg did not write'."""
    from policykg.corpus import safefile, written

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(written, "MAX_BYTES", 1024)
    ledger = tmp_path / "state" / "policykg" / "written.jsonl"
    ledger.parent.mkdir(parents=True, mode=0o700)
    ledger.write_text('["/gone/a.nt", "ab"]\n' * 1000)   # 21 KB: past 16 * 1024
    ledger.chmod(0o600)
    out = tmp_path / "o.nt"
    safefile.write_atomic(str(out), "x\n", only_ours=True)
    safefile.write_atomic(str(out), "y\n", only_ours=True)
    assert out.read_text() == "y\n" and ledger.stat().st_size < 1024
