"""Hostile inputs, round 29: a slow PDF below the unpacking limit."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

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
    pdf, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(pdf)


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
