"""Hostile users, round 30: what a command leaves behind when it fails, and the files it writes beside its
output."""
from __future__ import annotations

import os

import pytest


# -- the parent folders a build makes for a new --out --------------------------------------------------

@pytest.mark.unit
@pytest.mark.parametrize("cause", [RuntimeError, KeyboardInterrupt])
def test_a_run_that_writes_nothing_removes_the_parent_folders_it_made(tmp_path, cause):
    """`build --out a/b/out` made a/ and a/b/ before its first file; interrupted (or failing) before the
    swap it said 'previous output left as it was', and left them behind, empty."""
    from policykg.corpus.outdir import staged

    with pytest.raises(cause):
        with staged(str(tmp_path / "a" / "b" / "out")) as tmp:
            (tmp / "graph.ttl").write_text("half\n", encoding="utf-8")
            raise cause()
    assert sorted(os.listdir(tmp_path)) == []


@pytest.mark.unit
def test_a_streaming_build_of_a_bad_report_into_new_folders_writes_nothing(tmp_path):
    """A streaming build stages its output before it reads the reports: one refused there (a figure of 48
    digits) ended in exit 2 and one line, and left the new folders a/b/ of `--out a/b/out` behind."""
    from cli_helpers import SEED, one_line, run_cli

    text = SEED.read_text(encoding="utf-8")
    cut = text.index("。", 5000) + 1
    report = tmp_path / "r.txt"
    report.write_text(text[:cut] + "全年进出口总额123456789012345678901234567890123456789012345.678亿元。" + text[cut:],
                      encoding="utf-8")
    r = run_cli("build", report, "--stream", "--out", tmp_path / "a" / "b" / "out")
    one_line(r, 2, "has 48 significant digits")
    assert os.listdir(tmp_path) == ["r.txt"]


@pytest.mark.unit
def test_a_folder_the_user_filled_meanwhile_and_folders_that_were_there_stay(tmp_path):
    from policykg.corpus.outdir import staged

    (tmp_path / "a").mkdir()
    with pytest.raises(RuntimeError):
        with staged(str(tmp_path / "a" / "b" / "c" / "out")):
            (tmp_path / "a" / "b" / "notes.md").write_text("mine\n", encoding="utf-8")
            raise RuntimeError
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["a", "a/b", "a/b/notes.md"]


@pytest.mark.unit
def test_a_run_that_writes_its_output_keeps_the_folders_it_made(tmp_path):
    from policykg.corpus.outdir import MARKER, staged

    with staged(str(tmp_path / "a" / "b" / "out")) as tmp:
        (tmp / "graph.ttl").write_text("whole\n", encoding="utf-8")
    assert (tmp_path / "a" / "b" / "out" / "graph.ttl").read_text(encoding="utf-8") == "whole\n"
    assert sorted(os.listdir(tmp_path / "a" / "b")) == ["out"]
    assert (tmp_path / "a" / "b" / "out" / MARKER).is_file()


@pytest.mark.unit
def test_a_refused_out_under_new_folders_leaves_none(tmp_path):
    """A refusal after the folders were made (another command writing the same --out) removes them too."""
    from policykg.corpus import outdir
    from policykg.errors import UsageError

    def busy(out, out_dir):
        if out.parent.is_dir():
            raise UsageError(f"--out {out_dir}: another policykg command is writing it now")

    orig = outdir.claim
    outdir.claim = busy
    try:
        with pytest.raises(UsageError, match="is writing it now"):
            with outdir.staged(str(tmp_path / "a" / "out")):
                pass
    finally:
        outdir.claim = orig
    assert os.listdir(tmp_path) == []


# -- train_crf's file beside its --out -----------------------------------------------------------------

