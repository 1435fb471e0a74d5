"""Hostile use, round 26: a hostile user against the commands that write (build, add, export, validate,
impact, table): outputs damaged by hand before an `add`, and a .docx whose parts lie about their size.

The CLI runs as a real subprocess where the case is about the command line.
"""
from __future__ import annotations

import io
import zipfile
import zlib

import pytest

from pdf_bytes import pdf_of
from cli_helpers import ROOT, one_line, run_cli, tree, write_file
from reliability_helpers import resummed

SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
OTHER = ROOT / "data" / "corpus" / "hailaer" / "hailaer-2013.txt"   # a dev report


def _built_with_text(tmp_path):
    """An output of the seed read with a zero-width space, so it holds texts/jinghaiqu-2021.txt."""
    report = write_file(tmp_path, "seed.txt", "\u200b".encode() + SEED.read_bytes())
    out = tmp_path / "out"
    r = run_cli("build", report, "--out", out, "--quiet")
    assert r.returncode == 0, r.stderr
    assert (out / "texts" / "jinghaiqu-2021.txt").is_file()
    return out


@pytest.mark.unit
def test_add_names_a_kept_text_that_is_not_utf8(tmp_path):
    """`add` onto an output whose texts/<slug>.txt was saved in another encoding (or damaged) ended in
    'internal error: UnicodeDecodeError' (exit 3): the file was read outside every check."""
    out = _built_with_text(tmp_path)
    with open(out / "texts" / "jinghaiqu-2021.txt", "ab") as fh:
        fh.write(b"\xff\xfe")
    resummed(out)
    before = tree(out)
    one_line(run_cli("add", OTHER, "--out", out), 2,
             r"--out \S+: texts/jinghaiqu-2021\.txt is not readable \(not UTF-8 at byte \d+\); "
             r"run policykg build again$")
    assert tree(out) == before


@pytest.mark.unit
def test_add_refuses_an_output_whose_listed_text_was_removed(tmp_path):
    """`add` onto an output from which texts/<slug>.txt (listed in its marker) was removed wrote a new
    output without it: the report's evidence offsets then counted in a text no longer there, and the
    files were no longer those of a full build. Refused instead, the output as it was."""
    out = _built_with_text(tmp_path)
    (out / "texts" / "jinghaiqu-2021.txt").unlink()
    before = tree(out)
    one_line(run_cli("add", OTHER, "--out", out), 2,
             r"--out \S+: texts/jinghaiqu-2021\.txt, the text its evidence offsets count in, is missing; "
             r"run policykg build again$")
    assert tree(out) == before


@pytest.mark.unit
def test_add_onto_an_output_without_texts_is_as_before(tmp_path):
    """A report read without invisible characters has no texts/ file: nothing is missing."""
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet").returncode == 0
    r = run_cli("add", OTHER, "--out", out, "--quiet")
    assert r.returncode == 0, r.stderr
    assert not (out / "texts").exists()


