"""Hostile use, unit part: how the CLI ends when a signal comes after the work is done."""
from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import one_line
from import_trip import CHILD_PATH

ROOT = Path(__file__).resolve().parent.parent
PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"

_LATE_SIGNAL = '''
import atexit, os, signal, sys, time, click
from policykg.cli_main import run

@click.group()
def g():
    pass

@g.command()
def done():
    click.echo("written")
    atexit.register(lambda: (os.kill(os.getpid(), signal.SIG), time.sleep(0.3)))

sys.argv = ["policykg", "done"]
run(g)
'''


def test_a_signal_during_shutdown_after_a_complete_output_is_ignored():
    """Ctrl-C or SIGTERM while the interpreter tears down (the output written, its line printed) used to
    end the process with 130 and no line, or print a traceback from the exit handlers."""
    for sig in ("SIGINT", "SIGTERM"):
        r = subprocess.run([sys.executable, "-c", _LATE_SIGNAL.replace("signal.SIG)", f"signal.{sig})")],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert (r.returncode, r.stdout, r.stderr) == (0, "written\n", ""), (sig, r.returncode, r.stderr)


def test_terminal_escapes_in_labels_and_messages_are_shown_not_sent(tmp_path):
    """A label (or a file name in an error) holding ESC ]0;… BEL or ESC [2J reached the terminal raw."""
    graph = tmp_path / "esc.nt"
    graph.write_text('<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "a\\u001b]0;pwned\\u0007\\u001b[2Jb" .\n')
    q = tmp_path / "l.rq"
    q.write_text("SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    run = [sys.executable, "-m", "policykg.cli", "query"]
    r = subprocess.run(run + [str(q), "--graph", str(graph)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 0 and "a\\x1b]0;pwned\\x07\\x1b[2Jb" in r.stdout and "\x1b" not in r.stdout, r.stdout
    r = subprocess.run(run + ["x\x1b[2J", "--graph", str(graph)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2 and r.stderr.startswith("policykg: x\\x1b[2J: no such query") and "\x1b" not in r.stderr


def test_json_ld_nested_too_deep_to_check_is_refused(tmp_path):
    """A JSON-LD file nested deeper than the @context check can walk is refused, not waved through to
    rdflib (whose own overflow was all that kept an inner @context from being fetched)."""
    import pytest
    from policykg.errors import InputError
    from policykg.use.loading import check_jsonld
    n = 5000
    path = tmp_path / "deep.jsonld"
    path.write_text('{"@graph":' + '[{"a":' * n + '1' + '}]' * n + '}', encoding="utf-8")
    with pytest.raises(InputError, match="nest deeper than"):
        check_jsonld(str(path))


# a signal (SIG) trips while MODULE is imported (import_trip); a second one (AGAIN) comes just as the line is written
_SECOND_SIGNAL = CHILD_PATH + '''
import os, signal, sys
MODULE, SIG, AGAIN = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
signal.signal(signal.SIGINT, signal.default_int_handler)   # as at a terminal, whoever started this test
from import_trip import trip_on_import

class Stderr:
    def __init__(self, stream):
        self.stream, self.sent = stream, False
    def write(self, text):
        n = self.stream.write(text)
        if text.startswith("policykg: ") and not self.sent:
            self.sent = True
            os.kill(os.getpid(), AGAIN)
        return n
    def __getattr__(self, name):
        return getattr(self.stream, name)

trip_on_import(MODULE, SIG)
sys.stderr = Stderr(sys.stderr)
sys.argv = ["policykg", *sys.argv[4:]]
from policykg.entry import main
main()
'''


@pytest.mark.parametrize("module, again, code, pattern", [
    ("policykg.use.table", signal.SIGINT, 130, r"interrupted; nothing written"),
    ("policykg.use.table", signal.SIGTERM, 130, r"interrupted; nothing written"),
    ("click", signal.SIGINT, 130, r"interrupted before it started; nothing written"),
    ("no such module", signal.SIGINT, 2, r"missing\.ttl: no such file"),
])
def test_a_second_signal_as_the_last_line_is_written_changes_nothing(tmp_path, module, again, code, pattern):
    """`table` interrupted printed its one line, then a second Ctrl-C (or the first, delivered late) ended it
    by SIGINT (-2, not 130) with a KeyboardInterrupt traceback: the handler that raises it was still in
    place until the exit handlers ran. Once the last line is due, signals are ignored (error lines too)."""
    out = tmp_path / "t.csv"
    graph = PARK_CHAIN if code == 130 else tmp_path / "missing.ttl"
    r = subprocess.run([sys.executable, "-c", _SECOND_SIGNAL, module, str(int(signal.SIGINT)), str(int(again)),
                        "table", "targets", "--graph", str(graph), "--out", str(out)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    one_line(r, code, pattern)
    assert not out.exists()
