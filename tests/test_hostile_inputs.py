"""Hostile PDF and .docx inputs: compression bombs are refused in one line, quickly and without
unpacking them into memory; --max-bytes holds for what a .docx unpacks to."""
from __future__ import annotations

import io
import zipfile
import zlib

import pytest

from pdf_bytes import pdf_of

from policykg.errors import InputError
from policykg.read import read_bytes


def pdf_with_stream(stream: bytes) -> bytes:
    """A one-page PDF whose content stream is stream (already FlateDecode-compressed)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    return pdf_of(objs)


@pytest.mark.parametrize("damaged", [False, True], ids=["flate-bomb", "damaged-flate-bomb"])
def test_pdf_compression_bomb_is_refused_quickly(damaged, monkeypatch):
    """Regression: a 100 KB PDF whose content stream inflates to 100 MB was unpacked whole (about twice
    that in memory); with its checksum cut off, pdfminer rebuilt it byte by byte for minutes. What zlib
    inflates stays within the budget (twice, for a damaged stream pdfminer unpacks again), no single
    call returns more than the budget, and reading stops there."""
    from policykg.read import pdf_text

    stream = zlib.compress(b" " * (100 * 1024 * 1024), 9)
    data = pdf_with_stream(stream[:-4] if damaged else stream)
    assert len(data) < 200_000
    monkeypatch.setattr(pdf_text, "_MIN_UNPACKED", 16 * 1024 * 1024)  # twice the budget stays below 100 MB
    budget = max(pdf_text._MIN_UNPACKED, pdf_text._UNPACK_RATIO * len(data))
    inflated = _count_inflated(monkeypatch, budget)
    with pytest.raises(InputError, match=rf"x\.pdf: the PDF's compressed streams unpack to more than {budget} bytes"):
        read_bytes(data, "x.pdf")
    assert 0 < max(inflated) <= budget + 1 and sum(inflated) <= 2 * (budget + 1)


def _count_inflated(monkeypatch, budget: int) -> list[int]:
    """The size of every output zlib inflates from now on (zlib.decompress and decompressobj); one output
    above BUDGET, or twice it in all, stops the reading at once instead of letting it run for minutes."""
    sizes: list[int] = []
    real_decompress, real_obj = zlib.decompress, zlib.decompressobj

    def seen(out: bytes) -> bytes:
        sizes.append(len(out))
        if len(out) > budget + 1 or sum(sizes) > 2 * (budget + 1):
            raise MemoryError(f"inflated {len(out)} bytes, {sum(sizes)} in all, for a budget of {budget}")
        return out

    class Counted:
        def __init__(self, *args, **kwargs):
            self.d = real_obj(*args, **kwargs)

        def decompress(self, *args, **kwargs):
            return seen(self.d.decompress(*args, **kwargs))

        def __getattr__(self, name):
            return getattr(self.d, name)

    monkeypatch.setattr(zlib, "decompress", lambda *a, **k: seen(real_decompress(*a, **k)))
    monkeypatch.setattr(zlib, "decompressobj", Counted)
    return sizes


def test_pdf_reader_leaves_pdfminer_as_it_was():
    from pdfminer import pdftypes

    with pytest.raises(InputError):
        read_bytes(pdf_with_stream(zlib.compress(b"BT ET")), "x.pdf")
    assert pdftypes.zlib is zlib


def docx_bomb(unpacked: int) -> bytes:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            z.writestr(name, src.read(name))
        z.writestr("word/media/image1.png", b"\0" * unpacked, compresslevel=9)
    return out.getvalue()


def test_docx_zip_bomb_is_refused_by_what_it_unpacks_to():
    """Regression: --max-bytes held for the .docx file only; a 300 KB .docx unpacking to 300 MB was read
    into memory whole (650 MB resident)."""
    data = docx_bomb(40 * 1024 * 1024)
    assert len(data) < 100_000
    with pytest.raises(InputError, match=r"b\.docx: the \.docx unpacks to \d+ bytes, above the size limit of "
                                         r"20971520 bytes \(--max-bytes\)"):
        read_bytes(data, "b.docx")
    with pytest.raises(InputError, match=r"above the size limit of 1000000 bytes"):
        read_bytes(docx_bomb(2_000_000), "b.docx", max_bytes=1_000_000)
