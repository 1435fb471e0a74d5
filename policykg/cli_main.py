"""How every command ends (docs/contract.md): one line on stderr, never a traceback.

Exit codes: 0 done (build, validate: the graph conforms), 1 SHACL violations or a store that refused or
lost data, 2 unusable input, option, file or answer, 3 internal error (a bug), 130 interrupted.
Credentials in URLs are redacted from every message. When a thread was abandoned (deadline.run: a
cancelled or interrupted query may still be inside pyoxigraph or a socket read) the process ends with
os._exit, so interpreter shutdown neither waits for it nor frees what it uses.
"""
from __future__ import annotations

import atexit
import errno
import logging
import os
import signal
import sys
import traceback   # imported by logging already
import warnings

import click

from .corpus.held_signals import forget_caught_interrupts, ignore_interrupts
from .errors import InputError, UsageError, unprinted_interrupts
from .options import message_line
from .stdout import StdoutError
from .use.deadline import abandoned   # imported before any failure: one out of memory failed to import it

_WRITING = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS, errno.EIO)
_WRITERS = ("build", "add", "export", "validate", "impact", "table")   # commands whose interruption leaves the previous output


def fail(message, code: int = 2):
    """One line on stderr (whitespace collapsed, credentials redacted), then exit with code."""
    _ignore_signals_when_ending()
    try:
        click.echo(f"policykg: {message_line(message)}", err=True)
    except OSError:   # stderr on a full disk (2>/dev/full): the exit code is all that is left to say it
        pass
    if abandoned():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


# the signals that came: a KeyboardInterrupt raised inside a callback the interpreter runs for itself (an
# import lock's weakref callback, a __del__) was printed as 'Exception ignored in …' and dropped, and the
# command ran on (or failed in an import the interrupt had cut short); run() reports them at the end
_SIGNALLED: list[int] = []
_RUNNING: list[bool] = []   # non-empty while run() runs a command: _SIGNALLED then holds this command's signals


def _install_signals() -> None:
    """SIGINT, SIGTERM and SIGHUP raise KeyboardInterrupt in the main process; a forked worker just ends.
    SIGHUP (the terminal closed, an ssh session dropped) ended a build at once, without a word, its lock
    and temporary folder left beside --out. One the caller ignores stays ignored: nohup's SIGHUP, and SIGINT
    or SIGTERM (`trap '' INT`, a shell's `cmd &`), which the handlers took back a few tenths of a second in."""
    main_pid = os.getpid()
    _SIGNALLED.clear()

    def interrupted(signum, frame):
        if os.getpid() != main_pid:
            os._exit(128 + signum)  # the parent gets the signal too and reports it
        _SIGNALLED.append(signum)
        raise KeyboardInterrupt

    unprinted_interrupts()   # recorded in _SIGNALLED, reported at the end

    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):   # one the caller ignores stays ignored
        if signal.getsignal(s) != signal.SIG_IGN:
            signal.signal(s, interrupted)