def _tiny_training(monkeypatch):
    """train_crf on two short sentences instead of every dev report (seconds, not minutes)."""
    pytest.importorskip("pycrfsuite")
    from policykg.extract import train as train_mod
    from policykg.extract import train_crf
    from test_park_crf import _sequences

    monkeypatch.setattr(train_mod, "dev_reports", lambda exclude: {"hailaer-2014": {}, "jinghai-2021": {}})
    seqs = _sequences()
    monkeypatch.setattr(train_crf, "report_sequences", lambda stem, info: seqs)
    return train_crf


@pytest.mark.unit
def test_train_crf_leaves_a_users_file_of_its_part_name_alone(tmp_path, monkeypatch):
    """train_crf fitted the tagger into `<out>.part`, then renamed it: a user's `t.crfsuite.part` was
    truncated, written and moved (a link there was written through, to wherever it pointed)."""
    train_crf = _tiny_training(monkeypatch)
    mine = tmp_path / "t.crfsuite.part"
    mine.write_text("my notes\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("kept\n", encoding="utf-8")
    os.symlink(elsewhere, tmp_path / "u.crfsuite.part")
    assert train_crf.main(["--out", str(tmp_path / "t.crfsuite")]) == 0
    assert train_crf.main(["--out", str(tmp_path / "u.crfsuite")]) == 0
    assert mine.read_text(encoding="utf-8") == "my notes\n"
    assert elsewhere.read_text(encoding="utf-8") == "kept\n"
    assert os.path.islink(tmp_path / "u.crfsuite.part")
    assert sorted(os.listdir(tmp_path)) == ["elsewhere.txt", "t.crfsuite", "t.crfsuite.part", "u.crfsuite",
                                            "u.crfsuite.part"]


@pytest.mark.unit
def test_train_crf_replaces_its_own_tagger_and_no_one_elses(tmp_path, monkeypatch):
    """Its output was put in place by a bare rename, never recorded as written by policykg: the same
    command run again refused it ('policykg did not write it')."""
    from policykg.errors import UsageError

    train_crf = _tiny_training(monkeypatch)
    out = tmp_path / "t.crfsuite"
    assert train_crf.main(["--out", str(out)]) == 0
    first = out.read_bytes()
    assert train_crf.main(["--out", str(out)]) == 0
    assert out.read_bytes() == first
    out.write_bytes(first + b"edited")
    with pytest.raises(UsageError, match="policykg did not write it"):
        train_crf.main(["--out", str(out)])
    assert out.read_bytes() == first + b"edited"


# -- a report that grows while it is read ------------------------------------------------------------------

@pytest.mark.unit
def test_a_report_growing_past_the_limit_after_its_size_was_checked_is_read_no_further(tmp_path, monkeypatch):
    """The size limit was checked on the file's size, then the file read to its end: one written to (a
    download, a log) while policykg read it was read whole, whatever its size by then. Its size as checked
    is stood in for here by a smaller one; the read stops one byte past the limit."""
    from policykg import read as read_mod
    from policykg.errors import InputError

    from cli_helpers import SEED

    path = tmp_path / "r.txt"
    path.write_bytes(SEED.read_bytes() * 3)
    reads = []
    real_open = open

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def read(self, n=-1):
            data = self.fh.read(n)
            reads.append(len(data))
            return data

    monkeypatch.setattr(read_mod.os.path, "getsize", lambda p: 1000)
    monkeypatch.setattr(read_mod, "open", lambda p, mode="r": Counting(real_open(p, mode)), raising=False)
    with pytest.raises(InputError, match=r"r\.txt: grew past the size limit of 50000 bytes while it was read"):
        read_mod.read_report(str(path), max_bytes=50000)
    assert reads == [50001]


@pytest.mark.unit
def test_a_report_at_the_limit_reads_as_before(tmp_path):
    from policykg.read import read_report

    from cli_helpers import SEED

    data = SEED.read_bytes()
    assert read_report(str(SEED), max_bytes=len(data)).text == read_report(str(SEED)).text


# -- make clean on the current folder --------------------------------------------------------------------

def _clean(cwd, *args):
    import subprocess
    import sys

    from cli_helpers import ROOT
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "clean_out.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def _an_output(folder):
    """folder as a build output: graph.ttl and a marker listing it."""
    from policykg.corpus.marker import write_marker
    folder.mkdir(parents=True)
    (folder / "graph.ttl").write_text("<http://e/s> <http://e/p> <http://e/o> .\n", encoding="utf-8")
    write_marker(folder)
    return folder


@pytest.mark.unit
@pytest.mark.parametrize("name,where", [("", "out"), (".", "out"), ("..", "out/shared")])
def test_clean_out_leaves_the_current_folder_and_those_holding_it(tmp_path, name, where):
    """`scripts/clean_out.py "$OUT"` with OUT unset (Path('') is '.'), or `.`, run inside an output: it
    removed every file in the current folder, then ended in exit 2, '.: Invalid argument'. A build refuses
    such an --out; the current folder is left as it is, one line (an empty name: exit 2)."""
    out = _an_output(tmp_path / "out")
    (out / "shared").mkdir()
    before = sorted(p.name for p in out.rglob("*"))
    r = _clean(tmp_path / where, name)
    if name:
        assert (r.returncode, r.stderr) == (0, f"make clean: {name} is the current folder (or holds it); "
                                               f"left as it is\n")
    else:
        assert r.returncode == 2 and r.stderr == "clean_out.py: OUT is empty; give the output folder to remove " \
                                                 "(default: out)\n", r.stderr
    assert sorted(p.name for p in out.rglob("*")) == before


@pytest.mark.unit
def test_clean_out_still_removes_an_output_beside_the_current_folder(tmp_path):
    _an_output(tmp_path / "out")
    r = _clean(tmp_path, "out")
    assert (r.returncode, r.stderr) == (0, "")
    assert list(tmp_path.iterdir()) == []


# -- a ledger that is a symbolic link ------------------------------------------------------------------------

@pytest.mark.unit
def test_a_ledger_that_is_a_link_is_named_when_its_own_output_is_refused(tmp_path, monkeypatch):
    """~/.local/state kept in a dotfiles repository (stow, home-manager): the ledger a symbolic link. It is
    never written through, so the output went unrecorded, and the next run refused policykg's own file as
    one 'policykg did not write'. The refusal names the link; the linked file is neither read nor written."""
    from policykg.corpus.safefile import write_atomic
    from policykg.errors import UsageError

    state = tmp_path / "state"
    (state / "policykg").mkdir(parents=True)
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    (state / "policykg" / "written.jsonl").symlink_to(notes)
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    out = tmp_path / "x.nt"
    write_atomic(str(out), "<http://e/s> <http://e/p> <http://e/o> .\n", only_ours=True)
    with pytest.raises(UsageError, match=rf"x\.nt: exists, and policykg does not trust its record of the files it "
                                         rf"wrote, {state}/policykg/written\.jsonl: it is a symbolic link \(to "
                                         rf"{notes}\)"):
        write_atomic(str(out), "<http://e/s> <http://e/p> <http://e/o2> .\n", only_ours=True)
    assert notes.read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.unit
def test_a_link_to_a_file_listing_the_output_does_not_let_it_be_replaced(tmp_path, monkeypatch):
    """A link at the ledger's name is not read either: a file it points to listing x.nt and its hash (a
    ledger copied aside and linked back) does not make x.nt policykg's."""
    import hashlib
    import json

    from policykg.corpus.written import wrote

    out = tmp_path / "x.nt"
    out.write_text("mine\n", encoding="utf-8")
    other = tmp_path / "kept.jsonl"
    other.write_text(json.dumps([str(out), hashlib.sha256(b"mine\n").hexdigest()]) + "\n", encoding="utf-8")
    other.chmod(0o600)
    state = tmp_path / "state"
    (state / "policykg").mkdir(parents=True)
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    (state / "policykg" / "written.jsonl").symlink_to(other)
    assert not wrote(str(out))
    (state / "policykg" / "written.jsonl").unlink()
    (state / "policykg" / "written.jsonl").write_bytes(other.read_bytes())
    (state / "policykg" / "written.jsonl").chmod(0o600)
    assert wrote(str(out))   # the same lines in a ledger of its own count


# -- loro_fast.py --vote-log ------------------------------------------------------------------------------

@pytest.mark.unit
@pytest.mark.parametrize("kind", ["file", "link"])
def test_loro_fast_refuses_a_vote_log_of_the_users_before_any_work(tmp_path, kind):
    """`--vote-log F` appended its lines to F whatever it was: a file of the user's (notes.txt, the ledger)
    grew, a link there was written through. It is an output file as every script's: refused before any work."""
    import subprocess
    import sys

    from cli_helpers import ROOT
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    log = notes if kind == "file" else tmp_path / "log.jsonl"
    if kind == "link":
        log.symlink_to(notes)
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "loro_fast.py"), "--vote", "0.1", "0.5",
                        "--vote-log", str(log)], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
    last = r.stderr.splitlines()[-1]   # argparse's usage, then its one error line, as for every script option
    assert "--vote-log" in last and ("policykg did not write it" if kind == "file" else "is a symbolic link") in last
    assert notes.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.unit
