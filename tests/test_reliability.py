"""Reliability: bad inputs, encodings, HTML pages, truncation, atomic output, determinism.

Bad inputs are generated in tmp_path; the CLI runs as a real subprocess (`python -m policykg.cli`).
Full builds are expensive (validation), so the few that are needed are shared or run side by side.
"""
from __future__ import annotations

import codecs
import html
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from policykg.errors import InputError
from policykg.vocab import PKG

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "policykg" / "ontology" / "policykg.ttl"
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
GBK_REPORT = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"   # a real GBK report
GBK_REPORT_2 = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2014.txt"
CORPUS = sorted([SEED, *(ROOT / "data" / "corpus").rglob("*.txt")])


def run_cli(*args, env=None, timeout=600, cwd=None):
    e = dict(os.environ)
    e.pop("POLICYKG_DEBUG", None)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "policykg.cli", *map(str, args)], capture_output=True,
                          text=True, env=e, timeout=timeout, cwd=cwd or ROOT)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def strays(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if re.match(r"\.out\.(tmp|old)-", p.name))


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def page(paragraphs: list[str], charset: str = "utf-8") -> str:
    """A realistic report page: head with script/style, navigation, content div, footer."""
    body = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in paragraphs if p.strip())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>静海区2021年政府工作报告_静海区人民政府</title>
