"""Text of a Word .docx report, one paragraph a line, via python-docx.

The body's paragraphs and tables in document order (a table row is one line, its cells joined by a
tab); a manual line break inside a paragraph starts a new line. Headers, footers, comments and
footnotes are not report text and are left out. Each line is stripped and empty lines are dropped,
as for an HTML page.
"""
from __future__ import annotations

import io
import zipfile

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
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 — python-docx and lxml raise many types on damaged parts
        raise InputError(f"{path}: not a readable Word .docx document ({type(exc).__name__})") from None


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
