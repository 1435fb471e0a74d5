"""RDF/XML files checked before a parser reads them (and GraphML before it is written: check_xml_chars).
Both parsers policykg uses (expat through rdflib, oxrdfxml through pyoxigraph and the oxigraph loader)
expand nested entities without bound: a 1 KB file of ten entities each naming the one before ("billion
laughs") ran for minutes or took all memory.

Allowed: internal general entities (``<!ENTITY owl "http://www.w3.org/2002/07/owl#">``), also naming
entities declared before them, as long as the whole document expands by at most MAX_EXPANSION characters.
Refused: external entities (a file or URL the graph would pull in), parameter entities, attribute-list
defaults naming entities (expanded once per element), declarations this check cannot read.
"""
from __future__ import annotations

import re

from ..errors import InputError

MAX_EXPANSION = 1 << 24  # characters of entity text a whole document may add (OWL files add some KB)
_PREDEFINED = {b"amp", b"lt", b"gt", b"quot", b"apos"}
_DECL = re.compile(rb"<!ENTITY\s+(%\s*)?([^\s%\"'>]+)\s+(?:\"([^\"]*)\"|'([^']*)'|(SYSTEM|PUBLIC)\b)")
_REF = re.compile(rb"&([A-Za-z_:][^\s;&<>\"']*);")


def check_rdfxml(path) -> None:
    """An InputError naming PATH when its entity declarations are refused (see the module docstring), or
    its elements nest deeper than MAX_DEPTH."""
    with open(path, "rb") as fh:
        data = fh.read()
    data = _as_utf8(data)
    if b"<!ENTITY" in data or b"<!ATTLIST" in data:
        _check_entities(path, data)
    _check_depth(path, data)


MAX_DEPTH = 1000  # elements: an RDF/XML graph nests some ten deep


class _TooDeep(Exception):
    pass


def _check_depth(path, data: bytes) -> None:
    """oxigraph's RDF/XML loader slows with the square of the nesting: 40,000 nested descriptions took 20 s
    to load, 100,000 (3 MB) minutes. A document expat cannot read is left to the parser to name."""
    import xml.parsers.expat

    parser = xml.parsers.expat.ParserCreate()
    depth = [0]

    def start(*_):
        depth[0] += 1
        if depth[0] > MAX_DEPTH:
            raise _TooDeep

    def end(*_):
        depth[0] -= 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        parser.Parse(data, True)
    except _TooDeep:
        raise InputError(f"{path}: its XML elements nest more than {MAX_DEPTH} deep, which no RDF/XML graph "
                         f"needs (loading it would take hours); name the nodes with rdf:about") from None
    except xml.parsers.expat.ExpatError:
        return


def _check_entities(path, data: bytes) -> None:
    if re.search(rb"<!ATTLIST[^>]*&", data):
        raise InputError(f"{path}: an attribute-list declaration names an entity, which policykg does not "
                         f"expand (it would be expanded for every element)")
    decls = list(_DECL.finditer(data))
    if len(decls) != data.count(b"<!ENTITY"):
        raise InputError(f"{path}: an entity declaration policykg cannot check; write the values out")
    sizes: dict[bytes, int] = {}
    for m in decls:
        sizes[m.group(2)] = _declared_size(path, m, sizes)
    body = _DECL.sub(b"", data)
    total = sum(sizes.get(name, 0) for name in _REF.findall(body))
    if total > MAX_EXPANSION:
        raise InputError(f"{path}: its entities expand to {total:,} characters (more than {MAX_EXPANSION:,}); "
                         f"write the values out")


def _declared_size(path, m, sizes: dict[bytes, int]) -> int:
    name = m.group(2).decode("utf-8", "replace")
    if m.group(1):
        raise InputError(f"{path}: parameter entity %{name} is refused (policykg reads no DTD)")
    if m.group(5):
        raise InputError(f"{path}: entity {name} names an external file or URL, which policykg does not read; "
                         f"write the value out")
    value = m.group(3) if m.group(3) is not None else m.group(4)
    size = len(value)
    for ref in _REF.findall(value):
        if ref in _PREDEFINED:
            continue
        if ref not in sizes:
            raise InputError(f"{path}: entity {name} names entity {ref.decode('utf-8', 'replace')}, "
                             f"not declared before it")
        size += sizes[ref]
        if size > MAX_EXPANSION:
            raise InputError(f"{path}: entity {name} expands to more than {MAX_EXPANSION:,} characters "
                             f"(nested entities); write the values out")
    return size


def _as_utf8(data: bytes) -> bytes:
    """UTF-16 documents (with a byte-order mark or starting '<?') as UTF-8, so the check sees them."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        enc = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else (
            "utf-16-le" if data[:1] == b"<" else "utf-16-be")
        return data.decode(enc, "replace").encode("utf-8")
    return data


# ------------------------------------------------------------------------------- XML written: GraphML
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class NotXml(ValueError):
    """A node or value holds a character XML 1.0 cannot carry, even escaped: the GraphML would not parse."""


def check_xml_chars(G) -> None:
    """NotXml for the first node IRI or attribute value of the networkx graph G that XML cannot carry."""
    for n, attrs in G.nodes(data=True):
        for name, v in [("IRI", n), *attrs.items()]:
            bad = _NOT_XML.search(str(v))
            if bad:
                raise NotXml(f"the {name} of <{n}> holds U+{ord(bad.group()):04X}, which GraphML (XML 1.0) "
                             f"cannot carry; export ttl, nt or jsonld, or remove it")