def run(group: click.Group) -> None:
    """Run the click group on sys.argv, turning every way it can end into the contract above."""
    _install_signals()
    _RUNNING.append(True)
    _stderr_even_if_closed()
    _escape_what_the_terminal_cannot_show()
    # POLICYKG_DEBUG=0 (or false, no, off) is the setting turned off, not on: it printed tracebacks
    debug = os.environ.get("POLICYKG_DEBUG", "").strip().lower() not in ("", "0", "false", "no", "off")
    if not debug:  # an ill-typed literal (legal RDF) made rdflib log a warning with a traceback per value
        logging.getLogger("rdflib").setLevel(logging.ERROR)
        # or warn through `warnings` ("Parsing weird boolean"): two lines of rdflib's source on stderr
        warnings.filterwarnings("ignore", category=UserWarning, module=r"rdflib(\.|$)")
    _loopback_without_proxy()
    try:
        os.getcwd()
    except FileNotFoundError:  # relative paths, base IRIs and temp folders would each fail in their own words
        fail("the current folder no longer exists (it was removed); cd to a folder that does")
    try:
        # not group(standalone_mode=False): click's main() turns Ctrl-C into Abort after printing a
        # blank line on stderr, which would make the one-line contract two lines
        with group.make_context("policykg", sys.argv[1:]) as ctx:
            group.invoke(ctx)
        if _SIGNALLED:   # one the interpreter swallowed: the command ran on to its end
            _end_interrupted()
        _ignore_signals_when_ending()   # the command is complete
    except click.exceptions.Exit as exc:  # --help, --version
        sys.exit(exc.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        _end_interrupted()
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 — every other way ends in one line
        if _SIGNALLED:   # an error that followed a swallowed signal (an import it cut short): the signal is the news
            _end_interrupted()
        if debug:   # the details, then the one line and exit code (a re-raise ended in exit 1: SHACL's code)
            traceback.print_exception(exc)
        _fail_on(exc)
    finally:
        _SIGNALLED.clear()   # reported: a later write in the same process (a test) is not refused for it
        _RUNNING.clear()
        atexit.register(_quiet_shutdown)   # at exit only: a caller in the same process keeps its handlers


def _end_interrupted() -> None:
    """The one line of an interrupted command, exit 130."""
    command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
    outdir = sys.modules.get("policykg.corpus.outdir")
    if outdir is not None and outdir.WRITTEN:  # the signal came after the new output was in place
        fail(f"interrupted; the new output was already written to {outdir.WRITTEN[-1]}", 130)
    fail("interrupted" + _what_is_left(command), 130)


def _what_is_left(command: str) -> str:
    """What an interrupted (or failed) writer left: '; previous output left as it was' when its --out names
    something (there before, as the swap is atomic), '; nothing written' when it names nothing (it said a
    previous output was left where there had been none); '' for table or validate writing to stdout."""
    if command not in _WRITERS:
        return ""
    args = sys.argv[1:]
    out = next((a.split("=", 1)[1] for a in args if a.startswith("--out=")), None)
    if out is None and "--out" in args[:-1]:
        out = args[args.index("--out") + 1]
    if out is None:
        if command in ("table", "validate"):   # standard output, or no file at all
            return ""
        out = "out"   # build's default (the others need --out)
    return "; previous output left as it was" if os.path.lexists(out) else "; nothing written"


def _stderr_even_if_closed() -> None:
    """Started with stderr closed (2>&-), Python sets sys.stderr to None: build then ended in an internal
    error before any work (sys.stderr.isatty()), so did every message. Its lines go to /dev/null instead,
    on fd 2 itself, which the worker processes inherit."""
    if sys.stderr is not None:
        return
    fd = os.open(os.devnull, os.O_WRONLY)
    if fd != 2:
        os.dup2(fd, 2)
        os.close(fd)
    sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)


def _escape_what_the_terminal_cannot_show() -> None:
    """On a terminal whose encoding has no Chinese (PYTHONIOENCODING=latin-1, a Latin-1 locale) messages
    and tables show such characters as escapes (\\u2192): a write would end in UnicodeEncodeError after
    the work was done. Data written to stdout (query/table csv, json) goes as UTF-8 bytes instead."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            "中→…".encode(encoding)
        except UnicodeEncodeError:
            stream.reconfigure(errors="backslashreplace")
        except (LookupError, AttributeError, ValueError):  # an odd stream (a test's stand-in): leave it
            pass


def _loopback_without_proxy() -> None:
    """A loopback endpoint is never reached through http_proxy/https_proxy/all_proxy: query --endpoint and
    push sent the query, the graphs (and any credentials) to the proxy's host, another machine, without
    --allow-remote. urllib and requests both read no_proxy."""
    current = os.environ.get("no_proxy") or os.environ.get("NO_PROXY") or ""
    value = ",".join(filter(None, [current, "localhost,127.0.0.1,::1,127.0.0.0/8"]))
    os.environ["no_proxy"] = os.environ["NO_PROXY"] = value


def _drop_stdout() -> None:
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.__stdout__.fileno())
    except (OSError, AttributeError, ValueError):  # no stdout at all (started with it closed)
        pass


def _ignore_signals_when_ending() -> None:
    """When this process ends with the command (run_as_process): from its last line (or its completion) on,
    SIGINT/SIGTERM/SIGHUP are ignored. A second Ctrl-C (or the first, delivered late) right after the
    'interrupted' line raised a KeyboardInterrupt nothing caught any more: a traceback, then Python ended
    the process by SIGINT itself (-2, not 130). A caller in the same process keeps its handlers."""
    if _ENDS_PROCESS:
        _quiet_shutdown()


def _quiet_shutdown() -> None:
    """At exit, after the command has ended (its output written, its line printed): a Ctrl-C or SIGTERM during the
    interpreter's teardown — freeing a large graph takes a while — is ignored. Python restores the default
    handlers at shutdown, which would end the process with 130 and not a word after a complete output."""
    ignore_interrupts()


def _dash_file_hint(exc: click.ClickException) -> str:
    """For "No such option '-r'" where the word was a file's name (`policykg build -r.txt`): how to give it."""
    name = getattr(exc, "option_name", None)
    if type(exc).__name__ != "NoSuchOption" or not name:
        return ""
    word = next((a for a in sys.argv[1:] if a.startswith(name) and os.path.lexists(a)), None)
    return f" ({word} is a file here: write ./{word}, or put it after --)" if word else ""


