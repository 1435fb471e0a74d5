"""Load graph files given on the command line, by extension; a clear error for unreadable ones."""
from __future__ import annotations

import io
import json
import os
import re

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ..errors import InputError, refuse_stdin_dash, require_file
from .long_literals import check_long_literals
from .xmlguard import check_rdfxml

FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".n3": "n3"}
QUAD_FORMATS = {"trig", "nquads"}
_JSON_KINDS = {str: "string", bool: "boolean", type(None): "null"}


def graph_format(path: str) -> str:
    fmt = FORMATS.get(os.path.splitext(path)[1].lower())
    if fmt is None:
        refuse_stdin_dash(path, "a graph")
        raise InputError(f"{path}: unknown graph format (use .ttl, .nt, .trig, .nq or .jsonld)")
    return fmt


def load_dataset(paths) -> Dataset:
    ds = Dataset()
    for p in paths:
        require_file(p)
        fmt = graph_format(p)
        if fmt == "json-ld":
            check_jsonld(p)
        elif fmt == "xml":
            check_rdfxml(p)
        else:
            check_text(p, fmt)
            check_long_literals(p, fmt)
        try:
            parse_file(ds, p, fmt)
        except MemoryError:   # raised below, once the half-read graph is freed
            ds = None
        except Exception as exc:  # noqa: BLE001 — parsers raise many types
            raise InputError(f"{p}: not a readable {fmt} graph ({why_unreadable(p, exc)})") from None
        if ds is None:   # raised in the except block, the error's frames kept the graph: the one line failed too
            raise InputError(f"{p}: too large for the memory this process may use (MemoryError); give a smaller "
                             f"graph or more memory")
        if fmt == "n3" and any(not isinstance(t, (URIRef, BNode, Literal)) for q in ds.quads() for t in q[:3]):
            # every writer would put them out as they are ('?x', '{_:_:Formula2}'): no reader takes that back
            raise InputError(f"{p}: holds N3 formulas or variables ({{ … }} => {{ … }}, ?x), which are not RDF; "
                             f"give a Turtle file")
        _check_surrogates(ds, p, fmt)
        _check_iris(ds, p, fmt)
    return ds


# what no IRI holds (RFC 3987; Turtle's IRIREF): pyoxigraph refuses it, rdflib's readers took it from an escape
# (<http://ex/a\u003Eb>), a raw { | ^ or a JSON-LD string, and its writers put it out raw; DEL, the C1 controls and
# the specials (U+FDD0–FDEF, U+FFF0–FFFF: U+FFFD too) were written out as a file pyoxigraph then refused
_NOT_IN_IRI = re.compile(r'[\x00-\x20\x7f-\x9f<>"{}|^`\\\ufdd0-\ufdef\ufff0-\uffff]')
# <…> holding none of them, in UTF-8: C1 is C2 80–9F, the specials EF B7 90–AF and EF BF B0–BF
_CLEAN_IRI = rb'<(?:[^\x00-\x20\x7f<>"{}|^`\\\xc2\xef]++|\xc2[\xa0-\xbf]|\xef(?!\xb7[\x90-\xaf]|\xbf[\xb0-\xbf])..)*+>'
# The text of a Turtle, TriG, N3, N-Triples or N-Quads file read as rdflib reads it: strings, comments, escapes,
# clean IRIs and all else are passed over (possessively: one pass, no backtracking), up to the first '<' that opens
# no clean IRI. rdflib takes a raw space, line end, '"' or '<' inside <…> and an escape of any of them, so a scan
# from '<' up to such a character let <http://ex/a\n\u003E…> through; the comparators "<=" are strings.
_PASSED_OVER = (rb'"""(?:[^"\\]++|\\.|"(?!""))*+"""|' rb"'''(?:[^'\\]++|\\.|'(?!''))*+'''|"
                rb'"(?:[^"\\\n\r]++|\\.)*+"|' rb"'(?:[^'\\\n\r]++|\\.)*+'|"
                rb'#[^\n\r]*+|\\.|' + _CLEAN_IRI + rb'|[^"' rb"'#<\\]++|[" rb'"' rb"']")
_MAYBE_BAD_IRI = re.compile(rb"\A(?:" + _PASSED_OVER + rb")*+<", re.S)


