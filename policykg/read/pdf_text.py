"""Text of a PDF report, one paragraph a line, via pdfminer.six.

Why pdfminer.six (not pypdf): it gives every text line with its position on the page, which is what
rebuilding paragraphs takes — a PDF has visual lines only, and a report paragraph wraps over several.
A line continues the paragraph above when the line above reaches the right margin and this one starts
at the left margin (a new paragraph is indented, or follows a short line); wrapped Chinese lines join
without a space. Pages follow one another, so a paragraph continues across a page break. A lone page
number at the top or bottom of a page is dropped.

CJK fonts draw some ideographs with the glyph of a Kangxi or supplementary radical, and PDF producers
then map that glyph to the radical's code point (⼈ U+2F08 for 人, ⺠ U+2EA0 for 民); such code points
are mapped back to the ideograph, and the one-glyph two-em dash ⸺ to the ——  the reports write.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass

from .. import resources
from ..errors import InputError

# supplementary radicals → the ideograph the Noto CJK fonts draw with the same glyph (from their cmap);
# Kangxi radicals (U+2F00–U+2FD5) go through NFKC, which maps each to its ideograph
_SUPPLEMENT = str.maketrans("⺂⺃⺅⺉⺏⺐⺒⺓⺔⺕⺖⺘⺙⺛⺞⺟⺠⺡⺣⺤⺦⺨⺭⺯⺰⺱⺹⺺⺾⻂⻅⻆⻈"
                            "⻉⻋⻌⻐⻑⻒⻓⻔⻖⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻮⻯⻰⻱⻲⻳",
                            "乛乚亻刂尣尢巳幺彑彐忄扌攵旡歺母民氵灬爫丬犭礻糹纟罓耂肀艹衤见角讠"
                            "贝车辶钅長镸长门阝青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐齿竜龙龜亀龟")
_KANGXI = re.compile("[\u2f00-\u2fd5]")
# NFKC maps ⼾ to the traditional 戶; simplified-Chinese fonts draw it as 户
_SPECIAL = {"\u2e3a": "——", "\u2e3b": "———", "\u2f3e": "户"}
_PAGE_NUMBER = re.compile(resources.lexicon_data("typing")["pdf_page_number"])
_LETTER = re.compile(r"[A-Za-z]")
# what the compressed streams of a PDF may unpack to in all: this many times its size, at least _MIN
_UNPACK_RATIO = 20
_MIN_UNPACKED = 64 * 1024 * 1024


@dataclass
class Row:
    """One visual line of a page: its text and horizontal extent, and its height (about the font size)."""
    text: str
    x0: float
    x1: float
    height: float


def pdf_to_text(data: bytes, path: str) -> str:
    """The text of a PDF, one paragraph a line; InputError (one line) when it cannot be read."""
    pages = _pages(data, path)
    rows = [r for page in pages for r in page]
    if not rows:
        raise InputError(f"{path}: the PDF holds no text (a scan? run OCR on it first)")
    text = "\n".join(_paragraphs(rows)) + "\n"
    if text.count("(cid:") > 20:
        raise InputError(f"{path}: the PDF's fonts map no Unicode text (its characters read as (cid:N))")
    return _unradical(text)


class _Unpacked(Exception):
    """The PDF's compressed streams unpack to more than the budget."""


class _BoundedZlib:
    """What pdfminer.pdftypes uses of zlib (and its lzwdecode), with everything it unpacks counted against
    one budget: a FlateDecode or LZWDecode stream (or a chain of them) of a few MB can unpack to many GB,
    which pdfminer would hold in memory (and, for a damaged one, rebuild byte by byte)."""

    def __init__(self, budget: int) -> None:
        self.left = budget
        self.error = zlib.error

    def __getattr__(self, name):
        return getattr(zlib, name)

    def _take(self, d, data: bytes) -> bytes:
        out = d.decompress(data, self.left + 1)
        self.left -= len(out)
        if self.left < 0:
            raise _Unpacked
        return out

    def decompress(self, data: bytes) -> bytes:
        d = zlib.decompressobj()
        out = self._take(d, data)
        if not d.eof:  # pdfminer then unpacks it again, byte by byte (decompress_corrupted)
            self.left += len(out)
            raise zlib.error("incomplete or truncated stream")
        return out

    def lzwdecode(self, data: bytes) -> bytes:
        """An LZWDecode stream counted against the same budget, a code at a time: each code of 12 bits
        may unpack to thousands of bytes (a PDF of 36 KB unpacked to 84 MB of page content, which
        pdfminer then parsed for more than ten minutes)."""
        from pdfminer.lzw import LZWDecoder

        out = []
        for part in LZWDecoder(io.BytesIO(data)).run():
            self.left -= len(part)
            if self.left < 0:
                raise _Unpacked
            out.append(part)
        return b"".join(out)

    def decompressobj(self):
        bounded = self

        class _Obj:
            def __init__(self) -> None:
                self.d = zlib.decompressobj()

            def decompress(self, data: bytes) -> bytes:
                return bounded._take(self.d, data)

        return _Obj()


