"""PDF and Word .docx reports: built like text, with the extracted text written to texts/<slug>.txt so
every evidence offset is checkable; unreadable documents refused with one line (exit 2)."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from rdflib import Graph

from policykg.vocab import PKG
from cli_helpers import ROOT, SEED, one_line, run_cli

sys.path.insert(0, str(ROOT / "scripts"))
from make_input_fixtures import slice_lines  # noqa: E402  (the lines the PDF was printed from)

INPUTS = ROOT / "tests" / "fixtures" / "inputs"
PDF = INPUTS / "jinghai-2021-slice.pdf"
# the 2021 targets the slice states: 地区生产总值增长4%，一般公共预算收入增长10%，固定资产投资增长8%，…
TARGETS = {(4.0, "%"), (10.0, "%"), (8.0, "%")}


def make_docx(path: Path, lines: list[str]) -> Path:
    import docx

    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(str(path))
    return path


def built(path: Path, out: Path) -> tuple[Graph, str]:
    r = run_cli("build", path, "--out", out, "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    text = (out / "texts" / "jinghaiqu-2021.txt").read_text(encoding="utf-8")
    return Graph().parse(out / "graph.ttl", format="turtle"), text


def check_quotes_and_targets(g: Graph, text: str) -> None:
    quotes = 0
    for ev in set(g.subjects(PKG.quote, None)):
        start, end = int(g.value(ev, PKG.start)), int(g.value(ev, PKG.end))
        assert text[start:end] == str(g.value(ev, PKG.quote))
        quotes += 1
    assert quotes >= 20
    targets = {(float(g.value(t, PKG.value)), str(g.value(t, PKG.unitText)))
               for t in g.subjects(PKG.value, None) if (t, None, PKG.Target) in g}
    assert TARGETS <= targets, targets


def test_pdf_report_builds_with_checkable_offsets(tmp_path):
    g, text = built(PDF, tmp_path / "out")
    check_quotes_and_targets(g, text)
    # the paragraphs of the source come back whole (one spacing run between name and title aside)
    assert text.split("\n")[:-1] == [" ".join(ln.split()) for ln in slice_lines()]
    assert "人民" in text and "⺠" not in text and "⼈" not in text  # radical code points mapped back


def test_docx_report_builds_with_checkable_offsets(tmp_path):
    src = make_docx(tmp_path / "jinghai.docx", slice_lines())
    g, text = built(src, tmp_path / "out")
    check_quotes_and_targets(g, text)
    assert text == "\n".join(slice_lines()) + "\n"


def test_document_text_is_deterministic(tmp_path):
    from policykg.read import read_report

    assert read_report(str(PDF)).text == read_report(str(PDF)).text
    a = make_docx(tmp_path / "a.docx", slice_lines())
    assert read_report(str(a)).text == read_report(str(make_docx(tmp_path / "b.docx", slice_lines()))).text


def test_folder_takes_pdf_and_docx(tmp_path):
    from policykg.corpus.inputs import folder_reports

    (tmp_path / "sub").mkdir()
    make_docx(tmp_path / "sub" / "b.docx", slice_lines())
    (tmp_path / "a.pdf").write_bytes(PDF.read_bytes())
    assert folder_reports(str(tmp_path)) == [str(tmp_path / "a.pdf"), str(tmp_path / "sub" / "b.docx")]


def _corrupt_pdf(t: Path) -> Path:
    data = PDF.read_bytes()
    p = t / "corrupt.pdf"
    p.write_bytes(data[:2000] + bytes(200) + data[len(data) // 2:len(data) // 2 + 5000])
    return p


def _textless_pdf(t: Path) -> Path:
    p = t / "scan.pdf"
    p.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                  b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                  b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                  b"trailer << /Root 1 0 R >>\n%%EOF\n")
    return p


def _not_a_docx(t: Path) -> Path:
    p = t / "report.docx"
    p.write_bytes(SEED.read_bytes())  # a text report renamed .docx
    return p


def _zip_not_docx(t: Path) -> Path:
    p = t / "other.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    return p


def _damaged_docx(t: Path) -> Path:
    good = make_docx(t / "good.docx", slice_lines())
    p = t / "damaged.docx"
    p.write_bytes(good.read_bytes()[:3000])
    return p


@pytest.mark.parametrize("make, pattern", [
    (lambda t: INPUTS / "encrypted.pdf", r"encrypted\.pdf: the PDF is encrypted with a password"),
    (_corrupt_pdf, r"corrupt\.pdf: (not a readable PDF|the PDF holds no text)"),
    (lambda t: (t / "empty.pdf").write_bytes(b"") and None or t / "empty.pdf", r"empty\.pdf: empty file"),
    (_textless_pdf, r"scan\.pdf: the PDF holds no text"),
    (lambda t: (t / "fake.pdf").write_text("政府工作报告", encoding="utf-8") and t / "fake.pdf",
     r"fake\.pdf: named \.pdf but not a PDF"),
    (_not_a_docx, r"report\.docx: named \.docx but not a Word \.docx document"),
    (_zip_not_docx, r"other\.docx: a ZIP archive but not a Word \.docx document"),
    (_damaged_docx, r"damaged\.docx: a ZIP archive that cannot be opened"),
], ids=["encrypted", "corrupt", "empty", "textless", "text-named-pdf", "text-named-docx", "zip-not-docx",
        "damaged-docx"])
def test_unreadable_document_is_refused_in_one_line(tmp_path, make, pattern):
    path = make(tmp_path)
    one_line(run_cli("build", path, "--out", tmp_path / "out"), 2, pattern)
    assert not (tmp_path / "out").exists()
