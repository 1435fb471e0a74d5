"""Errors that end a command with a one-line message instead of a traceback."""
from contextlib import contextmanager


class InputError(Exception):
    """Unusable input (exit 2): the message names the file and what is wrong with it."""


class NotAReport(InputError):
    """Readable text that is not a report, or one whose header names no place or year (exit 2): the refusals
    a later page of a report cut into files meets, told apart by kind, not by their words."""


class DataError(InputError):
    """A file of policykg's own data (a lexicon edited by hand) that cannot be used (exit 2): the message names
    that file, and no report is to blame for it."""


class UsageError(Exception):
    """A command used wrongly or a resource that cannot be reached (exit 2)."""


def empty_name(what: str, give: str, error: type[Exception] = InputError) -> Exception:
    """The one refusal of an empty (or blank) name, input or output, in every verb (an unset variable:
    `--graph "$G"`): "WHAT is empty; give GIVE". Inputs were refused in four other wordings."""
    return error(f"{what} is empty; give {give}")


_STDIN_DASH = ("-: policykg reads {what} from a file, not from standard input through '-'; save it to a file and "
               "give that file's name (./- names a file called '-')")


def refuse_stdin_dash(path, what: str, error: type[Exception] = InputError) -> None:
    """One refusal, in every verb, of '-' where no file of that name is: no verb reads standard input (it said
    "-: no such file", "unknown graph format" or "no such query file"). WHAT: a report, a graph, a query."""
    import os

    if str(path) == "-" and not os.path.lexists(path):
        raise error(_STDIN_DASH.format(what=what))


def require_file(path: str, hint: str = "") -> None:
    """An InputError naming what a graph or data path is instead of a readable file: an empty value,
    a folder, or nothing at all (``hint`` is added to the last)."""
    import os

    if not str(path).strip():
        raise empty_name("the graph name", "a graph file name")
    refuse_stdin_dash(path, "a graph")
    if os.path.isdir(path):
        raise InputError(f"{path}: is a folder, not a graph file")
    what = special_file(path)
    if what:
        raise InputError(f"{path}: is {what}, not a graph file")
    if not os.path.isfile(path):
        raise missing_file(str(path), hint)


def missing_file(path: str, hint: str = "") -> InputError:
    """"no such file", unless the name is a file's with a trailing / (which the system says is none) or a
    symbolic link to nothing (a loop, a missing target); an option written after ``--`` says so in the hint."""
    import os

    if path.endswith("/") and os.path.isfile(path.rstrip("/")):
        return InputError(f"{path}: is a file, not a folder; give it without the trailing /")
    from .closed_folders import broken_link, unreachable_reason
    if os.path.islink(path):   # a link the system follows to nothing: "no such file" named no reason
        return InputError(f"{path}: {broken_link(path)}")
    if reason := unreachable_reason(path):   # a file in a folder closed to this user exists
        return InputError(f"{path}: {reason}")
    if not hint and _option_after_dashes(str(path)):
        hint = " (every word after -- is a file name: put the options before --)"
    from .options import spaced, spaced_hint   # ' r.txt' was "r.txt: no such file", a file that exists
    return InputError(f"{spaced(path)}: no such file{hint or spaced_hint(str(path))}")


def _option_after_dashes(path: str) -> bool:
    """Whether PATH is an option's name the command line wrote after ``--`` (`build -- -r.txt --out o`: every word
    after -- is a name, so --out was read as a report)."""
    import re
    import sys

    argv = sys.argv
    before = argv[1:argv.index(path)] if path in argv else []
    return re.fullmatch(r"--[a-z][a-z-]*", path) is not None and "--" in before


def special_file(path) -> str | None:
    """What PATH is when it exists (links followed) but is no regular file or folder: a FIFO, device or
    socket, which a reader would wait on or read without end; else None."""
    import os
    import stat

    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    for test, what in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return what
    return None


def env_text(name: str) -> str | None:
    """Environment variable NAME (None when unset); UsageError when its bytes are not UTF-8 (\\xff\\xfe, a
    value pasted from binary data or set under another encoding): a file it names was made under that raw
    name, which no listing shows as typed. A value the locale only decoded as escapes (LC_ALL=C) is kept."""
    import os

    value = os.environ.get(name)
    if value:
        raw = os.fsencode(value)
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            shown = raw.decode("utf-8", "backslashreplace")
            raise UsageError(f"{name}={shown}: is not UTF-8 text; name the file in UTF-8, or unset it") from None
    return value


MODEL_ENV = ("POLICYKG_ENTITY_MODEL", "POLICYKG_PLACEMENT_MODEL")
MODEL_MAX_BYTES = 64 << 20  # a model make train writes is some KB


def check_model_env(environ=None) -> None:
    """A UsageError when a model variable (the decision models) names something other
    than a regular file of model size: the reader would otherwise read /dev/zero or a FIFO until memory runs out,
    or wait forever (JSON nested too deep is refused by the reader itself, model_file.read_model)."""
    import os

    environ = os.environ if environ is None else environ
    for name in MODEL_ENV:
        value = environ.get(name, "")
        if not value or value in ("rules", "none") or not os.path.exists(value):
            continue  # unset, the rule passes (no tagger), or missing: the reader says so
        if not os.path.isfile(value):
            raise UsageError(f"{name}={value}: not a regular file (a model file written by make train)")
        if os.path.getsize(value) > MODEL_MAX_BYTES:
            raise UsageError(f"{name}={value}: {os.path.getsize(value) >> 20} MB is no model file written by "
                             f"make train")