def _pages(data: bytes, path: str) -> list[list[Row]]:
    """The rows of every page, top to bottom, page numbers at the edges dropped."""
    from pdfminer import pdftypes
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.lzw import lzwdecode
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    quiet = logging.getLogger("pdfminer")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # pdfminer logs font quirks as warnings; stderr carries one line
    budget = max(_MIN_UNPACKED, _UNPACK_RATIO * len(data))
    pdftypes.zlib = bounded = _BoundedZlib(budget)
    pdftypes.lzwdecode = bounded.lzwdecode
    try:
        # boxes_flow=None: no hierarchical grouping of text boxes, which grows with the cube of the boxes
        # on a page (a 118 KB page of 4,000 scattered words took 9 minutes); rows are sorted here anyway
        laparams = LAParams(boxes_flow=None)
        return [_page_rows(page) for page in extract_pages(io.BytesIO(data), laparams=laparams)]
    except _Unpacked:
        raise InputError(f"{path}: the PDF's compressed streams unpack to more than {budget} bytes "
                         f"(a compression bomb?); not reading it") from None
    except PDFPasswordIncorrect:
        raise InputError(f"{path}: the PDF is encrypted with a password; decrypt it first "
                         f"(e.g. qpdf --decrypt --password=… in.pdf out.pdf)") from None
    except Exception as exc:  # noqa: BLE001 — a damaged PDF makes pdfminer raise many types
        name = type(exc).__name__
        if "Encrypt" in name or "Password" in name:
            raise InputError(f"{path}: the PDF is encrypted in a way that cannot be read ({name})") from None
        raise InputError(f"{path}: not a readable PDF ({name})") from None
    finally:
        pdftypes.zlib, pdftypes.lzwdecode = zlib, lzwdecode
        quiet.setLevel(level)


def _page_rows(page) -> list[Row]:
    """Text lines of a page merged into rows (pieces on one baseline), top to bottom, left to right."""
    from pdfminer.layout import LTTextContainer, LTTextLine

    lines = []
    for box in page:
        if isinstance(box, LTTextContainer):
            for line in box:
                if isinstance(line, LTTextLine) and line.get_text().strip():
                    lines.append(line)
    lines.sort(key=lambda ln: (-round(ln.y1, 1), ln.x0))
    rows: list[list] = []
    for ln in lines:
        last = rows[-1][-1] if rows else None
        if last is not None and min(last.y1, ln.y1) - max(last.y0, ln.y0) > 0.5 * min(last.height, ln.height):
            rows[-1].append(ln)  # overlaps the row's height: the same visual line
        else:
            rows.append([ln])
    out = [_row(pieces) for pieces in rows]
    for i in (-1, 0):  # page numbers stand alone at the top or bottom of a page
        if out and _PAGE_NUMBER.match(out[i].text):
            out.pop(i)
    return out


def _row(pieces) -> Row:
    pieces = sorted(pieces, key=lambda ln: ln.x0)
    text = " ".join(p.get_text().strip(" \t\n\r\u3000\xa0") for p in pieces)
    return Row(text=text, x0=pieces[0].x0, x1=pieces[-1].x1, height=max(p.height for p in pieces))


def _paragraphs(rows: list[Row]) -> list[str]:
    """Rows joined into paragraphs: a row continues the paragraph when the row above fills the line to
    the right margin and this row starts at the left margin."""
    em = sorted(r.height for r in rows)[len(rows) // 2]
    left = Counter(round(r.x0) for r in rows).most_common(1)[0][0]
    ends = Counter(round(r.x1) for r in rows)
    # the right margin: the rightmost end that several rows share (one overlong row does not move it)
    right = max((x for x, n in ends.items() if n > 1), default=max(ends))
    out: list[str] = []
    full = False
    for r in rows:
        if out and full and r.x0 <= left + 0.6 * em:
            out[-1] += (" " if _LETTER.match(out[-1][-1:]) and _LETTER.match(r.text[:1]) else "") + r.text
        else:
            out.append(r.text)
        full = r.x1 >= right - em
    return out


def _unradical(text: str) -> str:
    for glyph, written in _SPECIAL.items():
        text = text.replace(glyph, written)
    text = _KANGXI.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text.translate(_SUPPLEMENT)
