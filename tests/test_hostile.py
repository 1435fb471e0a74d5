"""Hostile use (issue 14), part 1: no command destroys data, bad options and inputs end in one line.

Each test is one case of the issue: the CLI runs as a real subprocess, and what must survive is compared
byte for byte. Network cases (query, push, serve) are in test_hostile_net.py.
"""
from __future__ import annotations

import os
import re
import resource
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
HAILAER = sorted((ROOT / "data" / "corpus" / "hailaer").glob("*.txt"))


def run_cli(*args, cwd=None, env=None, timeout=300, preexec_fn=None):
    e = {k: v for k, v in os.environ.items() if k != "POLICYKG_DEBUG"}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "policykg.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=e, timeout=timeout, preexec_fn=preexec_fn)


def one_line(r, code=2, pattern=""):
    """The contract: exit code, nothing on stdout, exactly one line on stderr matching pattern."""
    assert r.returncode == code, (r.returncode, r.stderr)
    assert r.stdout == ""
    assert re.fullmatch(r"policykg: [^\n]+\n", r.stderr), r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    assert re.search(pattern, r.stderr), r.stderr


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (hidden ones too) with its bytes; folders as None."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def seed_copy(folder: Path, name: str = "report.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(SEED, folder / name))


# ---------------------------------------------------------------------------------------------
# Data loss: --out never replaces a folder that is not empty and not a previous policykg output

def test_out_empty_string_keeps_the_working_folder(tmp_path):
    work = tmp_path / "x"
    seed_copy(work, "r.txt")
    (work / "notes").write_text("keep\n")
    before = tree(tmp_path)
    one_line(run_cli("build", "r.txt", "--out", "", cwd=work), 2, r"--out is empty")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("cwd, report, out, pattern", [
    ("", "p/report.txt", "p", r"--out p: holds the input"),
    ("proj", "reports/x.txt", ".", r"--out \.: is the current folder"),
    ("proj/reports", "x.txt", "..", r"--out \.\.: is the current folder \(or holds it\)"),
    ("", "p/report.txt", "notes-dir", r"--out notes-dir: folder is not empty and is not a previous policykg output"),
], ids=["holds-input", "dot", "parent-of-cwd", "foreign-folder"])
def test_out_that_is_not_ours_is_refused(tmp_path, cwd, report, out, pattern):
    seed_copy(tmp_path / "p")
    (tmp_path / "p" / "notes.md").write_text("my notes\n")
    (tmp_path / "p" / "sub").mkdir()
    (tmp_path / "p" / "sub" / "data.csv").write_text("a,b\n")
    seed_copy(tmp_path / "proj" / "reports", "x.txt")
    (tmp_path / "proj" / "README").write_text("project\n")
    (tmp_path / "notes-dir").mkdir()
    (tmp_path / "notes-dir" / "graph.ttl").write_text("# mine, not a build's\n")
    (tmp_path / "notes-dir" / "todo.txt").write_text("keep\n")
    before = tree(tmp_path)
    one_line(run_cli("build", report, "--out", out, cwd=tmp_path / cwd), 2, pattern)
    assert tree(tmp_path) == before