def run_module(main, prog: str) -> int:
    """Run the main() of a ``python -m`` tool: an InputError, UsageError or OSError ends in one line
    on stderr and exit 2 (as the policykg commands do), never a traceback; Ctrl-C in one line, exit 130
    (a script's output file is written only when it has done its work), whatever the run did after it."""
    with _interrupts_recorded() as caught:
        try:
            code = _run_main(main, prog)
        except Exception:
            if not caught:
                raise
            code = None   # an error that followed a Ctrl-C the interpreter swallowed: the Ctrl-C is the news
        if caught and code != 130:
            _ignore_interrupts()
            _say(f"{prog}: interrupted")
            code = 130
    from .corpus.held_signals import forget_caught_interrupts
    forget_caught_interrupts()
    return code


def _run_main(main, prog: str) -> int:
    import sys

    try:
        return main()
    except KeyboardInterrupt:
        _ignore_interrupts()
        _say(f"{prog}: interrupted")
        return 130
    except (InputError, UsageError) as exc:
        msg = str(exc)
    except BrokenPipeError as exc:
        if _reader_gone(sys.stdout):   # `| head`: end quietly, as the policykg commands and Unix tools do
            _stdout_to_devnull()
            return 0
        msg = str(exc.strerror or exc)
    except OSError as exc:
        msg = f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc.strerror or exc)
    from .options import message_line   # here: options imports this module
    _say(f"{prog}: {message_line(msg)}")   # a file name's ESC[2J or line break shown escaped, as policykg's own
    return 2


@contextmanager
def _interrupts_recorded():
    """A list that holds SIGINT (or SIGTERM) once it came. Why: a KeyboardInterrupt raised inside a callback the
    interpreter runs for itself (an import lock's weakref callback, a __del__) is printed as 'Exception
    ignored in …' and dropped; the run went on to the end, or failed later in an import the interrupt had
    cut short ('…has no attribute Context'). Such a swallowed one is recorded here, silently. Only when
    Ctrl-C raises KeyboardInterrupt (not ignored, as in a background job) and on the main thread. SIGTERM
    at its default ended the tool at once, killed by it (−15), with no line and no cleanup (a script's
    half-written variants, hostile32): it is an interrupt as well; a forked worker just ends."""
    import os
    import signal
    import sys
    import threading

    caught: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield caught
        return
    main_pid = os.getpid()

    def interrupted(signum, frame):
        if signum != signal.SIGINT and os.getpid() != main_pid:
            os._exit(128 + signum)   # the parent is told by its own signal or its broken pool
        caught.append(signum)
        raise KeyboardInterrupt
    interrupted.run_module_handler = True

    taken = [s for s, h in ((signal.SIGINT, signal.default_int_handler), (signal.SIGTERM, signal.SIG_DFL))
             if signal.getsignal(s) is h]
    for s in taken:
        signal.signal(s, interrupted)
    before = unprinted_interrupts() if taken else sys.unraisablehook
    try:
        yield caught
    finally:
        sys.unraisablehook = before
        for s in taken:   # the caller's again (a test's process goes on), ignored at exit (_ignore_interrupts)
            signal.signal(s, signal.default_int_handler if s == signal.SIGINT else signal.SIG_DFL)


def _ignore_interrupts() -> None:
    """From the one `interrupted` line to the end of run_module, and again at exit, a second Ctrl-C or SIGTERM is
    ignored, as the commands do (cli_main.fail): one while the line was written escaped run_module, a traceback
    and no line, or the process killed by it."""
    import atexit
    import signal

    from .corpus.held_signals import ignore_interrupts
    for s in (signal.SIGINT, signal.SIGTERM):   # only those run_module took: the caller's others stay as they are
        if getattr(signal.getsignal(s), "run_module_handler", False):
            signal.signal(s, signal.SIG_IGN)
    atexit.unregister(ignore_interrupts)
    atexit.register(ignore_interrupts)


def unprinted_interrupts():
    """Make sys.unraisablehook drop a KeyboardInterrupt the interpreter swallowed (the signal handler that
    raised it recorded the signal; the caller reports it in its own one line) and pass every other
    unraisable on; returns the hook it replaced."""
    import sys

    def unraisable(info, default=sys.unraisablehook):
        if not isinstance(info.exc_value, KeyboardInterrupt):
            default(info)

    before, sys.unraisablehook = sys.unraisablehook, unraisable
    return before


def _say(line: str) -> None:
    """line on stderr; on a full disk (2>/dev/full) nothing, the exit code then says it alone (an OSError
    raised here ended the tool with 1, the code of another outcome)."""
    import sys
    try:
        print(line, file=sys.stderr, flush=True)
    except OSError:
        pass


def _reader_gone(stream) -> bool:
    """True when stream is a pipe whose reader has closed it (the kernel reports an error on its end)."""
    import select
    try:
        poller = select.poll()
        poller.register(stream.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (OSError, ValueError, AttributeError):   # no stdout, or no poll (Windows)
        return False


def _stdout_to_devnull() -> None:
    """What is still buffered for standard output goes nowhere: flushed at exit into the closed pipe it
    printed 'Exception ignored … BrokenPipeError' and ended with 120."""
    import os
    import sys
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
