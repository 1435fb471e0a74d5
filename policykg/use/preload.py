"""Looks at graph files before pyoxigraph loads them whole: a graph that cannot fit in the memory the
process may use, and (for `table`, `impact` and a competency question) a graph with no policykg class in it.

pyoxigraph is Rust: when an allocation fails under a memory limit (`ulimit -v`) it aborts the process
(exit 134, "memory allocation of 248 bytes failed"), which no Python handler catches; so the need is
estimated first, from the files' sizes (benchmarks/memory_fit.py measures it), and a graph that cannot
fit is refused with one line. The estimate is a floor (the least any command was measured to need), so a
graph that fits is never refused; one above it may still end in the abort, and when the limit is below
the most a graph of its size was measured to need, a warning says so before loading.
"""
from __future__ import annotations

import os
import resource
import sys

from ..errors import InputError

_MB = 1 << 20
# What a load needs at least, beyond what the process holds when it is checked (docs/checks/hostile59.md,
# benchmarks/memory_fit.py: the lowest `ulimit -v` each command passed under, scanned 25 MB apart): a pyoxigraph
# Store, its threads and buffers, 200 MB (a 0.3 MB graph: table 275 MB, query and impact 325, with 36–69 MB held
# at the check), and 5 bytes a byte of file (N-Triples: 6.8 from 0.3 to 30 MB, 18.6 from 30 to 100 MB; Turtle,
# fewer bytes a triple, needs more a byte)
LOAD_BASE = 200 * _MB
LOAD_BYTES_PER_FILE_BYTE = 5
# the most a byte of file was measured to need (docs/checks/hostile60.md: N-Triples of 79 MB, 19.8 bytes a
# byte in query): past this a graph may load or end in the abort, so the limit being close is said first
LOAD_BYTES_PER_FILE_BYTE_HIGH = 20
_PKG_NS = b"https://w3id.org/policykg/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_STREAMED = {".ttl": "TURTLE", ".trig": "TRIG", ".nt": "N_TRIPLES", ".nq": "N_QUADS"}


def address_limit() -> int | None:
    """The address space this process may use (RLIMIT_AS, `ulimit -v`), in bytes; None when unlimited."""
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    return None if soft == resource.RLIM_INFINITY else soft


def address_used() -> int:
    """The address space the process holds now (the first field of /proc/self/statm); 0 when unknown."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def check_fits(paths, store: bool = True) -> None:
    """Refuse, before loading, graph files whose load cannot fit under the process's address-space limit;
    store: they are loaded into a pyoxigraph Store (export only parses them: a 0.3 MB graph passed at 100 MB)."""
    limit = address_limit()
    if limit is None:
        return
    size = sum(os.path.getsize(p) for p in map(str, paths) if os.path.isfile(p))
    held = address_used() + (LOAD_BASE if store else 0)
    need, most = held + LOAD_BYTES_PER_FILE_BYTE * size, held + LOAD_BYTES_PER_FILE_BYTE_HIGH * size
    names = ", ".join(map(str, paths))
    if need > limit:
        raise InputError(f"{names}: too large for the memory this process may use (loading {size / _MB:.0f} MB of "
                         f"graph needs at least {need / _MB:.0f} MB; the limit, ulimit -v, is {limit / _MB:.0f} MB); "
                         f"give a smaller graph or more memory")
    if most > limit:   # decided: said, not refused (a graph that fits is never refused; the need varies 2-4x)
        from ..options import visible
        print(f"warning: {visible(names)}: loading {size / _MB:.0f} MB of graph may need up to {most / _MB:.0f} MB, "
              f"above the limit (ulimit -v, {limit / _MB:.0f} MB); if it ends in 'memory allocation … failed' "
              f"(exit 134), give more memory", file=sys.stderr, flush=True)


def not_policykg(graphs) -> InputError:
    return InputError(f"{', '.join(map(str, graphs))}: nothing in the graph is of a policykg class (pkg:Report, "
                      f"pkg:Target, …); give the graph.trig or graph.ttl of a policykg build")


def refuse_foreign(graphs, error: InputError | None = None) -> None:
    """Raise ``error`` (not_policykg's by default) when no graph file holds a policykg class, before anything
    is loaded: another tool's 500 MB graph was loaded whole (a minute, gigabytes) to say so."""
    if lacks_policykg_class(graphs):
        raise error or not_policykg(graphs)


def lacks_policykg_class(paths) -> bool:
    """True only when every file is one pyoxigraph streams and none types a node with a pkg: class. A file
    naming policykg's namespace in its bytes (every policykg graph, in its first lines) is not parsed; any
    other is streamed, triple by triple, without keeping them. A syntax error is named as the load names it
    (the load parsed it all again to say so); any other fault is left to the load."""
    return bool(paths) and all(_streams_no_pkg_class(str(p)) for p in paths)


def _streams_no_pkg_class(path: str) -> bool:
    import pyoxigraph as ox

    fmt = _STREAMED.get(os.path.splitext(path)[1].lower())
    if fmt is None or not os.path.isfile(path):
        return False
    try:
        if _names_namespace(path):
            return False
        for quad in ox.parse(path=path, format=getattr(ox.RdfFormat, fmt)):
            obj = quad.object
            if type(obj) is ox.NamedNode and obj.value.startswith(_PKG_NS.decode()) \
                    and quad.predicate.value == _RDF_TYPE:
                return False
    except SyntaxError as exc:
        _refuse_unreadable(path, exc)
        return False
    except (OSError, ValueError, MemoryError):   # the load names what is wrong with it (a term past the
        return False                             # reader's 16 MiB buffer: MemoryError)
    return True


def _refuse_unreadable(path: str, exc: SyntaxError) -> None:
    """Raise the load's own line for a file pyoxigraph cannot parse (query._load's wording), unless the load
    would read it otherwise: a UTF-8 byte-order mark, which the load skips in Turtle and TriG."""
    from .loading import check_text, graph_format, why_unreadable
    with open(path, "rb") as fh:
        if fh.read(3) == b"\xef\xbb\xbf":
            return
    check_text(path, graph_format(path))   # binary data or UTF-16, named as the load names them
    raise InputError(f"{path}: not a readable graph ({why_unreadable(path, exc)[:160]})") from None


def _names_namespace(path: str) -> bool:
    """Whether policykg's namespace is in the file's bytes, read 1 MB at a time (a map of a 5 GB file would
    take its size of address space, under the very limit check_fits reads)."""
    with open(path, "rb") as fh:
        tail = b""
        while chunk := fh.read(_MB):
            if _PKG_NS in tail + chunk:
                return True
            tail = chunk[1 - len(_PKG_NS):]
    return False
