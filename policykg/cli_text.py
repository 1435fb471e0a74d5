"""Text options typed on the command line (--place, --speaker, --park, --param), whatever the locale."""
from __future__ import annotations

import click

from .ostext import typed


class Text(click.ParamType):
    """A str as typed, its bytes read as the UTF-8 they are under any locale (ostext.typed): LC_ALL=C (locale
    coercion and UTF-8 mode off) handed them over as surrogate escapes, a Latin locale (tr_TR.ISO-8859-9) as
    Latin letters, and the checks refused 静海区 as unprintable or as no name."""
    name = "text"

    def convert(self, value, param, ctx):
        if not isinstance(value, str):
            return value
        text = typed(value)
        if any("\udc80" <= c <= "\udcff" for c in text):
            self.fail("is not UTF-8 text", param, ctx)
        return text


TEXT = Text()