def test_the_vote_log_is_written_whole_at_the_end_and_replaced_by_the_next_run(tmp_path, monkeypatch):
    import json
    import sys

    from cli_helpers import ROOT
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import park_vote

    monkeypatch.setattr(park_vote, "STATE", {**park_vote.STATE, "report": "hailaer-2014"})
    dest = tmp_path / "vote.jsonl"
    for run, name in enumerate(["甲园", "乙园"]):
        park_vote.STATE["log"] = park_vote.start_log()
        park_vote._log(name, 0.5, 0.6, 0.9)
        assert not dest.exists() or run == 1
        park_vote.keep_log(str(dest))
        lines = [json.loads(x) for x in dest.read_text(encoding="utf-8").splitlines()]
        assert [x["name"] for x in lines] == [name]   # one run's lines, not the earlier run's too
        park_vote._remove(park_vote.STATE["log"], os.getpid())
    assert sys.modules["park_vote"] is park_vote


# -- make docs over a page the user edited ---------------------------------------------------------------

@pytest.mark.unit
def test_make_docs_keeps_a_page_of_its_own_the_user_edited(tmp_path):
    """`python -m policykg.docs DIR` took any index.html naming the ontology's IRI for its own: a note the
    user added to the page was lost at the next `make docs`. Its own page, as it wrote it, is replaced."""
    import subprocess
    import sys

    from cli_helpers import ROOT

    def docs():
        return subprocess.run([sys.executable, "-m", "policykg.docs", str(tmp_path / "ontology")],
                              capture_output=True, text=True, cwd=tmp_path, timeout=300,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert docs().returncode == 0
    assert docs().returncode == 0   # its own page, unchanged: replaced
    page = tmp_path / "ontology" / "index.html"
    edited = page.read_text(encoding="utf-8") + "<p>my note on the ontology</p>\n"
    page.write_text(edited, encoding="utf-8")
    r = docs()
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert r.stderr == (f"policykg.docs: OUT_DIR {tmp_path / 'ontology'}: holds an index.html changed since python "
                        f"-m policykg.docs wrote it (or written before policykg kept a record of its files); not "
                        f"replacing it (remove it, or give another folder)\n")
    assert page.read_text(encoding="utf-8") == edited


# -- shapes_check.py's work folder in /tmp --------------------------------------------------------------

def _shapes_check(tmp_path, work):
    import subprocess
    import sys

    from cli_helpers import ROOT
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "shapes_check.py"), "--work", str(work),
                           "--only", "md-bold"], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.unit
