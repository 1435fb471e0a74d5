"""Text options typed on the command line (--place, --speaker, --park, --param), whatever the locale."""
from __future__ import annotations

import os

import click


class Text(click.ParamType):
    """A str as typed. Under a locale without UTF-8 (LC_ALL=C with Python's locale coercion and UTF-8 mode
    off) Python hands over the UTF-8 bytes of 静海区 as surrogate escapes, which the checks refused as
    unprintable and the messages showed as \\udce9…; the bytes are read as the UTF-8 they are."""
    name = "text"

    def convert(self, value, param, ctx):
        if not isinstance(value, str) or not any("\udc80" <= c <= "\udcff" for c in value):
            return value
        try:
            return os.fsencode(value).decode("utf-8")
        except (UnicodeError, ValueError):
            self.fail("is not UTF-8 text", param, ctx)


TEXT = Text()
