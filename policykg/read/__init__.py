"""Stage 1 — read: a file (text, HTML page, PDF or Word .docx) → Document with normalised text and metadata.

A PDF or .docx is recognised by its content (pdf_text.py, docx_text.py extract its text; the build writes
that text to ``texts/<slug>.txt``); a file named .pdf or .docx that is neither is refused. Besides
decoding, the reader refuses what would give wrong facts without a word: an RTF or old Word file, a file holding the same report twice (every fact would be doubled), a text in traditional characters (the word lists are simplified), and a text whose
line breaks were lost (no outline can be read from one line). Invisible characters (zero-width spaces,
soft hyphens, direction marks: Unicode format characters; NUL and other control bytes) are dropped from
the text, so a number or name they split reads whole; offsets then refer to the text without them, which the build writes to
``texts/<slug>.txt``. How the report was typed (full-width digits, letter spacing, hard line breaks,
page numbers, …) is evened out in ``Document.shadow``, the text matched (retype.py); evidence offsets
and quotes still refer to the text as written.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace

from .. import resources
from .decode import DecodeError, decode_bytes, looks_utf16
from .retype import matching_text, restore
from .shape_checks import MAX_NUMBERS, check_shape, data_kind, looks_truncated, year_outside  # noqa: F401
from ..errors import InputError, NotAReport, empty_name, missing_file, refuse_stdin_dash, special_file
from ..structure.metadata import apply_overrides, read_metadata, title_year_conflict
from ..model import Document, Metadata

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # the longest national reports are ~0.1 MB
_HTML = re.compile(rb"^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)|<body[\s>]", re.I)
_READ = resources.lexicon_data("typing")["report_text"]
_REPORT_WORDS = tuple(_READ["report_words"])
_MAGIC = ((b"{\\rtf", "an RTF document, not a report text (save it as plain text first)"),
          (b"\xd0\xcf\x11\xe0", "an old Office document (.doc), not a report text (save it as text first)"))
# Unicode format characters (category Cf) and the other default-ignorable code points (variation selectors,
# U+034F, the Hangul fillers U+3164, U+FFA0): invisible, and they split numbers and names; and the control
# characters a damaged scrape or copy leaves (NUL, a zeroed block; ESC, DEL), which no report holds and XML
# cannot carry (tab, line breaks and form feed stay; \v is a line break by now; many: binary, refused above)
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
                        "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
                        "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
# combining marks (accents, overlays) on a Chinese character or CJK punctuation: no Chinese text has them, and
# one left by a damaged copy or OCR split a name (中旺航<U+0301>空产业园: the park was lost without a word);
# after a Latin letter (pinyin lǚ spelt with U+0308 U+030C) they stay
_STRAY_MARKS = re.compile("(?<=[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])"
                          "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _control_ratio(data: bytes) -> float:
    sample = data[:4096]
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bad / max(1, len(sample))


def read_report(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, place: str | None = None,
                year: int | None = None, date: str | None = None, speaker: str | None = None,
                report_id: str | None = None) -> Document:
    """Read and check one report; raise InputError with a one-line reason when unusable."""
    if not str(path).strip():   # `policykg build "$REPORTS"` with REPORTS unset (or a space): ": no such file"
        raise empty_name("the report name", "a report file or folder name")
    if not os.path.exists(path):
        refuse_stdin_dash(path, "a report")
        raise missing_file(str(path))   # `r.txt/`: a file's name with a / said "no such file"
    if os.path.isdir(path):
        raise InputError(f"{path}: is a folder, not a report file")
    kind = special_file(path)  # getsize says 0: it was refused as an 'empty file'
    if kind:
        raise InputError(f"{path}: is {kind}, not a report file; save the report to a file first")
    size = os.path.getsize(path)
    if size == 0:
        raise InputError(f"{path}: empty file")
    if size > max_bytes:
        raise InputError(f"{path}: {size} bytes is above the size limit of {max_bytes} bytes (--max-bytes)")
    try:
        with open(path, "rb") as fh:
            data = read_capped(fh, max_bytes)   # not read(): a file growing meanwhile was read to its end
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: grew past the size limit of {max_bytes} bytes while it was read "
                         f"(--max-bytes); build it once it is whole")
    return read_bytes(data, path, place=place, year=year, date=date, speaker=speaker, report_id=report_id,
                      max_bytes=max_bytes)


def read_capped(fh, limit: int) -> bytes:
    """The file's bytes, or its first limit + 1 when it holds more: in blocks, for read(limit + 1) sizes its
    buffer by the number asked (a MemoryError for `--max-bytes 1000000000000`, review27)."""
    blocks, total = [], 0
    while total <= limit and (block := fh.read(min(1 << 20, limit + 1 - total))):
        blocks.append(block)
        total += len(block)
    return b"".join(blocks)


def read_bytes(data: bytes, path: str = "<bytes>", *, place=None, year=None, date=None, speaker=None,
               report_id=None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Decode, normalise and check one report; raise InputError (one line) when unusable."""
    if not data:
        raise InputError(f"{path}: empty file")
    text, encoding, truncated, source_kind = source_text(data, path, max_bytes)
    if sum(1 for c in text[:4096] if c == "\ufffd") > 20:   # binary data: the NULs of a few are dropped below
        raise InputError(f"{path}: binary data, not a text report")
    text, invisible = _INVISIBLE.subn("", text)
    invisible += sum(len(run) for run in _STRAY_MARKS.findall(text))
    text = _STRAY_MARKS.sub("", text)
    kind = data_kind(text) if source_kind == "text" else None
    if kind:
        raise InputError(f"{path}: {kind}, not a report text (build reads report texts, HTML pages, PDF and Word .docx files)")
    han = sum(1 for c in text[:20000] if "\u4e00" <= c <= "\u9fff")
    if han < 200:
        what = {"html": "an HTML page", "pdf": "a PDF", "docx": "a Word document"}.get(source_kind, "text")
        raise NotAReport(f"{path}: not a government work report ({what} with only {han} Chinese characters)")
    _refuse_traditional(text, path)
    if not any(w in text for w in _REPORT_WORDS) and not _report_words_retyped(text):
        raise NotAReport(f"{path}: not a government work report (no 政府工作报告/各位代表 text found)")
    check_shape(text, path)
    shadow, origin = matching_text(text)
    md = header_metadata(shadow, origin)
    conflict = title_year_conflict(md) if year is None and date is None else None
    if conflict:
        raise InputError(f"{path}: the title names the year {conflict[0]}, the meeting or date line {conflict[1]}; "
                         f"give --year {conflict[1]} or --year {conflict[0]}")
    md = apply_overrides(md, place=place, year=year, date=date, speaker=speaker)
    if md.place and not md.year and md.date:
        y = int(md.date[:4])
        raise InputError(f"{path}: delivered {md.date}, in December: neither the title nor a part heading names "
                         f"the year it plans ({y} or {y + 1}); give --year {y} or --year {y + 1}")
    if not md.place or not md.year:
        missing = [n for n, v in (("place", md.place), ("year", md.year)) if not v]
        raise NotAReport(f"{path}: no {' and '.join(missing)} found in the report's header (meeting, date, "
                         f"speaker or title line){year_outside(shadow) if md.year is None else ''}; "
                         f"give {' and '.join('--' + n for n in missing)}")
    if not truncated:
        truncated = looks_truncated(text)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(path=path, text=text, encoding=encoding, sha256=sha, metadata=md,
                    truncated=truncated, source_kind=source_kind, report_id=report_id,
                    shadow=shadow if shadow != text else None, invisible_removed=invisible, origin=origin)


