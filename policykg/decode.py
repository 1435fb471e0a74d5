"""Bytes → text: the one normalisation every evidence offset relies on (DESIGN.md §1).

Strict UTF-8 first, then UTF-16 (by BOM), then GB18030, then charset-normalizer's guess;
a last character cut in half is tolerated and reported. CRLF (and lone CR) become LF;
nothing else changes.
"""
from __future__ import annotations

import codecs

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class DecodeError(ValueError):
    pass


def _strict(data: bytes, encoding: str) -> tuple[str, bool] | None:
    """Decode strictly; allow only an incomplete character at the very end."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        text = decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return None
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
    return None


def decode_bytes(data: bytes) -> tuple[str, str, bool]:
    """Return (text, encoding, truncated). Raises DecodeError when nothing fits."""
    encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom):], name
            break
    candidates = [encoding] if encoding else ["utf-8", _looks_utf16(data), "gb18030"]
    for name in filter(None, candidates):
        got = _strict(data, name)
        if got is not None:
            text, truncated = got
            return _normalise(text), name, truncated
    from charset_normalizer import from_bytes  # only for the rare file nothing above reads

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("cannot decode: not text in a known encoding")
    return _normalise(str(best)), best.encoding, False


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