@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o775])
def test_shapes_check_refuses_a_work_folder_others_may_write(tmp_path, mode):
    """Its --work is /tmp/shapes-check by default: another user could make that folder, mark it as the
    script's and put links at the variants' names, which were written through (open(…, 'wb')) into the
    files they named. A folder others may write is refused before any work."""
    work = tmp_path / "work"
    work.mkdir()
    (work / ".shapes-check").write_text("")
    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n", encoding="utf-8")
    (work / "hailaer2013-md-bold.txt").symlink_to(victim)
    work.chmod(mode)
    r = _shapes_check(tmp_path, work)
    assert (r.returncode, r.stdout) == (2, ""), r.stderr
    assert r.stderr == f"shapes_check.py: --work {work}: is a folder another user owns or may write (mode " \
                       f"{mode:o}); give a folder of your own\n"
    assert victim.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.unit
def test_shapes_check_makes_its_work_folder_for_itself_alone_whatever_the_umask(tmp_path, monkeypatch):
    """A folder it makes is its user's alone, also under umask 002 (else refused as others may write it)."""
    from cli_helpers import ROOT
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import shapes_check

    old = os.umask(0o002)
    try:
        assert shapes_check._work_folder_refused(str(tmp_path / "new" / "work")) == ""
    finally:
        os.umask(old)
    assert (tmp_path / "new" / "work").stat().st_mode & 0o777 == 0o755
    assert shapes_check._work_folder_refused(str(tmp_path / "new" / "work")) == ""   # its own, marked
    (tmp_path / "f").write_text("")
    assert shapes_check._work_folder_refused(str(tmp_path / "f" / "work")).startswith("cannot be made (")


