"""Text of a Word .docx report, one paragraph a line, via python-docx.

The body's paragraphs and tables in document order (a table row is one line, its cells joined by a
tab); a manual line break inside a paragraph starts a new line. Headers, footers, comments and
footnotes are not report text and are left out. Each line is stripped and empty lines are dropped,
as for an HTML page.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

from ..errors import InputError

_STRIP = " \t\r\n\u3000\xa0"
# the parts every Word package has besides its document (ECMA-376 part 2: content types, package relationships)
_PACKAGE_PARTS = ("[Content_Types].xml", "_rels/.rels")


def docx_to_text(data: bytes, path: str, max_bytes: int | None = None) -> str:
    """The text of a .docx; InputError (one line) when it is not a readable Word document, or when its
    parts unpack to more than max_bytes (a ZIP bomb would be unpacked into memory whole)."""
    doc = _open(data, path, max_bytes)
    lines: list[str] = []
    for block in doc.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_table_lines(block))
        else:
            lines.extend(block.text.split("\n"))
    kept = [ln.strip(_STRIP) for ln in lines]
    return "\n".join(ln for ln in kept if ln) + "\n"


def _open(data: bytes, path: str, max_bytes: int | None = None):
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            # the sizes the archive declares bound what zipfile (and so python-docx) will unpack
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(f"{path}: a ZIP archive that cannot be opened (damaged), not a readable Word .docx "
                         f"document") from None
    if "word/document.xml" not in names:
        raise InputError(f"{path}: a ZIP archive but not a Word .docx document (no word/document.xml)")
    missing = [part for part in _PACKAGE_PARTS if part not in names]
    if missing:  # python-docx would fail on them with a bare KeyError
        raise InputError(f"{path}: not a readable Word .docx document (no {', '.join(missing)})")
    if max_bytes is not None and unpacked > max_bytes:
        raise InputError(f"{path}: the .docx unpacks to {unpacked} bytes, above the size limit of {max_bytes} "
                         f"bytes (--max-bytes)")
    try:
        _sizes_as_declared(data, z.infolist(), path)
    except (struct.error, zlib.error):  # a local header past the end, a broken deflate stream
        raise InputError(f"{path}: a ZIP archive that cannot be opened (damaged), not a readable Word .docx "
                         f"document") from None
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 — python-docx and lxml raise many types on damaged parts
        raise InputError(f"{path}: not a readable Word .docx document ({type(exc).__name__})") from None


def _sizes_as_declared(data: bytes, parts: list, path: str) -> None:
    """InputError naming a part that unpacks to more bytes than its header declares. zipfile inflates a
    part whole (up to 2 GB) before cutting it to the declared size, so a 2 MB file declaring small parts
    took gigabytes of memory; each deflated part is inflated here a megabyte at a time, up to that size."""
    for info in parts:
        if info.compress_type == zipfile.ZIP_STORED:  # its bytes are in the file: no more than its size
            continue
        if info.compress_type != zipfile.ZIP_DEFLATED:
            raise InputError(f"{path}: its part {info.filename} is compressed by method {info.compress_type}, "
                             f"which Word does not use (it stores or deflates); not reading it")
        magic, name_len, extra_len = struct.unpack_from("<4s22xHH", data, info.header_offset)
        if magic != b"PK\x03\x04":  # no local header where the directory says (zipfile: BadZipFile)
            raise zlib.error("no local file header")
        start = info.header_offset + 30 + name_len + extra_len
        stream = memoryview(data)[start:start + info.compress_size]
        if _inflated_size(stream, info.file_size) > info.file_size:
            raise InputError(f"{path}: its part {info.filename} unpacks to more than the {info.file_size} bytes "
                             f"it declares (a ZIP bomb?); not reading it")


def _inflated_size(stream, limit: int) -> int:
    """The size a raw deflate stream inflates to, counted a megabyte at a time; past limit, a size above it."""
    d = zlib.decompressobj(-zlib.MAX_WBITS)
    size = 0
    for i in range(0, len(stream), 1 << 16):
        chunk = stream[i:i + (1 << 16)]
        while chunk and size <= limit:
            size += len(d.decompress(chunk, 1 << 20))
            chunk = d.unconsumed_tail
        if size > limit or d.eof:
            return size
    return size + len(d.flush())


def _table_lines(table) -> list[str]:
    """One line per row; a merged cell (repeated across the grid) counted once."""
    out = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(ln.strip(_STRIP) for ln in cell.text.split("\n") if ln.strip(_STRIP))
            if not cells or cells[-1] != text:
                cells.append(text)
        out.append("\t".join(c for c in cells if c))
    return out