def _docx_whose_part_lies(extra: int) -> bytes:
    """A Word package whose word/document.xml declares the size (and CRC) of its real XML, but whose
    deflate stream goes on for `extra` more bytes of spaces: zipfile decompresses the whole stream into
    memory before cutting it to the declared size."""
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("各位代表")
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    xml = src.read("word/document.xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            if name != "word/document.xml":
                z.writestr(name, src.read(name))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as w:
            w.write(xml)
            for _ in range(extra >> 20):
                w.write(b" " * (1 << 20))
    data = bytearray(out.getvalue())
    name = b"word/document.xml"
    for sig, crc_at, name_at in ((b"PK\x03\x04", 14, 30), (b"PK\x01\x02", 16, 46)):
        pos = data.find(sig)
        while pos >= 0:
            if data[pos + name_at:pos + name_at + len(name)] == name:
                data[pos + crc_at:pos + crc_at + 4] = zlib.crc32(xml).to_bytes(4, "little")
                data[pos + crc_at + 8:pos + crc_at + 12] = len(xml).to_bytes(4, "little")
            pos = data.find(sig, pos + 4)
    return bytes(data)


@pytest.mark.unit
def test_a_docx_part_that_unpacks_past_its_declared_size_is_refused():
    """A .docx of 2 MB whose document part declares 1 KB but inflates to 2 GB took 2 GB of memory and
    16 s before being called 'not a government work report' (the --max-bytes check adds the sizes the
    archive declares, and zipfile inflates a part whole before cutting it to its declared size). Refused
    before python-docx reads it."""
    from policykg.errors import InputError
    from policykg.read.docx_text import docx_to_text

    with pytest.raises(InputError, match=r"^r\.docx: its part word/document\.xml unpacks to more than the \d+ "
                                         r"bytes it declares \(a ZIP bomb\?\); not reading it$"):
        docx_to_text(_docx_whose_part_lies(64 << 20), "r.docx", max_bytes=20 << 20)


@pytest.mark.unit
def test_a_docx_part_of_its_declared_size_is_read(tmp_path):
    from policykg.read.docx_text import docx_to_text

    assert docx_to_text(_docx_whose_part_lies(0), "r.docx", max_bytes=20 << 20) == "各位代表\n"


@pytest.mark.unit
def test_build_refuses_such_a_docx_in_one_line(tmp_path):
    report = write_file(tmp_path, "r.docx", _docx_whose_part_lies(8 << 20))
    one_line(run_cli("build", report, "--out", tmp_path / "out"), 2, r"unpacks to more than .*\(a ZIP bomb\?\)")
    assert not (tmp_path / "out").exists()


def _killed_between_renames(tmp_path, out):
    """out moved aside as a run killed (SIGKILL) between the swap's two renames leaves it."""
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    from policykg.corpus.temporaries import new_token, note, write_proof
    token = new_token()
    old = tmp_path / f".{out.name}.old-{dead.pid}-{token}"
    note(old)   # as swap does before its first rename
    write_proof(out, token)
    out.rename(old)
    return old


@pytest.mark.unit
def test_add_puts_back_the_output_of_a_run_killed_between_its_two_renames(tmp_path):
    """After a build or add killed between the swap's renames (no out/, the previous output in
    .out.old-<pid>-…), `add r --out out` said 'no such folder; build it first', though the next build puts
    it back: the user was sent to rebuild every report. add puts it back as build does, then adds."""
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet").returncode == 0
    _killed_between_renames(tmp_path, out)
    r = run_cli("add", OTHER, "--out", out, "--quiet")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    rows = (out / "summary.csv").read_text(encoding="utf-8").splitlines()
    assert [row.split(",")[0] for row in rows[1:]] == ["hailaerqu-2013", "jinghaiqu-2021"]


@pytest.mark.unit
def test_impact_does_not_replace_a_builds_output_it_puts_back(tmp_path):
    """`impact --out out` where a build killed between its renames left its output in .out.old-<pid>-…:
    the output was put back (remove_stale), then replaced by impact's, though impact refuses a build's
    output found at --out ('holds the output of policykg build'). It is judged once put back."""
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet").returncode == 0
    _killed_between_renames(tmp_path, out)
    graph = write_file(tmp_path, "g.ttl", (ROOT / "tests" / "fixtures" / "park-chain.ttl").read_bytes())
    r = run_cli("impact", "--graph", graph, "--out", out)
    one_line(r, 2, r"--out \S+: holds the output of policykg build; impact would replace it whole")
    assert (out / "graph.trig").is_file() and not (out / "impact.md").exists()


@pytest.mark.unit
@pytest.mark.parametrize("unended", ["<a ", "<a b='", "<!--x>", "<![if x>", "<![CDATA[x>"])
def test_an_html_page_of_unended_markup_is_read_in_linear_time(unended, monkeypatch):
    """The standard library's parser (before Python 3.13.4) scans to the end of the page for each opening
    nothing ends (a start tag after the last '>', a comment after the last '-->'), then reads it as text:
    60 KB of `<a ` took 50 s, `<!--x>` 5 s, a page within --max-bytes hours. Counted here: the characters
    those failed scans could look at, which must stay within a few times the page."""
    from policykg.read import html_text

    scanned = [0]

    def counted(name):
        method = getattr(html_text.HTMLParser, name)

        def wrapper(self, i, *args):
            k = method(self, i, *args)
            if k < 0:
                scanned[0] += len(self.rawdata) - i
            return k
        return wrapper

    for name in ("parse_starttag", "parse_endtag", "parse_comment", "parse_pi", "parse_html_declaration"):
        monkeypatch.setattr(html_text.HTMLParser, name, counted(name))
    monkeypatch.setattr(html_text._Text, "parse_marked_section", counted("parse_marked_section"))
    page = "<html><body><p>各位代表</p>" + unended * 3000
    text = html_text.html_to_text(page)
    assert text.startswith("各位代表\n") and scanned[0] < 4 * len(page), scanned[0]


@pytest.mark.unit
def test_html_with_its_markup_ended_reads_as_before():
    from policykg.read.html_text import html_to_text

    page = ("<html><head><!-- a --><title>t</title></head><body><p>各位代表</p><![CDATA[x]]><p>政府<b>工作</b>"
            "报告</p><!-- b --></body></html>\n")
    assert html_to_text(page) == "各位代表\n政府工作报告\n"


def _another_group() -> int | None:
    """A group this user may give a folder other than the one its new folders get (root: any)."""
    import os

    if os.geteuid() == 0:
        return 65534 if os.getegid() != 65534 else 0
    return next((g for g in os.getgroups() if g != os.getegid()), None)


@pytest.mark.unit
def test_a_rebuild_keeps_the_group_of_a_folder_shared_through_it(tmp_path):
    """`chgrp research out; chmod g+s out` (an output, or an empty folder, shared with colleagues), then
    `build --out out`: the output was swapped in as a new folder of the user's own group (the setgid bit
    kept, the group lost), so the colleagues could no longer read it. It keeps out's group, its files too."""
    import os

    gid = _another_group()
    if gid is None:
        pytest.skip("this user belongs to one group only")
    out = tmp_path / "out"
    out.mkdir()
    os.chown(out, -1, gid)
    os.chmod(out, 0o2775)
    r = run_cli("build", SEED, "--out", out, "--quiet")
    assert r.returncode == 0, r.stderr
    assert out.stat().st_gid == gid and out.stat().st_mode & 0o7777 == 0o2775
    assert (out / "graph.ttl").stat().st_gid == gid


@pytest.mark.unit
@pytest.mark.parametrize("verb", ["export", "table"])
def test_a_rewritten_file_keeps_the_group_of_the_one_it_replaces(tmp_path, verb):
    """`export`/`table --out shared.csv` over its own earlier output that the user had given a group
    (chgrp research): the new file kept the mode but came back in the user's own group."""
    import os

    gid = _another_group()
    if gid is None:
        pytest.skip("this user belongs to one group only")
    graph = write_file(tmp_path, "g.ttl", (ROOT / "tests" / "fixtures" / "park-chain.ttl").read_bytes())
    name = tmp_path / ("x.nt" if verb == "export" else "t.csv")
    args = (["export", "--format", "nt", "--graph", graph] if verb == "export"
            else ["table", "targets", "--graph", graph]) + ["--out", name]
    assert run_cli(*args).returncode == 0
    os.chown(name, -1, gid)
    os.chmod(name, 0o640)
    r = run_cli(*args)
    assert r.returncode == 0, r.stderr
    assert name.stat().st_gid == gid and name.stat().st_mode & 0o777 == 0o640


def _pdf_of_lzw_stream(repeats: int) -> bytes:
    """A one-page PDF whose content stream is LZW codes that each unpack to one byte more than the last
    (up to 3,838 bytes), then `repeats` more of the longest: 6 KB unpack to 7 MB."""
    codes, width, size = [(256, 9), (97, 9)], 9, 258
    while size < 4095:
        codes.append((size, width))
        size += 1
        width = {511: 10, 1023: 11, 2047: 12}.get(size, width)
    codes += [(4094, 12)] * repeats
    acc = n = 0
    stream = bytearray()
    for code, w in codes:
        acc, n = (acc << w) | code, n + w
        while n >= 8:
            n -= 8
            stream.append((acc >> n) & 0xFF)
    stream.append((acc << (8 - n)) & 0xFF if n else 0)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /LZWDecode >>\nstream\n" % len(stream) + bytes(stream) + b"\nendstream"]
    return pdf_of(objs)


@pytest.mark.unit
def test_a_pdf_whose_lzw_stream_unpacks_past_the_budget_is_refused(monkeypatch):
    """Only FlateDecode streams counted against the budget of what a PDF may unpack to: an LZWDecode
    stream (each 12-bit code may give thousands of bytes) of a 36 KB PDF unpacked to 84 MB of page
    content, which pdfminer parsed for more than ten minutes. Here 6 KB unpack to 7 MB, above 1 MB."""
    from policykg.errors import InputError
    from policykg.read import pdf_text

    monkeypatch.setattr(pdf_text, "_MIN_UNPACKED", 1 << 20)
    with pytest.raises(InputError, match=r"^r\.pdf: the PDF's compressed streams unpack to more than 1048576 "
                                         r"bytes \(a compression bomb\?\); not reading it$"):
        pdf_text.pdf_to_text(_pdf_of_lzw_stream(0), "r.pdf")
