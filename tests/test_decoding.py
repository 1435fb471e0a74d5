"""Reliability, reading: every encoding and an HTML page give the same facts; a truncated report builds
what it can and says it looks truncated."""
from __future__ import annotations

import codecs
import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from policykg.errors import InputError
from policykg.vocab import PKG

from cli_helpers import ROOT, SEED, run_cli
from reliability_helpers import GBK_REPORT, page, seed_text, strays

CORPUS = sorted([SEED, *(ROOT / "data" / "corpus").rglob("*.txt")])


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
    r = run_cli("build", p, "--out", out, timeout=600)
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr
    assert re.search(r"^warning: .*cut\.txt looks truncated", r.stderr, re.M), r.stderr
    g = Graph().parse(out / "graph.ttl")
    assert _check_quotes(g, data[:k].decode("utf-8", "ignore")) > 20
    assert strays(tmp_path) == []