def header_metadata(shadow: str, origin) -> Metadata:
    """The metadata the report's header names, before any override (read from the matching text SHADOW, its
    spans put back on the text as written through ORIGIN)."""
    md = read_metadata(shadow)
    if origin:
        md, = restore(origin, md)
    return md


def _report_words_retyped(text: str) -> bool:
    """The report words in the matching text: a text spaced letter by letter (政   府   工   作)."""
    if len(max(text.split("\n"), key=len)) > 3000:   # no letter-spaced page: one line of a whole text
        return False
    shadow = matching_text(text)[0]
    return any(w in shadow for w in _REPORT_WORDS)


def _refuse_traditional(text: str, path: str) -> None:
    """Refuse a report written in traditional characters: every lexicon holds simplified words, so its
    units (億元) and names went unread, and no option could supply them (typing.yaml traditional_forms)."""
    from ..extract.qlexicon import lexicon

    words = lexicon("typing")
    forms = set(words["traditional_forms"])
    han = [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]
    found = sorted({c for c in han if c in forms})
    if sum(c in forms for c in han) >= words["traditional_share"] * len(han):
        raise InputError(f"{path}: written in traditional characters ({'、'.join(found[:5])} …), which the "
                         f"reader's words do not match (億元 is no unit to it); convert it to simplified "
                         f"Chinese first (OpenCC t2s, say)")


def source_text(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str, bool, str]:
    """(text, encoding, truncated, source kind) of a report file, by its content: a PDF, a Word .docx, an
    HTML page or a text; InputError for what is none of them. The size limit holds for what a .docx
    unpacks to, too."""
    head = data.lstrip()[:8]
    if head.startswith(b"%PDF-"):
        from .pdf_text import pdf_to_text
        return pdf_to_text(data, path), "pdf", False, "pdf"
    if head.startswith(b"PK\x03\x04"):
        from .docx_text import docx_to_text
        return docx_to_text(data, path, max_bytes), "docx", False, "docx"
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".pdf", ".docx"):
        what = "a PDF (no %PDF- header)" if suffix == ".pdf" else "a Word .docx document (not a ZIP archive)"
        raise InputError(f"{path}: named {suffix} but not {what}")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"{path}: {what}")
    if not looks_utf16(data) and _control_ratio(data) > 0.05:
        raise InputError(f"{path}: binary data, not a text report")
    try:
        text, encoding, truncated = decode_bytes(data)
    except DecodeError as exc:
        raise InputError(f"{path}: {exc}") from None
    if _HTML.search(text[:2048].encode("utf-8", "replace")):
        from .html_text import html_to_text
        return html_to_text(text), encoding, truncated, "html"
    return text, encoding, truncated, "text"


def for_matching(doc: Document) -> Document:
    """The document structure and extraction read: the matching text (retype.py) when there is one;
    quotes still come from ``doc.text``. Give what is read from it to ``restore_offsets``."""
    return replace(doc, text=doc.shadow) if doc.shadow else doc


def restore_offsets(doc: Document, outline, facts) -> tuple:
    """(outline, facts) read from ``for_matching(doc)`` with their spans moved onto ``doc.text``."""
    return restore(doc.origin, outline, facts) if doc.origin else (outline, facts)
