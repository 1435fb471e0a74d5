"""Bytes the operating system hands over (command-line words, file names) as text, the same under every
locale. Python reads them in the locale's encoding: under a Latin one (tr_TR.ISO-8859-9, de_DE.ISO-8859-1)
the UTF-8 bytes of 静海区 became Latin letters (éæµ·…), so `--place 静海区` was refused and summary.csv
named the report file in those characters, a build differing from the same build under a UTF-8 locale."""
from __future__ import annotations

import os


def raw(value: str) -> bytes:
    """The bytes the OS gave for value (os.fsencode); a str that never came from the OS (typed in a test,
    read from a file) and that the locale cannot encode is taken as UTF-8."""
    try:
        return os.fsencode(value)
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape")


def typed(value: str) -> str:
    """A word typed on the command line: its bytes read as UTF-8 when they are UTF-8, else as the locale
    read them (a GBK terminal's 静海区 is no UTF-8 and stays as read; bytes that are neither keep their
    surrogate escapes, for the caller to refuse)."""
    try:
        return raw(value).decode("utf-8")
    except UnicodeDecodeError:
        return value


def shown_name(name: str) -> str:
    """A file name as UTF-8 text whatever the locale: bytes that are not UTF-8 as \\xNN."""
    return raw(name).decode("utf-8", "backslashreplace")