def test_stream_out_onto_a_file_is_refused(tmp_path):
    f = tmp_path / "f"
    f.write_text("precious\n")
    one_line(run_cli("build", SEED, "--stream", "--out", f), 2, r"--out \S+f: exists and is not a folder")
    assert f.read_text() == "precious\n" and stat.S_ISREG(f.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f"]


def test_previous_outputs_are_replaced_and_marked(tmp_path):
    """A marked output, an empty folder and an output written before the marker existed are ours."""
    legacy = tmp_path / "legacy"
    (legacy / "texts").mkdir(parents=True)
    for name in ("graph.ttl", "graph.trig", "validation.ttl", "summary.csv", "void.ttl", "texts/x.txt"):
        (legacy / name).write_text("old\n")
    (tmp_path / "empty").mkdir()
    for out in (legacy, tmp_path / "empty", legacy):  # the last one: marked by the first build
        r = run_cli("build", SEED, "--out", out, "--quiet")
        assert r.returncode == 0, r.stderr
        assert (out / ".policykg-output").is_file() and not (out / "texts").exists()
        assert (out / "graph.ttl").read_text(encoding="utf-8") != "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "legacy"]


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(predicate, seconds: float = 120.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killed_jobs_build_leaves_no_helper_process(tmp_path):
    """... and no word: multiprocessing's resource tracker said 'There appear to be 5 leaked semaphore
    objects to clean up at shutdown' on the terminal after the kill."""
    err = open(tmp_path / "stderr", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", SEED, *HAILAER, "--jobs", "2",
                             "--out", tmp_path / "out", "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=err)
    try:
        # the forkserver and its workers: grandchildren of the build
        assert _wait_for(lambda: any(_descendants(c) for c in _descendants(proc.pid)) or proc.poll() is not None)
        helpers = _descendants(proc.pid)
        if proc.poll() is not None:
            pytest.skip("the build finished before it could be killed")
        proc.kill()
        proc.wait()
        assert helpers
        assert _wait_for(lambda: not any(_alive(p) for p in helpers), 60), \
            [Path(f"/proc/{p}/cmdline").read_bytes()[:80] for p in helpers if _alive(p)]
        assert (tmp_path / "stderr").read_text() == ""
    finally:
        if proc.poll() is None:
            proc.kill()
        err.close()


def test_killed_stream_build_leaves_work_folders_the_next_build_removes(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", SEED, *HAILAER, "--stream",
                             "--jobs", "1", "--out", out, "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(lambda: list(tmp_path.glob(".out.work-*/*.pkl")) or proc.poll() is not None)
        if proc.poll() is not None:
            pytest.skip("the build finished before it could be killed")
        proc.kill()
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    left = sorted(p.name for p in tmp_path.iterdir())
    assert any(n.startswith(".out.work-") for n in left) and any(n.startswith(".out.tmp-") for n in left)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    foreign = tmp_path / f".out.tmp-{dead.stdout.strip()}-mine"  # a dead pid, but no marker: not ours
    foreign.mkdir()
    (foreign / "data").write_text("keep\n")
    r = run_cli("build", SEED, "--out", out, "--quiet")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [foreign.name, "out"]
    assert (foreign / "data").read_text() == "keep\n"


# ---------------------------------------------------------------------------------------------
# export --out replaces only a regular file

def _targets(tmp_path):
    link_target = tmp_path / "real.nt"
    link_target.write_text("keep\n")
    (tmp_path / "link.nt").symlink_to(link_target)
    os.mkfifo(tmp_path / "fifo.nt")
    (tmp_path / "dir.nt").mkdir()
    made = {"link.nt": "a symbolic link", "fifo.nt": "a FIFO", "dir.nt": "a folder"}
    if os.geteuid() == 0:  # a device node of our own (never /dev/full itself)
        os.mknod(tmp_path / "dev.nt", stat.S_IFCHR | 0o666, os.makedev(1, 7))
        made["dev.nt"] = "a character device"
    return made


@pytest.mark.parametrize("command", ["export", "validate", "table"])
def test_out_file_that_is_not_a_regular_file_is_refused(tmp_path, seed_out, command):
    for name, what in _targets(tmp_path).items():
        target = tmp_path / name
        before = os.lstat(target)
        args = {"export": ["export", "--format", "nt", "--graph", seed_out / "graph.ttl"],
                "validate": ["validate", seed_out / "graph.ttl"],
                "table": ["table", "targets", "--graph", seed_out / "graph.ttl"]}[command]
        r = run_cli(*args, "--out", target, timeout=120)
        one_line(r, 2, rf"--out \S+{name}: is {what}")
        after = os.lstat(target)
        assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)
    assert (tmp_path / "real.nt").read_text() == "keep\n"


def _limit_file_size():  # runs in the child: files above 64 KiB cannot be written (EFBIG, like a full disk)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_full_disk_is_one_line_and_leaves_previous_output(tmp_path, seed_out):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".policykg-output").write_text("x\n")
    (out / "graph.ttl").write_text("# previous\n")
    before = tree(tmp_path)
    r = run_cli("build", SEED, "--out", out, preexec_fn=_limit_file_size)
    one_line(r, 2, r"--out \S+: cannot write the output \(File too large\); previous output left as it was")
    assert tree(tmp_path) == before
    target = tmp_path / "g.nt"
    target.write_text("previous\n")
    r = run_cli("export", "--format", "nt", "--graph", seed_out / "graph.ttl", "--out", target,
                preexec_fn=_limit_file_size)
    one_line(r, 2, r"g\.nt: cannot write it \(File too large\); nothing replaced")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt", "out"] and target.read_text() == "previous\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_folder_is_one_line(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        one_line(run_cli("build", SEED, "--out", locked / "out"), 2, r"cannot write beside it")
    finally:
        locked.chmod(0o755)


# ---------------------------------------------------------------------------------------------
# Names that become IRIs or file names; options that were accepted or crashed

@pytest.mark.parametrize("args, pattern", [
    (["--report-id", 'a b>c{"'], r"--report-id 'a b>c\{\"': use letters, digits"),
    (["--report-id", "../../ESCAPED", "--stream"], r"--report-id '\.\./\.\./ESCAPED': use letters"),
    (["--date", "2021-02-30"], r"--date 2021-02-30: not a date"),
    (["--date", "not-a-date"], r"--date not-a-date: not a date"),
    (["--date", "2021-01-13", "--year", "2020"], r"--date 2021-01-13 and --year 2020 disagree"),
    (["--year", "99999"], r"'--year': 99999 is not in the range"),
    (["--max-bytes", "-5"], r"'--max-bytes': -5 is not in the range"),
], ids=["report-id-turtle", "report-id-path", "date-feb-30", "date-text", "date-vs-year", "year", "max-bytes"])
def test_bad_build_options_are_refused(tmp_path, args, pattern):
    one_line(run_cli("build", SEED, "--out", tmp_path / "out", *args), 2, pattern)
    assert list(tmp_path.iterdir()) == []
    assert not (ROOT.parent / "ESCAPED").exists() and not (ROOT / "ESCAPED").exists()


@pytest.mark.parametrize("args, pattern", [
    (["serve", "--port", "70000"], r"'--port': 70000 is not in the range 0<=x<=65535"),
    (["serve", "--timeout", "nan"], r"'--timeout': 'nan' is not a finite number"),
    (["query", "cq-01", "--timeout", "inf"], r"'--timeout': 'inf' is not a finite number"),
    (["push", "--endpoint", "http://127.0.0.1:9/store", "--timeout", "-1"], r"'--timeout': '-1' must be above 0"),
    (["push", "--endpoint", "http://127.0.0.1:9/store", "--retries", "-2"], r"'--retries': -2 is not in the range"),
    (["push", "--endpoint", "http://127.0.0.1:9/store", "--graph-iri", "not an iri"], r"--graph-iri 'not an iri'"),
    (["push", "--endpoint", "http://127.0.0.1:99999/store"], r"--endpoint \S+: not a valid URL"),
], ids=["port", "serve-timeout-nan", "query-timeout-inf", "push-timeout-negative", "retries", "graph-iri", "url-port"])
def test_bad_options_are_refused(seed_out, args, pattern):
    extra = ["--graph", seed_out / "graph.trig"] if args[0] == "push" else []
    one_line(run_cli(*args, *extra, timeout=60), 2, pattern)


# ---------------------------------------------------------------------------------------------
# Wrong output without a word: refused (exit 2), or the facts do not change

def _pdf_with_text_stream(t: Path) -> Path:
    body = SEED.read_text(encoding="utf-8")
    data = body.encode()
    pdf = b"%PDF-1.4\n1 0 obj << /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + \
        b"\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    return _write(t, "report.pdf", pdf)


def _write(t: Path, name: str, data) -> Path:
    p = t / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


@pytest.mark.parametrize("make, pattern", [
    (lambda t: _write(t, "twice.txt", SEED.read_text(encoding="utf-8") * 2), r"twice\.txt: holds the same text twice"),
    (lambda t: _write(t, "one-line.txt", SEED.read_text(encoding="utf-8").replace("\n", "")),
     r"one-line\.txt: its line breaks are lost \(one line holds \d+ of \d+ characters\)"),
    (_pdf_with_text_stream, r"report\.pdf: the PDF holds no text"),  # a stream no page draws
    (lambda t: _write(t, "report.rtf", "{\\rtf1\\ansi " + SEED.read_text(encoding="utf-8")), r"report\.rtf: an RTF document"),
], ids=["same-report-twice", "line-breaks-lost", "pdf-text-stream", "rtf"])
def test_input_that_would_give_wrong_facts_is_refused(tmp_path, make, pattern):
    path = make(tmp_path)
    one_line(run_cli("build", path, "--out", tmp_path / "out"), 2, pattern)
    assert not (tmp_path / "out").exists()


def _facts(path_or_text):
    """(kind, value, unit, comparator) of every Target/Outcome, and the quotes checked against the text."""
    from policykg.corpus.build import process
    from policykg.read import read_report

    r = process(str(path_or_text))
    doc = read_report(str(path_or_text))
    from policykg.vocab import PKG
    g = r.graph
    quotes = 0
    for ev in set(g.subjects(PKG.quote, None)):
        start, end = int(g.value(ev, PKG.start)), int(g.value(ev, PKG.end))
        assert doc.text[start:end] == str(g.value(ev, PKG.quote))
        quotes += 1
    facts = sorted((str(g.value(q, PKG.value)), str(g.value(q, PKG.unitText)))
                   for q in set(g.subjects(PKG.value, None)))
    return facts, quotes, r


def test_full_width_digits_and_invisible_characters_do_not_change_facts(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    head, body = text[:600], text[600:]
    wide = head + body.translate(str.maketrans("0123456789%.", "０１２３４５６７８９％．"))
    zero_width = head + re.sub(r"(\d)(?=[\d.%])", "\\1\u200b", body).replace("园区", "园\u00ad区")
    base, base_quotes, _ = _facts(SEED)
    assert len(base) > 50 and ("-19.2", "%") in base
    for name, variant in (("wide.txt", wide), ("zero-width.txt", zero_width)):
        facts, quotes, r = _facts(_write(tmp_path, name, variant))
        assert facts == base, name              # same values, "%" not "％", decimals kept
        assert quotes == base_quotes
    assert r.invisible_removed > 100 and r.text is not None  # written to texts/<slug>.txt by the build


def test_invisible_characters_are_reported_and_their_text_written(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = _write(tmp_path, "zw.txt", text[:600] + text[600:].replace("，", "\u200b，"))
    r = run_cli("build", path, "--out", tmp_path / "out", "--quiet")
    assert r.returncode == 0, r.stderr
    assert re.fullmatch(r"warning: \S+zw\.txt: \d+ invisible character\(s\) [^\n]+texts/jinghaiqu-2021\.txt\n",
                        r.stderr), r.stderr
    assert (tmp_path / "out" / "texts" / "jinghaiqu-2021.txt").read_text(encoding="utf-8") == text


# ---------------------------------------------------------------------------------------------
# The commands and tools added after issue 14: table, impact, the entity model, train, concepts

def test_table_out_is_written_whole_or_not_at_all(tmp_path, seed_out):
    """A full disk leaves the previous file as it was (a temporary file renamed, not a truncated one);
    an empty --out is refused rather than read as stdout."""
    target = tmp_path / "t.csv"
    target.write_text("previous\n")
    r = run_cli("table", "targets", "--graph", seed_out / "graph.ttl", "--out", target,
                preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096)))
    one_line(r, 2, r"t\.csv: cannot write it \(File too large\); nothing replaced")
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"] and target.read_text() == "previous\n"
    one_line(run_cli("table", "targets", "--graph", seed_out / "graph.ttl", "--out", ""), 2, r"--out is empty")


def test_table_parquet_without_pyarrow_is_one_line(tmp_path, seed_out):
    shadow = tmp_path / "shadow" / "pyarrow"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('No module named pyarrow')\n")
    r = run_cli("table", "targets", "--graph", seed_out / "graph.ttl", "--format", "parquet",
                "--out", tmp_path / "t.parquet", env={"PYTHONPATH": str(shadow.parent)})
    one_line(r, 2, r"--format parquet needs pyarrow")
    assert not (tmp_path / "t.parquet").exists()


def test_impact_never_writes_into_a_folder_it_did_not_make(tmp_path, seed_out):
    """impact --out: a folder holding other files, a symlinked or FIFO output name is refused and left
    byte for byte; its own previous output (marked) is replaced whole."""
    victim = tmp_path / "victim.csv"
    victim.write_text("secret\n")
    for name, make in (("notes", lambda d: (d / "impact.md").write_text("mine\n")),
                       ("link", lambda d: (d / "centrality.csv").symlink_to(victim)),
                       ("fifo", lambda d: os.mkfifo(d / "nodes.csv"))):
        out = tmp_path / name
        out.mkdir()
        make(out)
        before = tree(tmp_path)
        r = run_cli("impact", "--graph", seed_out / "graph.trig", "--out", out, timeout=120)
        one_line(r, 2, rf"--out \S+{name}: folder is not empty and is not a previous policykg output")
        assert tree(tmp_path) == before
    out = tmp_path / "impact"
    for _ in range(2):
        r = run_cli("impact", "--graph", seed_out / "graph.trig", "--out", out, timeout=300)
        assert r.returncode == 0, r.stderr
    assert (out / ".policykg-output").is_file() and (out / "impact.md").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".impact.")]


@pytest.mark.parametrize("content, pattern", [
    (None, r"POLICYKG_ENTITY_MODEL=\S+m\.json: cannot read the model \(No such file"),
    ('{"weights": ', r"POLICYKG_ENTITY_MODEL=\S+m\.json: not a model file .*Expecting value"),
    ('{"weights": {}, "bias": 0, "threshold": 0.5}', r"not a model file written by make train"),
    ("\udcff", r"not a model file .*can't decode"),
], ids=["missing", "truncated", "ill-typed", "not-utf8"])
def test_entity_model_from_the_environment_must_be_readable(tmp_path, content, pattern):
    """A model named by POLICYKG_ENTITY_MODEL that is missing or broken is one line, not a silent
    rules-only build (missing) or an internal error."""
    model = tmp_path / "m.json"
    if content is not None:
        model.write_bytes(content.encode("utf-8", "surrogateescape"))
    r = run_cli("build", SEED, "--out", tmp_path / "out", env={"POLICYKG_ENTITY_MODEL": str(model)})
    one_line(r, 2, pattern)
    assert not (tmp_path / "out").exists()


def _tool(module, *args, cwd=None):
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=120)


@pytest.mark.parametrize("module, args, pattern", [
    ("policykg.extract.train", ["--out", "DIR"], r"--out \S+DIR: is a folder"),
    ("policykg.extract.train", ["--out", "LINK"], r"--out \S+LINK: is a symbolic link"),
    ("policykg.extract.train", ["--exclude", "jinghai-2012", "--out", "m.json"], r"--exclude jinghai-2012: not a dev"),
    ("policykg.emit.concepts", ["LINK"], r"FILE \S+LINK: is a symbolic link"),
    ("policykg.emit.concepts", ["x.ttl", "y.ttl"], r"unrecognized arguments: \S+y\.ttl"),
], ids=["train-folder", "train-symlink", "train-unknown-fold", "concepts-symlink", "concepts-two-files"])
def test_module_tools_refuse_bad_outputs_in_one_line(tmp_path, module, args, pattern):
    (tmp_path / "DIR").mkdir()
    (tmp_path / "real").write_text("keep\n")
    (tmp_path / "LINK").symlink_to(tmp_path / "real")
    before = tree(tmp_path)
    r = _tool(module, *[tmp_path / a if a in ("DIR", "LINK", "m.json", "x.ttl", "y.ttl") else a for a in args])
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr, r.stderr
    assert re.search(pattern, r.stderr.splitlines()[-1]), r.stderr
    assert tree(tmp_path) == before


def test_manifest_entry_without_its_report_is_named(tmp_path, monkeypatch):
    from policykg import evaluation
    from policykg.errors import InputError
    (tmp_path / "manifest.yaml").write_text("dev:\n  ghost-2020: {path: data/reports/ghost-2020.txt}\n")
    monkeypatch.setattr(evaluation, "ANNOTATIONS", tmp_path)
    with pytest.raises(InputError, match=r"manifest\.yaml: dev/ghost-2020: no report file at 'data/reports/ghost"):
        evaluation.manifest()