@pytest.mark.unit
def test_shapes_check_refuses_a_link_as_its_work_folder(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "work").symlink_to(tmp_path / "elsewhere")
    r = _shapes_check(tmp_path, tmp_path / "work")
    assert r.returncode == 2 and "is no folder (a link or a file)" in r.stderr
    assert os.listdir(tmp_path / "elsewhere") == []


@pytest.mark.unit
def test_shapes_check_writes_no_variant_through_a_link(tmp_path, monkeypatch):
    from cli_helpers import ROOT
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import shapes_check

    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n", encoding="utf-8")
    (tmp_path / "v.txt").symlink_to(victim)
    with pytest.raises(OSError):
        shapes_check._write_variant(str(tmp_path / "v.txt"), b"variant")
    assert victim.read_text(encoding="utf-8") == "mine\n"
    shapes_check._write_variant(str(tmp_path / "w.txt"), b"variant")
    assert (tmp_path / "w.txt").read_bytes() == b"variant"


# -- POLICYKG_TIMINGS naming the lock beside --out -------------------------------------------------------------

@pytest.mark.unit
@pytest.mark.parametrize("name", [".out.lock", ".out.tmp-1-ab", ".out.old-2-cd"])
def test_timings_naming_the_lock_beside_out_is_refused_before_the_work(tmp_path, name):
    """POLICYKG_TIMINGS=.out.lock passed the check made before the work (no lock there yet); once the build
    held that lock, the timings were refused as a file 'policykg did not write' — exit 2 after the whole
    extraction, blaming policykg's own lock. Refused before the work, saying what the name is."""
    from cli_helpers import SEED, one_line, run_cli

    r = run_cli("build", SEED, "--out", tmp_path / "out", env={"POLICYKG_TIMINGS": str(tmp_path / name)})
    one_line(r, 2, rf"POLICYKG_TIMINGS=.*{name}: is a name the run itself uses beside --out .*out \(its lock or "
                   rf"temporary folders\)")
    assert os.listdir(tmp_path) == []


@pytest.mark.unit
def test_other_names_beside_out_are_timings_files_as_before(tmp_path):
    from policykg.corpus.outlock import is_beside

    out = tmp_path / "out"
    assert is_beside(tmp_path / ".out.lock", out)
    for name in (".out.timings.json", "out.lock", ".out.lockx", ".other.lock", "timings.json"):
        assert not is_beside(tmp_path / name, out), name
    assert not is_beside(tmp_path / "sub" / ".out.lock", out)