def _check_iris(ds: Dataset, path: str, fmt: str) -> None:
    """An IRI holding such a character was written as it is: `export --format ttl` of a JSON-LD file whose one IRI
    held '>.<s><p>"x";<q><' wrote Turtle that reads back as three triples, `--format nt` ended in 'internal
    error', and so did query and table (rdflib's N-Quads writer refused it). A text file is looked at only when
    its bytes hold an IRI with an escape or such a character in it."""
    if fmt not in ("json-ld", "xml"):
        with open(path, "rb") as fh:
            if not _MAYBE_BAD_IRI.search(fh.read()):
                return
    iris = {t.datatype if isinstance(t, Literal) else t for q in ds.quads() for t in q}   # the graph's name too
    iri = min((str(i) for i in iris if isinstance(i, URIRef) and _NOT_IN_IRI.search(i)), default=None)
    if iri is not None:   # the least: the same line every run
        bad = _NOT_IN_IRI.search(iri).group()
        raise InputError(f"{path}: not a readable {fmt} graph (the IRI {iri[:80]!r} holds U+{ord(bad):04X} {bad!r}, "
                         f"which no IRI may hold)")


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\\U0000[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_surrogates(ds: Dataset, path: str, fmt: str) -> None:
    """An escape of half a UTF-16 pair (\\uD800) reads as a lone surrogate, which no UTF-8 writer can put out
    (export ended in 'internal error: UnicodeEncodeError'); pyoxigraph refuses it, and so do we. JSON-LD
    writes characters beyond U+FFFF as such pairs, so the graph read decides, not the escape alone."""
    with open(path, "rb") as fh:
        if not _SURROGATE_ESCAPE.search(fh.read()):
            return
    for q in ds.quads():
        bad = next((t for t in q if t is not None and _SURROGATE.search(str(t))), None)
        if bad is not None:
            code = ord(_SURROGATE.search(str(bad)).group())
            raise InputError(f"{path}: not a readable {fmt} graph (an escape names U+{code:04X}, half of a "
                             f"UTF-16 surrogate pair, which is not a Unicode character)")


def check_text(path: str, fmt: str) -> None:
    """A NUL byte near the start is binary data (an image, an archive, a disk image named .ttl): no text
    RDF syntax holds one. rdflib's readers take the whole file in first, so 200 MB of it ran for a minute
    to end in 'BadSyntax'. UTF-16/32 text (NULs too) is named for what it is. NULs past the start count
    too when the file has a hole (a sparse file) or its last 64 KB hold one: 2 GB of a sparse or
    preallocated file behind a few lines of N-Triples held validate and export for minutes (pyoxigraph's
    readers stop at the first NUL)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
            if b"\x00" not in head and _nul_past_head(fh):
                raise InputError(f"{path}: not a readable {fmt} graph (binary data (NUL bytes), not text)")
    except OSError:
        return  # the parser names it
    if b"\x00" in head:
        marked = head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] == b"\x00\x00\xfe\xff"   # LE UTF-32: FF FE 00 00
        what = "UTF-16 or UTF-32 text; save it as UTF-8" if marked else "binary data (NUL bytes), not text"
        raise InputError(f"{path}: not a readable {fmt} graph ({what})")


_BOM = b"\xef\xbb\xbf"


def _nul_past_head(fh) -> bool:
    """Whether a file longer than 64 KB has a hole (read as NUL bytes) or a NUL in its last 64 KB."""
    size = os.fstat(fh.fileno()).st_size
    if size <= 1 << 16:
        return False
    try:
        if os.lseek(fh.fileno(), 0, os.SEEK_HOLE) < size:
            return True
    except (OSError, AttributeError):   # no SEEK_HOLE here: the tail alone tells
        pass
    fh.seek(size - (1 << 16))
    return b"\x00" in fh.read(1 << 16)


def skip_bom(fh, path: str) -> bool:
    """Read past a UTF-8 byte-order mark (Notepad's) opening a Turtle or TriG file, as rdflib's readers
    skip it (pyoxigraph reads it as part of the first word); True when there was one, otherwise the
    file is back at its start."""
    if os.path.splitext(path)[1].lower() in (".ttl", ".trig") and fh.read(3) == _BOM:
        return True
    fh.seek(0)
    return False


def parse_file(ds: Dataset, path: str, fmt: str) -> None:
    """ds.parse from an open file, with the base IRI rdflib gives a path: rdflib reopens a path through its
    file: URI, which loses the bytes of a name that are not UTF-8 ('No such file' for a file that is there).
    An N-Quads file after other files is read apart and added (rdflib's reader would drop their default graph)."""
    from pathlib import Path
    with open(path, "rb") as fh:
        source = _Lines(fh) if fmt in ("nt", "nquads") else fh
        if fmt != "nquads" or not len(ds):
            ds.parse(source=source, format=fmt, publicID=Path(path).absolute().as_uri())
            return
        # rdflib's N-Quads reader replaces the default graph read so far: read apart, then add every quad
        part = Dataset()
        part.parse(source=source, format=fmt, publicID=Path(path).absolute().as_uri())
    for ctx in part.graphs():
        target = ds.default_graph if ctx.identifier == DATASET_DEFAULT_GRAPH_ID else ds.graph(ctx.identifier)
        target += ctx


class _Lines(io.TextIOBase):
    """A file's UTF-8 text whose read(n) gives the rest of a line, whatever n: rdflib's N-Triples and N-Quads
    readers take 2 KB at a time and match their whole buffer again after each, quadratic in a line's
    length (one 4 MB literal: 50 s). Line ends are kept as written (the reader knows CR, LF and CRLF)."""

    def __init__(self, fh):
        self._text = io.TextIOWrapper(fh, encoding="utf-8", newline="")

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        return self._text.read() if size is None or size < 0 else self._text.readline()


def why_unreadable(path: str, exc: BaseException) -> str:
    """What a parser's exception means, in words: rdflib's Turtle, TriG and JSON-LD readers recurse
    once per nesting level, and a bare RecursionError or UnicodeDecodeError named nothing useful."""
    if isinstance(exc, RecursionError):
        return "brackets, lists or blank nodes nest deeper than the parser can follow"
    if isinstance(exc, UnicodeDecodeError) or "UTF-8" in str(exc):  # pyoxigraph says it in its own words
        return _not_utf8(path) or "not UTF-8"
    try:
        with open(path, "rb") as fh:
            if fh.read(3) == b"\xef\xbb\xbf":
                return "it starts with a byte-order mark (U+FEFF), which this format does not allow"
    except OSError:
        pass
    first = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {first[0][:160]}" if first else type(exc).__name__


def _not_utf8(path: str) -> str | None:
    """Where the file stops being UTF-8 (the parser's own offset counts from a chunk it read), read 1 MB at
    a time: a 600 MB graph read whole and decoded took 1.8 GB to name one bad byte on its last line."""
    lines, carry = 1, b""
    try:
        with open(path, "rb") as fh:
            while True:
                chunk = fh.read(1 << 20)
                data, carry = carry + chunk, b""
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError as bad:
                    if chunk and bad.reason == "unexpected end of data":   # a character cut by the chunk's end
                        data, carry = data[:bad.start], data[bad.start:]
                    else:
                        lines += data.count(b"\n", 0, bad.start)
                        return f"not UTF-8: byte 0x{data[bad.start]:02x} on line {lines}"
                if not chunk:
                    return None
                lines += data.count(b"\n")
    except OSError:
        return None


def check_jsonld(path: str) -> None:
    """An InputError for a JSON-LD file whose @context (or @import) names a document: rdflib would fetch
    it from the network or read it from another file, from a command that reads only its --graph files."""
    try:
        with open(path, "rb") as fh:
            doc = json.load(fh)
        ref = _context_ref(doc)
        linked = _has_keyword(doc)
    except RecursionError:
        raise InputError(f"{path}: not a readable json-ld graph (its brackets nest deeper than the @context "
                         f"check can follow)") from None
    except (OSError, ValueError):
        return  # the parser names what is wrong
    if not isinstance(doc, (dict, list)):  # rdflib's reader fails on it with an UnboundLocalError
        raise InputError(f"{path}: not a readable json-ld graph (the document is a JSON "
                         f"{_JSON_KINDS.get(type(doc), 'number')}, not an object or array)")
    if doc and not linked:  # package.json, a config or a data dump: rdflib reads it as no triples at all
        raise InputError(f"{path}: not a JSON-LD graph (no @context, @graph or @id anywhere); a plain JSON "
                         f"file holds no RDF")
    if ref is not None:
        raise InputError(f"{path}: its @context names {ref[:200]}, which policykg does not fetch (network or "
                         f"other files); put the context itself in the file")


def _context_ref(node) -> str | None:
    if isinstance(node, list):
        return next((r for r in map(_context_ref, node) if r is not None), None)
    if not isinstance(node, dict):
        return None
    for key, value in node.items():
        if key in ("@context", "@import"):
            items = value if isinstance(value, list) else [value]
            ref = next((v for v in items if isinstance(v, str)), None)
            if ref is not None:
                return ref
        ref = _context_ref(value)
        if ref is not None:
            return ref
    return None


def _has_keyword(node) -> bool:
    """Whether @context, @graph or @id is a key anywhere in the JSON document."""
    if isinstance(node, list):
        return any(map(_has_keyword, node))
    if not isinstance(node, dict):
        return False
    return any(k in ("@context", "@graph", "@id") for k in node) or any(map(_has_keyword, node.values()))


def load_graph(paths, asserted_only: bool = False) -> Graph:
    """Union of all triples; with asserted_only, the ontology and inferred graphs of a TriG are left out."""
    from ..emit import ids
    from ..vocab import ONTOLOGY_IRI

    ds = load_dataset(paths)
    skip = {ONTOLOGY_IRI, ids.INFERRED_GRAPH} if asserted_only else set()
    g = Graph()
    for ctx in ds.contexts():
        if ctx.identifier in skip:
            continue
        for t in ctx:
            g.add(t)
    return g
