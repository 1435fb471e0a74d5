"""Standard output for every verb: what a command prints goes through ``echo`` or ``write_bytes``, so a
failed write is known to be standard output's (cli_main names it so, or ends quietly when the reader of a
pipe went away, as `| head` does) and never read as a full disk under --out.

Click's own --help and --version are written through ``Verbs``/``Verb``, whose argument parsing runs
inside the same guard.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager

import click

from .option_parsing import OnceOnly


class StdoutError(Exception):
    """Standard output could not be written; ``closed`` when its reader went away (a closed pipe)."""

    def __init__(self, reason: str, closed: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.closed = closed


@contextmanager
def guard():
    """Turn an OSError of a write to standard output into StdoutError."""
    try:
        yield
    except BrokenPipeError as exc:
        raise StdoutError(exc.strerror or str(exc), closed=True) from None
    except OSError as exc:
        raise StdoutError(exc.strerror or str(exc)) from None


def echo(message: str = "", nl: bool = True) -> None:
    """Text on standard output, flushed at once; in the stream's encoding and error mode, as click.echo."""
    _open()
    with guard():
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:   # an odd stream (a test's stand-in without bytes): click writes it
            click.echo(message, nl=nl)
            return
        sys.stdout.flush()
        text = message + "\n" if nl else message
        _write_all(buffer, text.encode(_encoding(sys.stdout), sys.stdout.errors or "strict"))


def _encoding(stream) -> str:
    """The stream's encoding as click.echo writes in it: ASCII (PYTHONIOENCODING=ascii, LANG=C without
    Python's UTF-8 mode) is taken for a misconfigured stream and written as UTF-8."""
    import codecs
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return "utf-8" if codecs.lookup(encoding).name == "ascii" else encoding
    except LookupError:
        return "utf-8"


def write_bytes(blob: bytes) -> None:
    """Bytes on standard output (a table as CSV or JSON), after any text already written."""
    _open()
    with guard():
        sys.stdout.flush()
        _write_all(sys.stdout.buffer, blob)


def _write_all(buffer, data: bytes) -> None:
    """All of data, then flushed. A write may take only part (a file at the size limit, `ulimit -f`: the
    first write stops at the limit, the next fails), and TextIOWrapper and click drop the rest without a
    word: a query's CSV was cut at 1024 bytes and the command ended 0."""
    view = memoryview(data)
    while view:
        n = buffer.write(view)
        if not n:
            raise OSError(0, "no byte of it could be written")
        view = view[n:]
    buffer.flush()


def _open() -> None:
    if sys.stdout is None:  # started with stdout closed (>&-): click.echo would drop the text silently
        raise StdoutError("it is closed")


class _Guarded:
    """Argument parsing (where click writes --help and --version) under the guard."""

    def make_context(self, *args, **kwargs):
        with guard():
            try:
                return super().make_context(*args, **kwargs)
            except click.exceptions.Exit as exc:
                if exc.exit_code == 0:   # --help or --version went nowhere (>&-): exit 0 without a word
                    _open()
                raise


class Verb(_Guarded, OnceOnly, click.Command):
    """A command whose --help text is written under the guard, each of its one-value options given once."""


class Verbs(_Guarded, click.Group):
    """The group: its --help and --version, and each verb's --help, under the guard."""
    command_class = Verb
