"""Hostile use, round 16: an output name the user already owns (data loss), a serve killed outright, secrets
in URL parameters, a Ctrl-C while the command line is still loading, and what a new hostile user tried on
every verb, script and benchmark.

The CLI and the scripts run as real subprocesses where the case is about the command line; what must
survive is compared byte for byte.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import ROOT, one_line, run_cli, write_file
from import_trip import CHILD_PATH

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"


@pytest.mark.parametrize("args", [
    ["export", "--format", "nt", "--graph", PARK_CHAIN, "--out"],
    ["table", "targets", "--graph", PARK_CHAIN, "--out"],
    ["validate", PARK_CHAIN, "--out"],
], ids=["export", "table", "validate"])
def test_an_output_file_policykg_did_not_write_is_kept(tmp_path, args):
    """`export --out report.txt` (any name the user already owned: a .csv or .ttl of their own) replaced
    it. A file is replaced only when policykg wrote it and it is unchanged since (the ledger of files it
    wrote); an empty file holds nothing to lose. Re-running over its own output still works."""
    suffix = {"export": ".nt", "table": ".csv", "validate": ".ttl"}[args[0]]
    env = {"XDG_STATE_HOME": str(tmp_path / "state")}
    mine = write_file(tmp_path, "mine" + suffix, "my own analysis, not a policykg output\n")
    one_line(run_cli(*args, mine, env=env, timeout=120), 2,
             rf"--out \S+mine\{suffix}: exists and policykg did not write it \(or it was changed since\); not "
             r"replacing it: remove it first, or give another name")
    assert mine.read_text(encoding="utf-8") == "my own analysis, not a policykg output\n"
    ours = tmp_path / ("ours" + suffix)
    for _ in range(2):   # a new name, then its own previous output
        r = run_cli(*args, ours, env=env, timeout=120)
        assert r.returncode in (0, 1), r.stderr  # validate: 1 = violations, the results written all the same
    first = ours.read_bytes()
    ours.write_bytes(first + b"# an edit of the user's\n")
    one_line(run_cli(*args, ours, env=env, timeout=120), 2, r"exists and policykg did not write it")
    assert ours.read_bytes() == first + b"# an edit of the user's\n"
    empty = write_file(tmp_path, "empty" + suffix, b"")
    assert run_cli(*args, empty, env=env, timeout=120).returncode in (0, 1)
    assert empty.read_bytes() == first


def test_a_serve_killed_outright_leaves_no_lock_that_stops_the_next(tmp_path):
    """A `serve --store` ended by SIGKILL leaves its lock file (`.DIR.lock`, naming its dead pid): the next
    serve takes it over (the lock is a kernel lock, gone with its holder), and its oxigraph ended with
    it; a live one is refused in one line."""
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    cmd = [sys.executable, "-m", "policykg", "serve", "--port", "0", "--store", str(tmp_path / "st")]

    def start(*extra):
        proc = subprocess.Popen([*cmd, *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env, cwd=ROOT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            if line.startswith("press Ctrl-C"):
                return proc
        proc.kill()
        raise AssertionError("serve did not start")

    first = start("--graph", str(PARK_CHAIN))
    first.kill()
    first.wait()
    assert (tmp_path / ".st.lock").read_text() == f"policykg lock pid {first.pid}\n"
    second = start("--graph", str(PARK_CHAIN))   # a rebuild: needs the lock whole
    try:
        r = subprocess.run([*cmd, "--graph", str(PARK_CHAIN)], capture_output=True, text=True, env=env, cwd=ROOT,
                           timeout=60)
        one_line(r, 2, r"--store \S+st: another policykg serve is using it now")
    finally:
        second.send_signal(signal.SIGTERM)
        second.communicate(timeout=30)
    assert second.returncode == 0
    assert not (tmp_path / ".st.lock").exists()


@pytest.mark.unit
def test_every_secret_parameter_named_in_the_data_is_hidden():
    """?code= (an OAuth code) and ?private= were printed in messages; the names are now data
    (lexicons/secret_params.tsv), read as the server reads them (percent-escapes, any case)."""
    from policykg.options import redact
    words: dict[str, list[str]] = {}
    for line in (ROOT / "policykg" / "data" / "lexicons" / "secret_params.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            how, word = line.split("\t")
            words.setdefault(how, []).append(word)
    names = [*words["exact"], *(f"x_{w}_y" for w in words["contains"]), *(f"my_{w}" for w in words["ends"]),
             "CODE", "%63ode", "Private", "access%5Ftoken", "X-Amz-Signature"]
    for name in names:
        shown = redact(f"http://127.0.0.1:9/q?a=1&{name}=S3KR1T#frag")
        assert "S3KR1T" not in shown and f"{name}=***" in shown, shown
    for plain in ("keyword", "query", "format", "codes_list", "state"):
        assert redact(f"http://127.0.0.1/q?{plain}=visible") == f"http://127.0.0.1/q?{plain}=visible"


def test_an_endpoints_secret_parameter_is_not_in_the_error(tmp_path):
    """`query --endpoint 'http://…/sparql?code=…'` printed the code in its error."""
    r = run_cli("query", "cq-01", "--endpoint", "http://127.0.0.1:9/sparql?code=S3KR1T&private=P4SS",
                "--timeout", "5", cwd=tmp_path, timeout=60)
    one_line(r, 2, r"sparql\?code=\*\*\*&private=\*\*\*: cannot reach the endpoint")   # round 20: the colon kept
    assert "S3KR1T" not in r.stderr and "P4SS" not in r.stderr


# a child that sends itself SIG the moment the command line imports MODULE (import_trip)
_TRIP = CHILD_PATH + """
import signal, sys
MODULE, SIG = sys.argv[1], int(sys.argv[2])
# as at a terminal: a shell starts a background job (nohup …, a CI runner) with Ctrl-C ignored
signal.signal(signal.SIGINT, signal.default_int_handler)
from import_trip import trip_on_import
trip_on_import(MODULE, SIG)
sys.argv = ["policykg", *sys.argv[3:]]
from policykg.entry import main
main()
"""


@pytest.mark.parametrize("module, sig", [("click", signal.SIGINT), ("policykg.options", signal.SIGTERM),
                                         ("rdflib", signal.SIGINT)])
def test_a_ctrl_c_while_the_command_line_loads_is_one_line(tmp_path, module, sig):
    """Ctrl-C (or SIGTERM) in the tenths of a second the command line takes to import ended in a
    KeyboardInterrupt traceback through importlib: the handlers were installed only after. The entry
    point (`policykg`, `python -m policykg`) imports it under a guard."""
    out = tmp_path / "t.csv"
    r = subprocess.run([sys.executable, "-c", _TRIP, module, str(int(sig)), "table", "targets", "--graph",
                        str(PARK_CHAIN), "--out", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    one_line(r, 130, r"policykg: interrupted")
    assert not out.exists()


@pytest.mark.skipif(sys.platform == "darwin", reason="the file system must take any bytes in a name")
def test_an_output_name_that_is_no_utf8_is_recorded_and_replaced(tmp_path):
    """`export --out $'bad\\xff.nt'` wrote the file, then ended in 'internal error: UnicodeEncodeError'
    recording it (the name's byte 0xff is a surrogate in Python's str); the next run over it was refused."""
    out = os.path.join(os.fsencode(tmp_path), b"bad\xff.nt").decode("utf-8", "surrogateescape")
    for _ in range(2):
        r = run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, timeout=120)
        assert r.returncode == 0 and r.stderr == "", r.stderr


@pytest.mark.unit
def test_the_ledger_keeps_what_is_still_ours_when_it_grows(tmp_path, monkeypatch):
    """Past its size the ledger keeps only the entries whose file still holds what was recorded: a file
    written, then edited by the user, is not ours after the compaction either."""
    from policykg.corpus import written
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(written, "MAX_BYTES", 2000)
    kept, edited = write_file(tmp_path, "kept.nt", "a\n"), write_file(tmp_path, "edited.nt", "b\n")
    written.record(str(kept), b"a\n")
    written.record(str(edited), b"b\n")
    edited.write_text("b, edited by the user\n")
    for i in range(40):   # other files, gone since: the ledger passes 2,000 bytes and is compacted
        written.record(str(tmp_path / f"gone-{i}.nt"), b"x")
    ledger = tmp_path / "state" / "policykg" / "written.jsonl"
    assert ledger.stat().st_size < 2000
    assert written.wrote(str(kept)) and not written.wrote(str(edited))
    assert not written.wrote(str(tmp_path / "gone-1.nt"))


def test_the_concepts_tool_keeps_a_users_file_in_one_line(tmp_path):
    """`python -m policykg.emit.concepts FILE` replaced a Turtle file of the user's, and every run printed
    a RuntimeWarning ('found in sys.modules … unpredictable behaviour') before its message: the package's
    __init__ imported the module that -m then ran again."""
    mine = write_file(tmp_path, "mine.ttl", "# my own scheme\n")
    r = subprocess.run([sys.executable, "-m", "policykg.emit.concepts", str(mine)], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert re.fullmatch(r"python -m policykg\.emit\.concepts: FILE \S+mine\.ttl: exists and policykg did not "
                        r"write it[^\n]*\n", r.stderr), r.stderr
    assert mine.read_text() == "# my own scheme\n"


@pytest.mark.parametrize("module", ["policykg.extract.train", "policykg.extract.train_placement"])
def test_training_does_not_replace_a_users_file(tmp_path, module):
    """`python -m policykg.extract.train --out notes.json` replaced any regular file; only the package's own
    model files (what `make train` rewrites) or a file policykg wrote may be replaced."""
    mine = write_file(tmp_path, "notes.json", '{"mine": true}\n')
    r = subprocess.run([sys.executable, "-m", module, "--out", str(mine)], capture_output=True, text=True,
                       cwd=ROOT, timeout=120, env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")})
    assert r.returncode == 2 and r.stdout == "" and len(r.stderr.splitlines()) == 1, r.stderr
    assert re.match(rf"python -m {module}: --out \S+notes\.json: exists and policykg did not write it", r.stderr)
    assert mine.read_text(encoding="utf-8") == '{"mine": true}\n'


@pytest.mark.unit
def test_a_ledger_line_nested_past_pythons_limit_is_skipped(tmp_path, monkeypatch):
    """A corrupt ledger line of '[' nested deeper than Python's recursion limit ended every export, table
    and validate --out in 'internal error: RecursionError'; it is skipped as any line not ours is."""
    from policykg.corpus import written
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    ours = write_file(tmp_path, "ours.nt", "a\n")
    written.record(str(ours), b"a\n")
    ledger = tmp_path / "state" / "policykg" / "written.jsonl"
    ledger.write_bytes(b"[" * 200_000 + b"\n" + ledger.read_bytes())
    assert written.wrote(str(ours))
    assert not written.wrote(str(write_file(tmp_path, "mine.nt", "b\n")))


def test_the_name_lints_dump_keeps_a_users_file_and_from_names_a_bad_one(tmp_path):
    """lint_indicator_names.py --dump opened its file with open(…, 'w'): `--dump report.txt` emptied the user's
    file (a header line left when the run then failed), and --from a file that is no dump ended in a
    UnicodeDecodeError or KeyError traceback. --dump is an output file as every script's; --from a table."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(tmp_path / "state")}

    def lint(*args):
        return subprocess.run([sys.executable, str(ROOT / "scripts" / "lint_indicator_names.py"), *map(str, args)],
                              capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    dump = write_file(tmp_path, "rows.tsv", "report\tkind\tname\tgold\tquote\tsentence\n"
                      "r\tTarget\t包括地区生产总值\t\t\t包括地区生产总值年均增长5%左右\n")
    mine = write_file(tmp_path, "report.txt", "my own notes\n")
    r = lint("--from", dump, "--dump", mine)
    assert r.returncode == 2 and "exists and policykg did not write it" in r.stderr, r.stderr
    assert mine.read_text(encoding="utf-8") == "my own notes\n"
    for data, named in ((b"x\xff\n", r"not UTF-8 text"), (b"a\tb\n1\t2\n", r"no report, kind, name")):
        r = lint("--from", write_file(tmp_path, "bad.tsv", data))
        assert r.returncode == 2 and "Traceback" not in r.stderr and r.stderr.count("\n") == 1, r.stderr
        assert re.search(named, r.stderr), r.stderr
    again = tmp_path / "again.tsv"
    for _ in range(2):   # a new name, then its own previous dump
        r = lint("--from", dump, "--dump", again)
        assert r.returncode == 0 and "lead 1" in r.stdout, r.stderr
    assert again.read_text(encoding="utf-8") == dump.read_text(encoding="utf-8")


def test_the_alternating_benchmark_leaves_no_builds_behind(tmp_path):
    """benchmarks/alternate.py made its folder with mkdtemp and never removed it: every run left two whole
    builds a pair in $TMPDIR (hundreds of MB for the 37-report corpus). The folder goes with the run; the
    last pair's outputs are still compared."""
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "alternate.py"), str(ROOT), str(ROOT),
                        "--pairs", "2"], capture_output=True, text=True, timeout=900, cwd=ROOT,
                       env={**os.environ, "TMPDIR": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    assert '"identical": true' in r.stdout, r.stdout
    assert list(tmp_path.iterdir()) == []


@pytest.mark.unit
def test_a_compacted_ledger_stays_private_and_follows_no_planted_link(tmp_path, monkeypatch):
    """The compaction wrote the new ledger through open(f"{ledger}.{pid}.tmp", "w"): the ledger (made 600) became
    644 under the usual umask, naming every file the user wrote to all, and a link planted at that name in a
    shared state folder was followed (its target emptied, then moved in as the ledger)."""
    from policykg.corpus import written
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(written, "MAX_BYTES", 2000)
    old = os.umask(0o022)
    try:
        victim = write_file(tmp_path, "victim.txt", "the user's\n")
        ours = write_file(tmp_path, "ours.nt", "a\n")
        written.record(str(ours), b"a\n")
        ledger = tmp_path / "state" / "policykg" / "written.jsonl"
        os.symlink(victim, f"{ledger}.{os.getpid()}.tmp")
        for i in range(40):
            written.record(str(tmp_path / f"gone-{i}.nt"), b"x")
    finally:
        os.umask(old)
    assert ledger.stat().st_size < 2000 and not ledger.is_symlink()
    assert oct(ledger.stat().st_mode & 0o777) == "0o600"
    assert victim.read_text() == "the user's\n" and written.wrote(str(ours))


def test_a_folder_where_the_ledger_goes_is_no_ledger(tmp_path):
    """A folder at $XDG_STATE_HOME/policykg/written.jsonl ended every export, table and validate --out over an
    existing file in 'policykg: 3: Is a directory' (os.fdopen of the folder's descriptor); it is read as no
    ledger, so the file is kept, in the line that says why."""
    state = tmp_path / "state"
    (state / "policykg" / "written.jsonl").mkdir(parents=True)
    mine = write_file(tmp_path, "mine.nt", "my own\n")
    r = run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", mine, env={"XDG_STATE_HOME": str(state)},
                timeout=120)
    one_line(r, 2, r"--out \S+mine\.nt: exists, and policykg does not trust its record of the files it wrote, "
             r"\S+written\.jsonl: it is no regular file")
    assert "Is a directory" not in r.stderr and mine.read_text() == "my own\n"


def test_with_no_ledger_the_refusal_does_not_claim_policykg_did_not_write_the_file(tmp_path):
    """With HOME relative and no XDG_STATE_HOME there is no ledger: `export --out x.nt` wrote x.nt, and the same
    command again said 'exists and policykg did not write it' of its own output. The refusal stays (nothing
    tells the file is ours), and its line says why."""
    env = {"HOME": "relative-home", "XDG_STATE_HOME": ""}
    out = tmp_path / "x.nt"
    assert run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env, cwd=tmp_path,
                   timeout=120).returncode == 0
    one_line(run_cli("export", "--format", "nt", "--graph", PARK_CHAIN, "--out", out, env=env, cwd=tmp_path,
                     timeout=120), 2,
             r"--out \S+x\.nt: exists, and policykg keeps no record of the files it writes \(neither XDG_STATE_HOME "
             r"nor HOME is an absolute path\); not replacing it")
    assert not (tmp_path / "relative-home").exists()