<script type="text/javascript">var nav = "<p>各位代表</p>"; if (a < b && c > d) {{ document.write('政府工作报告'); }}</script>
<style>p {{ text-indent: 2em; }} .nav > a {{ color: #c00 }}</style></head>
<body><nav class="nav">首页 | 新闻 | 政务公开 | 政府工作报告</nav>
<div class=content>
{body}
</div>
<footer>版权所有 天津市静海区人民政府　网站标识码 1200000000　主办：静海区人民政府办公室</footer>
</body></html>"""


# ---------------------------------------------------------------------------------------------
# Bad inputs: the CLI refuses them with exit 2 and one line on stderr, and writes nothing.

def _write(tmp: Path, name: str, data) -> Path:
    p = tmp / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def _news(tmp):
    text = ("新华社天津1月5日电（记者王明）今天，静海区举办迎新春文化活动，市民纷纷前来观看。"
            "活动现场人头攒动，各类民俗表演精彩纷呈，赢得阵阵掌声。") * 12
    return [_write(tmp, "news.txt", text)]


def _invalid_utf8(tmp):
    data = SEED.read_bytes()
    k = 20000
    while data[k] & 0xC0 == 0x80:  # at a character boundary, so the error is at byte k
        k += 1
    return [_write(tmp, "bad-utf8.txt", data[:k] + b"\xff\xfe\x80" + data[k:])]


def _mixed(tmp):
    text = seed_text()
    half = len(text) // 2
    return [_write(tmp, "mixed.txt", text[:half].encode("gbk") + text[half:].encode("utf-8"))]


def _no_meeting_line(tmp):
    text = re.sub(r"——2021年1月13日在天津市静海区\n.*?会议上\n", "", seed_text())
    text = text.replace("静海区第二届", "").replace("天津市静海区区长", "区长").replace("天津市静海区人民政府", "")
    return [_write(tmp, "no-meeting.txt", text)]


def _bom_utf8_invalid(tmp):
    data = codecs.BOM_UTF8 + SEED.read_bytes()
    return [_write(tmp, "bom-bad.txt", data[:30001] + b"\xc3\x28" + data[30001:])]


BAD_INPUTS = [
    # id, make(tmp) -> [paths] (+ extra CLI args), expected exit code, regex for the message
    ("empty", lambda t: [_write(t, "empty.txt", b"")], 2, r"empty\.txt: empty file"),
    ("png", lambda t: [_write(t, "scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(3000))],
     2, r"scan\.png: binary data"),
    ("zip", lambda t: [_write(t, "report.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + random.Random(2).randbytes(3000))],
     2, r"report\.zip: a ZIP archive"),
    ("random-bytes", lambda t: [_write(t, "random.txt", random.Random(3).randbytes(5000))], 2,
     r"random\.txt: (binary data|cannot decode|invalid)"),
    ("missing-path", lambda t: [t / "nowhere" / "report.txt"], 2, r"report\.txt: no such file"),
    ("folder-without-reports", lambda t: [t], 2, r": folder holds no report file"),
    ("chinese-news", _news, 2, r"news\.txt: not a government work report"),
    ("english-readme", lambda t: [_write(t, "README.md", (ROOT / "README.md").read_text(encoding="utf-8")
                                         if (ROOT / "README.md").exists() else "# policykg\n\nA tool.\n" * 50)],
     2, r"README\.md: not a government work report"),
    ("csv", lambda t: [_write(t, "table.csv", "report,year,value\n静海区,2021,4\n" * 40)], 2,
     r"table\.csv: a CSV table, not a report text"),
    ("json", lambda t: [_write(t, "data.json", '{"title": "政府工作报告", "items": ["各位代表"]}\n')], 2,
     r"data\.json: JSON data, not a report text"),
    ("turtle-to-build", lambda t: [_write(t, "graph.ttl", ONTOLOGY.read_bytes()[:20000])],
     2, r"graph\.ttl: RDF data \(Turtle/TriG\), not a report text"),
    ("html-not-a-report", lambda t: [_write(t, "news.html", page(["今天天气很好，市民纷纷外出游玩，公园里人山人海。" * 20]))],
     2, r"news\.html: not a government work report"),
    ("above-max-bytes", lambda t: [SEED, "--max-bytes", "1000"], 2, r"jinghai-2021\.txt: \d+ bytes is above the size limit"),
    ("invalid-utf8-mid-file", _invalid_utf8, 2, r"bad-utf8\.txt: invalid UTF-8 at byte 200\d\d \(corrupt file or mixed encodings\)"),
    ("invalid-utf8-after-bom", _bom_utf8_invalid, 2, r"bom-bad\.txt: invalid UTF-8 at byte 30001"),
    ("mixed-gbk-and-utf8", _mixed, 2, r"mixed\.txt: invalid UTF-8 at byte \d+ \(corrupt file or mixed encodings\)"),
    ("title-only", lambda t: [_write(t, "title.txt", "静海区2021年政府工作报告\n")], 2,
     r"title\.txt: not a government work report \(text with only \d+ Chinese"),
    ("latin1-english", lambda t: [_write(t, "latin1.txt", ("The café's naïve résumé of the year. " * 200).encode("latin-1"))],
     2, r"latin1\.txt: not a government work report"),
    ("cut-before-the-body", lambda t: [_write(t, "head.txt", SEED.read_bytes()[:700])], 2,
     r"head\.txt: not a government work report \(text with only \d+"),
    ("no-place-or-year", _no_meeting_line, 2, r"no-meeting\.txt: no (place and year|year|place) found"),
    ("good-then-bad", lambda t: [SEED, _write(t, "empty.txt", b"")], 2, r"empty\.txt: empty file"),
    ("report-id-with-two", lambda t: [SEED, GBK_REPORT, "--report-id", "x"], 2, r"--report-id needs exactly one report"),
    ("bad-option-value", lambda t: [SEED, "--max-bytes", "lots"], 2, r"'lots' is not a valid integer"),
]


@pytest.mark.parametrize("make, code, message", [b[1:] for b in BAD_INPUTS], ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_refused_in_one_line(tmp_path, make, code, message):
    inputs = tmp_path / "in"
    inputs.mkdir()
    args = make(inputs)
    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.ttl", "validation.ttl", "summary.csv"):  # what an older build (no marker) left
        (out / name).write_text("# previous build\n", encoding="utf-8")
    before = snapshot(out)
    r = run_cli("build", *args, "--out", out, timeout=120)
    assert r.returncode == code, r.stderr
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert re.match(r"^policykg: ", lines[0])
    assert re.search(message, lines[0]), lines[0]
    assert "Traceback" not in r.stderr
    assert snapshot(out) == before                       # existing out/ untouched
    assert strays(tmp_path) == []


def test_bad_input_writes_no_out_folder(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run_cli("build", tmp_path / "empty.txt", "--out", tmp_path / "out", timeout=120)
    assert r.returncode == 2
    assert not (tmp_path / "out").exists()
    assert os.listdir(tmp_path) == ["empty.txt"]


# ---------------------------------------------------------------------------------------------
# Decoding: every encoding gives the same text, hence the same triples.

ENCODINGS = [
    ("gbk", lambda t: t.encode("gbk")),
    ("gb18030", lambda t: t.encode("gb18030")),
    ("utf-8-bom", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("utf-16-le-bom", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    ("utf-16-be-bom", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("utf-8-crlf", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
]


@pytest.fixture(scope="module")
def seed_report_graph():
    """The seed's own named graph (read → structure → extract → emit), serialised as graph.ttl is."""
    from policykg.corpus.build import process
    from policykg.emit.serialise import turtle
    return turtle(process(str(SEED)).graph)


@pytest.mark.parametrize("name, encode", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings_give_byte_identical_triples(tmp_path, seed_report_graph, name, encode):
    from policykg.corpus.build import process
    from policykg.read import read_report
    from policykg.emit.serialise import turtle

    p = tmp_path / f"report-{name}.txt"
    p.write_bytes(encode(seed_text()))
    doc = read_report(str(p))
    assert doc.text == read_report(str(SEED)).text
    assert not doc.truncated
    assert turtle(process(str(p)).graph) == seed_report_graph


def test_real_gbk_report_reads_as_gb18030():
    from policykg.read import read_report
    doc = read_report(str(GBK_REPORT))
    assert doc.encoding == "gb18030"
    assert (doc.metadata.place, doc.metadata.year) == ("海拉尔区", 2013)
    assert doc.text == GBK_REPORT.read_bytes().decode("gb18030").replace("\r\n", "\n")


def test_latin1_english_is_refused_not_guessed():
    from policykg.read import read_bytes
    with pytest.raises(InputError, match="not a government work report"):
        read_bytes(("Government work report of the year, résumé. " * 300).encode("latin-1"), "en.txt")


# ---------------------------------------------------------------------------------------------
# HTML pages: a real parser; scripts, styles, navigation and footers left out; same facts.

_OFFSET_PROPS = {PKG.evidence, PKG.start, PKG.end, PKG.quote, PKG.inReport, PKG.textSha256}


def _facts(g: Graph) -> set:
    """Everything but evidence, with each node named by its types and zh label (node IRIs of
    targets and outcomes carry offsets, which differ between a page and its text)."""
    evidence = set(g.subjects(RDF.type, PKG.Evidence))

    def name(n):
        if isinstance(n, Literal):
            return n.toPython() if not n.language else (str(n), n.language)
        labels = sorted(str(o) for o in g.objects(n, RDFS.label) if getattr(o, "language", None) == "zh")
        types = sorted(str(o) for o in g.objects(n, RDF.type))
        return (tuple(types), tuple(labels)) if (labels or types) else str(n)

    return {(name(s), str(p), name(o)) for s, p, o in g
            if s not in evidence and p not in _OFFSET_PROPS and isinstance(s, URIRef)}


def _check_quotes(g: Graph, text: str) -> int:
    n = 0
    for ev in g.subjects(RDF.type, PKG.Evidence):
        start, end = int(g.value(ev, PKG.start)), int(g.value(ev, PKG.end))
        assert 0 <= start < end <= len(text)
        assert str(g.value(ev, PKG.quote)) == text[start:end]
        n += 1
    return n


@pytest.fixture(scope="module")
def seed_facts():
    from policykg.corpus.build import process
    return _facts(process(str(SEED)).graph)


@pytest.mark.parametrize("charset, codec", [("utf-8", "utf-8"), ("gbk", "gbk")])
def test_html_page_gives_the_same_facts(tmp_path, seed_facts, charset, codec):
    from policykg.corpus.build import BuildResult, process, write_outputs

    p = tmp_path / "report.html"
    p.write_bytes(page(seed_text().split("\n"), charset).encode(codec))
    r = process(str(p))
    assert r.source_kind == "html"
    for junk in ("首页", "版权所有", "document.write", "text-indent", "_静海区人民政府"):
        assert junk not in r.text
    assert r.text.startswith("天津市静海区人民政府\n")
    assert _facts(r.graph) == seed_facts
    # the extracted text is written beside the graph, and every quote checks against it
    out = tmp_path / "out"
    write_outputs(BuildResult(reports=[r], asserted=r.graph, inferred=Graph(), results=[]), str(out))
    written = (out / "texts" / f"{r.slug}.txt").read_text(encoding="utf-8")
    assert written == r.text
    assert _check_quotes(Graph().parse(out / "graph.ttl"), written) > 100


def test_html_unclosed_and_stray_tags():
    from policykg.read.html_text import html_to_text
    # head never closed; an unclosed nav inside a div; a stray </p>; <br> and source line breaks
    got = html_to_text("<html><head><title>标题</title><script>x()</script>"
                       "<body><div><nav>首页 新闻</div><p>第一段\n文字，<b>加粗</b></p></p>"
                       "<p>second  line<br>第三行</p><footer>版权所有")
    assert got == "第一段文字，加粗\nsecond line\n第三行\n"


def test_html_entities_and_pre():
    from policykg.read.html_text import html_to_text
    assert html_to_text("<body><p>A&amp;B &lt;tag&gt; &#x4E00;</p><pre>一\n二</pre></body>") == "A&B <tag> 一\n一\n二\n"


# ---------------------------------------------------------------------------------------------
# Truncation: a report cut anywhere builds what it can and says it looks truncated.

def test_complete_reports_are_not_flagged_truncated():
    from policykg.read import read_report
    flagged = [p.name for p in CORPUS if read_report(str(p)).truncated]
    assert flagged == []


@pytest.mark.parametrize("fraction", [0.15, 0.3, 0.5, 0.7, 0.9, 0.99])
def test_cut_inside_a_character_or_sentence_is_flagged(fraction):
    from policykg.read import read_bytes
    data = SEED.read_bytes()
    k = int(len(data) * fraction)
    while data[k] & 0xC0 == 0x80 or data[k] < 0x80:  # the middle of a multi-byte character
        k += 1
    for cut in (k + 1, k + 2):  # one and two bytes into a 3-byte character
        doc = read_bytes(data[:cut], "cut.txt")
        assert doc.truncated
        assert seed_text().startswith(doc.text)
    # and cut after a whole character, mid-sentence, in GBK as well
    text = seed_text()
    i = int(len(text) * fraction)
    while text[i - 1] in "。！？\n ":
        i += 1
    for enc in ("utf-8", "gbk"):
        doc = read_bytes(text[:i].encode(enc), "cut.txt")
        assert doc.truncated and doc.text == text[:i]


def test_truncated_report_builds_with_a_warning(tmp_path):
    data = SEED.read_bytes()
    k = len(data) // 2
    while data[k] & 0xC0 != 0x80:
        k += 1
    p = tmp_path / "cut.txt"
    p.write_bytes(data[:k])  # ends inside a multi-byte character
    out = tmp_path / "out"
    r = run_cli("build", p, "--out", out)
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr
    assert re.search(r"^warning: .*cut\.txt looks truncated", r.stderr, re.M), r.stderr
    g = Graph().parse(out / "graph.ttl")
    assert _check_quotes(g, data[:k].decode("utf-8", "ignore")) > 20
    assert strays(tmp_path) == []


# ---------------------------------------------------------------------------------------------
# Atomic output: errors and signals leave the previous out/ byte for byte, and no temp folder.

def _tiny_result():
    from policykg.corpus.build import BuildResult
    g = Graph()
    g.add((URIRef("https://w3id.org/policykg/id/x"), RDFS.label, Literal("x", lang="zh")))
    return BuildResult(reports=[], asserted=g, inferred=Graph(), results=[])


@pytest.fixture
def previous_out(tmp_path):
    """A previous build's folder (small: what matters is that not one byte of it changes)."""
    from policykg.corpus.build import write_outputs
    from policykg.corpus.marker import write_marker
    out = tmp_path / "out"
    write_outputs(_tiny_result(), str(out))
    (out / "texts").mkdir()
    (out / "texts" / "previous.txt").write_text("各位代表：……\n", encoding="utf-8")
    write_marker(out)  # as a build that wrote texts/ would have
    return out, snapshot(out)


@pytest.mark.parametrize("failure", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_write_error_leaves_previous_out(previous_out, monkeypatch, failure):
    import policykg.emit.serialise as serialise
    from policykg.corpus.build import write_outputs

    out, before = previous_out
    real, calls = serialise.turtle, []

    def turtle(graph):
        calls.append(1)
        if len(calls) == 3:  # some files are already written in the temporary folder
            raise failure
        return real(graph)
    monkeypatch.setattr(serialise, "turtle", turtle)
    with pytest.raises(type(failure)):
        write_outputs(_tiny_result(), str(out))
    monkeypatch.setattr(serialise, "turtle", real)
    assert len(calls) == 3 and snapshot(out) == before
    assert strays(out.parent) == []


def test_failed_swap_puts_previous_out_back(previous_out, monkeypatch):
    import policykg.corpus.build as build
    import policykg.corpus.outdir as outdir

    out, before = previous_out
    real, calls = os.rename, []

    def rename(a, b):
        calls.append((a, b))
        if len(calls) == 2:  # the rename of the new folder into place
            raise OSError(28, "No space left on device")
        return real(a, b)
    monkeypatch.setattr(outdir.os, "rename", rename)
    from policykg.errors import UsageError
    with pytest.raises(UsageError, match=r"cannot write the output \(No space left on device\); previous output"):
        build.write_outputs(_tiny_result(), str(out))
    monkeypatch.setattr(outdir.os, "rename", real)
    assert len(calls) == 3 and snapshot(out) == before
    assert strays(out.parent) == []


def test_swap_replaces_whole_folder_and_keeps_mode(previous_out):
    from policykg.corpus.build import write_outputs
    from policykg.corpus.marker import write_marker
    out, _ = previous_out
    (out / "leftover.txt").write_text("from an older build")
    write_marker(out)  # a file the previous build wrote and this one does not
    mode = out.stat().st_mode & 0o777
    write_outputs(_tiny_result(), str(out))
    assert not (out / "leftover.txt").exists()
    assert (out / "graph.ttl").read_text(encoding="utf-8").count("\nid:x\n") == 1
    assert out.stat().st_mode & 0o777 == mode
    assert strays(out.parent) == []


def test_fresh_out_is_not_private(tmp_path):
    from policykg.corpus.build import write_outputs
    write_outputs(_tiny_result(), str(tmp_path / "out"))
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o777 & ~mask


def test_stale_temp_folders_of_dead_builds_are_removed(tmp_path):
    from policykg.corpus.build import write_outputs
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / f".out.tmp-{dead.pid}-abcd").mkdir()
    (tmp_path / f".out.old-{dead.pid}").mkdir()
    (tmp_path / f".out.tmp-{os.getppid()}-live").mkdir()  # a live process: left alone
    write_outputs(_tiny_result(), str(tmp_path / "out"))
    assert strays(tmp_path) == [f".out.tmp-{os.getppid()}-live"]


def test_out_that_is_a_file_is_refused(tmp_path):
    from policykg.corpus.build import write_outputs
    from policykg.errors import UsageError
    f = tmp_path / "out"
    f.write_text("not a folder")
    with pytest.raises(UsageError, match="not a folder"):
        write_outputs(_tiny_result(), str(f))
    assert f.read_text() == "not a folder"


def test_error_after_processing_leaves_previous_out(tmp_path, previous_out):
    """The same report twice (under two names) is found only after processing: exit 2, nothing written."""
    out, before = previous_out
    copy = tmp_path / "copy-of-seed.txt"
    shutil.copy(SEED, copy)
    r = run_cli("build", SEED, copy, "--out", out)
    assert r.returncode == 2
    assert r.stdout == ""
    assert re.fullmatch(r"policykg: [^\n]*: the same report \(jinghaiqu-2021\) as [^\n]*\n", r.stderr)
    assert "copy-of-seed.txt" in r.stderr and "jinghai-2021.txt" in r.stderr
    assert snapshot(out) == before
    assert strays(tmp_path) == []


def _signal_build(tmp_path, out, sig, when, reports, jobs=1):
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", *map(str, reports), "--out", str(out),
                             "--jobs", str(jobs)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        if when == "writing":  # the temporary folder exists: the build is writing its files
            deadline = time.monotonic() + 600
            while not list(tmp_path.glob(".out.tmp-*")) and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
        else:
            time.sleep(when)
        running = proc.poll() is None
        if running:
            proc.send_signal(sig)
        stdout, stderr = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
    if not running:
        pytest.skip("the build finished before the signal could be sent")
    return proc.returncode, stdout, stderr


@pytest.mark.parametrize("sig, when, jobs", [
    (signal.SIGINT, 1.5, 1),        # importing / reading
    (signal.SIGTERM, 2.5, 1),       # structure, extraction, validation
    (signal.SIGINT, 2.5, 2),        # with worker processes
    (signal.SIGTERM, "writing", 1),  # while the output files are being written
], ids=["sigint-early", "sigterm-mid", "sigint-jobs2", "sigterm-writing"])
def test_signal_leaves_previous_out(tmp_path, previous_out, sig, when, jobs):
    out, before = previous_out
    # enough reports that the build is still running when the signal comes (it got faster: with eight
    # reports and two workers a signal at 2.5 s could land after the output was swapped in)
    provincial = sorted((ROOT / "data" / "corpus" / "provincial-2026").glob("*.txt"))[:8]
    reports = [GBK_REPORT] if when == "writing" else [SEED, *sorted(GBK_REPORT.parent.glob("hailaer-*.txt")),
                                                      *provincial]
    code, stdout, stderr = _signal_build(tmp_path, out, sig, when, reports, jobs)
    assert code != 0
    assert stdout == ""
    assert re.fullmatch(r"policykg: interrupted[^\n]*\n", stderr), stderr
    assert snapshot(out) == before
    assert strays(tmp_path) == []


# ---------------------------------------------------------------------------------------------
# Determinism: byte-identical files across hash seeds, report order and --jobs.

def test_builds_are_byte_identical(tmp_path):
    runs = [("0", [GBK_REPORT, SEED], "1"),
            ("1", [SEED, GBK_REPORT], "1"),
            ("12345", [GBK_REPORT, SEED], "2")]
    procs = []
    for i, (seed, reports, jobs) in enumerate(runs):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        env.pop("POLICYKG_DEBUG", None)
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "policykg.cli", "build", *map(str, reports), "--out", str(tmp_path / f"out{i}"),
             "--jobs", jobs, "--quiet"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    results = [(p.communicate(timeout=900), p.returncode) for p in procs]
    for (stdout, stderr), code in results:
        assert code in (0, 1), stderr
        assert "Traceback" not in stderr
    first = snapshot(tmp_path / "out0")
    assert {"graph.ttl", "graph.trig", "validation.ttl"} <= set(first)
    for i in (1, 2):
        other = snapshot(tmp_path / f"out{i}")
        assert sorted(other) == sorted(first)
        for name in first:
            assert other[name] == first[name], f"out{i}/{name} differs from out0/{name}"


def test_signal_taken_by_another_thread_is_deferred_until_release():
    """Regression: with only a signal mask, a SIGINT delivered to another thread (validation and
    progress bars start threads) still ran the main thread's handler inside the critical section,
    leaving a stray temporary folder (seen in test_signal_leaves_previous_out[sigterm-writing])."""
    import threading

    from policykg.corpus.outdir import hold_signals as _hold_signals, release_signals as _release_signals

    go, done = threading.Event(), threading.Event()

    def killer():  # started before the hold, so its own mask lets the signal in
        go.wait()
        os.kill(os.getpid(), signal.SIGINT)
        done.set()
    t = threading.Thread(target=killer)
    t.start()
    state = _hold_signals()
    try:
        go.set()
        assert done.wait(60), "the other thread did not send SIGINT"   # a loaded machine can be slow
        t.join(60)
        for _ in range(200):  # plenty of bytecode boundaries where a handler could run
            time.sleep(0.001)
    except KeyboardInterrupt:
        _release_signals(state)
        pytest.fail("SIGINT handled inside the held section")
    with pytest.raises(KeyboardInterrupt):
        _release_signals(state)


@pytest.mark.parametrize("args, message", [
    (["query", "--graph", "", "cq-01"], "a graph path is empty"),
    (["query", "--graph", "{tmp}", "cq-01"], "is a folder, not a graph file"),
    (["push", "--graph", "{tmp}", "--endpoint", "http://127.0.0.1:9/store"], "is a folder, not a graph file"),
    (["serve", "--graph", "{tmp}", "--port", "0"], "is a folder, not a graph file"),
])
def test_graph_path_that_is_empty_or_a_folder_is_named_so(tmp_path, args, message):
    """Regression: an empty --graph or a folder was reported as "no such file"."""
    (tmp_path / "notes.txt").write_text("keep", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    done = subprocess.run([sys.executable, "-m", "policykg.cli", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep"