def _fail_on(exc: Exception) -> None:
    if isinstance(exc, click.ClickException):
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `policykg`: the help, as click shows it
            click.echo(exc.format_message(), err=True)
            sys.exit(exc.exit_code)
        fail(exc.format_message() + _dash_file_hint(exc), exc.exit_code)
    if isinstance(exc, (InputError, UsageError)):
        fail(str(exc))
    if isinstance(exc, StdoutError):
        _drop_stdout()  # what is still buffered for it would fail again, in words, at shutdown
        if exc.closed:  # its reader went away (| head): end quietly, as Unix tools do
            sys.exit(0)
        outdir = sys.modules.get("policykg.corpus.outdir")
        done = f"; the output was written to {outdir.WRITTEN[-1]}" if outdir is not None and outdir.WRITTEN else ""
        fail(f"cannot write to standard output ({exc.reason}){done}")
    if type(exc).__name__ == "BrokenProcessPool":  # the machine, not policykg: the OOM killer or a kill -9
        command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
        kept = _what_is_left(command).replace("; nothing written", "")
        fail(f"a worker process was killed (out of memory, or a signal sent to it); nothing written{kept}")
    if isinstance(exc, OSError):  # the machine, not policykg: a full disk, a folder it may not write, …
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: " if exc.errno in _WRITING else ""
        fail(f"{where}{exc.strerror or exc}")
    fail(f"internal error: {type(exc).__name__}: {exc} (set POLICYKG_DEBUG=1 for details)", 3)


# ------------------------------------------------------------------------------- ending the process
_TEARDOWN_SKIPPABLE = False
_ENDS_PROCESS = False   # run_as_process: the command's end is the process's


def skip_teardown() -> None:
    """Called by a command whose outputs are all closed when it returns (build): the process that runs it
    as its entry point may then end without the interpreter's teardown (end_process)."""
    global _TEARDOWN_SKIPPABLE
    _TEARDOWN_SKIPPABLE = True


def runs_as_process() -> bool:
    """Whether the command runs as the process's entry point (run_as_process), not inside a caller's process."""
    return _ENDS_PROCESS


def run_as_process(command) -> None:
    """Run command (the whole command line) as the process's entry point, then end the process
    (end_process). Only entry points call this: a caller in the same process (a test) calls run."""
    global _ENDS_PROCESS
    _ENDS_PROCESS = True
    try:
        command()
    except SystemExit as exc:
        forget_caught_interrupts()
        end_process(exc.code)
        raise
    forget_caught_interrupts()
    end_process(0)


def end_process(code) -> None:
    """End the process with code at once, without the interpreter's teardown, when the command allowed
    it (skip_teardown) and nothing else needs it; else return, and Python ends as usual.

    Freeing everything a build made, one object at a time, took 0.3–0.5 s after the seed's output was
    complete (a fifth of the whole process); the kernel frees it at once. What the teardown would still
    have done is done here: the exit handlers a build registers (logging's, the output lock's) and the
    flush of stdout and stderr. Not taken when worker processes or threads were started (multiprocessing's
    exit handlers reap them) or when a flush fails (the usual path reports it)."""
    if not _TEARDOWN_SKIPPABLE or not (code is None or isinstance(code, int)):
        return
    threading = sys.modules.get("threading")
    if "multiprocessing" in sys.modules or (threading is not None and threading.active_count() > 1):
        return
    outlock = sys.modules.get("policykg.corpus.outlock")
    if outlock is not None:
        outlock.release_all()
    logging.shutdown()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code or 0)
