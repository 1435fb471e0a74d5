"""Parsed forms of the package's static text resources (the lexicon YAML, the ontology's and the shapes'
Turtle), kept as marshal files in the user cache, so a build neither parses them nor imports a parser
again: on the seed that was ~0.1 s of ~1.6 s (PyYAML's import and C loader, rdflib's Turtle parser).

A file's key is the SHA-256 of the source text with the kind of parse, :data:`FORMAT` and the parser's
version: an edited resource has another key and is parsed again, never read stale. A file is checked on
load (magic, length, CRC-32 and the key it holds) and is read only from the folders ``cachefiles``
trusts (marshal trusts what it reads); it is written atomically. A value marshal cannot hold is parsed
every time.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import struct
import zlib

from .cachefiles import cache_dirs, map_file, usable_dir, write_atomic

FORMAT = 1
_MAGIC = b"PKGPARSE"
_HEAD = struct.Struct("<8sQI4x")      # magic, payload length, CRC-32 of the payload
_MAX_FILE = 64 << 20                  # far above any resource's parse (the largest is ~60 KB)


def cached(kind: str, version: str, text: str, parse, decode=None):
    """decode(parse(text)) (parse(text) without decode), parse's result taken from the cache when it
    holds this text's: parse must return what marshal can hold (else nothing is cached)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    key = f"{kind}|f{FORMAT}|{version}|{digest}"
    name = f"policykg-{kind}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.bin"
    data = _load(name, key)
    if data is None:
        data = parse(text)
        store_named(name, key, data)
    return decode(data) if decode else data


def load_named(name: str, key: str):
    """The data a cache file of that name holds for key, or None (what ``cached`` reads)."""
    return _load(name, key)


def store_named(name: str, key: str, data) -> None:
    """Keep data for key in a cache file of that name; nothing when marshal cannot hold it (a YAML date)
    or it is too big."""
    try:
        payload = marshal.dumps((key, data))
    except ValueError:
        return
    if _HEAD.size + len(payload) <= _MAX_FILE:
        _store(name, _HEAD.pack(_MAGIC, len(payload), zlib.crc32(payload)) + payload)


def _load(name: str, key: str):
    """The data cached under name for key, or None (missing, damaged, too big, another key, untrusted folder)."""
    for folder in _folders(create=False):
        try:
            with map_file(os.path.join(folder, name)) as mapped:
                if not _HEAD.size <= len(mapped) <= _MAX_FILE:   # a huge file was copied whole into memory
                    continue
                blob = mapped[:]
        except (OSError, ValueError):      # ValueError: mmap of an empty file
            continue
        magic, length, crc = _HEAD.unpack_from(blob)
        payload = memoryview(blob)[_HEAD.size:]
        if magic != _MAGIC or length != len(payload) or zlib.crc32(payload) != crc:
            continue
        try:
            got_key, data = marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            continue
        if got_key == key:
            return data
    return None


def _store(name: str, blob: bytes) -> None:
    for folder in _folders(create=True):
        if write_atomic(os.path.join(folder, name), blob, prefix=".policykg-parsed-"):
            return


def _folders(create: bool):
    """The trusted cache folders in order ($POLICYKG_CACHE, $XDG_CACHE_HOME/policykg, ~/.cache/policykg,
    then the private temp folder); with create, each made first, and only the writable ones."""
    return (d for d in cache_dirs() if not create or usable_dir(d))


# ------------------------------------------------------------------------------- Turtle graphs
def turtle_graph(text: str):
    """An rdflib Graph of the Turtle text, as ``Graph().parse(data=text, format="turtle")`` gives it: the
    same triples added in the same order, the same prefixes bound, and fresh blank nodes named as the
    parser names them (one random prefix per parse, then the parser's own counters)."""
    import rdflib
    return cached("turtle", rdflib.__version__, text, _parsed_turtle, _decode_graph)


def _parsed_turtle(text: str):
    """The Turtle text parsed by rdflib, as _encode_graph's tuple."""
    from rdflib import Graph

    class Recording(Graph):
        """A Graph that remembers the order the parser added its triples in."""
        added: list

        def add(self, triple):
            self.added.append(triple)
            return super().add(triple)

    g = Recording()
    g.added = []
    g.parse(data=text, format="turtle")
    return _encode_graph(g)


def _encode_graph(g) -> tuple:
    """(terms, triples as term numbers in the order added, prefixes the parse bound beyond a new Graph's)."""
    import re

    from rdflib import BNode, Graph, Literal

    parser_named = re.compile(r"n[0-9a-f]{32}(b[0-9]+)")
    terms, number = [], {}
    for t in (t for triple in g.added for t in triple):
        if t in number:
            continue
        number[t] = len(terms)
        if isinstance(t, Literal):
            terms.append(("L", str(t), t.language, None if t.datatype is None else str(t.datatype)))
        elif isinstance(t, BNode):
            m = parser_named.fullmatch(str(t))   # the parser's counter after its random prefix, else the name
            terms.append(("B", m.group(1), True) if m else ("B", str(t), False))
        else:
            terms.append(("U", str(t)))
    default = set(Graph().namespaces())
    bound = [(p, str(ns)) for p, ns in g.namespaces() if (p, ns) not in default]
    return terms, [number[t] for triple in g.added for t in triple], bound


def _decode_graph(data):
    from uuid import uuid4

    from rdflib import BNode, Graph, Literal, URIRef

    terms, flat, bound = data
    prefix = "n" + uuid4().hex
    made = []
    for kind, *rest in terms:
        if kind == "L":
            lexical, lang, datatype = rest
            made.append(Literal(lexical, lang=lang, datatype=None if datatype is None else URIRef(datatype)))
        elif kind == "B":
            made.append(BNode(prefix + rest[0] if rest[1] else rest[0]))
        else:
            made.append(URIRef(rest[0]))
    g = Graph()
    for p, ns in bound:
        g.bind(p, ns)
    add = g.add
    for i in range(0, len(flat), 3):
        add((made[flat[i]], made[flat[i + 1]], made[flat[i + 2]]))
    return g
