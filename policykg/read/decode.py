"""Bytes → text: the one normalisation every evidence offset relies on (docs/contract.md).

A byte-order mark first (UTF-8, UTF-32, UTF-16), then strict UTF-8, UTF-16 by the NUL pattern of ASCII
in it (or by its line breaks), GB18030, then charset-normalizer's guess; a last character cut in half is tolerated and reported. CRLF (and
lone CR, U+2028, U+2029, NEL and \\v) become LF; nothing else changes.

A file that is clearly UTF-8 (long runs of valid multi-byte sequences) but has invalid bytes is
refused rather than read as GB18030 mojibake: that is a corrupt file or a mix of encodings, and
any quote taken from it would be wrong.
"""
from __future__ import annotations

import codecs
import re

# UTF-32 first: its little-endian BOM starts with UTF-16's
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# six valid 3-byte UTF-8 sequences in a row (CJK lives there): never happens by chance in GBK text
_UTF8_RUN = re.compile(rb"(?:[\xe0-\xef][\x80-\xbf]{2}){6}")


class DecodeError(ValueError):
    pass


def _strict(data: bytes, encoding: str) -> tuple[str, bool] | UnicodeDecodeError:
    """Decode strictly; allow only an incomplete character at the very end.

    Returns (text, truncated) or the decoding error.
    """
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        text = decoder.decode(data, final=False)
    except UnicodeDecodeError as exc:
        return exc
    pending = decoder.getstate()[0]
    return text, bool(pending)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: most CJK/ASCII text has NULs at every other byte for ASCII."""
    if len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > len(odd) * 0.2 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.2 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return _utf16_by_line_breaks(data)


def _utf16_by_line_breaks(data: bytes) -> str | None:
    """UTF-16 without BOM whose text is mostly Chinese (few ASCII characters, so few NULs: a report
    exported by iconv -t UTF-16LE was refused as binary data): its line breaks are 0A 00 (00 0A) at even
    offsets, next to none at odd ones, and the whole decodes."""
    for name, brk in (("utf-16-le", b"\n\x00"), ("utf-16-be", b"\x00\n")):
        at = [m.start() % 2 for m in re.finditer(re.escape(brk), data[:1 << 20])]
        even = at.count(0)
        if even >= 5 and even > 9 * at.count(1) and not isinstance(_strict(data, name), UnicodeDecodeError):
            return name
    return None


def looks_utf16(data: bytes) -> bool:
    """UTF-16 by BOM or NUL pattern, or UTF-32 by BOM: NULs there are no sign of binary data."""
    return (data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
            or data[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE) or _looks_utf16(data) is not None)


def _bom_matches(data: bytes, encoding: str, bom: bytes) -> None:
    """A DecodeError when the bytes after a byte-order mark are plainly in another encoding: UTF-8 text
    (no NUL at all, and valid UTF-8) after a UTF-16 or UTF-32 mark decoded as CJK nonsense and was refused as
    'not a government work report'; UTF-16 after a UTF-8 mark was 'invalid UTF-8 at byte 5'."""
    mark = f"a {encoding.upper()} byte-order mark ({bom.hex(' ').upper()})"
    if encoding != "utf-8" and data and b"\x00" not in data \
            and not isinstance(_strict(data, "utf-8"), UnicodeDecodeError):   # a mark alone is an empty file
        raise DecodeError(f"starts with {mark} but the text after it is UTF-8; remove the mark or save the "
                          "file as UTF-8")
    other = _looks_utf16(data) if encoding == "utf-8" else None
    if other and isinstance(_strict(data, "utf-8"), UnicodeDecodeError):
        raise DecodeError(f"starts with {mark} but the text after it is {other.upper()}; save the file in one "
                          "encoding")


def decode_bytes(data: bytes) -> tuple[str, str, bool]:
    """Return (text, encoding, truncated). Raises DecodeError when nothing fits."""
    encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom):], name
            break
    if encoding:
        _bom_matches(data, encoding, bom)
        got = _strict(data, encoding)
        if isinstance(got, UnicodeDecodeError):
            raise DecodeError(f"invalid {encoding.upper()} at byte {got.start + len(bom)} "
                              "(corrupt file or mixed encodings)")
        return _normalise(got[0]), encoding, got[1]
    got = _strict(data, "utf-8")
    if not isinstance(got, UnicodeDecodeError):
        return _normalise(got[0]), "utf-8", got[1]
    utf8_error = got
    utf16 = _looks_utf16(data)
    if utf16 is None and _UTF8_RUN.search(data):
        raise DecodeError(_mixed_lines(data) or f"invalid UTF-8 at byte {utf8_error.start} (corrupt file or "
                          "mixed encodings)")
    for name in filter(None, (utf16, "gb18030")):
        got = _strict(data, name)
        if not isinstance(got, UnicodeDecodeError):
            return _normalise(got[0]), name, got[1]
    gb_error = got if utf16 is None else None
    from charset_normalizer import from_bytes  # only for the rare file nothing above reads

    try:
        best = from_bytes(data).best()
        text = str(best) if best is not None else None
    except (LookupError, ValueError):  # an odd guess charset-normalizer cannot decode after all
        text = None
    if text is None:
        raise DecodeError(_undecodable(data, gb_error))
    return _normalise(text), best.encoding, False


def _mixed_lines(data: bytes) -> str | None:
    """Which lines are GB18030 (GBK) and which UTF-8, when both kinds are there: a GBK report with a
    UTF-8 line pasted in was refused as "invalid UTF-8 at byte 1", which sent the user looking at a
    first line that was fine."""
    gbk, utf8 = [], []
    offset = 0
    for number, line in enumerate(data.split(b"\n"), 1):
        if not line.isascii():
            if not isinstance(_strict(line, "utf-8"), UnicodeDecodeError):
                utf8.append((number, offset))
            elif not isinstance(_strict(line, "gb18030"), UnicodeDecodeError):
                gbk.append((number, offset))
        offset += len(line) + 1
    if not gbk or not utf8:
        return None
    (few_name, few), (many_name, many) = sorted((("UTF-8", utf8), ("GB18030 (GBK)", gbk)), key=lambda k: len(k[1]))
    first = "line" if len(few) == 1 else "the first line"
    return (f"mixes encodings: {_lines(few)} of {few_name} ({first} {few[0][0]}, byte {few[0][1]}) among "
            f"{_lines(many)} of {many_name}; save the whole file in one encoding")


def _lines(found: list) -> str:
    return "1 line" if len(found) == 1 else f"{len(found)} lines"


def _undecodable(data: bytes, gb_error: UnicodeDecodeError | None) -> str:
    """Why nothing reads DATA: a GBK text with a stray byte is named by that byte's place, as a UTF-8 one is
    (it was "not text in a known encoding", which sent the user looking for the wrong problem)."""
    if gb_error is not None:
        before = data[:gb_error.start].decode("gb18030")
        if sum("\u4e00" <= c <= "\u9fff" for c in before) >= 200:
            return f"invalid GB18030 (GBK) at byte {gb_error.start} (corrupt file or mixed encodings)"
    return "cannot decode: not text in a known encoding"


# line breaks other than CR and LF: Unicode's line and paragraph separators, NEL, and Word's manual line
# break (\v) saved as text; a report using them was refused as one whose "line breaks are lost"
_OTHER_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0b": "\n"})


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_OTHER_BREAKS)
